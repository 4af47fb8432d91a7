package org.battsim.model.protocol;

/**
 * A charging protocol: each control period it reads an {@link Observation} and fills a {@link
 * Command}. A protocol holds its own state (stage, timers), reset by {@link #start}; one instance
 * drives one charge at a time. Implementations must not allocate in {@link #control}, which runs
 * every period of every charge.
 */
public interface Protocol {
    /** The protocol as written ({@code cccv:1C:4.2V}), for outputs. */
    String spec();

    /** Longest control period the protocol wants now (s); the driver may use a shorter one. */
    default double controlPeriod() {
        return 1.0;
    }

    /** Starts a charge (time 0 of {@code o}); resets all state. */
    void start(Observation o);

    /** Decides the next period's command from the present observation. */
    void control(Observation o, Command c);
}
