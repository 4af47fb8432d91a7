package org.battsim.model.power;

/**
 * A source of VBUS: a wall adapter or a PC's USB port, as the cable sees it this instant.
 *
 * <p>Electrically a source is a Thevenin equivalent, {@code V = emf - R·I}, valid up to its
 * current limit; past the limit it either holds the limit while the voltage collapses
 * (constant-current fold) or cuts its output for a while and retries (hiccup), or trips its port
 * switch. The device solving the operating point reads {@link #emf()}, {@link #outputResistance()}
 * and {@link #currentLimit()} before a step, never asks for more current than the limit, and
 * reports what it drew with {@link #advance}. Faults are parameter and state changes that may be
 * applied at any time (for example {@code degrade}, {@code kill}).
 */
public interface PowerSource {
    /** Open-circuit voltage now (V); 0 when the output is off (dead, hiccup off time, tripped). */
    double emf();

    /** Output resistance (Ω). */
    double outputResistance();

    /** Largest current the source delivers before folding, hiccuping or tripping (A). */
    double currentLimit();

    /** What D+/D- present. */
    DataSignature signature();

    /** Type-C current advertisement. */
    TypeCRp rp();

    /**
     * Asks for another output voltage (Quick Charge on D+/D-). Sources that cannot do it ignore
     * the request.
     *
     * @return the voltage the source now regulates to
     */
    double requestVoltage(double volts);

    /** The phone finished USB enumeration (host ports raise their limit from 100 to 500 mA etc.). */
    void enumerated(boolean configured);

    /**
     * Advances the source's own state over the step from {@code t} to {@code t + dt} in which the
     * load drew {@code current} amperes (hiccup timers, over-current trips, a shared hub budget).
     */
    void advance(double t, double dt, double current);

    /** The cable was plugged into (true) or pulled from (false) this source at time t. */
    void attach(boolean attached, double t);

    /** Short name for events and summaries. */
    String name();

    /**
     * Operating point into a resistive load: {@code emf / (R + load)}, held at {@link
     * #currentLimit()} (A). What a load sees this instant; hiccup and trips follow from {@link
     * #advance}.
     */
    default double currentInto(double loadOhms) {
        if (!(loadOhms >= 0)) {
            throw new IllegalArgumentException("load resistance must be at least 0 Ohm, got " + loadOhms);
        }
        double emf = emf();
        if (!(emf > 0)) {
            return 0;
        }
        double r = outputResistance() + loadOhms;
        double i = r > 0 ? emf / r : Double.POSITIVE_INFINITY;
        return Math.max(0, Math.min(i, currentLimit()));
    }

    /**
     * Resistance of the VBUS wire between the source's terminal and the receptacle the cable
     * plugs into (a PC's internal front-panel cable), in Ω. It belongs to the power path, not to
     * the source's output resistance.
     */
    default double extensionVbusResistance() {
        return 0;
    }

    /** As {@link #extensionVbusResistance()}, for the GND wire (Ω). */
    default double extensionGndResistance() {
        return 0;
    }

    /**
     * The next time (s) at which the source changes by itself (a hiccup retry), so that a step can
     * end there; +∞ if none is pending.
     */
    default double nextTransitionTime() {
        return Double.POSITIVE_INFINITY;
    }

    /** What the output is doing now, for events and output columns. */
    default SourceState state() {
        return emf() > 0 ? SourceState.ON : SourceState.DEAD;
    }
}
