package org.battsim.model.power;

import java.util.Objects;
import org.battsim.model.engine.SeededRandom;

/**
 * A USB cable: the resistance of each wire (plus the contact of its source-side plug) and the
 * wire faults, which may be applied at any time.
 *
 * <p>Intermittent wires follow the phone's movement ({@link #motionRate(double)}); each wire draws
 * from its own named stream, {@code cable/<name>/<wire>}, so the same seed and the same fault
 * times give the same openings. Faults and rate changes take effect at the end of the last
 * advanced step.
 */
public final class Cable {
    private static final Wire[] WIRES = Wire.values();

    private final CableParameters p;
    private final WireState[] state = new WireState[WIRES.length];
    private final Motion[] motion = new Motion[WIRES.length];
    // Intact wire resistances, fixed by the immutable parameters: computed once, read every step.
    private final double[] wireOhms = new double[WIRES.length];
    private double now;
    private double motionRate;
    // The earliest movement of any wire (+∞ with none shaking): steps before it skip the wires.
    private double due = Double.POSITIVE_INFINITY;

    public Cable(CableParameters parameters, SeededRandom random) {
        this.p = Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(random, "random");
        for (Wire w : WIRES) {
            state[w.ordinal()] = WireState.INTACT;
            motion[w.ordinal()] = new Motion(random.stream("cable/" + p.name() + "/" + w.name()));
            wireOhms[w.ordinal()] = p.wireResistance(w);
        }
    }

    public CableParameters parameters() {
        return p;
    }

    /** Puts a wire in a state: a fault, or {@link WireState#INTACT} to mend it. */
    public void breakWire(Wire wire, WireState newState) {
        Objects.requireNonNull(newState, "state");
        Motion m = motion[wire.ordinal()];
        state[wire.ordinal()] = newState;
        if (newState == WireState.INTERMITTENT) {
            m.rate(motionRate, now);
            m.start(p.intermittentOpenProbability(), now);
        } else {
            m.stop();
        }
        due = earliestMovement();
    }

    /** Mends one wire. */
    public void repair(Wire wire) {
        breakWire(wire, WireState.INTACT);
    }

    /** Mends every wire. */
    public void repair() {
        for (Wire w : WIRES) {
            repair(w);
        }
    }

    public WireState state(Wire wire) {
        return state[wire.ordinal()];
    }

    /** How often the cable is flexed (movements per second), from the end of the last step. */
    public void motionRate(double hz) {
        Checks.nonNegative("motion rate", hz, "Hz");
        motionRate = hz;
        for (Motion m : motion) {
            m.rate(hz, now);
        }
        due = earliestMovement();
    }

    public double motionRate() {
        return motionRate;
    }

    /** Whether the wire conducts now. */
    public boolean connected(Wire wire) {
        // Comparisons rather than a switch (which goes through a lookup array): read every step.
        WireState s = state[wire.ordinal()];
        if (s == WireState.OPEN) {
            return false;
        }
        return s != WireState.INTERMITTENT || !motion[wire.ordinal()].open();
    }

    /** Wire plus source-side plug contact (Ω); +∞ when open. */
    public double resistance(Wire wire) {
        if (!connected(wire)) {
            return Double.POSITIVE_INFINITY;
        }
        double r = wireOhms[wire.ordinal()];
        if (state[wire.ordinal()] == WireState.STRANDS_BROKEN) {
            r *= p.strandsBrokenFactor();
        }
        return r + p.plugContactResistance();
    }

    /** Plays the movements over the step from {@code t} to {@code t + dt}. */
    public void advance(double t, double dt) {
        now = t + dt;
        if (now < due) {
            return; // no wire moves in this step (a stopped wire's next movement is +∞)
        }
        for (Motion m : motion) {
            m.advance(now);
        }
        due = earliestMovement();
    }

    private double earliestMovement() {
        double next = Double.POSITIVE_INFINITY;
        for (Motion m : motion) {
            double e = m.nextEvent();
            next = e < next ? e : next;
        }
        return next;
    }

    /** The next time an intermittent wire may change (s); +∞ if none. */
    public double nextMotionTime() {
        double next = Double.POSITIVE_INFINITY;
        for (Motion m : motion) {
            if (m.active()) {
                next = Math.min(next, m.nextEvent());
            }
        }
        return next;
    }
}
