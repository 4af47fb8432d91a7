package org.battsim.model.cycler;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.battsim.model.cell.Cell;
import org.battsim.model.cell.CellControlException;
import org.battsim.model.engine.Action;
import org.battsim.model.engine.EventDetector;
import org.battsim.model.engine.Recorder;
import org.battsim.model.engine.Simulation;
import org.battsim.model.experiment.Experiment;
import org.battsim.model.experiment.ExperimentTermination;
import org.battsim.model.experiment.Step;
import org.battsim.model.experiment.StepKind;
import org.battsim.model.experiment.Termination;

/**
 * Runs an {@link Experiment} on a cell, as a battery cycler would: each step holds its control
 * until its duration ends, one of its {@code until} conditions is met, or the cell leaves its safe
 * window (which ends the whole experiment, as PyBaMM's voltage cut-off events do).
 *
 * <p>Samples are taken at the step's period from the step's start, at every step end, and at
 * events, so curves show exact transitions.
 */
public final class ExperimentRunner {
    /** What happened in one step. */
    public record StepResult(
            int cycle,
            int index,
            Step step,
            double startSeconds,
            double endSeconds,
            String endReason,
            double chargeAh,
            double dischargeAh,
            double minVoltage,
            double maxVoltage) {}

    /**
     * What happened in the whole experiment. Per-cycle arrays hold one value per completed cycle;
     * {@code cycleSimulated} is false for a cycle that was extrapolated (see {@link
     * CycleExtrapolator}).
     */
    public record Result(
            List<StepResult> steps,
            String endReason,
            int cyclesCompleted,
            double[] cycleDischargeAh,
            double[] cycleChargeAh,
            double[] cycleCapacityAh,
            boolean[] cycleSimulated,
            double durationSeconds,
            double maxCellTemperatureK,
            double minVoltage,
            double maxVoltage) {}

    /** Called at the end of each cycle (for example to age the cell). */
    @FunctionalInterface
    public interface CycleListener {
        void cycleEnded(int cycle, Cell cell, double time);
    }

    /** Called at the end of each step, where the cell may be changed (for example to apply aging). */
    @FunctionalInterface
    public interface StepListener {
        void stepEnded(StepResult step, Cell cell, double time);
    }

    /**
     * Replaces whole cycles by an extrapolation (cycle skipping). After each simulated cycle the
     * runner asks how many of the following cycles, when they repeat the same steps, to skip. For
     * each skipped cycle it calls {@link #extrapolate}, moves time on by the length of the last
     * simulated cycle, and records the cycle with that cycle's charge and discharge scaled by the
     * cell's capacity; the cell's electrical and thermal state is taken to be the one the simulated
     * cycle ended in. Cycle listeners are not called for skipped cycles.
     */
    public interface CycleExtrapolator {
        /** How many cycles after the simulated cycle {@code cycle} (1-based) to extrapolate. */
        int cyclesToSkip(int cycle);

        /**
         * Stands in for cycle {@code cycle} (1-based), which starts at {@code startTime} and lasts
         * {@code seconds}; may change the cell (its aging).
         */
        void extrapolate(int cycle, Cell cell, double startTime, double seconds);

        /** Called once after a stretch of skipped cycles, with the time the next cycle starts at. */
        void resumed(Cell cell, double time);
    }

    /** Progress, called once per finished step. */
    @FunctionalInterface
    public interface ProgressListener {
        void stepDone(int done, int total);
    }

    private final Cell cell;
    private final CyclerModel model;
    private final Simulation<CyclerModel> sim;
    private final Recorder recorder;
    private final EventSink events;
    private CycleListener cycleListener = (c, cell, t) -> {};
    private StepListener stepListener = (r, cell, t) -> {};
    private CycleExtrapolator extrapolator;
    private ProgressListener progress = (d, t) -> {};

    private int cycleNumber;
    private int stepNumber;
    private double maxTemp;
    private double minV = Double.POSITIVE_INFINITY;
    private double maxV = Double.NEGATIVE_INFINITY;

    /**
     * @param cell the cell, already reset to its starting state
     * @param maxStep internal step (s)
     * @param recorder where samples go (columns registered by the caller), or null
     * @param events where events go
     */
    public ExperimentRunner(Cell cell, double maxStep, Recorder recorder, EventSink events) {
        this.cell = Objects.requireNonNull(cell);
        this.model = new CyclerModel(cell);
        this.sim = new Simulation<>(model, 0.0, maxStep);
        this.recorder = recorder;
        this.events = Objects.requireNonNull(events);
        this.maxTemp = cell.temperature();
    }

