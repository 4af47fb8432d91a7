package org.battsim.scenarios.experiment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.battsim.model.experiment.Step;
import org.battsim.model.experiment.StepKind;
import org.battsim.model.experiment.Termination;

/**
 * Parses one experiment step string, such as {@code Discharge at C/3 for 2 hours or until 2.5 V},
 * into a {@link Step}, the way PyBaMM's {@code pybamm.step.string} does (release 26.8,
 * {@code src/pybamm/experiment/step/steps.py} and {@code base_step.py}).
 *
 * <p>Grammar: {@code instr [" for " DUR] [(" until " | " or until ") TERM] [" (" DUR " period)"]},
 * {@code instr} one of {@code Rest}, {@code Discharge at VALUE}, {@code Charge at VALUE}, {@code
 * Hold at VALUE}; {@code VALUE := NUMBER [" "] UNIT | "C/" NUMBER}; {@code DUR := NUMBER [" "]
 * TIMEUNIT}; {@code TERM := ["<" | ">"] [" "] VALUE} with a voltage, current or C-rate unit.
 *
 * <p>Strings PyBaMM rejects are rejected here too. Some strings PyBaMM accepts by accident of its
 * string splitting are also rejected, because they are almost always typing mistakes: negative,
 * zero or non-finite numbers, text after the period, repeated spaces or spaces around the step,
 * an instruction word followed by extra text ({@code Rest at 1 A} is a rest in PyBaMM), a
 * {@code mC} unit, and {@code >} on a C-rate condition (PyBaMM ignores the operator there).
 */
public final class StepParser {
    static final String INSTRUCTIONS_ALLOWED =
            "allowed instructions are 'Discharge at <value>', 'Charge at <value>', 'Hold at <value>' and 'Rest'"
                    + " (case-sensitive)";
    static final String UNITS_ALLOWED = "allowed units are A, mA, V, mV, W, mW, Ohm, mOhm, C (or C/n)";
    static final String TIME_UNITS_ALLOWED =
            "allowed time units are second, seconds, s, sec, minute, minutes, m, min, hour, hours, h, hr";
    static final String CONDITIONS_ALLOWED = "allowed conditions are a voltage (3 V, < 3 V, > 4.1 V), a current"
            + " (50 mA, 1 A) or a C-rate (C/50, 0.05 C)";
    static final String STEP_FORM = "a step is '<instruction> [for <duration>] [until <condition>]"
            + " [(<duration> period)]' with at least one of 'for' and 'until',"
            + " e.g. 'Discharge at 1C for 1 hour or until 3 V' or 'Rest for 10 minutes'";
    static final String PERIOD_FORM =
            "a period ends the step as ' (<number> <time unit> period)', e.g. ' (1 minute period)'";

    private StepParser() {}

    /**
     * Parses a step string.
     *
     * @param text the step, for example {@code Charge at 1 A until 4.1 V (10 s period)}
     * @return the step; {@code text} is kept as given
     * @throws StepSyntaxException if the string is not a valid step
     */
    public static Step parse(String text) {
        Objects.requireNonNull(text, "text");
        return new Parser(text).step();
    }

    /** A number with its unit resolved, and where the unit ended in the text. */
    record Quantity(StepKind kind, double value, int unitStart, int end) {}

    /** Parses parts of one string, keeping positions in the original text for messages. */
    static final class Parser {
        private final String t;

        Parser(String text) {
            this.t = text;
        }

        StepSyntaxException error(int position, String problem, String allowed) {
            return new StepSyntaxException(t, position, problem + " at column " + (position + 1) + ": " + allowed);
        }

