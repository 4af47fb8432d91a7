package org.battsim.model.device;

import java.util.Objects;
import org.battsim.model.cell.Cell;
import org.battsim.model.charger.ChargerIc;
import org.battsim.model.engine.Action;
import org.battsim.model.engine.EventDetector;
import org.battsim.model.engine.Recorder;
import org.battsim.model.engine.ScheduledAction;
import org.battsim.model.engine.Simulation;
import org.battsim.model.gauge.FuelGauge;
import org.battsim.model.power.PowerPath;
import org.battsim.model.telemetry.TelemetryFrame;
import org.battsim.model.telemetry.TelemetryListener;

/**
 * Runs a phone on the engine: samples at a period, stops the engine at the charger's own
 * transition times (detection, enumeration, Quick Charge), locates crossings that matter (80 %
 * SoC, the protection's over-discharge threshold, the phone's cut-off) inside steps, and stops when
 * the charge terminates (if asked) or at the end time.
 */
public final class ChargeSession {
    /** Why a session ended and what it saw. */
    public static final class Stats {
        public double timeTo80 = Double.NaN;
        public double timeToFull = Double.NaN;
        public double minVbus = Double.POSITIVE_INFINITY;
        public double maxInputCurrent;
        public double maxCellTemperature;
        public double maxContactTemperature;
        public double maxDieTemperature;
        public double maxBodyTemperature;
        public String endReason = "";
        /** Largest |reported − true| SoC while the phone was on or plugged in (fraction). */
        public double maxSocError;
        /** When the phone last shut down by itself (s), and the reported and true SoC then (fractions). */
        public double shutdownTime = Double.NaN;

        public double shutdownReportedSoc = Double.NaN;
        public double shutdownTrueSoc = Double.NaN;
    }

    private final Phone phone;
    private final Simulation<Phone> sim;
    private final Recorder recorder;
    private final Stats stats = new Stats();
    private final TelemetryFrame frame = new TelemetryFrame();
    private TelemetryListener telemetry;
    private double telemetryPeriod = 10;
    private double nextTelemetry = Double.POSITIVE_INFINITY;
    private double lastTelemetry = Double.NaN;
    private boolean wasOn;

    public ChargeSession(Phone phone, double maxStep, Recorder recorder) {
        this.phone = Objects.requireNonNull(phone);
        this.sim = new Simulation<>(phone, 0, maxStep);
        this.recorder = recorder;
        phone.refresh();
        stats.maxCellTemperature = phone.cell().temperature();
        stats.maxBodyTemperature = phone.cell().bodyTemperature();
        sim.addDetector(new Crossing(
                "80 % state of charge",
                false, 0.8, (time, increasing) -> {
                    if (increasing && Double.isNaN(stats.timeTo80)) {
                        stats.timeTo80 = time;
                    }
                }));
        double uv = phone.pack().protection().parameters().overdischargeDetect();
        sim.addDetector(new Crossing("over-discharge threshold", true, uv, null));
        double cut = phone.parameters().cutoffVoltage();
        sim.addDetector(new Crossing("cut-off", true, cut, null));
        wasOn = phone.isOn();
        // The cell, gauge and charger are the phone's for its life: read once, not after every step.
        Cell cell = phone.cell();
        FuelGauge gauge = phone.gauge();
        ChargerIc charger = phone.charger();
        sim.addStepHandler((p, t, ev) -> {
            double soc = cell.soc();
            double trueSoc = soc >= 1 ? 1 : (soc <= 0 ? 0 : soc);
            boolean on = p.isOn();
            if (on || p.plugged()) {
                // What a user can see: the level on screen, or on the charging indicator.
                stats.maxSocError = higher(stats.maxSocError, Math.abs(gauge.reportedSoc() - trueSoc));
            }
            if (wasOn && !on) {
                stats.shutdownTime = t;
                stats.shutdownReportedSoc = p.batteryService().reportedAtShutdown();
                stats.shutdownTrueSoc = trueSoc;
            }
            wasOn = on;
            double iin = p.inputCurrent();
            if (iin > 0 && p.vbus() < stats.minVbus) {
                stats.minVbus = p.vbus();
            }
            stats.maxInputCurrent = higher(stats.maxInputCurrent, iin);
            stats.maxCellTemperature = higher(stats.maxCellTemperature, cell.temperature());
            stats.maxBodyTemperature = higher(stats.maxBodyTemperature, cell.bodyTemperature());
            stats.maxDieTemperature = higher(stats.maxDieTemperature, charger.dieTemperature());
            PowerPath path = p.path();
            if (path != null) {
                stats.maxContactTemperature = higher(stats.maxContactTemperature, path.contactTemperature());
            }
            if (Double.isNaN(stats.timeToFull) && full(charger)) {
                // The end of the step that terminated, not the end of the run's chunk (a sample later).
                stats.timeToFull = t;
            }
        });
    }

    /** The charger terminated, or the charging algorithm installed in it ended the charge. */
    private static boolean full(ChargerIc charger) {
        var algorithm = charger.algorithm();
        return charger.phase() == org.battsim.model.charger.ChargePhase.DONE
                || (algorithm != null && algorithm.finished());
    }

