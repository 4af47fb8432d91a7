package org.battsim.model.experiment;

import java.util.List;
import java.util.Objects;

/**
 * A list of cycles (each a list of steps) run in order, with experiment-level stop conditions.
 *
 * @param cycles the cycles, already repeated as many times as asked
 * @param terminations experiment-level stop conditions
 * @param defaultPeriodSeconds output period for steps that do not give their own
 */
public record Experiment(
        List<List<Step>> cycles, List<ExperimentTermination> terminations, double defaultPeriodSeconds) {
    public Experiment {
        Objects.requireNonNull(cycles, "cycles");
        cycles = cycles.stream().map(List::copyOf).toList();
        terminations = List.copyOf(terminations);
        if (cycles.isEmpty() || cycles.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("an experiment needs at least one step in every cycle");
        }
        if (!(defaultPeriodSeconds > 0) || Double.isInfinite(defaultPeriodSeconds)) {
            throw new IllegalArgumentException("period must be positive");
        }
    }

    /** Total number of steps over all cycles. */
    public int stepCount() {
        return cycles.stream().mapToInt(List::size).sum();
    }
}