        Step step() {
            checkSpacing();
            // PyBaMM checks for a temperature before anything else (steps.py: "oC" in text).
            int celsius = t.indexOf("oC");
            if (celsius >= 0) {
                throw error(
                        celsius,
                        "temperature 'oC' in a step",
                        "a step string has no temperature; give it at the experiment level");
            }

            // PyBaMM then removes the "(N unit period)" suffix, then splits on " until ",
            // then on " for " (steps.py), so "for" must come before "until".
            int end = t.length();
            double period = Double.NaN;
            int open = t.indexOf('(');
            if (open >= 0 || t.indexOf(')') >= 0) {
                open = checkPeriodShape(open);
                period = duration(open + 1, t.length() - " period)".length(), "period");
                end = open - 1;
            }

            int headEnd = end;
            Termination termination = null;
            int untilAt = keyword(
                    "until",
                    end,
                    "a step string takes one condition (PyBaMM splits it on ' until ' once)",
                    "condition",
                    CONDITIONS_ALLOWED);
            if (untilAt >= 0) {
                termination = termination(untilAt + 6, end);
                headEnd = untilAt - 1;
                // "for 1 hour or until 3 V": PyBaMM drops the " or" left before " until ".
                if (headEnd > 3 && t.startsWith(" or", headEnd - 3)) {
                    headEnd -= 3;
                }
            }

            double duration = Double.NaN;
            int instrEnd = headEnd;
            int forAt = keyword(
                    "for",
                    headEnd,
                    "a step has one duration, e.g. 'for 1 hour'",
                    "duration",
                    "expected e.g. 'for 10 minutes'; " + TIME_UNITS_ALLOWED);
            if (forAt >= 0) {
                duration = duration(forAt + 4, headEnd, "duration");
                instrEnd = forAt - 1;
            } else if (termination == null) {
                throw error(headEnd, "missing 'for' or 'until'", STEP_FORM);
            }

            return instruction(instrEnd, duration, termination, period);
        }

        /**
         * Where PyBaMM splits [0, end) on {@code " word "}: the index of the word, or -1 when the
         * word is absent. PyBaMM tests {@code word in text} and then unpacks {@code
         * text.split(" word ")} into two parts, so the word written without its spaces, or twice,
         * is an error.
         */
        private int keyword(String word, int end, String onlyOnce, String after, String allowedAfter) {
            String spaced = " " + word + " ";
            int first = find(spaced, 0, end);
            if (first >= 0) {
                int second = find(spaced, first + 1, end);
                if (second >= 0) {
                    throw error(second + 1, "a second '" + word + "'", onlyOnce);
                }
                return first + 1;
            }
            int bare = find(word, 0, end);
            if (bare < 0) {
                return -1;
            }
            if (bare == 0) {
                throw error(0, "missing instruction before '" + word + "'", INSTRUCTIONS_ALLOWED);
            }
            if (t.charAt(bare - 1) != ' ') {
                throw error(bare, "'" + word + "' joined to the previous word", STEP_FORM);
            }
            if (bare + word.length() == end) {
                throw error(end, "missing " + after + " after '" + word + "'", allowedAfter);
            }
            throw error(bare + word.length(), "'" + word + "' joined to the next word", STEP_FORM);
        }

        /** Index of {@code needle} wholly inside [from, end), or -1. */
        private int find(String needle, int from, int end) {
            int i = t.indexOf(needle, from);
            return i >= 0 && i + needle.length() <= end ? i : -1;
        }

