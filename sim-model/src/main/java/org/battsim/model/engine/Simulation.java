package org.battsim.model.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Owns time and steps a {@link SimulationModel}, locating events inside steps.
 *
 * <p>Each step is at most {@code maxStep} long and is cut so that it ends exactly at the next
 * scheduled action and at the end time of {@link #run}. After a trial step the engine evaluates
 * every detector; if one changed sign, it finds the earliest crossing with a bracketing root finder
 * (Illinois false position with bisection safeguard) on the step length, commits the state just
 * past it and calls the detector's handler. The loop allocates nothing per step.
 *
 * @param <M> the model type
 */
public final class Simulation<M extends SimulationModel> {
    /** Why {@link #run} returned. */
    public enum Outcome {
        /** The requested end time was reached. */
        END_TIME,
        /** An event handler or scheduled action returned {@link Action#STOP}. */
        STOPPED
    }

    private final M model;
    private final SimClock clock;
    private double maxStep;

    private final List<EventDetector<M>> detectors = new ArrayList<>();
    private double[] gStart = new double[4];
    private double[] gEnd = new double[4];
    private boolean gValid;

    private final List<StepHandler<M>> handlers = new ArrayList<>();
    // Array copies of the two lists, rebuilt when they change, for the loop that runs every step.
    private EventDetector<M>[] detectorArray = newDetectors(0);
    private StepHandler<M>[] handlerArray = newHandlers(0);

    @SuppressWarnings("unchecked")
    private static <M extends SimulationModel> EventDetector<M>[] newDetectors(int n) {
        return (EventDetector<M>[]) new EventDetector<?>[n];
    }

    @SuppressWarnings("unchecked")
    private static <M extends SimulationModel> StepHandler<M>[] newHandlers(int n) {
        return (StepHandler<M>[]) new StepHandler<?>[n];
    }

    private void listsChanged() {
        detectorArray = detectors.toArray(newDetectors(detectors.size()));
        handlerArray = handlers.toArray(newHandlers(handlers.size()));
    }

    // Scheduled actions kept sorted by time (stable for equal times).
    private double[] schedTimes = new double[8];
    private final List<ScheduledAction<M>> schedActions = new ArrayList<>();
    private int schedHead;
    // Time of the first pending action (+∞ if none), kept so the step loop reads one field.
    private double nextAction = Double.POSITIVE_INFINITY;

    private EventDetector<M> lastStopDetector;
    private double lastEventTime = Double.NaN;

    public Simulation(M model, double startTime, double maxStep) {
        this.model = Objects.requireNonNull(model, "model");
        this.clock = new SimClock(startTime);
        setMaxStep(maxStep);
    }

    public M model() {
        return model;
    }

    public SimClock clock() {
        return clock;
    }

    public double time() {
        return clock.time();
    }

    public double maxStep() {
        return maxStep;
    }

    public void setMaxStep(double maxStep) {
        if (!(maxStep > 0) || Double.isInfinite(maxStep)) {
            throw new IllegalArgumentException("max step must be positive and finite, got " + maxStep);
        }
        this.maxStep = maxStep;
    }

    public void addDetector(EventDetector<M> d) {
        detectors.add(Objects.requireNonNull(d));
        if (gStart.length < detectors.size()) {
            gStart = new double[detectors.size() * 2];
            gEnd = new double[detectors.size() * 2];
        }
        listsChanged();
        gValid = false;
    }

    public void removeDetector(EventDetector<M> d) {
        detectors.remove(d);
        listsChanged();
        gValid = false;
    }

    public void clearDetectors() {
        detectors.clear();
        listsChanged();
        gValid = false;
    }

    public void addStepHandler(StepHandler<M> h) {
        handlers.add(Objects.requireNonNull(h));
        listsChanged();
    }

    public void removeStepHandler(StepHandler<M> h) {
        handlers.remove(h);
        listsChanged();
    }

    /** Schedules an action at an absolute time, which must not be in the past. */
    public void schedule(double time, ScheduledAction<M> action) {
        Objects.requireNonNull(action);
        if (!(time >= clock.time())) {
            throw new IllegalArgumentException(
                    "cannot schedule at " + time + " s: time is already " + clock.time() + " s");
        }
        int n = schedActions.size();
        if (n + 1 > schedTimes.length) {
            schedTimes = java.util.Arrays.copyOf(schedTimes, schedTimes.length * 2);
        }
        int pos = n;
        while (pos > schedHead && schedTimes[pos - 1] > time) {
            pos--;
        }
        System.arraycopy(schedTimes, pos, schedTimes, pos + 1, n - pos);
        schedTimes[pos] = time;
        schedActions.add(pos, action);
        nextAction = schedTimes[schedHead];
    }

    /** The detector whose handler stopped the last {@link #run}, or null. */
    public EventDetector<M> stoppedBy() {
        return lastStopDetector;
    }

    /** Time of the last located event (s), NaN if none yet. */
    public double lastEventTime() {
        return lastEventTime;
    }

    /**
     * Moves time forward by {@code seconds} without stepping the model, for a driver that replaces
     * a stretch of the run by an extrapolation (cycle skipping): the model is taken to be in the
     * state it would reach again at the end of the stretch. Detectors are re-evaluated.
     *
     * @throws IllegalStateException if a scheduled action falls inside the stretch
     */
    public void skipTime(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("time skip must be finite and not negative, got " + seconds);
        }
        double end = clock.time() + seconds;
        if (schedHead < schedActions.size() && schedTimes[schedHead] < end) {
            throw new IllegalStateException(
                    "cannot skip to " + end + " s: an action is scheduled at " + schedTimes[schedHead] + " s");
        }
        clock.set(end);
        gValid = false;
    }

    /** Marks the model as changed from outside (for example a new control input): detectors are re-evaluated. */
    public void resetState() {
        gValid = false;
    }

    /**
     * Steps until {@code endTime}, an event that stops, or a scheduled action that stops.
     *
     * @return why it returned
     */
    public Outcome run(double endTime) {
        lastStopDetector = null;
        if (!(endTime >= clock.time())) {
            throw new IllegalArgumentException(
                    "end time " + endTime + " s is before the current time " + clock.time() + " s");
        }
        final EventDetector<M>[] ds = detectorArray;
        final int nd = ds.length;
        if (!gValid) {
            evaluate(gStart);
            gValid = true;
        }
        final double sliver = 1e-9 * Math.max(1.0, Math.abs(endTime));
        while (true) {
            double t = clock.time();
            // Scheduled actions due now run before the step.
            while (nextAction <= t) {
                ScheduledAction<M> a = schedActions.get(schedHead);
                schedActions.set(schedHead, null);
                schedHead++;
                compactSchedule();
                nextAction = schedHead < schedActions.size() ? schedTimes[schedHead] : Double.POSITIVE_INFINITY;
                Action r = a.apply(model, t);
                if (r != Action.CONTINUE) {
                    evaluate(gStart);
                }
                if (r == Action.STOP) {
                    return Outcome.STOPPED;
                }
            }
            if (t >= endTime) {
                return Outcome.END_TIME;
            }
            double dt = Math.min(maxStep, endTime - t);
            if (nextAction - t < dt) {
                dt = nextAction - t;
            }
            // Avoid a sliver step left by floating-point subtraction.
            if (endTime - (t + dt) < sliver) {
                dt = endTime - t;
            }
            model.trial(t, dt);
            evaluate(gEnd);
            int first = -1;
            double firstTau = dt;
            for (int i = 0; i < nd; i++) {
                if (crossed(gStart[i], gEnd[i])) {
                    double tau = locate(ds[i], t, dt, gStart[i]);
                    if (first < 0 || tau < firstTau) {
                        first = i;
                        firstTau = tau;
                    }
                }
            }
            if (first < 0) {
                model.commit();
                double tEnd = (dt == endTime - t) ? endTime : t + dt;
                clock.advanceTo(tEnd);
                swap();
                for (StepHandler<M> h : handlerArray) {
                    h.handleStep(model, tEnd, false);
                }
                continue;
            }
            // Commit just past the earliest crossing and fire every detector that changed sign there.
            // Root finding left the model at some probe: redo the kept step.
            model.trial(t, firstTau);
            evaluate(gEnd);
            model.commit();
            double te = t + firstTau;
            clock.advanceTo(te);
            lastEventTime = te;
            for (StepHandler<M> h : handlerArray) {
                h.handleStep(model, te, true);
            }
            Action outcome = Action.CONTINUE;
            EventDetector<M> stopper = null;
            for (int i = 0; i < nd; i++) {
                if (crossed(gStart[i], gEnd[i])) {
                    EventDetector<M> d = ds[i];
                    Action a = d.eventOccurred(model, te, gEnd[i] > gStart[i]);
                    if (a == Action.STOP && stopper == null) {
                        stopper = d;
                    }
                    if (a.ordinal() > outcome.ordinal() || a == Action.RESET_STATE) {
                        outcome = (outcome == Action.STOP) ? Action.STOP : a;
                    }
                }
            }
            if (stopper != null) {
                outcome = Action.STOP;
            }
            if (outcome == Action.CONTINUE) {
                swap();
            } else {
                evaluate(gStart);
            }
            if (outcome == Action.STOP) {
                lastStopDetector = stopper;
                return Outcome.STOPPED;
            }
        }
    }

    private static boolean crossed(double a, double b) {
        return (a > 0 && b <= 0) || (a < 0 && b >= 0);
    }

    private void evaluate(double[] into) {
        EventDetector<M>[] ds = detectorArray;
        for (int i = 0; i < ds.length; i++) {
            double g = ds[i].g(model);
            if (Double.isNaN(g)) {
                throw new IllegalStateException(
                        "event detector " + ds[i].name() + " returned NaN at t = " + clock.time() + " s");
            }
            into[i] = g;
        }
    }

    private void swap() {
        double[] tmp = gStart;
        gStart = gEnd;
        gEnd = tmp;
    }

    /**
     * Finds the step length just past the sign change of {@code d} inside (0, dt]. The returned
     * length always has g on the new side. Leaves the model in some trial state.
     */
    private double locate(EventDetector<M> d, double t0, double dt, double g0) {
        double a = 0;
        double ga = g0;
        double b = dt;
        double gb = d.g(model); // model holds the full-step trial
        double tol = d.threshold();
        int side = 0;
        for (int it = 0; it < d.maxIterations() && b - a > tol; it++) {
            double x = b - gb * (b - a) / (gb - ga);
            if (!(x > a && x < b) || (it % 4 == 3)) {
                x = 0.5 * (a + b);
            }
            // Keep probes from hugging one end, so the bracket closes on both sides.
            double minGap = 0.25 * tol;
            if (x - a < minGap) {
                x = a + minGap;
            } else if (b - x < minGap) {
                x = b - minGap;
            }
            model.trial(t0, x);
            double gx = d.g(model);
            if (crossed(g0, gx)) {
                b = x;
                gb = gx;
                if (side == -1) {
                    ga *= 0.5;
                }
                side = -1;
            } else {
                a = x;
                ga = gx;
                if (side == 1) {
                    gb *= 0.5;
                }
                side = 1;
            }
        }
        return b;
    }

    private void compactSchedule() {
        if (schedHead > 64 && schedHead * 2 > schedActions.size()) {
            int n = schedActions.size() - schedHead;
            System.arraycopy(schedTimes, schedHead, schedTimes, 0, n);
            schedActions.subList(0, schedHead).clear();
            schedHead = 0;
        }
    }
}