    public ExperimentRunner onCycleEnd(CycleListener l) {
        this.cycleListener = Objects.requireNonNull(l);
        return this;
    }

    public ExperimentRunner onStepEnd(StepListener l) {
        this.stepListener = Objects.requireNonNull(l);
        return this;
    }

    /** Enables cycle skipping (null to simulate every cycle). */
    public ExperimentRunner extrapolateWith(CycleExtrapolator x) {
        this.extrapolator = x;
        return this;
    }

    public ExperimentRunner onProgress(ProgressListener l) {
        this.progress = Objects.requireNonNull(l);
        return this;
    }

    /** Time since the start (s). */
    public double time() {
        return sim.time();
    }

    /** 1-based number of the running cycle (0 before the first). */
    public int cycleNumber() {
        return cycleNumber;
    }

    /** 1-based number of the running step over the whole experiment. */
    public int stepNumber() {
        return stepNumber;
    }

    public Cell cell() {
        return cell;
    }

    public Simulation<CyclerModel> simulation() {
        return sim;
    }

    public Result run(Experiment experiment) {
        List<StepResult> results = new ArrayList<>();
        int nCycles = experiment.cycles().size();
        double[] cycDis = new double[nCycles];
        double[] cycCh = new double[nCycles];
        double[] cycCap = new double[nCycles];
        boolean[] simulated = new boolean[nCycles];
        double timeLimit = Double.POSITIVE_INFINITY;
        for (ExperimentTermination et : experiment.terminations()) {
            if (et.kind() == ExperimentTermination.Kind.TIME) {
                timeLimit = Math.min(timeLimit, et.value());
            }
        }
        int total = experiment.stepCount();
        int done = 0;
        String endReason = "completed";
        int cyclesCompleted = 0;
        List<EventDetector<CyclerModel>> safety = safetyDetectors();
        sample(true);
        outer:
        for (int c = 0; c < nCycles; c++) {
            cycleNumber = c + 1;
            simulated[c] = true;
            double cycleStart = sim.time();
            double cycleMinV = Double.POSITIVE_INFINITY;
            for (Step step : experiment.cycles().get(c)) {
                stepNumber++;
                StepResult r = runStep(step, experiment.defaultPeriodSeconds(), safety, timeLimit);
                results.add(r);
                stepListener.stepEnded(r, cell, sim.time());
                cycDis[c] += r.dischargeAh();
                cycCh[c] += r.chargeAh();
                cycleMinV = Math.min(cycleMinV, r.minVoltage());
                progress.stepDone(++done, total);
                if (r.endReason().startsWith("safety") || r.endReason().startsWith("infeasible")) {
                    endReason = r.endReason();
                    break outer;
                }
                if (sim.time() >= timeLimit) {
                    endReason = "experiment termination: time " + fmt(timeLimit) + " s";
                    break outer;
                }
            }
            cyclesCompleted = c + 1;
            cycleListener.cycleEnded(cycleNumber, cell, sim.time());
            cycCap[c] = cell.capacityAh();
            events.event(
                    sim.time(),
                    "cycler",
                    "cycle " + cycleNumber + " ended: discharged " + fmt(cycDis[c]) + " Ah, charged " + fmt(cycCh[c])
                            + " Ah");
            String stop = checkCycleTermination(experiment, cycDis, c, cycleMinV);
            if (stop != null) {
                endReason = stop;
                events.event(sim.time(), "cycler", stop);
                break;
            }
            if (extrapolator == null) {
                continue;
            }
            // Cycle skipping: stand in for the following cycles that repeat this one.
            double length = sim.time() - cycleStart;
            int skip = Math.min(extrapolator.cyclesToSkip(cycleNumber), nCycles - 1 - c);
            double capacity = cell.capacityAh();
            int k = c;
            while (k - c < skip
                    && experiment.cycles().get(k + 1).equals(experiment.cycles().get(c))
                    && sim.time() + length <= timeLimit) {
                k++;
                cycleNumber = k + 1;
                extrapolator.extrapolate(cycleNumber, cell, sim.time(), length);
                sim.skipTime(length);
                double scale = cell.capacityAh() / capacity;
                cycDis[k] = cycDis[c] * scale;
                cycCh[k] = cycCh[c] * scale;
                cycCap[k] = cell.capacityAh();
                cyclesCompleted = k + 1;
                stepNumber += experiment.cycles().get(k).size();
                done += experiment.cycles().get(k).size();
                progress.stepDone(done, total);
                stop = checkCycleTermination(experiment, cycDis, k, cycleMinV);
                if (stop != null) {
                    break;
                }
            }
            if (k > c) {
                events.event(
                        sim.time(),
                        "cycler",
                        "cycles " + (c + 2) + " to " + (k + 1) + " extrapolated from cycle " + (c + 1)
                                + " (not simulated)");
                extrapolator.resumed(cell, sim.time());
                c = k;
            }
            if (stop != null) {
                endReason = stop;
                events.event(sim.time(), "cycler", stop);
                break;
            }
        }
        return new Result(
                List.copyOf(results),
                endReason,
                cyclesCompleted,
                java.util.Arrays.copyOf(cycDis, cyclesCompleted),
                java.util.Arrays.copyOf(cycCh, cyclesCompleted),
                java.util.Arrays.copyOf(cycCap, cyclesCompleted),
                java.util.Arrays.copyOf(simulated, cyclesCompleted),
                sim.time(),
                maxTemp,
                minV,
                maxV);
    }