    /**
     * The larger of a running maximum and a new value: Math.max for these values (never NaN, never
     * -0.0 against 0.0) without its NaN and signed-zero handling, after every step.
     */
    private static double higher(double max, double x) {
        return x > max ? x : max;
    }

    public Simulation<Phone> simulation() {
        return sim;
    }

    public Phone phone() {
        return phone;
    }

    public Stats stats() {
        return stats;
    }

    public double time() {
        return sim.time();
    }

    /**
     * Streams telemetry frames to a listener every {@code period} seconds from the next run on (the
     * frame object is reused).
     */
    public void telemetry(double period, TelemetryListener listener) {
        if (!(period > 0) || Double.isInfinite(period)) {
            throw new IllegalArgumentException("telemetry period must be positive");
        }
        telemetryPeriod = period;
        telemetry = Objects.requireNonNull(listener);
    }

    /** The phone's telemetry now (a reused frame). */
    public TelemetryFrame frame() {
        return frame.fill(phone, sim.time());
    }

    private void emitTelemetry() {
        if (telemetry != null && sim.time() != lastTelemetry) {
            lastTelemetry = sim.time();
            telemetry.frame(frame.fill(phone, sim.time()));
        }
    }

    /** Schedules a user action or a fault at an absolute time. */
    public void at(double time, ScheduledAction<Phone> action) {
        sim.schedule(time, (p, t) -> {
            Action a = action.apply(p, t);
            p.refresh();
            return a == Action.CONTINUE ? Action.RESET_STATE : a;
        });
    }

    /**
     * Runs until {@code endTime}, or until the charge terminates when {@code stopWhenFull} (the
     * charger's own termination, or the end of the charge by a charging algorithm installed in it).
     *
     * @param period sampling period (s)
     */
    public Stats run(double endTime, double period, boolean stopWhenFull) {
        return run(endTime, period, stopWhenFull, Double.NEGATIVE_INFINITY);
    }

    /**
     * As {@link #run(double, double, boolean)}, but a terminated charge stops the run only from
     * {@code fullAfter} on (a scenario whose timeline goes on after a first full charge).
     */
    public Stats run(double endTime, double period, boolean stopWhenFull, double fullAfter) {
        sample(true);
        wasOn = phone.isOn();
        double nextSample = sim.time() + period;
        if (telemetry != null) {
            emitTelemetry();
            nextTelemetry = sim.time() + telemetryPeriod;
        }
        while (true) {
            double t = sim.time();
            double next = Math.min(Math.min(nextSample, endTime), phone.nextTransition(t));
            next = Math.min(next, nextTelemetry);
            Simulation.Outcome o = sim.run(next);
            boolean full = full(phone.charger());
            if (full && Double.isNaN(stats.timeToFull)) { // full from the start: no step has seen it yet
                stats.timeToFull = sim.time();
            }
            if (o == Simulation.Outcome.STOPPED) {
                stats.endReason = "stopped";
                break;
            }
            if (stopWhenFull && full && sim.time() >= fullAfter) {
                var algorithm = phone.charger().algorithm();
                stats.endReason = algorithm != null && algorithm.finished()
                        ? "the charging algorithm ended the charge (full)"
                        : "charge terminated (full)";
                break;
            }
            if (sim.time() >= endTime) {
                stats.endReason = stopWhenFull
                        ? "time limit reached before the charge terminated"
                        : "end of the requested duration";
                break;
            }
            if (sim.time() >= nextSample) {
                sample(false);
                nextSample += period;
            }
            if (sim.time() >= nextTelemetry) {
                emitTelemetry();
                nextTelemetry += telemetryPeriod;
            }
        }
        sample(true);
        if (telemetry != null) {
            emitTelemetry();
            nextTelemetry = Double.POSITIVE_INFINITY;
        }
        return stats;
    }

    private void sample(boolean important) {
        if (recorder != null) {
            recorder.sample(important);
        }
    }

    /** What a crossing does when it happens, besides stopping the engine there. */
    private interface OnCrossing {
        void crossed(double time, boolean increasing);
    }

    /**
     * A detector that makes the engine stop at a crossing (so samples and events are exact). One
     * class for all of them, so the engine's call to {@link #g} after every step has one target.
     */
    private static final class Crossing implements EventDetector<Phone> {
        private final String name;
        private final boolean voltage;
        private final double level;
        private final OnCrossing then;

        /**
         * The cell's voltage (or, if {@code voltage} is false, its SoC) crossing {@code level}, then
         * {@code then} (or nothing, if null).
         */
        Crossing(String name, boolean voltage, double level, OnCrossing then) {
            this.name = name;
            this.voltage = voltage;
            this.level = level;
            this.then = then;
        }

        @Override
        public double g(Phone p) {
            // A field test rather than a function object: evaluated after every step.
            return (voltage ? p.cell().voltage() : p.cell().soc()) - level;
        }

        @Override
        public Action eventOccurred(Phone p, double time, boolean increasing) {
            if (then != null) {
                then.crossed(time, increasing);
            }
            return Action.CONTINUE;
        }

        @Override
        public String name() {
            return name;
        }
    }
}
