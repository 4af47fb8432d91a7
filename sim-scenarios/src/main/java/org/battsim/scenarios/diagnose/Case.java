package org.battsim.scenarios.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One drawn case: the phone, its setup and the faults it suffers, written as a scenario file (so a
 * case can be replayed, shown or edited like any scenario) plus the truth it was drawn with.
 *
 * @param index the trial number in its campaign
 * @param seed the case's own seed (the scenario's seed: intermittent contacts, sensor noise)
 * @param faults the true fault classes (empty for a healthy phone)
 * @param details how each fault was drawn (variant and severity), for the report
 * @param yaml the scenario file
 */
public record Case(int index, long seed, List<FaultClass> faults, List<String> details, String yaml) {
    public Case {
        faults = List.copyOf(faults);
        details = List.copyOf(details);
    }

    /** Whether {@code d} names a fault the case has ({@code healthy} for a healthy phone). */
    public boolean correct(FaultClass d) {
        return faults.isEmpty() ? d == FaultClass.HEALTHY : faults.contains(d);
    }

    /** {@code single}, {@code combination} or {@code healthy}. */
    public String kind() {
        return faults.isEmpty() ? "healthy" : faults.size() == 1 ? "single" : "combination";
    }

    /** The truth as text: {@code healthy}, {@code port-debris}, {@code port-debris+worn-battery}. */
    public String truth() {
        return faults.isEmpty()
                ? FaultClass.HEALTHY.id()
                : faults.stream().map(FaultClass::id).collect(Collectors.joining("+"));
    }

    /** Builds the scenario text of a case. */
    static final class Builder {
        String device = "xiaomi-mi4";
        String source = "adapter-5v2a";
        String cable = "1m-24awg";
        String port = "clean";
        String load = "idle";
        double socPercent = 40;
        double ambientC = 25;
        int cycles = 0;
        double gaugeLearned = 1.0;
        boolean lockedOut;
        final List<String> timeline = new ArrayList<>();

        void fault(String name, String... params) {
            entry("fault", name, params);
        }

        void action(String name, String... params) {
            entry("do", name, params);
        }

        private void entry(String key, String name, String... params) {
            StringBuilder b = new StringBuilder("  - ")
                    .append(key)
                    .append(": ")
                    .append(name)
                    .append('\n');
            for (int i = 0; i + 1 < params.length; i += 2) {
                b.append("    ")
                        .append(params[i])
                        .append(": ")
                        .append(params[i + 1])
                        .append('\n');
            }
            timeline.add(b.toString());
        }

        String yaml(int index, long seed, String truth) {
            StringBuilder b = new StringBuilder();
            b.append("title: Diagnosis case ").append(index).append('\n');
            b.append("explanation: |\n  A phone that does not charge properly, drawn for a diagnosis campaign.\n");
            b.append("  Truth: ").append(truth).append(".\n");
            b.append("seed: ").append(seed).append('\n');
            b.append("device: ").append(device).append('\n');
            b.append("start:\n");
            b.append("  soc: ").append(num(socPercent)).append("%\n");
            b.append("  cellAge: cycles=").append(cycles).append('\n');
            b.append("  gaugeLearnedCapacity: ").append(num(100 * gaugeLearned)).append("%\n");
            if (lockedOut) {
                b.append("  lockedOut: true\n");
            }
            b.append("environment:\n  ambient: ").append(num(ambientC)).append(" degC\n");
            b.append("source: ").append(source).append('\n');
            b.append("cable: ").append(cable).append('\n');
            b.append("port: ").append(port).append('\n');
            b.append("load: ").append(load).append('\n');
            b.append("until: 1 h\n");
            b.append("record:\n  period: 10 s\n  telemetry: 10 s\n  step: 5 s\n");
            if (!timeline.isEmpty()) {
                b.append("timeline:\n");
                timeline.forEach(b::append);
            }
            return b.toString();
        }
    }

    static String num(double x) {
        return String.format(Locale.ROOT, "%.3f", x).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
