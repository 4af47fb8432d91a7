package org.battsim.model.protocol;

import java.util.Objects;
import org.battsim.model.aging.Aging;
import org.battsim.model.cell.Cell;
import org.battsim.model.cell.CellControlException;
import org.battsim.model.cell.spme.SpmeCell;

/**
 * A bare cell on a cycler channel driven by a charging protocol, and the rest and discharge steps
 * of a cycle around it.
 *
 * <p>Each control period (at most the step, at most what the protocol asks for) the cycler fills
 * the {@link Observation} from what it measures at the committed state and asks the protocol for a
 * {@link Command}. The cell then holds whichever limit binds: the commanded current, or, if that
 * would take the terminal voltage past the limit at the end of the period, the voltage limit with
 * the current the cell model solves for (its voltage control), i.e. CC until the limit, then CV.
 * A cycler only charges here: where holding the limit would need a discharge current, the cell
 * rests. The state of charge a protocol sees is the coulomb count from the start of the charge
 * (the cell's state of charge then, and its present capacity, are the cycler's reference, as
 * after a capacity check).
 *
 * <p>With aging attached the cell is sampled once a minute and at the end of every phase (within a
 * phase the state of charge moves one way), and the aging state is applied between phases, as
 * {@link org.battsim.model.aging.CyclerAging} does for experiments.
 *
 * <p>Nothing is allocated per period.
 */
public final class ProtocolCycler {
    /** Longest time between aging samples inside a phase (s). */
    public static final double SAMPLE_SECONDS = 60;

    /** Smallest relative capacity handed to the cell, as in CyclerAging. */
    private static final double MIN_CAPACITY = 1e-3;

    /** Sees every committed period of a charge, with the command it ran under. */
    @FunctionalInterface
    public interface PeriodListener {
        void period(Command command, boolean voltageLimited, Cell cell, double time);
    }

    /** What one charge did (reused by the next charge). */
    public static final class ChargeStats {
        /** Whether the protocol ended the charge (false: it ran out of time or hit the model's range). */
        public boolean finished;

        public String stopReason = "";
        public double seconds;
        /** Time from the start to 80 % state of charge (s), NaN if not reached. */
        public double timeTo80 = Double.NaN;

        public double startSoc;
        public double endSoc;
        public double chargeAh;
        /** Electrical energy into the cell at its terminals (Wh). */
        public double chargeWh;

        public double peakTemperatureK;
        /** Time-weighted mean cell temperature over the charge (K). */
        public double meanTemperatureK;
        /** {@link PlatingRisk} indicator (h). */
        public double platingRiskHours;
        /** SPMe only: time with the anode potential below 0 V (s); NaN for other cells. */
        public double anodeBelowZeroSeconds = Double.NaN;

        void clear() {
            finished = false;
            stopReason = "";
            seconds = 0;
            timeTo80 = Double.NaN;
            startSoc = endSoc = chargeAh = chargeWh = 0;
            peakTemperatureK = meanTemperatureK = platingRiskHours = 0;
            anodeBelowZeroSeconds = Double.NaN;
        }
    }

    private final Cell cell;
    private final SpmeCell spme;
    private final double ratedAh;
    private final double maxStep;
    private final Observation obs = new Observation();
    private final Command cmd = new Command();
    private final ChargeStats stats = new ChargeStats();
    private PeriodListener listener;
    private Aging aging;
    private double lastSample;
    private double appliedQ = 1;
    private double appliedR = 1;
    private double time;
    private boolean lastLimited;

    /**
     * @param cell the cell in its starting state
     * @param ratedCapacityAh capacity that C-rates refer to (Ah)
     * @param maxStepSeconds longest control period (s)
     */
    public ProtocolCycler(Cell cell, double ratedCapacityAh, double maxStepSeconds) {
        this.cell = Objects.requireNonNull(cell);
        this.spme = cell instanceof SpmeCell s ? s : null;
        this.ratedAh = Protocols.positive("rated capacity", ratedCapacityAh);
        this.maxStep = Protocols.positive("step", maxStepSeconds);
    }

    public Cell cell() {
        return cell;
    }

    /** Time on the cycler (s). */
    public double time() {
        return time;
    }

    public void onPeriod(PeriodListener l) {
        this.listener = l;
    }