        /** Rejects whitespace that PyBaMM's splitting on single spaces would not handle. */
        private void checkSpacing() {
            if (t.isEmpty()) {
                throw error(0, "empty step", STEP_FORM);
            }
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == ' ') {
                    if (i == 0) {
                        throw error(i, "leading space", "the step must start with its instruction");
                    }
                    if (i == t.length() - 1) {
                        throw error(i, "trailing space", "the step must end with its last word");
                    }
                    if (t.charAt(i + 1) == ' ') {
                        throw error(i + 1, "repeated space", "words are separated by single spaces");
                    }
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                    throw error(
                            i,
                            String.format("character U+%04X", (int) c),
                            "words are separated by single plain spaces");
                }
            }
        }

        /** Checks the " (N unit period)" suffix and returns the index of its '('. */
        private int checkPeriodShape(int open) {
            int close = t.indexOf(')');
            if (open < 0) {
                throw error(close, "')' without '('", PERIOD_FORM);
            }
            int secondOpen = t.indexOf('(', open + 1);
            if (secondOpen >= 0) {
                throw error(secondOpen, "a second '('", PERIOD_FORM);
            }
            if (close < 0) {
                throw error(t.length(), "missing ')'", PERIOD_FORM);
            }
            if (close < open) {
                throw error(close, "')' before '('", PERIOD_FORM);
            }
            if (close != t.length() - 1) {
                throw error(close + 1, "text after the period", PERIOD_FORM);
            }
            if (open == 0) {
                throw error(0, "missing instruction before the period", INSTRUCTIONS_ALLOWED);
            }
            if (t.charAt(open - 1) != ' ') {
                throw error(open, "'(' joined to the previous word", PERIOD_FORM);
            }
            if (!t.endsWith(" period)") || t.length() - " period)".length() < open + 1) {
                throw error(close, "missing ' period' before ')'", PERIOD_FORM);
            }
            return open;
        }

        private Step instruction(int end, double duration, Termination termination, double period) {
            String instr = t.substring(0, end);
            if (instr.equals("Rest")) {
                return step(Step.Direction.REST, StepKind.REST, 0.0, duration, termination, period);
            }
            if (instr.startsWith("Rest ")) {
                throw error(5, "a value after 'Rest'", "write 'Rest for <duration>' or 'Rest until <condition>'");
            }
            if (instr.startsWith("Run")) {
                throw error(
                        0,
                        "'Run' (drive cycle) in a step string",
                        "drive cycles are given as data, not as step strings; " + INSTRUCTIONS_ALLOWED);
            }
            int at = t.indexOf(" at ");
            if (at < 0 || at >= end) {
                int word = t.indexOf(' ');
                String first = t.substring(0, word < 0 || word > end ? end : word);
                if (first.equals("Discharge") || first.equals("Charge") || first.equals("Hold")) {
                    throw error(
                            first.length(),
                            "missing ' at <value>' after '" + first + "'",
                            "expected e.g. '" + first + " at 1 A'");
                }
                throw error(0, "unknown instruction '" + instr + "'", INSTRUCTIONS_ALLOWED);
            }
            int secondAt = t.indexOf(" at ", at + 1);
            if (secondAt >= 0 && secondAt < end) {
                throw error(secondAt + 1, "a second 'at'", STEP_FORM);
            }
            String word = t.substring(0, at);
            // PyBaMM's sign: positive discharges; Charge negates the value whatever its unit.
            Step.Direction direction;
            double sign;
            switch (word) {
                case "Discharge" -> {
                    direction = Step.Direction.DISCHARGE;
                    sign = 1;
                }
                case "Charge" -> {
                    direction = Step.Direction.CHARGE;
                    sign = -1;
                }
                case "Hold" -> {
                    direction = Step.Direction.HOLD;
                    sign = 1;
                }
                default -> throw error(0, "unknown instruction '" + word + "'", INSTRUCTIONS_ALLOWED);
            }
            Quantity q = quantity(at + 4, end, "value");
            if (q.end() < end) {
                throw error(
                        q.end() + 1,
                        "unexpected text '" + t.substring(q.end() + 1, end) + "' after the value",
                        "expected ' for <duration>', ' until <condition>' or the end of the step");
            }
            return step(direction, q.kind(), sign * q.value(), duration, termination, period);
        }

        private Step step(
                Step.Direction direction,
                StepKind kind,
                double value,
                double duration,
                Termination termination,
                double period) {
            boolean given = !Double.isNaN(duration);
            double seconds = given ? duration : defaultDuration(kind, value);
            List<Termination> terms = termination == null ? List.of() : List.of(termination);
            return new Step(t, direction, kind, value, seconds, given, terms, period);
        }

        private double defaultDuration(StepKind kind, double value) {
            if (kind == StepKind.C_RATE) {
                // CRate.default_duration (steps.py): 1/|C| hours with a 2x safety factor.
                double seconds = 1 / Math.abs(value) * 3600 * 2;
                if (Double.isInfinite(seconds)) {
                    throw error(0, "C-rate too small for the default duration", "give a duration with 'for'");
                }
                return seconds;
            }
            // BaseStep.default_duration (base_step.py): one day when only 'until' is given.
            return 24 * 3600;
        }

        /** {@code NUMBER [" "] TIMEUNIT} in [start, end), in seconds. */
        double duration(int start, int end, String what) {
            if (start >= end) {
                throw error(start, "missing " + what, "expected e.g. '10 minutes'; " + TIME_UNITS_ALLOWED);
            }
            int numEnd = scanNumber(start, end);
            if (numEnd == start) {
                throw notANumber(start, what, "expected e.g. '10 minutes'");
            }
            double number = Double.parseDouble(t.substring(start, numEnd));
            int unitStart = numEnd < end && t.charAt(numEnd) == ' ' ? numEnd + 1 : numEnd;
            if (unitStart >= end) {
                throw error(unitStart, "missing time unit", TIME_UNITS_ALLOWED);
            }
            int unitEnd = wordEnd(unitStart, end);
            String unit = t.substring(unitStart, unitEnd);
            // _convert_time_to_seconds (base_step.py): these spellings only.
            double seconds = switch (unit) {
                case "second", "seconds", "s", "sec" -> number;
                case "minute", "minutes", "m", "min" -> number * 60;
                case "hour", "hours", "h", "hr" -> number * 3600;
                default -> throw error(unitStart, "unknown time unit '" + unit + "'", TIME_UNITS_ALLOWED);
            };
            if (unitEnd < end) {
                throw error(
                        unitEnd + 1,
                        "unexpected text '" + t.substring(unitEnd + 1, end) + "' after the " + what,
                        "a " + what + " is one number and one time unit, e.g. '90 minutes'");
            }
            if (!(seconds > 0)) {
                throw error(
                        start,
                        what + " " + t.substring(start, numEnd) + " is not positive",
                        "a " + what + " must be greater than zero");
            }
            if (Double.isInfinite(seconds)) {
                throw error(start, what + " too large", "a " + what + " must be a finite number of seconds");
            }
            return seconds;
        }

        /** {@code ["<" | ">"] [" "] VALUE} in [start, end), for a voltage, current or C-rate. */
        Termination termination(int start, int end) {
            Termination.Comparison comparison = Termination.Comparison.AUTO;
            int p = start;
            if (t.charAt(p) == '<' || t.charAt(p) == '>') {
                comparison = t.charAt(p) == '<' ? Termination.Comparison.LESS : Termination.Comparison.GREATER;
                p++;
                if (p < end && t.charAt(p) == ' ') {
                    p++;
                }
            }
            Quantity q = quantity(p, end, "condition");
            if (q.end() < end) {
                int next = q.end() + 1;
                String rest = t.substring(next, end);
                if (rest.startsWith("or ") || rest.equals("or")) {
                    throw error(
                            next,
                            "a second condition",
                            "a step string takes one condition; PyBaMM rejects 'until A or B' and 'until A or until B'");
                }
                if (rest.startsWith("for ") || rest.equals("for")) {
                    throw error(next, "'for' after 'until'", "write 'for <duration>' before 'until <condition>'");
                }
                throw error(
                        next,
                        "unexpected text '" + rest + "' after the condition",
                        "expected the end of the step or ' (<duration> period)'");
            }
            Termination.Quantity quantity;
            switch (q.kind()) {
                case VOLTAGE -> quantity = Termination.Quantity.VOLTAGE;
                case CURRENT -> quantity = Termination.Quantity.CURRENT;
                case C_RATE -> {
                    // CRateTermination (step_termination.py) always tests |C-rate| < value and
                    // ignores the operator; refuse '>' rather than silently change its meaning.
                    if (comparison == Termination.Comparison.GREATER) {
                        throw error(
                                start,
                                "'>' on a C-rate condition",
                                "a C-rate condition always means |C-rate| below the value; write e.g. 'until C/50'");
                    }
                    comparison = Termination.Comparison.AUTO;
                    quantity = Termination.Quantity.C_RATE;
                }
                default ->
                    throw error(
                            q.unitStart(),
                            "a " + q.kind().name().toLowerCase(Locale.ROOT) + " condition",
                            "power and resistance conditions are not supported; " + CONDITIONS_ALLOWED);
            }
            return new Termination(quantity, comparison, q.value());
        }

        /**
         * {@code NUMBER [" "] UNIT | "C/" NUMBER} starting at {@code start}; stops at the first
         * space after the unit, which the caller checks.
         */
        Quantity quantity(int start, int end, String what) {
            if (start >= end) {
                throw error(start, "missing " + what, "expected e.g. 1 A, 200 mA, 4.2 V, 1C or C/3; " + UNITS_ALLOWED);
            }
            if (t.charAt(start) == 'C') {
                // _convert_electric (base_step.py): "C/n" is the C-rate 1/n.
                if (start + 1 >= end || t.charAt(start + 1) != '/') {
                    throw error(start, "C-rate without a number", "write e.g. '1C', '0.5 C' or 'C/3'");
                }
                int numStart = start + 2;
                if (numStart >= end) {
                    throw error(numStart, "missing number after 'C/'", "expected 'C/<number>', e.g. 'C/3'");
                }
                int numEnd = scanNumber(numStart, end);
                if (numEnd == numStart) {
                    throw notANumber(numStart, "divisor", "expected 'C/<number>', e.g. 'C/3'");
                }
                double divisor = Double.parseDouble(t.substring(numStart, numEnd));
                if (numEnd < end && t.charAt(numEnd) != ' ') {
                    throw error(
                            numEnd,
                            "unexpected '" + t.charAt(numEnd) + "' in 'C/n'",
                            "expected 'C/<number>', e.g. 'C/3'");
                }
                double rate = 1 / divisor;
                if (!(divisor > 0) || !Double.isFinite(rate) || !(rate > 0)) {
                    throw error(
                            numStart,
                            "divisor " + t.substring(numStart, numEnd) + " out of range",
                            "'C/n' needs a positive, finite n");
                }
                return new Quantity(StepKind.C_RATE, rate, start, numEnd);
            }
            int numEnd = scanNumber(start, end);
            if (numEnd == start) {
                throw notANumber(start, what, "expected e.g. 1 A, 200 mA, 4.2 V, 1C or C/3");
            }
            double number = Double.parseDouble(t.substring(start, numEnd));
            int unitStart = numEnd < end && t.charAt(numEnd) == ' ' ? numEnd + 1 : numEnd;
            if (unitStart >= end) {
                throw error(unitStart, "missing unit", UNITS_ALLOWED);
            }
            int unitEnd = wordEnd(unitStart, end);
            String unit = t.substring(unitStart, unitEnd);
            StepKind kind;
            boolean milli = false;
            switch (unit) {
                case "A" -> kind = StepKind.CURRENT;
                case "mA" -> {
                    kind = StepKind.CURRENT;
                    milli = true;
                }
                case "V" -> kind = StepKind.VOLTAGE;
                case "mV" -> {
                    kind = StepKind.VOLTAGE;
                    milli = true;
                }
                case "W" -> kind = StepKind.POWER;
                case "mW" -> {
                    kind = StepKind.POWER;
                    milli = true;
                }
                case "Ohm" -> kind = StepKind.RESISTANCE;
                case "mOhm" -> {
                    kind = StepKind.RESISTANCE;
                    milli = true;
                }
                case "C" -> kind = StepKind.C_RATE;
                default -> throw error(unitStart, "unknown unit '" + unit + "'", UNITS_ALLOWED + caseHint(unit));
            }
            // PyBaMM divides by 1000 (not x 0.001) for the "m" prefix; same double as PyBaMM.
            double value = milli ? number / 1000 : number;
            if (!(value > 0)) {
                throw error(
                        start,
                        what + " " + t.substring(start, numEnd) + " is not positive",
                        what.equals("value")
                                ? "a value must be greater than zero; the direction comes from Charge/Discharge,"
                                        + " and Rest has no value"
                                : "a " + what + " must be greater than zero");
            }
            if (Double.isInfinite(value)) {
                throw error(start, what + " too large", "a " + what + " must be a finite number");
            }
            return new Quantity(kind, value, unitStart, unitEnd);
        }

        private static String caseHint(String unit) {
            for (String u : List.of("A", "mA", "V", "mV", "W", "mW", "Ohm", "mOhm", "C")) {
                if (u.equalsIgnoreCase(unit)) {
                    return " (units are case-sensitive: did you mean '" + u + "'?)";
                }
            }
            return "";
        }

        private StepSyntaxException notANumber(int position, String what, String allowed) {
            char c = position < t.length() ? t.charAt(position) : ' ';
            if (c == '-') {
                String hint = switch (what) {
                    case "value" -> "write the magnitude; the direction comes from Charge/Discharge";
                    case "condition" -> "write the magnitude; '<' or '>' before it chooses the direction";
                    default -> "a " + what + " must be greater than zero";
                };
                return error(position, "negative " + what, hint);
            }
            int wordEnd = position;
            while (wordEnd < t.length() && t.charAt(wordEnd) != ' ') {
                wordEnd++;
            }
            return error(
                    position,
                    "'" + t.substring(position, wordEnd) + "' where a number was expected",
                    allowed + " (a number is written like 2, 0.5, .5 or 1e-3)");
        }

        /**
         * End of a decimal number {@code digits [. digits] [e [-] digits]} at {@code start}; the
         * start itself when there is none. No sign: PyBaMM's unit split would not accept '+'.
         */
        int scanNumber(int start, int end) {
            int p = start;
            int digits = 0;
            while (p < end && isDigit(t.charAt(p))) {
                p++;
                digits++;
            }
            if (p < end && t.charAt(p) == '.') {
                int q = p + 1;
                while (q < end && isDigit(t.charAt(q))) {
                    q++;
                    digits++;
                }
                p = q;
            }
            if (digits == 0) {
                return start;
            }
            if (p < end && (t.charAt(p) == 'e' || t.charAt(p) == 'E')) {
                int q = p + 1;
                if (q < end && t.charAt(q) == '-') {
                    q++;
                }
                int expStart = q;
                while (q < end && isDigit(t.charAt(q))) {
                    q++;
                }
                if (q > expStart) {
                    p = q;
                }
            }
            return p;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private int wordEnd(int start, int end) {
            int p = start;
            while (p < end && t.charAt(p) != ' ') {
                p++;
            }
            return p;
        }
    }
}
