package org.battsim.scenarios.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.battsim.model.experiment.Step;
import org.battsim.model.protocol.BoostCharge;
import org.battsim.model.protocol.CcCv;
import org.battsim.model.protocol.ConstantPower;
import org.battsim.model.protocol.HoldAndFinish;
import org.battsim.model.protocol.Protocol;
import org.battsim.model.protocol.PulseCharge;
import org.battsim.model.protocol.StagedCc;
import org.battsim.model.protocol.StepsProtocol;
import org.battsim.model.protocol.TemperatureAdaptive;
import org.battsim.scenarios.experiment.StepParser;
import org.battsim.scenarios.experiment.StepSyntaxException;
import org.battsim.scenarios.io.Dimension;
import org.battsim.scenarios.io.Messages;
import org.battsim.scenarios.io.Units;

/**
 * The shipped charging protocols by name, written {@code NAME[:ARG[:ARG…]]}: currents as C-rates
 * ({@code 1C}, {@code C/2}) or amperes ({@code 1.5A}), voltages with their unit ({@code 4.2V}),
 * states of charge as {@code 40%} or a fraction, times with a unit ({@code 10s}, {@code 5min},
 * {@code 8h}). Every protocol ends its CV phase at {@link #TERMINATION_C} (C/20). A protocol can
 * also be written as PyBaMM experiment steps separated by {@code ;}, either bare ({@code Charge at
 * 1C until 4.2 V; Hold at 4.2 V until C/20}) or as {@code experiment:"…"}.
 */
public final class ProtocolLibrary {
    /**
     * C/20 for every protocol, so that "full" means the same for all of them: the termination at
     * which the built-in phone cells read full (phone-lco-3080 cell data). Severson et al. ended
     * their CV at C/50, on other cells.
     */
    public static final double TERMINATION_C = 0.05;

    /** assumption: battery care lowers the float voltage by 0.1 V, the step BU-808 quotes as doubling cycle life. */
    public static final double CARE_VOLTAGE_DROP = 0.1;

    /** What a protocol needs to know of the cell to be parsed. */
    public record CellInfo(double ratedCapacityAh, double chargeVoltage) {}