    /** Ages the cell from now on (null: no aging). */
    public void setAging(Aging a) {
        this.aging = a;
        if (a != null) {
            restartAging();
            applyAging();
        }
    }

    /** Moves the clock on without simulating (cycles stood in for by an extrapolation). */
    public void skipTime(double seconds) {
        time += seconds;
        if (aging != null) {
            restartAging();
        }
    }

    private void restartAging() {
        lastSample = time;
        aging.start(time, cell.soc(), cell.temperature());
    }

    /**
     * Charges under a protocol until it ends the charge, {@code maxSeconds} pass, or the cell
     * reaches the top of its model's state-of-charge range.
     */
    public ChargeStats charge(Protocol p, double maxSeconds) {
        ChargeStats s = stats;
        s.clear();
        double t0 = time;
        double in0 = cell.energy().chargeIn();
        double out0 = cell.energy().chargeOut();
        double e0 = cell.energy().charged();
        double below0 = spme != null ? spme.timeBelowPlatingPotential() : Double.NaN;
        double soc0 = cell.soc();
        s.startSoc = soc0;
        s.peakTemperatureK = cell.temperature();
        double tempIntegral = 0;
        if (soc0 >= 0.8) {
            s.timeTo80 = 0;
        }
        lastLimited = false;
        observe(0, soc0, in0, out0, 0);
        p.start(obs);
        double vMax = cell.limits().maximum();
        while (true) {
            p.control(obs, cmd);
            if (cmd.end) {
                s.finished = true;
                s.stopReason = "protocol ended the charge";
                break;
            }
            if (time - t0 >= maxSeconds) {
                s.stopReason = "the protocol did not end the charge within " + Math.round(maxSeconds / 3600) + " h";
                break;
            }
            if (cell.soc() >= cell.maxSoc() - 1e-9) {
                s.stopReason = "the cell reached the top of its model's state-of-charge range";
                break;
            }
            double dt = Math.min(maxStep, p.controlPeriod());
            double amps = Math.max(0, cmd.current);
            double limit = Math.min(cmd.voltageLimit, vMax);
            double socA = cell.soc();
            lastLimited = stepCharge(amps, limit, dt);
            cell.commit();
            time += dt;
            double socB = cell.soc();
            if (Double.isNaN(s.timeTo80) && socB >= 0.8) {
                s.timeTo80 = time - dt - t0 + (socB > socA ? dt * (0.8 - socA) / (socB - socA) : dt);
            }
            double tK = cell.temperature();
            tempIntegral += tK * dt;
            if (tK > s.peakTemperatureK) {
                s.peakTemperatureK = tK;
            }
            double chargeC = -cell.current() / ratedAh;
            s.platingRiskHours += PlatingRisk.rate(chargeC, tK, socB) * dt / 3600;
            if (listener != null) {
                listener.period(cmd, lastLimited, cell, time);
            }
            sampleAging(false);
            observe(time - t0, soc0, in0, out0, -cell.current());
        }
        sampleAging(true);
        s.seconds = time - t0;
        s.meanTemperatureK = s.seconds > 0 ? tempIntegral / s.seconds : cell.temperature();
        s.endSoc = cell.soc();
        s.chargeAh = (cell.energy().chargeIn() - in0) / 3600;
        s.chargeWh = (cell.energy().charged() - e0) / 3600;
        if (spme != null) {
            s.anodeBelowZeroSeconds = spme.timeBelowPlatingPotential() - below0;
        }
        return s;
    }

    private void observe(double t, double soc0, double in0, double out0, double current) {
        obs.time = t;
        obs.voltage = cell.voltage();
        obs.current = current;
        obs.temperature = cell.temperature();
        double net = (cell.energy().chargeIn() - in0) - (cell.energy().chargeOut() - out0);
        obs.soc = soc0 + net / 3600 / cell.capacityAh();
        obs.voltageLimited = lastLimited;
        obs.ratedCapacityAh = ratedAh;
        obs.chargeVoltage = cell.limits().chargeLimit();
    }

