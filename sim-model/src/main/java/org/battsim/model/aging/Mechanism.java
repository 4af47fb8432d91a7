package org.battsim.model.aging;

import java.util.Objects;

/**
 * One aging mechanism: a state that grows by its {@link Law} along one independent variable, at a
 * rate set by the stressors, and adds to the capacity loss or the resistance gain.
 *
 * @param name for outputs, such as {@code calendar capacity}
 * @param target what the state adds to
 * @param variable the independent variable of the law
 * @param law the trajectory and its update
 * @param rate the rate coefficient
 * @param perSample whether the rate is evaluated at each sample and time-averaged over the window
 *     (it may then read only sample stressors), or once per window from window stressors
 */
public record Mechanism(String name, Target target, Variable variable, Law law, Rate rate, boolean perSample) {
    /** What a mechanism's state adds to. */
    public enum Target {
        /** Relative capacity = 1 − Σ states. */
        CAPACITY,
        /** Relative resistance = 1 + Σ states. */
        RESISTANCE
    }

    /** The independent variable a law advances along. */
    public enum Variable {
        /** Time in days. */
        TIME,
        /** Equivalent full cycles. */
        EFC,
        /** Charge throughput in Ah, charge and discharge both counted: 2 × EFC × nominal capacity. */
        THROUGHPUT
    }

    public Mechanism {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(rate, "rate");
    }
}
