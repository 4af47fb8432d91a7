package org.battsim.model.protocol;

import java.util.List;
import org.battsim.model.experiment.Step;
import org.battsim.model.experiment.StepKind;
import org.battsim.model.experiment.Termination;

/**
 * A charge written as PyBaMM experiment steps, run one after the other: {@code Charge at} a
 * current, C-rate or power (until a voltage, a current or for a time), {@code Charge at} or {@code
 * Hold at} a voltage (until a current or for a time), and {@code Rest}. The charge ends after the
 * last step.
 *
 * <p>As a charger would: a charge step's current is held under the cell's charge limit, and under
 * its own {@code until} voltage, so the step ends held at that voltage rather than past it; a
 * voltage step is held with at most {@link #VOLTAGE_STEP_MAX_C} of current. Conditions are checked
 * once per control period, after the step's first period.
 */
public final class StepsProtocol implements Protocol {
    /** assumption: a cycler channel's current range, 10C of the rated capacity, caps voltage steps. */
    public static final double VOLTAGE_STEP_MAX_C = 10;

    private final String spec;
    private final Step[] steps;
    /** Each step's conditions as arrays: iterating a list would allocate every period. */
    private final Termination[][] terms;

    private int index;
    private double stepStart;

    /**
     * @throws IllegalArgumentException naming the step if one would discharge the cell or is of a
     *     kind a charger cannot hold (a resistance)
     */
    public StepsProtocol(String spec, List<Step> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a charge needs at least one step");
        }
        this.spec = spec;
        this.steps = steps.toArray(new Step[0]);
        this.terms = new Termination[this.steps.length][];
        for (int i = 0; i < this.steps.length; i++) {
            terms[i] = this.steps[i].terminations().toArray(new Termination[0]);
        }
        for (Step s : this.steps) {
            switch (s.direction()) {
                case DISCHARGE ->
                    throw new IllegalArgumentException(
                            "'" + s.text() + "': a charging protocol cannot discharge the cell");
                case HOLD -> {
                    if (s.kind() != StepKind.VOLTAGE) {
                        throw new IllegalArgumentException("'" + s.text() + "': only a voltage can be held");
                    }
                }
                case CHARGE -> {
                    if (s.kind() == StepKind.RESISTANCE) {
                        throw new IllegalArgumentException("'" + s.text() + "': a charger cannot hold a resistance");
                    }
                }
                case REST -> {}
            }
        }
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public void start(Observation o) {
        index = 0;
        stepStart = o.time;
    }

    @Override
    public void control(Observation o, Command c) {
        while (index < steps.length && stepDone(steps[index], terms[index], o)) {
            index++;
            stepStart = o.time;
        }
        if (index == steps.length) {
            c.finish();
            return;
        }
        Step s = steps[index];
        double limit = o.chargeVoltage;
        switch (s.kind()) {
            case REST -> {
                c.pause();
                c.voltageLimit = limit;
            }
            case VOLTAGE -> c.set(o.amps(VOLTAGE_STEP_MAX_C), Math.abs(s.value()));
            case CURRENT, C_RATE, POWER -> {
                double v = Math.abs(s.value());
                double amps = s.kind() == StepKind.CURRENT
                        ? v
                        : s.kind() == StepKind.C_RATE ? o.amps(v) : v / Math.max(o.voltage, 1.0);
                for (Termination t : terms[index]) {
                    if (t.quantity() == Termination.Quantity.VOLTAGE
                            && t.comparison() != Termination.Comparison.LESS
                            && t.value() < limit) {
                        limit = t.value();
                    }
                }
                c.set(amps, limit);
            }
            default -> throw new IllegalStateException();
        }
    }

    private boolean stepDone(Step s, Termination[] ts, Observation o) {
        double elapsed = o.time - stepStart;
        if (elapsed >= s.durationSeconds() - 1e-6) {
            return true;
        }
        if (elapsed <= 0) {
            return false;
        }
        for (Termination t : ts) {
            switch (t.quantity()) {
                case VOLTAGE -> {
                    // PyBaMM ignores a plain voltage condition on rest, hold and voltage steps.
                    Termination.Comparison cmp = t.comparison();
                    if (cmp == Termination.Comparison.AUTO) {
                        if (s.kind() == StepKind.REST || s.kind() == StepKind.VOLTAGE) {
                            continue;
                        }
                        cmp = Termination.Comparison.GREATER;
                    }
                    boolean met = cmp == Termination.Comparison.GREATER
                            ? o.voltage >= t.value() - 1e-6
                            : o.voltage <= t.value() + 1e-6;
                    if (met) {
                        return true;
                    }
                }
                case CURRENT -> {
                    if (Math.abs(o.current) < Math.abs(t.value())) {
                        return true;
                    }
                }
                case C_RATE -> {
                    if (Math.abs(o.current) < o.amps(Math.abs(t.value()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
