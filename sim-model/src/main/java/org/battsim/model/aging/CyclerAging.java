package org.battsim.model.aging;

import java.util.Objects;
import org.battsim.model.cell.Cell;
import org.battsim.model.cycler.CyclerModel;
import org.battsim.model.cycler.ExperimentRunner;

/**
 * Ages the cell of an {@link ExperimentRunner} while it runs: the cell is sampled at the end of
 * every step and, inside a step, once per {@link #SAMPLE_SECONDS} of simulated time; windows close
 * by the model's rules and at the end of every cycle, and the relative capacity and resistance are
 * applied to the cell between steps, so the rest of the run sees the aged cell.
 *
 * <p>Within a cycler step the current keeps its sign, so the state of charge moves one way: samples
 * at the step ends catch every turning point, and throughput and depth of discharge are exact.
 * Only the time averages of sample rates (temperature and voltage stress) use the coarser
 * trapezoid, on quantities that change over minutes.
 *
 * <p>With {@link #accelerate}, the runner simulates representative cycles only and the others are
 * extrapolated by {@link CycleSkipping}.
 */
public final class CyclerAging implements ExperimentRunner.CycleExtrapolator {
    /** Smallest relative capacity handed to the cell: a fully faded model must not break the circuit. */
    private static final double MIN_CAPACITY = 1e-3;

    /** Longest time between samples inside a step (s). */
    public static final double SAMPLE_SECONDS = 60;

    private final Aging aging;
    private CycleSkipping skipping;
    private double appliedQ = 1;
    private double appliedR = 1;
    private double lastSample;

    /**
     * Attaches to {@code runner}: takes over its step-end and cycle-end listeners and applies the
     * starting aging state to the cell.
     */
    public CyclerAging(ExperimentRunner runner, Aging aging) {
        this.aging = Objects.requireNonNull(aging);
        Cell cell = runner.cell();
        lastSample = runner.time();
        aging.start(lastSample, cell.soc(), cell.temperature());
        runner.simulation().addStepHandler((CyclerModel m, double time, boolean ev) -> {
            if (time - lastSample >= SAMPLE_SECONDS) {
                sample(m.cell(), time);
            }
        });
        runner.onStepEnd((r, c, t) -> {
            if (t > lastSample) {
                sample(c, t);
            }
            apply(c);
        });
        runner.onCycleEnd((n, c, t) -> {
            aging.closeWindow();
            apply(c);
        });
        apply(cell);
    }

    /**
     * Simulates representative cycles only (see {@link CycleSkipping}).
     *
     * @param tolerance largest relative change of the aging drive between representative cycles
     * @param maxSkip most cycles extrapolated in a row
     */
    public CyclerAging accelerate(ExperimentRunner runner, double tolerance, int maxSkip) {
        this.skipping = new CycleSkipping(aging, tolerance, maxSkip);
        runner.extrapolateWith(this);
        return this;
    }

    public Aging aging() {
        return aging;
    }

    @Override
    public int cyclesToSkip(int cycle) {
        return skipping == null ? 0 : skipping.cycleEnded();
    }

    @Override
    public void extrapolate(int cycle, Cell cell, double startTime, double seconds) {
        skipping.extrapolateCycle();
        apply(cell);
    }

    @Override
    public void resumed(Cell cell, double time) {
        lastSample = time;
        aging.start(time, cell.soc(), cell.temperature());
    }

    private void sample(Cell cell, double time) {
        aging.sample(time, cell.soc(), cell.temperature());
        lastSample = time;
    }

    private void apply(Cell cell) {
        double q = Math.max(MIN_CAPACITY, Math.min(1, aging.relativeCapacity()));
        double r = Math.max(1, aging.relativeResistance());
        if (q != appliedQ || r != appliedR) {
            cell.setAging(q, r);
            appliedQ = q;
            appliedR = r;
        }
    }
}
