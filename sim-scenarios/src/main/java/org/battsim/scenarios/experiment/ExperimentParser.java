package org.battsim.scenarios.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.battsim.model.experiment.Experiment;
import org.battsim.model.experiment.ExperimentTermination;
import org.battsim.model.experiment.Step;

/**
 * Builds an {@link Experiment} from step strings grouped in cycles, and parses experiment-level
 * stop conditions, as PyBaMM's {@code pybamm.Experiment} does ({@code
 * src/pybamm/experiment/experiment.py}, release 26.8).
 */
public final class ExperimentParser {
    static final String TERMINATIONS_ALLOWED = "allowed experiment terminations are '80% capacity',"
            + " '4 Ah capacity' (also '4 A.h capacity', '4000 mAh capacity'), '2.5 V' (minimum voltage)"
            + " and a time such as '10 hours', '30 minutes' or '600 s'";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("(\\d+(\\.\\d*)?|\\.\\d+)([eE]-?\\d+)?");
    private static final List<String> TIME_UNITS =
            List.of("second", "seconds", "s", "sec", "minute", "minutes", "m", "min", "hour", "hours", "h", "hr");

    private ExperimentParser() {}

    /**
     * Parses an experiment-level stop condition.
     *
     * <p>As in {@code Experiment.read_termination}: a string whose last word is {@code capacity}
     * is a capacity (percent of the first cycle's, or Ah; spaces inside the amount and {@code
     * A.h} are accepted), a string ending in {@code V} a minimum voltage, and a string ending in
     * a time unit a total time. {@code mAh} is also accepted (PyBaMM does not). Spaces around the
     * whole string are ignored, as PyBaMM's {@code float} and {@code split} ignore them.
     *
     * @throws StepSyntaxException if the string is none of these
     */
    public static ExperimentTermination parseTermination(String text) {
        Objects.requireNonNull(text, "text");
        int lo = 0;
        int hi = text.length();
        while (lo < hi && Character.isWhitespace(text.charAt(lo))) {
            lo++;
        }
        while (hi > lo && Character.isWhitespace(text.charAt(hi - 1))) {
            hi--;
        }
        StepParser.Parser p = new StepParser.Parser(text);
        if (lo == hi) {
            throw p.error(lo, "empty termination", TERMINATIONS_ALLOWED);
        }
        char first = text.charAt(lo);
        if (!(first >= '0' && first <= '9') && first != '.' && first != '-') {
            throw p.error(lo, "unknown termination '" + text.substring(lo, hi) + "'", TERMINATIONS_ALLOWED);
        }
        int lastWord = hi;
        while (lastWord > lo && !Character.isWhitespace(text.charAt(lastWord - 1))) {
            lastWord--;
        }
        if (text.substring(lastWord, hi).equals("capacity")) {
            return capacity(p, text, lo, lastWord);
        }
        if (text.charAt(hi - 1) == 'V') {
            int numEnd = p.scanNumber(lo, hi);
            String unit = text.substring(numEnd < hi && text.charAt(numEnd) == ' ' ? numEnd + 1 : numEnd, hi);
            if (numEnd > lo && !unit.equals("V") && !unit.equals("mV")) {
                throw p.error(lo, "'" + text.substring(lo, hi) + "' is not a voltage", TERMINATIONS_ALLOWED);
            }
            // Number checks (sign, zero, overflow) and the mV scale are those of step values.
            StepParser.Quantity q = p.quantity(lo, hi, "voltage");
            return new ExperimentTermination(ExperimentTermination.Kind.MIN_VOLTAGE, q.value());
        }
        for (String unit : TIME_UNITS) {
            if (text.startsWith(unit, hi - unit.length())) {
                return new ExperimentTermination(ExperimentTermination.Kind.TIME, p.duration(lo, hi, "time"));
            }
        }
        throw p.error(lo, "unknown termination '" + text.substring(lo, hi) + "'", TERMINATIONS_ALLOWED);
    }

