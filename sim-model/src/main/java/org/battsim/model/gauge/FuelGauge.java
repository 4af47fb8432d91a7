package org.battsim.model.gauge;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import org.battsim.model.cell.Table;

/**
 * A fuel gauge as a phone carries it (PHYSICS.md §6): it senses only the current through its sense
 * resistor, the terminal voltage and the pack temperature, and estimates what the user sees.
 *
 * <ul>
 *   <li>Coulomb counter with offset and gain error: the remaining charge falls by the measured
 *       current; the estimated SoC is remaining charge over the learned full-charge capacity.
 *   <li>OCV correction: after the current stayed below the quit current for the relaxation time
 *       and dV/dt fell below its limit (or after the longest rest), the voltage is read as OCV
 *       through the gauge's OCV table and the SoC is set from it; a continued rest gives a new
 *       reading every relaxation time.
 *   <li>Capacity learning: between two relaxed OCV points outside the flat band (TI Impedance
 *       Track), and from a charge that starts at or below the start SoC to termination (Qualcomm
 *       FG); only with enough passed charge and inside the temperature window; each update
 *       clamped.
 *   <li>Anchors: termination sets full, the phone's shutdown at the cut-off voltage sets empty.
 *   <li>Reported SoC follows the estimate, closes gaps at a limited rate, never rises while
 *       discharging nor falls while charging, and holds at 99 % until the charge terminates.
 * </ul>
 *
 * <p>The state lives in the gauge: an OS reset does not touch it. Removing the battery for longer
 * than the memory hold loses the volatile learning (learned capacity back to design, calibration
 * required); the cycle count is kept (non-volatile).
 */
public final class FuelGauge {
    private static final int GRID = 401;
    private final GaugeParameters p;
    // The gauge's SoC-OCV grid: read-only once built, so gauges on the same table share it.
    private final double[] gridSoc;
    private final double[] gridOcv;
    private static final Map<Table, double[][]> GRIDS = Collections.synchronizedMap(new WeakHashMap<>());

    private double learnedAh;
    private double remainingAh;
    private double socEst;
    private double reported;
    private double measuredCurrent;
    private double dischargedAh;
    private boolean fullHold;
    private boolean calibrationRequired;
    private int learningUpdates;

    private double restSeconds;
    private double lastVoltage = Double.NaN;
    // The largest change of the reported level in a step of smoothingDt (kept per step length).
    private double smoothingDt = Double.NaN;
    private double smoothingStep;
    private double lastOcvSoc = Double.NaN;

    private boolean tiActive;
    private double tiStartSoc;
    private double tiPassedAh;
    private boolean tiTempOk;

    private boolean qcActive;
    private double qcStartSoc;
    private double qcPassedAh;
    private boolean qcTempOk;
    private boolean wasTerminated;

    private double removedAt = Double.NaN;

    /**
     * @param p configuration
     * @param ocv the gauge's OCV table (its chemistry ID), read at 25 °C
     */
    public FuelGauge(GaugeParameters p, Table ocv) {
        this.p = Objects.requireNonNull(p);
        double[][] grid = GRIDS.computeIfAbsent(Objects.requireNonNull(ocv), FuelGauge::grid);
        gridSoc = grid[0];
        gridOcv = grid[1];
        learnedAh = p.designCapacityAh();
    }

