package org.battsim.model.aging;

import java.util.Arrays;

/**
 * The stressors of one update window: its window stressors, the time averages of the sample
 * rates, and its state-of-charge throughput before scaling by the relative capacity.
 */
public final class Window {
    final double[] stressors = new double[Stressor.COUNT];
    final double[] sampleRates;
    double halfSocThroughput;

    Window(int mechanisms) {
        this.sampleRates = new double[mechanisms];
    }

    /** Length in days. */
    public double days() {
        return stressors[Stressor.DAYS.ordinal()];
    }

    /** Σ|ΔSoC|/2 over the window: its equivalent full cycles before scaling by the relative capacity. */
    public double halfSocThroughput() {
        return halfSocThroughput;
    }

    /** A window stressor; {@link Stressor#EFC} holds the value of the last update that used this window. */
    public double stressor(Stressor s) {
        return stressors[s.ordinal()];
    }

    /** Time average of mechanism {@code i}'s sample rate (NaN for a mechanism with a window rate). */
    public double sampleRate(int i) {
        return sampleRates[i];
    }

    void copyFrom(Window o) {
        System.arraycopy(o.stressors, 0, stressors, 0, stressors.length);
        System.arraycopy(o.sampleRates, 0, sampleRates, 0, sampleRates.length);
        halfSocThroughput = o.halfSocThroughput;
    }

    @Override
    public String toString() {
        return "Window[stressors=" + Arrays.toString(stressors) + ", sampleRates=" + Arrays.toString(sampleRates)
                + ", halfSocThroughput=" + halfSocThroughput + "]";
    }
}
