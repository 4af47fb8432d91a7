package org.battsim.model.experiment;

import java.util.Objects;

/**
 * A condition that ends a step early ({@code until ...}).
 *
 * <p>A voltage termination without an operator ({@link Comparison#AUTO}) means "below" on a
 * discharge and "above" on a charge, and is ignored on rest, hold and voltage steps, as in
 * PyBaMM. Current and C-rate terminations compare the magnitude of the current: {@code until
 * 50 mA} ends the step once |I| &lt; 0.05 A.
 *
 * @param quantity what is compared
 * @param comparison how it is compared
 * @param value SI value (V, A) or a C-rate in 1/h; always positive for currents
 */
public record Termination(Quantity quantity, Comparison comparison, double value) {
    /** The compared quantity. */
    public enum Quantity {
        VOLTAGE,
        CURRENT,
        C_RATE
    }

    /** The comparison. */
    public enum Comparison {
        /** Chosen by the step direction (voltage) or "below" (current). */
        AUTO,
        LESS,
        GREATER
    }

    public Termination {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(comparison, "comparison");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("termination value must be finite, got " + value);
        }
    }

    /** Normalised text, for example {@code 3.0 V} or {@code < 0.05 A}. */
    @Override
    public String toString() {
        String op = switch (comparison) {
            case AUTO -> "";
            case LESS -> "< ";
            case GREATER -> "> ";
        };
        String unit = switch (quantity) {
            case VOLTAGE -> " V";
            case CURRENT -> " A";
            case C_RATE -> " C";
        };
        return op + StepFormat.number(value) + unit;
    }
}
