package org.battsim.model.experiment;

import java.util.List;
import java.util.Objects;

/**
 * One step of an experiment, as PyBaMM's step parser would produce it.
 *
 * <p>Sign convention (PyBaMM's): a positive {@code value} discharges, so a {@code Charge} step
 * carries a negative value whatever its unit ({@code Charge at 4 V} is a -4 V voltage step, as
 * in PyBaMM). {@code Hold} and {@code Discharge} keep the sign as written.
 *
 * @param text the step as the user wrote it (for messages)
 * @param direction the instruction word
 * @param kind what the step controls
 * @param value signed value in SI (A, V, W, Ohm) or a C-rate in 1/h; 0 for rest
 * @param durationSeconds the step's maximum duration: the {@code for} value, or PyBaMM's default
 *     when only {@code until} was given
 * @param durationGiven whether {@code for} was written
 * @param terminations the {@code until} conditions, possibly empty
 * @param periodSeconds the output period from {@code (N unit period)}, or NaN when not given
 */
public record Step(
        String text,
        Direction direction,
        StepKind kind,
        double value,
        double durationSeconds,
        boolean durationGiven,
        List<Termination> terminations,
        double periodSeconds) {

    /** The instruction word of a step. */
    public enum Direction {
        DISCHARGE,
        CHARGE,
        HOLD,
        REST
    }

    public Step {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(kind, "kind");
        terminations = List.copyOf(terminations);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("step value must be finite");
        }
        if (!(durationSeconds > 0) || Double.isInfinite(durationSeconds)) {
            throw new IllegalArgumentException("step duration must be positive and finite");
        }
        if (!Double.isNaN(periodSeconds) && !(periodSeconds > 0 && Double.isFinite(periodSeconds))) {
            throw new IllegalArgumentException("step period must be positive");
        }
        if ((kind == StepKind.REST) != (direction == Direction.REST)) {
            throw new IllegalArgumentException("only Rest steps have kind REST");
        }
    }

    /** Whether a period was written in the step. */
    public boolean hasPeriod() {
        return !Double.isNaN(periodSeconds);
    }

    /**
     * Normalised text: {@code Discharge at 1 C for 3600 s until 3 V (60 s period)}, values in SI
     * (C-rate as {@code C}), the written sign restored (Charge shows the magnitude).
     */
    public String normalised() {
        StringBuilder sb = new StringBuilder();
        switch (direction) {
            case REST -> sb.append("Rest");
            case DISCHARGE -> sb.append("Discharge at ");
            case CHARGE -> sb.append("Charge at ");
            case HOLD -> sb.append("Hold at ");
        }
        if (direction != Direction.REST) {
            double shown = direction == Direction.CHARGE ? -value : value;
            sb.append(StepFormat.number(shown)).append(' ').append(unit(kind));
        }
        if (durationGiven) {
            sb.append(" for ").append(StepFormat.number(durationSeconds)).append(" s");
        }
        for (int i = 0; i < terminations.size(); i++) {
            sb.append(i == 0 ? " until " : " or until ").append(terminations.get(i));
        }
        if (hasPeriod()) {
            sb.append(" (").append(StepFormat.number(periodSeconds)).append(" s period)");
        }
        return sb.toString();
    }

    private static String unit(StepKind k) {
        return switch (k) {
            case REST -> "";
            case CURRENT -> "A";
            case C_RATE -> "C";
            case VOLTAGE -> "V";
            case POWER -> "W";
            case RESISTANCE -> "Ohm";
        };
    }

    @Override
    public String toString() {
        return normalised();
    }
}