    private static double[][] grid(Table ocv) {
        double[] gridSoc = new double[GRID];
        double[] gridOcv = new double[GRID];
        Table.Cursor c = new Table.Cursor();
        double lo = ocv.minSoc();
        double hi = ocv.maxSoc();
        double prev = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < GRID; i++) {
            double s = lo + (hi - lo) * i / (GRID - 1);
            gridSoc[i] = s;
            // Force a strictly rising table so it can be inverted.
            gridOcv[i] = Math.max(ocv.eval(s, 298.15, 0, c), prev + 1e-9);
            prev = gridOcv[i];
        }
        return new double[][] {gridSoc, gridOcv};
    }

    public GaugeParameters parameters() {
        return p;
    }

    /** Starts the gauge from a rested voltage (power-on reset, or a battery inserted). */
    public void init(double restedVoltage) {
        socEst = socFromOcv(restedVoltage);
        remainingAh = socEst * learnedAh;
        reported = clamp01(socEst);
        lastVoltage = restedVoltage;
        restSeconds = 0;
        fullHold = false;
    }

    /** Sets the learned capacity as if the gauge had learned it (a drifted gauge); keeps the SoC estimate. */
    public void setLearnedCapacity(double ah) {
        if (!(ah > 0) || Double.isInfinite(ah)) {
            throw new IllegalArgumentException("learned capacity must be positive");
        }
        learnedAh = ah;
        remainingAh = socEst * ah;
    }

    // 1/learnedAh for the learned capacity it was taken for (it changes only when the gauge learns).
    private double inverseFor = Double.NaN;
    private double inverseLearned;

    /**
     * One committed step.
     *
     * @param dt step length (s)
     * @param senseCurrent current through the sense resistor (A, positive = discharge)
     * @param voltage terminal voltage at the end of the step (V)
     * @param temperatureK pack temperature (K)
     * @param plugged whether an input is attached
     * @param charging whether the charger is charging (pre-charge, CC or CV)
     * @param terminated whether the charger has terminated
     */
    public void update(
            double dt,
            double senseCurrent,
            double voltage,
            double temperatureK,
            boolean plugged,
            boolean charging,
            boolean terminated) {
        if (!(dt > 0)) {
            return;
        }
        double iMeas = senseCurrent * (1 + p.gainError()) + p.offsetCurrent();
        measuredCurrent = iMeas;
        double dq = iMeas * dt * (1 / 3600.0);
        double prevEst = clamp01(socEst);
        remainingAh -= dq;
        if (learnedAh != inverseFor) {
            inverseFor = learnedAh;
            inverseLearned = 1 / learnedAh;
        }
        socEst = remainingAh * inverseLearned;
        if (dq > 0) {
            dischargedAh += dq;
        }
        boolean tempOk = temperatureK >= p.learnMinK() && temperatureK <= p.learnMaxK();
        if (tiActive) {
            tiPassedAh += dq;
            tiTempOk &= tempOk;
        }
        if (qcActive) {
            qcPassedAh -= dq;
            qcTempOk &= tempOk;
            if (!plugged || (!charging && !terminated)) {
                qcActive = false; // the charge did not reach termination
            }
        } else if (charging && !terminated && socEst <= p.learnStartSoc() && tempOk) {
            qcActive = true;
            qcStartSoc = socEst;
            qcPassedAh = 0;
            qcTempOk = true;
        }
        if (terminated && !wasTerminated) {
            fullAnchor();
        }
        wasTerminated = terminated;
        if (!plugged) {
            fullHold = false;
        }
        // Relaxation and OCV correction.
        if (Math.abs(iMeas) < p.quitCurrent()) {
            restSeconds += dt;
        } else {
            restSeconds = 0;
        }
        double previousVoltage = lastVoltage;
        lastVoltage = voltage;
        if (restSeconds >= p.relaxSeconds()
                && (dvdt(voltage, previousVoltage, dt) < p.relaxDvdt() || restSeconds >= p.maxRelaxSeconds())) {
            ocvPoint(voltage, tempOk);
        }
        report(dt, prevEst, charging);
    }

    private static double dvdt(double voltage, double previous, double dt) {
        return Double.isNaN(previous) ? Double.POSITIVE_INFINITY : Math.abs(voltage - previous) / dt;
    }

    private void ocvPoint(double voltage, boolean tempOk) {
        // A long rest gives a fresh reading every relaxation time, so the counter's offset cannot
        // pile up during storage.
        restSeconds = 0;
        double s = socFromOcv(voltage);
        lastOcvSoc = s;
        boolean flat = s > p.flatSocLow() && s < p.flatSocHigh();
        if (!flat) {
            if (tiActive
                    && tiTempOk
                    && tempOk
                    && Math.abs(tiPassedAh) > p.learnMinPassedFraction() * p.designCapacityAh()) {
                double dSoc = Math.abs(tiStartSoc - s);
                if (dSoc > 1e-6) {
                    learn(Math.abs(tiPassedAh) / dSoc);
                }
            }
            tiActive = true;
            tiStartSoc = s;
            tiPassedAh = 0;
            tiTempOk = tempOk;
        }
        socEst = s;
        remainingAh = s * learnedAh;
    }

    private void fullAnchor() {
        if (qcActive && qcTempOk && qcPassedAh > p.learnMinPassedFraction() * p.designCapacityAh()) {
            double dSoc = 1 - qcStartSoc;
            if (dSoc > 1e-6) {
                learn(qcPassedAh / dSoc);
            }
        }
        qcActive = false;
        socEst = 1;
        remainingAh = learnedAh;
        fullHold = true;
        reported = 1;
    }

    /** The phone shut down at its cut-off voltage: the gauge takes that as empty. */
    public void emptyAnchor() {
        socEst = 0;
        remainingAh = 0;
        reported = 0;
        qcActive = false;
    }

    private void learn(double estimateAh) {
        double lo = learnedAh * (1 - p.maxDecrease());
        double hi = learnedAh * (1 + p.maxIncrease());
        learnedAh = Math.max(lo, Math.min(hi, estimateAh));
        learningUpdates++;
        calibrationRequired = false;
    }

    private void report(double dt, double prevEst, boolean charging) {
        // Comparisons instead of Math.min/max, with the same values (nothing here is NaN, and no
        // level is -0.0): this chain runs after every step.
        double est = clamp01(socEst);
        double follow = reported + (est - prevEst);
        // Charging stops the level at 99 % until termination, but never pulls a higher level down.
        double cap = fullHold || !charging ? 1 : (reported > 0.99 ? reported : 0.99);
        double target = est < cap ? est : cap;
        if (dt != smoothingDt) {
            smoothingDt = dt;
            smoothingStep = dt / p.smoothingSeconds();
        }
        double step = smoothingStep;
        double move = target - follow;
        double r = follow + (move > step ? step : (move < -step ? -step : move));
        if (measuredCurrent > p.quitCurrent()) {
            r = r < reported ? r : reported;
        } else if (measuredCurrent < -p.quitCurrent()) {
            r = r > reported ? r : reported;
        }
        reported = r > cap ? cap : (r <= 0 ? 0 : r); // never -0.0, as Math.max(0, ...)
    }

    /** The battery was taken out at time t. */
    public void batteryRemoved(double t) {
        removedAt = t;
    }

    /** The battery is back at time t, at a rested voltage. */
    public void batteryInserted(double t, double restedVoltage) {
        if (!Double.isNaN(removedAt) && t - removedAt > p.memoryHoldSeconds()) {
            learnedAh = p.designCapacityAh();
            tiActive = false;
            qcActive = false;
            calibrationRequired = true;
        }
        removedAt = Double.NaN;
        init(restedVoltage);
    }

    /** SoC from an OCV through the gauge's table (fraction of capacity; may fall below 0 in the extended range). */
    public double socFromOcv(double v) {
        if (v <= gridOcv[0]) {
            return gridSoc[0];
        }
        if (v >= gridOcv[GRID - 1]) {
            return gridSoc[GRID - 1];
        }
        int lo = 0;
        int hi = GRID - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (gridOcv[mid] <= v) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double w = (v - gridOcv[lo]) / (gridOcv[hi] - gridOcv[lo]);
        return gridSoc[lo] + w * (gridSoc[hi] - gridSoc[lo]);
    }

    /** Math.max(0, Math.min(1, x)), NaN and -0.0 included. */
    private static double clamp01(double x) {
        return x >= 1 ? 1 : (x <= 0 ? 0 : x);
    }

    // ---- what the gauge reports ---------------------------------------------------------------

    /** Reported state of charge (fraction, smoothed). */
    public double reportedSoc() {
        return reported;
    }

    /** Reported state of charge as the integer percent the OS shows. */
    public int capacityPercent() {
        return (int) Math.round(100 * reported);
    }

    /** The gauge's own estimate before smoothing (fraction, unclamped). */
    public double estimatedSoc() {
        return socEst;
    }

    /** Learned full-charge capacity (Ah). */
    public double learnedCapacityAh() {
        return learnedAh;
    }

    /** Remaining charge as the gauge counts it (Ah), at least 0. */
    public double remainingAh() {
        return Math.max(0, remainingAh);
    }

    /** Measured current (A, positive = discharge), with the counter's errors. */
    public double measuredCurrent() {
        return measuredCurrent;
    }

    /** Starts the cycle counter as if {@code cycles} full design cycles had been discharged before. */
    public void setCycleHistory(int cycles) {
        if (cycles < 0) {
            throw new IllegalArgumentException("cycles must be 0 or more");
        }
        dischargedAh = cycles * p.designCapacityAh();
    }

    /** Full cycles of discharged charge, counted against the design capacity. */
    public int cycleCount() {
        return (int) Math.floor(dischargedAh / p.designCapacityAh());
    }

    /** Whether the volatile learning was lost and no update has happened since. */
    public boolean calibrationRequired() {
        return calibrationRequired;
    }

    public int learningUpdates() {
        return learningUpdates;
    }

    /** SoC of the last relaxed OCV reading, or NaN. */
    public double lastOcvSoc() {
        return lastOcvSoc;
    }
}