    private static String checkCycleTermination(Experiment e, double[] dis, int c, double cycleMinV) {
        for (ExperimentTermination t : e.terminations()) {
            switch (t.kind()) {
                case CAPACITY_PERCENT -> {
                    if (dis[0] > 0 && dis[c] < t.value() / 100.0 * dis[0]) {
                        return "experiment termination: discharge capacity " + fmt(dis[c]) + " Ah below "
                                + fmt(t.value()) + "% of the first cycle";
                    }
                }
                case CAPACITY_AH -> {
                    if (dis[c] < t.value()) {
                        return "experiment termination: discharge capacity " + fmt(dis[c]) + " Ah below "
                                + fmt(t.value()) + " Ah";
                    }
                }
                case MIN_VOLTAGE -> {
                    if (cycleMinV <= t.value()) {
                        return "experiment termination: voltage reached " + fmt(t.value()) + " V";
                    }
                }
                case TIME -> {}
            }
        }
        return null;
    }

    private List<EventDetector<CyclerModel>> safetyDetectors() {
        var lim = cell.limits();
        List<EventDetector<CyclerModel>> list = new ArrayList<>();
        list.add(new Stop(
                "safety: voltage below the cell minimum " + fmt(lim.minimum()) + " V",
                m -> m.cell().voltage() - lim.minimum()));
        list.add(new Stop(
                "safety: voltage above the cell maximum " + fmt(lim.maximum()) + " V",
                m -> lim.maximum() - m.cell().voltage()));
        list.add(new Stop(
                "safety: state of charge below the model range " + fmt(cell.minSoc()),
                m -> m.cell().soc() - m.cell().minSoc()));
        list.add(new Stop(
                "safety: state of charge above the model range " + fmt(cell.maxSoc()),
                m -> m.cell().maxSoc() - m.cell().soc()));
        return list;
    }

