package org.battsim.model.power;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A make-or-break contact shaken by movement: movements arrive as a Poisson process at a rate;
 * at each one the contact is open with probability {@code p}, until the next one (closed before the
 * first). The long-run
 * open fraction is {@code p}, and the state at a given time does not depend on how time was cut
 * into steps (as long as fewer than {@link #MAX_EVENTS_PER_STEP} movements fall in one step).
 */
final class Motion {
    static final int MAX_EVENTS_PER_STEP = 1000;

    private final UniformRandomProvider rng;
    private double rate;
    private double probability;
    private double next = Double.POSITIVE_INFINITY;
    private boolean open;
    private long events;

    Motion(UniformRandomProvider rng) {
        this.rng = rng;
    }

    /**
     * Starts shaking with open probability {@code p} at time {@code now}. The contact is closed
     * until the first movement, so a phone lying still keeps whatever contact it has.
     */
    void start(double p, double now) {
        probability = p;
        open = false;
        next = now + interval();
    }

    /** Stops: the contact is closed from now on. */
    void stop() {
        probability = 0;
        open = false;
        next = Double.POSITIVE_INFINITY;
    }

    boolean active() {
        return probability > 0;
    }

    /** Changes the movement rate from {@code now} (memoryless: the next movement is redrawn). */
    void rate(double hz, double now) {
        rate = hz;
        if (active()) {
            next = now + interval();
        }
    }

    double rate() {
        return rate;
    }

    /** Plays the movements up to {@code end}. */
    void advance(double end) {
        if (!active() || next > end) {
            return;
        }
        if ((end - next) * rate > MAX_EVENTS_PER_STEP) {
            // Only the last movement matters for the state; skip ahead without a long loop.
            open = rng.nextDouble() < probability;
            events++;
            next = end + interval();
            return;
        }
        while (next <= end) {
            open = rng.nextDouble() < probability;
            events++;
            next += interval();
        }
    }

    boolean open() {
        return open;
    }

    /** Movements played so far. */
    long events() {
        return events;
    }

    double nextEvent() {
        return next;
    }

    private double interval() {
        return rate > 0 ? -Math.log1p(-rng.nextDouble()) / rate : Double.POSITIVE_INFINITY;
    }
}
