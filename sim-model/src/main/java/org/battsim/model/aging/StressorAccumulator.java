package org.battsim.model.aging;

import org.battsim.model.cell.Table;

/**
 * Accumulates samples of the cell's state (time, state of charge, temperature) into the stressors
 * of the current window. Consecutive windows share their boundary sample. Allocates nothing per
 * sample.
 */
final class StressorAccumulator {
    private static final double SECONDS_PER_DAY = 86400.0;
    /** Below this state-of-charge rate (1/h) an interval counts as rest for the C-rate stressor. */
    private static final double REST_RATE = 1e-2;

    private final Table ocv;
    private final Table.Cursor cursor = new Table.Cursor();
    private final Mechanism[] mechanisms;
    private final double[] sample = new double[Stressor.COUNT];
    private final double[] fPrev;
    private final double[] fInt;
    private final Rainflow rainflow = new Rainflow();

    private int samples;
    private double t0;
    private double tPrev;
    private double socPrev;
    private double tempPrev;
    private double vPrev;
    private int direction;

    private double intSoc;
    private double intV;
    private double intT;
    private double sumV2;
    private double socMin;
    private double socMax;
    private double vMax;
    private double tMax;
    private double sumAbsDsoc;
    private double activeDsoc;
    private double activeHours;

    StressorAccumulator(AgingModel model) {
        this.ocv = model.ocv();
        this.mechanisms = model.mechanisms().toArray(new Mechanism[0]);
        this.fPrev = new double[mechanisms.length];
        this.fInt = new double[mechanisms.length];
    }

    /** Number of samples in the window, its boundary sample included. */
    int samples() {
        return samples;
    }

    /** Days since the window's first sample. */
    double days() {
        return (tPrev - t0) / SECONDS_PER_DAY;
    }

    /** Σ|ΔSoC|/2 so far. */
    double halfSocThroughput() {
        return 0.5 * sumAbsDsoc;
    }

    /** Whether a next sample at {@code soc} makes the last sample a state-of-charge turning point. */
    boolean turnsAt(double soc) {
        if (samples == 0 || soc == socPrev) {
            return false;
        }
        int d = soc > socPrev ? 1 : -1;
        return direction != 0 && d != direction;
    }

    /** Forgets everything and starts a window at this sample. */
    void start(double t, double soc, double tempK) {
        direction = 0;
        evaluate(soc, tempK);
        for (int i = 0; i < mechanisms.length; i++) {
            fPrev[i] = rateAt(i);
        }
        tPrev = t;
        socPrev = soc;
        tempPrev = tempK;
        vPrev = sample[Stressor.VOLTAGE.ordinal()];
        restartAtLast();
    }

    /** Adds the next sample; its time must not be before the last one. */
    void add(double t, double soc, double tempK) {
        if (samples == 0) {
            start(t, soc, tempK);
            return;
        }
        double dt = t - tPrev;
        if (!(dt >= 0)) {
            throw new IllegalArgumentException(
                    "aging samples must not go back in time: " + t + " s after " + tPrev + " s");
        }
        evaluate(soc, tempK);
        double v = sample[Stressor.VOLTAGE.ordinal()];
        double half = 0.5 * dt;
        for (int i = 0; i < mechanisms.length; i++) {
            double f = rateAt(i);
            fInt[i] += half * (fPrev[i] + f);
            fPrev[i] = f;
        }
        intSoc += half * (socPrev + soc);
        intV += half * (vPrev + v);
        intT += half * (tempPrev + tempK);
        sumV2 += v * v;
        double dsoc = Math.abs(soc - socPrev);
        sumAbsDsoc += dsoc;
        if (dt > 0 && dsoc >= REST_RATE * dt / 3600.0) {
            activeDsoc += dsoc;
            activeHours += dt / 3600.0;
        }
        if (soc != socPrev) {
            direction = soc > socPrev ? 1 : -1;
        }
        socMin = Math.min(socMin, soc);
        socMax = Math.max(socMax, soc);
        vMax = Math.max(vMax, v);
        tMax = Math.max(tMax, tempK);
        rainflow.add(soc);
        tPrev = t;
        socPrev = soc;
        tempPrev = tempK;
        vPrev = v;
        samples++;
    }

    /** Writes the window's stressors into {@code w} and starts the next window at the last sample. */
    void close(Window w) {
        double[] s = w.stressors;
        double span = tPrev - t0;
        rainflow.finish();
        s[Stressor.DAYS.ordinal()] = span / SECONDS_PER_DAY;
        s[Stressor.EFC.ordinal()] = 0.5 * sumAbsDsoc;
        s[Stressor.DOD.ordinal()] = socMax - socMin;
        s[Stressor.DOD_RAINFLOW.ordinal()] = rainflow.weightedMeanRange();
        s[Stressor.VOLTAGE_RMS.ordinal()] = Math.sqrt(sumV2 / samples);
        s[Stressor.VOLTAGE_MEAN.ordinal()] = span > 0 ? intV / span : vPrev;
        s[Stressor.VOLTAGE_MAX.ordinal()] = vMax;
        s[Stressor.SOC_MEAN.ordinal()] = span > 0 ? intSoc / span : socPrev;
        s[Stressor.SOC_MAX.ordinal()] = socMax;
        s[Stressor.TEMPERATURE_MEAN.ordinal()] = span > 0 ? intT / span : tempPrev;
        s[Stressor.TEMPERATURE_MAX.ordinal()] = tMax;
        s[Stressor.C_RATE.ordinal()] = activeHours > 0 ? activeDsoc / activeHours : 0;
        for (int i = 0; i < mechanisms.length; i++) {
            w.sampleRates[i] = mechanisms[i].perSample() ? (span > 0 ? fInt[i] / span : fPrev[i]) : Double.NaN;
        }
        w.halfSocThroughput = 0.5 * sumAbsDsoc;
        restartAtLast();
    }

    private void restartAtLast() {
        t0 = tPrev;
        samples = 1;
        for (int i = 0; i < mechanisms.length; i++) {
            fInt[i] = 0;
        }
        intSoc = 0;
        intV = 0;
        intT = 0;
        sumV2 = vPrev * vPrev;
        socMin = socPrev;
        socMax = socPrev;
        vMax = vPrev;
        tMax = tempPrev;
        sumAbsDsoc = 0;
        activeDsoc = 0;
        activeHours = 0;
        rainflow.reset();
        rainflow.add(socPrev);
    }

    private void evaluate(double soc, double tempK) {
        sample[Stressor.SOC.ordinal()] = soc;
        sample[Stressor.VOLTAGE.ordinal()] = ocv.eval(soc, tempK, 0, cursor);
        sample[Stressor.TEMPERATURE.ordinal()] = tempK;
    }

    private double rateAt(int i) {
        Mechanism m = mechanisms[i];
        return m.perSample() ? m.rate().value(sample) : 0;
    }
}
