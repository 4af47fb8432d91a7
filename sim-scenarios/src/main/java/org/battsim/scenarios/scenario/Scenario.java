package org.battsim.scenarios.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.battsim.model.device.DeviceParameters;

/**
 * A replayable situation: one or several runs (variants) of a phone or a cradle charger with a
 * timeline of user actions and faults, the scenarios it is compared with, and the checks that make
 * it self-verifying.
 *
 * @param name catalogue name, or the file name without extension
 * @param source the file it was read from (for messages)
 * @param dir folder that relative file references resolve against (null for built-ins)
 * @param title one line
 * @param explanation for educators: what happens physically, what the user sees, what the remedy
 *     changes
 * @param seed seed of the random streams (intermittent contacts, motion)
 * @param runs the runs, at least one
 * @param references other scenarios by short name (catalogue name or file)
 * @param checks what must hold
 * @param text the file as written
 */
public record Scenario(
        String name,
        String source,
        Path dir,
        String title,
        String explanation,
        long seed,
        List<Run> runs,
        Map<String, String> references,
        List<Check> checks,
        String text) {
    public Scenario {
        Objects.requireNonNull(name);
        runs = List.copyOf(runs);
        references = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(references));
        checks = List.copyOf(checks);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a scenario has at least one run");
        }
    }

    /** The run named {@code name}, or null. */
    public Run run(String name) {
        for (Run r : runs) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    /** A copy with another seed. */
    public Scenario withSeed(long s) {
        return new Scenario(name, source, dir, title, explanation, s, runs, references, checks, text);
    }

    /** A copy with only the named run (its checks too: those that read only this run or references). */
    public Scenario only(String runName) {
        Run r = run(runName);
        if (r == null) {
            throw new IllegalArgumentException("no run " + runName);
        }
        List<Check> kept = checks.stream()
                .filter(c -> c.runs().isEmpty() || c.runs().contains(runName))
                .filter(c -> c.expression().names().stream()
                        .noneMatch(n -> n.size() > 1
                                && run(n.get(0)) != null
                                && !n.get(0).equals(runName)))
                .toList();
        return new Scenario(
                name + "/" + runName, source, dir, title, explanation, seed, List.of(r), references, kept, text);
    }

    /** What a run simulates. */
    public enum Kind {
        /** A phone on a source through a cable and its port. */
        PHONE,
        /** A bare pack in the universal cradle ("frog") charger. */
        CRADLE,
        /** The device's cell on a battery cycler, driven by an experiment (PyBaMM steps). */
        CYCLER
    }

    /**
     * One run.
     *
     * @param name variant name (the scenario's name when it has one run)
     * @param kind phone or cradle
     * @param deviceName device name or file, for the summary
     * @param device the phone's parameters
     * @param soc starting true state of charge (fraction)
     * @param cellTemperatureK starting cell temperature (K)
     * @param cellAge worn-cell specification ({@code cycles=N} or {@code capacity=X,...}), or null
     * @param gaugeLearnedCapacity the gauge's learned capacity relative to the cell's true one, or NaN
     * @param lockedOut start with the pack drained below its protection's threshold
     * @param ambientK ambient temperature (K)
     * @param humidity relative humidity around the port (fraction)
     * @param source source name or file
     * @param cable cable name or spec
     * @param port port condition name or file
     * @param load what the phone does at the start
     * @param plugged whether the cable is plugged in at the start
     * @param timeline actions and faults in time order
     * @param untilFull stop when the charge terminates (after the timeline's last entry)
     * @param limitSeconds end time
     * @param periodSeconds sampling period of the time series
     * @param telemetryPeriodSeconds period of the telemetry frames
     * @param stepSeconds largest internal step
     */
    public record Run(
            String name,
            Kind kind,
            String deviceName,
            DeviceParameters device,
            double soc,
            double cellTemperatureK,
            String cellAge,
            double gaugeLearnedCapacity,
            boolean lockedOut,
            double ambientK,
            double humidity,
            String source,
            String cable,
            String port,
            String load,
            boolean plugged,
            List<TimedAction> timeline,
            boolean untilFull,
            double limitSeconds,
            double periodSeconds,
            double telemetryPeriodSeconds,
            double stepSeconds,
            org.battsim.model.experiment.Experiment experiment) {
        public Run {
            timeline = List.copyOf(timeline);
        }

        /** Time of the last timeline entry (0 without one). */
        public double lastActionTime() {
            return timeline.isEmpty() ? 0 : timeline.get(timeline.size() - 1).time();
        }
    }

    /**
     * A timeline entry.
     *
     * @param time when (s from the start)
     * @param type what
     * @param params its parameters, converted (Double in SI, String, Boolean)
     * @param line where it is written
     * @param column where it is written
     */
    public record TimedAction(double time, ActionType type, Map<String, Object> params, int line, int column) {
        public TimedAction {
            params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        }

        public String text(String key) {
            return (String) params.get(key);
        }

        public double number(String key, double fallback) {
            Object v = params.get(key);
            return v == null ? fallback : (Double) v;
        }

        /** How the entry reads in the events log. */
        public String describe() {
            StringBuilder b =
                    new StringBuilder(type.kind() == ActionType.Kind.FAULT ? "fault: " : "").append(type.fileName());
            params.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
            return b.toString();
        }
    }

    /**
     * A check.
     *
     * @param name what it states
     * @param expression the condition
     * @param runs the runs it applies to (empty: each run)
     * @param line where it is written
     * @param column where it is written
     */
    public record Check(String name, CheckExpression expression, List<String> runs, int line, int column) {
        public Check {
            runs = List.copyOf(runs);
        }
    }
}