    private static ExperimentTermination capacity(StepParser.Parser p, String text, int lo, int capacityWord) {
        // read_termination joins the words before "capacity" and reads A.h as Ah.
        String amount = text.substring(lo, capacityWord).replaceAll("\\s+", "").replace("A.h", "Ah");
        if (amount.isEmpty()) {
            throw p.error(capacityWord, "missing amount before 'capacity'", TERMINATIONS_ALLOWED);
        }
        ExperimentTermination.Kind kind;
        String number;
        double scale = 1;
        if (amount.endsWith("%")) {
            kind = ExperimentTermination.Kind.CAPACITY_PERCENT;
            number = amount.substring(0, amount.length() - 1);
        } else if (amount.endsWith("mAh")) {
            kind = ExperimentTermination.Kind.CAPACITY_AH;
            number = amount.substring(0, amount.length() - 3);
            scale = 1000;
        } else if (amount.endsWith("Ah")) {
            kind = ExperimentTermination.Kind.CAPACITY_AH;
            number = amount.substring(0, amount.length() - 2);
        } else {
            throw p.error(lo, "capacity '" + amount + "' without % or Ah", TERMINATIONS_ALLOWED);
        }
        if (!PLAIN_NUMBER.matcher(number).matches()) {
            throw p.error(lo, "'" + number + "' where a number was expected", TERMINATIONS_ALLOWED);
        }
        double value = Double.parseDouble(number) / scale;
        if (!(value > 0) || Double.isInfinite(value)) {
            throw p.error(lo, "capacity " + number + " out of range", "a capacity must be positive and finite");
        }
        // More than 100 % would stop the experiment after its first cycle.
        if (kind == ExperimentTermination.Kind.CAPACITY_PERCENT && value > 100) {
            throw p.error(lo, "capacity " + number + "% above 100 %", "a capacity percentage is at most 100");
        }
        return new ExperimentTermination(kind, value);
    }

    /**
     * Parses every step, repeats the cycles and parses the stop conditions.
     *
     * <p>As with a PyBaMM termination list, which is read into a dictionary, a later condition
     * replaces an earlier one of the same family: capacity (percent or Ah), voltage, or time.
     *
     * @param cycles the step strings of each cycle, in order
     * @param repeat how many times the whole list of cycles is run (at least 1)
     * @param terminations experiment-level stop conditions, possibly empty
     * @param defaultPeriodSeconds output period for steps that do not give their own
     * @throws StepSyntaxException if a step or termination does not parse; its {@link
     *     StepSyntaxException#location()} names the cycle and step (1-based) or the termination
     * @throws IllegalArgumentException if a cycle is empty, {@code repeat} is below 1 or the
     *     period is not positive
     */
    public static Experiment build(
            List<List<String>> cycles, int repeat, List<String> terminations, double defaultPeriodSeconds) {
        Objects.requireNonNull(cycles, "cycles");
        Objects.requireNonNull(terminations, "terminations");
        if (cycles.isEmpty()) {
            throw new IllegalArgumentException("an experiment needs at least one cycle");
        }
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be at least 1, got " + repeat);
        }
        if ((long) repeat * cycles.size() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many cycles: " + repeat + " x " + cycles.size());
        }
        List<List<Step>> parsed = new ArrayList<>(cycles.size());
        for (int c = 0; c < cycles.size(); c++) {
            String cycleName = "cycle " + (c + 1) + " of " + cycles.size();
            List<String> cycle = Objects.requireNonNull(cycles.get(c), () -> cycleName + " is null");
            if (cycle.isEmpty()) {
                throw new IllegalArgumentException(cycleName + " has no steps");
            }
            List<Step> steps = new ArrayList<>(cycle.size());
            for (int s = 0; s < cycle.size(); s++) {
                String where = cycleName + ", step " + (s + 1) + " of " + cycle.size();
                String text = Objects.requireNonNull(cycle.get(s), () -> where + " is null");
                try {
                    steps.add(StepParser.parse(text));
                } catch (StepSyntaxException e) {
                    throw e.at(where);
                }
            }
            parsed.add(List.copyOf(steps));
        }
        List<List<Step>> repeated = new ArrayList<>(parsed.size() * repeat);
        for (int r = 0; r < repeat; r++) {
            repeated.addAll(parsed);
        }

        Map<String, ExperimentTermination> byFamily = new LinkedHashMap<>();
        for (int i = 0; i < terminations.size(); i++) {
            String where = "termination " + (i + 1) + " of " + terminations.size();
            String text = Objects.requireNonNull(terminations.get(i), () -> where + " is null");
            ExperimentTermination term;
            try {
                term = parseTermination(text);
            } catch (StepSyntaxException e) {
                throw e.at(where);
            }
            String family = switch (term.kind()) {
                case CAPACITY_PERCENT, CAPACITY_AH -> "capacity";
                case MIN_VOLTAGE -> "voltage";
                case TIME -> "time";
            };
            byFamily.put(family, term);
        }
        return new Experiment(repeated, List.copyOf(byFamily.values()), defaultPeriodSeconds);
    }
}