    private StepResult runStep(
            Step step, double defaultPeriod, List<EventDetector<CyclerModel>> safety, double timeLimit) {
        double t0 = sim.time();
        double period = step.hasPeriod() ? step.periodSeconds() : defaultPeriod;
        double tEnd = t0 + step.durationSeconds();
        Cell.Control control;
        double value;
        switch (step.kind()) {
            case REST -> {
                control = Cell.Control.CURRENT;
                value = 0;
            }
            case CURRENT -> {
                control = Cell.Control.CURRENT;
                value = step.value();
            }
            case C_RATE -> {
                control = Cell.Control.CURRENT;
                value = step.value() * cell.nominalCapacityAh();
            }
            case VOLTAGE -> {
                control = Cell.Control.VOLTAGE;
                value = step.value();
            }
            case POWER -> {
                control = Cell.Control.POWER;
                value = step.value();
            }
            case RESISTANCE -> {
                control = Cell.Control.RESISTANCE;
                value = step.value();
            }
            default -> throw new IllegalStateException();
        }
        model.control(control, value);
        events.event(t0, "cycler", "step " + stepNumber + " started: " + step.text());
        double chargeIn0 = cell.energy().chargeIn();
        double chargeOut0 = cell.energy().chargeOut();
        double stepMinV = cell.voltage();
        double stepMaxV = cell.voltage();

        sim.clearDetectors();
        // The step's own terminations go first: when one coincides with a safety limit (for
        // example "until 3.2 V" on a cell whose floor is 3.2 V) the step ends normally.
        List<Stop> terms = new ArrayList<>();
        for (Termination t : step.terminations()) {
            Stop s = terminationDetector(step, t);
            if (s != null) {
                terms.add(s);
                sim.addDetector(s);
            }
        }
        for (EventDetector<CyclerModel> d : safety) {
            sim.addDetector(d);
        }
        sim.resetState();
        String reason = null;
        for (Stop s : terms) {
            if (s.g(model) <= 0) {
                reason = s.label + " (already met at the start)";
            }
        }
        if (reason == null) {
            StepSampler sampler = new StepSampler(stepMinV, stepMaxV);
            sim.addStepHandler(sampler);
            try {
                double next = t0 + period;
                double end = Math.min(tEnd, timeLimit);
                // One sample right after the first internal step, so curves show the switch to the
                // new control as a step, not as a ramp over the first period.
                double first = t0 + Math.min(sim.maxStep(), period);
                while (true) {
                    double target = Math.min(first < next ? first : next, end);
                    boolean isFirst = first < next && target == first;
                    Simulation.Outcome o = sim.run(target);
                    if (o == Simulation.Outcome.STOPPED) {
                        Stop by = (Stop) sim.stoppedBy();
                        reason = by.label;
                        events.event(
                                sim.time(),
                                by.label.startsWith("safety") ? "cell" : "cycler",
                                "step " + stepNumber + " ended: " + by.label);
                        break;
                    }
                    if (target >= end) {
                        reason = target >= tEnd
                                ? "duration " + fmt(step.durationSeconds()) + " s"
                                : "experiment time limit";
                        break;
                    }
                    sample(isFirst);
                    if (isFirst) {
                        first = Double.POSITIVE_INFINITY;
                    } else {
                        next += period;
                    }
                }
            } catch (CellControlException e) {
                reason = "infeasible: " + e.getMessage();
                events.event(sim.time(), "cell", reason);
            } finally {
                sim.removeStepHandler(sampler);
            }
            stepMinV = sampler.min;
            stepMaxV = sampler.max;
        } else {
            events.event(t0, "cycler", "step " + stepNumber + " skipped: " + reason);
        }
        sample(true);
        minV = Math.min(minV, stepMinV);
        maxV = Math.max(maxV, stepMaxV);
        return new StepResult(
                cycleNumber,
                stepNumber,
                step,
                t0,
                sim.time(),
                reason,
                (cell.energy().chargeIn() - chargeIn0) / 3600.0,
                (cell.energy().chargeOut() - chargeOut0) / 3600.0,
                stepMinV,
                stepMaxV);
    }

    private void sample(boolean important) {
        if (recorder != null) {
            recorder.sample(important);
        }
    }

    private final class StepSampler implements org.battsim.model.engine.StepHandler<CyclerModel> {
        double min;
        double max;

        StepSampler(double min, double max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public void handleStep(CyclerModel m, double time, boolean endsAtEvent) {
            double v = m.cell().voltage();
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
            double t = m.cell().temperature();
            if (t > maxTemp) {
                maxTemp = t;
            }
        }
    }

    /** A termination detector for a step, or null when PyBaMM ignores it for this step. */
    private Stop terminationDetector(Step step, Termination t) {
        String label = "until " + t;
        switch (t.quantity()) {
            case VOLTAGE -> {
                Termination.Comparison cmp = t.comparison();
                if (cmp == Termination.Comparison.AUTO) {
                    // PyBaMM: the direction follows the sign of the step; ignored on rest, hold and voltage steps.
                    if (step.direction() == Step.Direction.REST
                            || step.direction() == Step.Direction.HOLD
                            || step.kind() == StepKind.VOLTAGE) {
                        return null;
                    }
                    cmp = step.value() > 0 ? Termination.Comparison.LESS : Termination.Comparison.GREATER;
                }
                double lim = t.value();
                return cmp == Termination.Comparison.LESS
                        ? new Stop(label, m -> m.cell().voltage() - lim)
                        : new Stop(label, m -> lim - m.cell().voltage());
            }
            case CURRENT -> {
                double lim = Math.abs(t.value());
                return new Stop(label, m -> Math.abs(m.cell().current()) - lim);
            }
            case C_RATE -> {
                double lim = Math.abs(t.value()) * cell.nominalCapacityAh();
                return new Stop(label, m -> Math.abs(m.cell().current()) - lim);
            }
            default -> throw new IllegalStateException();
        }
    }

    /** A detector that stops the step when its function reaches zero from above. */
    private static final class Stop implements EventDetector<CyclerModel> {
        final String label;
        final java.util.function.ToDoubleFunction<CyclerModel> f;

        Stop(String label, java.util.function.ToDoubleFunction<CyclerModel> f) {
            this.label = label;
            this.f = f;
        }

        @Override
        public double g(CyclerModel m) {
            return f.applyAsDouble(m);
        }

        @Override
        public Action eventOccurred(CyclerModel m, double time, boolean increasing) {
            return increasing ? Action.CONTINUE : Action.STOP;
        }

        @Override
        public String name() {
            return label;
        }
    }

    static String fmt(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e12) {
            return Long.toString((long) x);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", x);
    }
}