    /** One period under a current limit and a voltage limit; returns whether the voltage limit bound. */
    private boolean stepCharge(double amps, double limit, double dt) {
        if (amps <= 0) {
            cell.trial(Cell.Control.CURRENT, 0, dt);
            return false;
        }
        if (lastLimited) {
            // Already in CV: the held voltage usually binds again, so try it first.
            if (holdVoltage(limit, dt)) {
                if (-cell.current() <= amps) {
                    return true;
                }
            } else {
                return true;
            }
        }
        cell.trial(Cell.Control.CURRENT, -amps, dt);
        if (cell.voltage() <= limit) {
            return false;
        }
        if (!holdVoltage(limit, dt)) {
            return true;
        }
        if (-cell.current() > amps) {
            // Rounding at the corner between CC and CV: the current limit is the binding one.
            cell.trial(Cell.Control.CURRENT, -amps, dt);
            return false;
        }
        return true;
    }

    /**
     * Holds the voltage for a period; returns false (and rests the cell) when that would need a
     * discharge current or the cell cannot meet it.
     */
    private boolean holdVoltage(double limit, double dt) {
        try {
            cell.trial(Cell.Control.VOLTAGE, limit, dt);
            if (cell.current() <= 0) {
                return true;
            }
        } catch (CellControlException e) {
            // fall through to rest
        }
        cell.trial(Cell.Control.CURRENT, 0, dt);
        return false;
    }

    /** Rests the cell (no current). */
    public void rest(double seconds) {
        double end = time + seconds;
        while (time < end - 1e-9) {
            double dt = Math.min(SAMPLE_SECONDS, end - time);
            cell.trial(Cell.Control.CURRENT, 0, dt);
            cell.commit();
            time += dt;
            sampleAging(false);
        }
        sampleAging(true);
    }

    /**
     * Discharges at a constant current until the terminal voltage reaches {@code cutoff} (located
     * within the step by bisection), the cell reaches the bottom of its model's range, or {@code
     * maxSeconds} pass.
     *
     * @return the charge delivered (Ah); the energy is {@link #lastDischargeWh()}
     */
    public double discharge(double amps, double cutoff, double maxSeconds) {
        double out0 = cell.energy().chargeOut();
        double e0 = cell.energy().discharged();
        double t0 = time;
        while (time - t0 < maxSeconds && cell.voltage() > cutoff && cell.soc() > cell.minSoc() + 1e-9) {
            double dt = maxStep;
            cell.trial(Cell.Control.CURRENT, amps, dt);
            if (cell.voltage() <= cutoff) {
                double lo = 0;
                double hi = dt;
                for (int i = 0; i < 40 && hi - lo > 1e-6; i++) {
                    double mid = 0.5 * (lo + hi);
                    cell.trial(Cell.Control.CURRENT, amps, mid);
                    if (cell.voltage() <= cutoff) {
                        hi = mid;
                    } else {
                        lo = mid;
                    }
                }
                dt = hi;
                cell.trial(Cell.Control.CURRENT, amps, dt);
                cell.commit();
                time += dt;
                sampleAging(false);
                break;
            }
            cell.commit();
            time += dt;
            sampleAging(false);
        }
        sampleAging(true);
        lastDischargeWh = (cell.energy().discharged() - e0) / 3600;
        return (cell.energy().chargeOut() - out0) / 3600;
    }

    private double lastDischargeWh;

    /** Energy delivered by the last discharge (Wh). */
    public double lastDischargeWh() {
        return lastDischargeWh;
    }

    private void sampleAging(boolean phaseEnd) {
        if (aging == null) {
            return;
        }
        if (phaseEnd ? time > lastSample : time - lastSample >= SAMPLE_SECONDS) {
            aging.sample(time, cell.soc(), cell.temperature());
            lastSample = time;
        }
        if (phaseEnd) {
            applyAging();
        }
    }

    /** Closes the open aging window (at the end of a cycle) and applies the state to the cell. */
    public void closeAgingWindow() {
        if (aging != null) {
            aging.closeWindow();
            applyAging();
        }
    }

    /** Applies the aging state to the cell (after an extrapolated cycle, for example). */
    public void applyAging() {
        double q = Math.max(MIN_CAPACITY, Math.min(1, aging.relativeCapacity()));
        double r = Math.max(1, aging.relativeResistance());
        if (q != appliedQ || r != appliedR) {
            cell.setAging(q, r);
            appliedQ = q;
            appliedR = r;
        }
    }
}