    /** A protocol name, its argument syntax, an example and a description, for {@code protocols list}. */
    public record Entry(String name, String syntax, String example, String description) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry(
                    "cccv",
                    "cccv:CURRENT[:VOLTAGE]",
                    "cccv:0.5C:4.2V",
                    "constant current, then constant voltage (default: the cell's charge limit) to C/20"),
            new Entry(
                    "care",
                    "care:CURRENT[:VOLTAGE]",
                    "care:0.5C",
                    "battery care: CC-CV with a reduced float voltage (default: 0.1 V below the cell's charge limit)"),
            new Entry(
                    "mscc",
                    "mscc:CURRENT@END,CURRENT@END[,…][,FINISH][:VOLTAGE]",
                    "mscc:2C@0.5,1C@0.8",
                    "multi-stage CC: each current until a state of charge (0.5, 50%) or voltage (4.1V), then CC-CV"
                            + " at FINISH (default: the last current)"),
            new Entry(
                    "severson",
                    "severson:C1(Q1)-C2",
                    "severson:5.4C(40%)-3.6C",
                    "Severson 2019: C1 until SoC Q1, C2 until 80 %, then 1C CC-CV"),
            new Entry(
                    "attia",
                    "attia:CC1-CC2-CC3[-CC4]",
                    "attia:4.8C-5.2C-5.2C-4.160C",
                    "Attia 2020: four currents over 0-20-40-60-80 % SoC (CC4 computed for 10 minutes if"
                            + " omitted), then 1C CC-CV"),
            new Entry(
                    "pulse",
                    "pulse:CURRENT:ON:OFF[:VOLTAGE]",
                    "pulse:2C:10s:5s",
                    "current pulses of ON separated by rests of OFF, under the float voltage, to C/20"),
            new Entry(
                    "boost",
                    "boost:CURRENT:TIME:BASE[:VOLTAGE]",
                    "boost:3C:5min:1C",
                    "boost charging (Notten 2005): CURRENT for TIME, then CC-CV at BASE"),
            new Entry(
                    "cp",
                    "cp:POWER[:VOLTAGE]",
                    "cp:10W",
                    "constant power until the float voltage, then constant voltage to C/20"),
            new Entry(
                    "tcccv",
                    "tcccv:CURRENT[:VOLTAGE]",
                    "tcccv:2C",
                    "temperature-adaptive CC-CV: current derated below 15 degC and above 35 degC, paused outside"
                            + " 0-45 degC"),
            new Entry(
                    "hold80",
                    "hold80:CURRENT:UNPLUG[:VOLTAGE]",
                    "hold80:1C:8h",
                    "adaptive: CC-CV to 80 %, wait, then finish to full just before the unplug time (from the"
                            + " start)"),
            new Entry(
                    "experiment",
                    "experiment:\"STEP; STEP; …\"",
                    "experiment:\"Charge at 1C until 4.2 V; Hold at 4.2 V until C/20\"",
                    "PyBaMM experiment steps separated by ';': Charge at a current, C-rate, power or voltage,"
                            + " Hold at a voltage, Rest"));

    private ProtocolLibrary() {}

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static List<String> names() {
        return ENTRIES.stream().map(Entry::name).toList();
    }

    /**
     * Parses one protocol. Each call returns a new instance (protocols hold the state of a charge).
     *
     * @throws IllegalArgumentException with a one-line message naming the protocol and what is
     *     allowed
     */
    public static Protocol parse(String spec, CellInfo cell) {
        String s = spec.strip();
        int colon = s.indexOf(':');
        String name = (colon < 0 ? s : s.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        String args = colon < 0 ? "" : s.substring(colon + 1).strip();
        Entry e = ENTRIES.stream().filter(x -> x.name.equals(name)).findFirst().orElse(null);
        if (e == null && looksLikeSteps(s)) {
            Entry steps = ENTRIES.get(ENTRIES.size() - 1);
            try {
                return experiment(s, s);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("protocol " + Messages.quote(s) + ": " + ex.getMessage()
                        + "; the syntax is " + steps.syntax + ", for example " + steps.example);
            }
        }
        if (e == null) {
            throw new IllegalArgumentException(
                    "unknown protocol " + Messages.quote(name) + Messages.didYouMean(name, names()) + "; protocols are "
                            + String.join(", ", names()) + " (see 'battsim protocols list')");
        }
        try {
            return build(e, s, args, cell);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("protocol " + Messages.quote(s) + ": " + ex.getMessage()
                    + "; the syntax is " + e.syntax + ", for example " + e.example);
        }
    }

    private static Protocol build(Entry e, String spec, String args, CellInfo cell) {
        double t = TERMINATION_C;
        double nan = Double.NaN;
        if (e.name.equals("experiment")) {
            return experiment(spec, args);
        }
        String[] a = args.isEmpty() ? new String[0] : args.split(":", -1);
        switch (e.name) {
            case "cccv", "care", "tcccv" -> {
                count(a, 1, 2);
                double c = current(a[0], cell);
                double v = a.length > 1
                        ? voltage(a[1])
                        : e.name.equals("care") ? cell.chargeVoltage() - CARE_VOLTAGE_DROP : nan;
                return e.name.equals("tcccv") ? new TemperatureAdaptive(spec, c, v, t) : new CcCv(spec, c, v, t);
            }
            case "mscc" -> {
                count(a, 1, 2);
                return mscc(spec, a[0], a.length > 1 ? voltage(a[1]) : nan, cell);
            }
            case "severson" -> {
                count(a, 1, 1);
                int open = a[0].indexOf('(');
                int close = a[0].indexOf(')');
                int dash = a[0].indexOf('-', Math.max(close, 0));
                if (open < 0 || close < open || dash < 0) {
                    throw new IllegalArgumentException("expected C1(Q1)-C2");
                }
                double c1 = current(a[0].substring(0, open), cell);
                double q1 = soc(a[0].substring(open + 1, close));
                double c2 = current(a[0].substring(dash + 1), cell);
                return StagedCc.severson(spec, c1, q1, c2, t);
            }
            case "attia" -> {
                count(a, 1, 1);
                String[] parts = a[0].split("-", -1);
                if (parts.length != 3 && parts.length != 4) {
                    throw new IllegalArgumentException("expected three or four currents separated by '-'");
                }
                double[] c = new double[4];
                for (int i = 0; i < parts.length; i++) {
                    c[i] = current(parts[i], cell);
                }
                if (parts.length == 3) {
                    c[3] = StagedCc.attiaFourth(c[0], c[1], c[2]);
                }
                return StagedCc.attia(spec, c, t);
            }
            case "pulse" -> {
                count(a, 3, 4);
                return new PulseCharge(
                        spec,
                        current(a[0], cell),
                        duration(a[1]),
                        duration(a[2]),
                        a.length > 3 ? voltage(a[3]) : nan,
                        t);
            }
            case "boost" -> {
                count(a, 3, 4);
                return new BoostCharge(
                        spec,
                        current(a[0], cell),
                        duration(a[1]),
                        current(a[2], cell),
                        a.length > 3 ? voltage(a[3]) : nan,
                        t);
            }
            case "cp" -> {
                count(a, 1, 2);
                return new ConstantPower(
                        spec, Units.parse(a[0], Dimension.POWER), a.length > 1 ? voltage(a[1]) : nan, t);
            }
            case "hold80" -> {
                count(a, 2, 3);
                return new HoldAndFinish(
                        spec, current(a[0], cell), 0.8, duration(a[1]), a.length > 2 ? voltage(a[2]) : nan, t);
            }
            default -> throw new IllegalStateException(e.name);
        }
    }

    private static Protocol mscc(String spec, String list, double v, CellInfo cell) {
        String[] items = list.split(",", -1);
        List<double[]> stages = new ArrayList<>();
        double finish = Double.NaN;
        for (int i = 0; i < items.length; i++) {
            String it = items[i].strip();
            int at = it.indexOf('@');
            if (at < 0) {
                if (i != items.length - 1) {
                    throw new IllegalArgumentException("stage " + Messages.quote(it) + " needs an end: CURRENT@END");
                }
                finish = current(it, cell);
                continue;
            }
            double c = current(it.substring(0, at), cell);
            String end = it.substring(at + 1).strip();
            if (end.endsWith("V")) {
                stages.add(new double[] {c, Double.NaN, voltage(end)});
            } else {
                stages.add(new double[] {c, soc(end), Double.NaN});
            }
        }
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("at least one stage CURRENT@END is needed");
        }
        double[] cr = new double[stages.size()];
        double[] us = new double[stages.size()];
        double[] uv = new double[stages.size()];
        for (int i = 0; i < cr.length; i++) {
            cr[i] = stages.get(i)[0];
            us[i] = stages.get(i)[1];
            uv[i] = stages.get(i)[2];
        }
        return new StagedCc(spec, cr, us, uv, Double.isNaN(finish) ? cr[cr.length - 1] : finish, v, TERMINATION_C);
    }

    private static Protocol experiment(String spec, String args) {
        String body = args.strip();
        if (body.length() >= 2 && body.startsWith("\"") && body.endsWith("\"")) {
            body = body.substring(1, body.length() - 1);
        }
        String[] texts = body.split(";", -1);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i].strip();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("step " + (i + 1) + " is empty");
            }
            try {
                steps.add(StepParser.parse(text));
            } catch (StepSyntaxException ex) {
                throw new IllegalArgumentException("step " + (i + 1) + ": " + ex.getMessage());
            }
        }
        return new StepsProtocol(spec, steps);
    }

    private static void count(String[] a, int min, int max) {
        if (a.length < min || a.length > max) {
            throw new IllegalArgumentException("expected " + (min == max ? Integer.toString(min) : min + " to " + max)
                    + " argument" + (max == 1 ? "" : "s") + " after the name, got " + a.length);
        }
    }

    /** A C-rate: {@code 1C}, {@code 0.5C}, {@code C/2}; or amperes ({@code 1.5A}, {@code 500mA}). */
    static double current(String text, CellInfo cell) {
        String s = text.strip();
        double c;
        if (s.startsWith("C/")) {
            c = 1 / Units.parseNumber(s.substring(2));
        } else if (s.endsWith("C")) {
            c = Units.parseNumber(s.substring(0, s.length() - 1));
        } else if (s.endsWith("A")) {
            c = Units.parse(s, Dimension.CURRENT) / cell.ratedCapacityAh();
        } else {
            throw new IllegalArgumentException(
                    "current " + Messages.quote(s) + " needs a unit: a C-rate (1C, C/2) or amperes (1.5A)");
        }
        if (!(c > 0) || Double.isInfinite(c) || c > 20) {
            throw new IllegalArgumentException("current " + Messages.quote(s) + " must be above 0 and at most 20C");
        }
        return c;
    }

    static double voltage(String text) {
        double v = Units.parse(text.strip(), Dimension.VOLTAGE);
        if (!(v >= 2 && v <= 5)) {
            throw new IllegalArgumentException(
                    "voltage " + Messages.quote(text.strip()) + " must be between 2 V and 5 V for a lithium-ion cell");
        }
        return v;
    }

    static double soc(String text) {
        double s = Units.parseStateOfCharge(text.strip());
        if (!(s > 0)) {
            throw new IllegalArgumentException("state of charge " + Messages.quote(text.strip()) + " must be above 0");
        }
        return s;
    }

    static double duration(String text) {
        double d = Units.parseDuration(text.strip());
        if (!(d > 0)) {
            throw new IllegalArgumentException("time " + Messages.quote(text.strip()) + " must be longer than zero");
        }
        return d;
    }

    /**
     * Splits a comma-separated protocol list. A comma separates two protocols only where a protocol
     * name follows it ({@code mscc:2C@0.5,1C@0.8} keeps its comma); commas inside double quotes
     * never split.
     */
    public static List<String> splitList(String list) {
        List<String> out = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < list.length(); i++) {
            char ch = list.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted && startsProtocol(list, i + 1)) {
                out.add(list.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(list.substring(start).strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    /** Whether a text starts like an experiment step ({@code Charge at …}, {@code Hold at …}, {@code Rest for …}). */
    static boolean looksLikeSteps(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (String w : STEP_WORDS) {
            if (t.startsWith(w + " ")) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> STEP_WORDS = List.of("charge", "hold", "rest", "discharge");

    private static boolean startsProtocol(String s, int from) {
        if (looksLikeSteps(s.substring(from))) {
            return true;
        }
        int end = from;
        while (end < s.length() && s.charAt(end) != ':' && s.charAt(end) != ',') {
            end++;
        }
        String word = s.substring(from, end).strip().toLowerCase(Locale.ROOT);
        // An unknown word that is not a stage (no digit, no '@') is a misspelt protocol: split there
        // so that the error names it.
        return names().contains(word)
                || (!word.isEmpty()
                        && word.chars().noneMatch(Character::isDigit)
                        && word.indexOf('@') < 0
                        && !word.startsWith("c/"));
    }
}
