package org.battsim.model.engine;

/** The simulation time and the number of committed steps, owned by a {@link Simulation}. */
public final class SimClock {
    private double time;
    private long steps;

    SimClock(double start) {
        this.time = start;
    }

    /** Current simulation time (s). */
    public double time() {
        return time;
    }

    /** Number of committed steps so far. */
    public long steps() {
        return steps;
    }

    void advanceTo(double t) {
        time = t;
        steps++;
    }

    void set(double t) {
        time = t;
    }
}
