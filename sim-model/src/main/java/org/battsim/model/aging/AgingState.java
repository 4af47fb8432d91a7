package org.battsim.model.aging;

import java.util.Arrays;

/**
 * The aging of one cell: the state of each mechanism, and the time and equivalent full cycles it
 * has seen. Relative capacity is 1 − Σ capacity states, relative resistance 1 + Σ resistance
 * states.
 */
public final class AgingState {
    private final AgingModel model;
    private final Mechanism[] mechanisms;
    private final double[] y;
    private double days;
    private double efc;

    public AgingState(AgingModel model) {
        this.model = model;
        this.mechanisms = model.mechanisms().toArray(new Mechanism[0]);
        this.y = new double[mechanisms.length];
    }

    public AgingModel model() {
        return model;
    }

    /** Capacity relative to the fresh cell. */
    public double relativeCapacity() {
        double q = 1;
        for (int i = 0; i < y.length; i++) {
            if (mechanisms[i].target() == Mechanism.Target.CAPACITY) {
                q -= y[i];
            }
        }
        return q;
    }

    /** Resistance relative to the fresh cell. */
    public double relativeResistance() {
        double r = 1;
        for (int i = 0; i < y.length; i++) {
            if (mechanisms[i].target() == Mechanism.Target.RESISTANCE) {
                r += y[i];
            }
        }
        return r;
    }

    /** State of mechanism {@code i} (capacity lost or resistance gained, as a fraction). */
    public double mechanismState(int i) {
        return y[i];
    }

    /** Sets the state of mechanism {@code i}, for a cell that starts aged. */
    public void setMechanismState(int i, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a mechanism state must be finite and not negative, got " + value);
        }
        y[i] = value;
    }

    /** Days of aging so far. */
    public double days() {
        return days;
    }

    /** Equivalent full cycles so far. */
    public double equivalentFullCycles() {
        return efc;
    }

    /**
     * Advances every mechanism over a window. The window's throughput is scaled by the relative
     * capacity before the update, as BLAST-Lite does when the state-of-charge limits are kept.
     */
    public void apply(Window w) {
        double q = relativeCapacity();
        double cycles = w.halfSocThroughput * Math.max(q, 0);
        double dt = w.stressors[Stressor.DAYS.ordinal()];
        w.stressors[Stressor.EFC.ordinal()] = cycles;
        for (int i = 0; i < y.length; i++) {
            Mechanism m = mechanisms[i];
            double k = m.perSample() ? w.sampleRates[i] : m.rate().value(w.stressors);
            double dx = switch (m.variable()) {
                case TIME -> dt;
                case EFC -> cycles;
                case THROUGHPUT -> 2 * cycles * model.nominalCapacityAh();
            };
            y[i] = m.law().advance(y[i], k, dx);
        }
        days += dt;
        efc += cycles;
    }

    public void copyFrom(AgingState o) {
        if (o.model != model) {
            throw new IllegalArgumentException("states of different models");
        }
        System.arraycopy(o.y, 0, y, 0, y.length);
        days = o.days;
        efc = o.efc;
    }

    public AgingState copy() {
        AgingState s = new AgingState(model);
        s.copyFrom(this);
        return s;
    }

    @Override
    public String toString() {
        return "AgingState[q=" + relativeCapacity() + ", r=" + relativeResistance() + ", days=" + days + ", efc=" + efc
                + ", y=" + Arrays.toString(y) + "]";
    }
}
