package org.battsim.model.experiment;

import java.util.Objects;

/**
 * An experiment-level stop condition, checked at the end of each cycle (capacity, voltage) or
 * continuously (time), as PyBaMM's {@code termination=} argument.
 *
 * @param kind what is checked
 * @param value percent of the first cycle's discharge capacity, Ah, V or seconds
 */
public record ExperimentTermination(Kind kind, double value) {
    /** The kinds PyBaMM accepts: {@code "80% capacity"}, {@code "4 Ah capacity"}, {@code "2.5 V"}, {@code "10 hours"}. */
    public enum Kind {
        CAPACITY_PERCENT,
        CAPACITY_AH,
        MIN_VOLTAGE,
        TIME
    }

    public ExperimentTermination {
        Objects.requireNonNull(kind, "kind");
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("experiment termination value must be positive, got " + value);
        }
    }
}
