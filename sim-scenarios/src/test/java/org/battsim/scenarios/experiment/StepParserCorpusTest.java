package org.battsim.scenarios.experiment;

import static org.battsim.model.experiment.Step.Direction.CHARGE;
import static org.battsim.model.experiment.Step.Direction.DISCHARGE;
import static org.battsim.model.experiment.Step.Direction.HOLD;
import static org.battsim.model.experiment.Step.Direction.REST;
import static org.battsim.model.experiment.StepKind.CURRENT;
import static org.battsim.model.experiment.StepKind.C_RATE;
import static org.battsim.model.experiment.StepKind.POWER;
import static org.battsim.model.experiment.StepKind.RESISTANCE;
import static org.battsim.model.experiment.StepKind.VOLTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battsim.model.experiment.Step;
import org.battsim.model.experiment.StepKind;
import org.battsim.model.experiment.Termination;
import org.battsim.model.experiment.Termination.Comparison;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance corpus of step strings from PyBaMM's tests and examples
 * ({@code shared/data/pybamm/experiments/}), plus hand-written expectations.
 */
class StepParserCorpusTest {
    private static final double NONE = Double.NaN;
    private static final double DAY = 24 * 3600.0;

    /** What a line should parse to; written by hand from the grammar, not from the parser. */
    record Expect(
            String text,
            Step.Direction direction,
            StepKind kind,
            double value,
            double seconds,
            boolean given,
            Termination termination,
            double period) {}

    private static Expect e(
            String text,
            Step.Direction d,
            StepKind k,
            double value,
            double seconds,
            boolean given,
            Termination term,
            double period) {
        return new Expect(text, d, k, value, seconds, given, term, period);
    }

    private static Expect rest(String text, double seconds, double period) {
        return new Expect(text, REST, StepKind.REST, 0, seconds, true, null, period);
    }

    private static Termination volts(double v) {
        return new Termination(Termination.Quantity.VOLTAGE, Comparison.AUTO, v);
    }

    private static Termination amps(double a) {
        return new Termination(Termination.Quantity.CURRENT, Comparison.AUTO, a);
    }

    private static Termination cRate(double c) {
        return new Termination(Termination.Quantity.C_RATE, Comparison.AUTO, c);
    }

    /** Lines of the corpus with their values worked out by hand. */
    static final List<Expect> CORPUS_TABLE = List.of(
            e("Charge at 0.1 A for 1 hour", CHARGE, CURRENT, -0.1, 3600, true, null, NONE),
            // C-rate step with only 'until': 2/|C| hours (2 / 0.3 h = 24000 s).
            e("Charge at 0.3C until 1.5 V", CHARGE, C_RATE, -0.3, 24000, false, volts(1.5), NONE),
            e("Charge at 0.5 C for 45 minutes", CHARGE, C_RATE, -0.5, 2700, true, null, NONE),
            e("Charge at 0.5 W for 10 minutes", CHARGE, POWER, -0.5, 600, true, null, NONE),
            e("Charge at 0.5A until 4.2V", CHARGE, CURRENT, -0.5, DAY, false, volts(4.2), NONE),
            e("Charge at 1 A for 1 min", CHARGE, CURRENT, -1, 60, true, null, NONE),
            e("Charge at 1 A for 10 seconds", CHARGE, CURRENT, -1, 10, true, null, NONE),
            e("Charge at 1 C until 4.1V", CHARGE, C_RATE, -1, 7200, false, volts(4.1), NONE),
            e("Charge at 15.0A until 4.2 V", CHARGE, CURRENT, -15, DAY, false, volts(4.2), NONE),
            e("Charge at 1C for 1 sec", CHARGE, C_RATE, -1, 1, true, null, NONE),
            e("Charge at 200 mA for 45 minutes", CHARGE, CURRENT, -0.2, 2700, true, null, NONE),
            e("Charge at 200 mW for 45 minutes", CHARGE, POWER, -0.2, 2700, true, null, NONE),
            e("Charge at 200mA for 45 minutes", CHARGE, CURRENT, -0.2, 2700, true, null, NONE),
            e("Charge at 200mW for 45 minutes", CHARGE, POWER, -0.2, 2700, true, null, NONE),
            e("Charge at 20C until 3V", CHARGE, C_RATE, -20, 360, false, volts(3), NONE),
            // PyBaMM: Charge flips the sign whatever the unit, so this is a -4 V step.
            e("Charge at 4 V until 5 mA", CHARGE, VOLTAGE, -4, DAY, false, amps(0.005), NONE),
            e("Charge at C/20 until 12.5 V", CHARGE, C_RATE, -0.05, 144000, false, volts(12.5), NONE),
            e("Charge at C/3 until 4.0V", CHARGE, C_RATE, -1.0 / 3, 21600, false, volts(4), NONE),
            e("Charge at C/5 for 30 minutes or until 4.2 V", CHARGE, C_RATE, -0.2, 1800, true, volts(4.2), NONE),
            e("Charge at C/8 until 4.2 V", CHARGE, C_RATE, -0.125, 57600, false, volts(4.2), NONE),
            e("Charge at 4 A for 3 hours", CHARGE, CURRENT, -4, 10800, true, null, NONE),
            e("Discharge at 0.1C until 3.105 V", DISCHARGE, C_RATE, 0.1, 72000, false, volts(3.105), NONE),
            e("Discharge at 0.3C until 0.005 V", DISCHARGE, C_RATE, 0.3, 24000, false, volts(0.005), NONE),
            e("Discharge at 0.40C for 10 s", DISCHARGE, C_RATE, 0.4, 10, true, null, NONE),
            e("Discharge at 1 A for 0.5 hours", DISCHARGE, CURRENT, 1, 1800, true, null, NONE),
            e("Discharge at 1 A for 90 seconds", DISCHARGE, CURRENT, 1, 90, true, null, NONE),
            e("Discharge at 1 C for 3400 s", DISCHARGE, C_RATE, 1, 3400, true, null, NONE),
            e("Discharge at 1 W for 0.5 hours", DISCHARGE, POWER, 1, 1800, true, null, NONE),
            e("Discharge at 1W for 0.5 hours", DISCHARGE, POWER, 1, 1800, true, null, NONE),
            e("Discharge at 10C for 6 minutes or until 2.5 V", DISCHARGE, C_RATE, 10, 360, true, volts(2.5), NONE),
            e("Discharge at 1A for 1 hour or until 2.5V", DISCHARGE, CURRENT, 1, 3600, true, volts(2.5), NONE),
            e("Discharge at 1C for 1 hour (1 minute period)", DISCHARGE, C_RATE, 1, 3600, true, null, 60),
            e("Discharge at 1C until 3.0 V (10 seconds period)", DISCHARGE, C_RATE, 1, 7200, false, volts(3), 10),
            e("Discharge at 1C for 100 hours or until 2.5 V", DISCHARGE, C_RATE, 1, 360000, true, volts(2.5), NONE),
            e("Discharge at 1C for 3450 seconds", DISCHARGE, C_RATE, 1, 3450, true, null, NONE),
            e("Discharge at 20000 C for 10 minutes", DISCHARGE, C_RATE, 20000, 600, true, null, NONE),
            e("Discharge at 2 C until 2.8 V", DISCHARGE, C_RATE, 2, 3600, false, volts(2.8), NONE),
            e("Discharge at 4 Ohm for 10 minutes", DISCHARGE, RESISTANCE, 4, 600, true, null, NONE),
            e("Discharge at 4C until 2.5V", DISCHARGE, C_RATE, 4, 1800, false, volts(2.5), NONE),
            e("Discharge at C/20 for 1h (2 minute period)", DISCHARGE, C_RATE, 0.05, 3600, true, null, 120),
            e("Discharge at C/20 for 2 min", DISCHARGE, C_RATE, 0.05, 120, true, null, NONE),
            e("Discharge at C/25 until 3.5 V", DISCHARGE, C_RATE, 0.04, 180000, false, volts(3.5), NONE),
            e("Discharge at C/3 for 2 hours or until 2.5 V", DISCHARGE, C_RATE, 1.0 / 3, 7200, true, volts(2.5), NONE),
            e("Hold at 1V for 20 seconds", HOLD, VOLTAGE, 1, 20, true, null, NONE),
            // Hold steps: no C-rate, so the default duration is one day.
            e("Hold at 2.8V until C/50", HOLD, VOLTAGE, 2.8, DAY, false, cRate(0.02), NONE),
            e("Hold at 3.9 V until 50 mA", HOLD, VOLTAGE, 3.9, DAY, false, amps(0.05), NONE),
            e("Hold at 3V until 10 mA", HOLD, VOLTAGE, 3, DAY, false, amps(0.01), NONE),
            e("Hold at 4.0V until C/10", HOLD, VOLTAGE, 4, DAY, false, cRate(0.1), NONE),
            e("Hold at 4.1 V until 5 A", HOLD, VOLTAGE, 4.1, DAY, false, amps(5), NONE),
            e("Hold at 4.1 V until 50mA", HOLD, VOLTAGE, 4.1, DAY, false, amps(0.05), NONE),
            e("Hold at 4.199 V for 600 seconds", HOLD, VOLTAGE, 4.199, 600, true, null, NONE),
            e("Hold at 4.2 V until 0.05 C", HOLD, VOLTAGE, 4.2, DAY, false, cRate(0.05), NONE),
            e("Hold at 4.2 V until C/10000", HOLD, VOLTAGE, 4.2, DAY, false, cRate(0.0001), NONE),
            e("Hold at 4.2V for 30 minutes", HOLD, VOLTAGE, 4.2, 1800, true, null, NONE),
            rest("Rest for 1 hours", 3600, NONE),
            rest("Rest for 1 minute", 60, NONE),
            rest("Rest for 10 min", 600, NONE),
            rest("Rest for 24 hours (1 hour period)", DAY, 3600),
            rest("Rest for 5 seconds", 5, NONE),
            rest("Rest for 3600 seconds", 3600, NONE));

    /** Forms the corpus does not contain: mV, mOhm, hr, m, operators, Rest until, Hold at a current. */
    static final List<Expect> EXTRA_TABLE = List.of(
            e("Discharge at 500 mOhm for 10 minutes", DISCHARGE, RESISTANCE, 0.5, 600, true, null, NONE),
            e("Discharge at 2Ohm for 1 hr", DISCHARGE, RESISTANCE, 2, 3600, true, null, NONE),
            e("Charge at 250mOhm for 1 h", CHARGE, RESISTANCE, -0.25, 3600, true, null, NONE),
            e("Hold at 4200 mV until 20 mA", HOLD, VOLTAGE, 4.2, DAY, false, amps(0.02), NONE),
            e("Hold at 3700mV for 90 m", HOLD, VOLTAGE, 3.7, 5400, true, null, NONE),
            e("Discharge at 1 A until 3000 mV", DISCHARGE, CURRENT, 1, DAY, false, volts(3), NONE),
            e(
                    "Discharge at 1 A until < 3.1 V",
                    DISCHARGE,
                    CURRENT,
                    1,
                    DAY,
                    false,
                    new Termination(Termination.Quantity.VOLTAGE, Comparison.LESS, 3.1),
                    NONE),
            e(
                    "Charge at 1 A until >4.1V",
                    CHARGE,
                    CURRENT,
                    -1,
                    DAY,
                    false,
                    new Termination(Termination.Quantity.VOLTAGE, Comparison.GREATER, 4.1),
                    NONE),
            e(
                    "Hold at 4.2 V until < 50 mA",
                    HOLD,
                    VOLTAGE,
                    4.2,
                    DAY,
                    false,
                    new Termination(Termination.Quantity.CURRENT, Comparison.LESS, 0.05),
                    NONE),
            // A C-rate condition is always |C| < value in PyBaMM; '<' says the same thing.
            e("Hold at 4.2 V until <C/20", HOLD, VOLTAGE, 4.2, DAY, false, cRate(0.05), NONE),
            e("Discharge at 1C or until 3 V", DISCHARGE, C_RATE, 1, 7200, false, volts(3), NONE),
            new Expect("Rest until 3 V", REST, StepKind.REST, 0, DAY, false, volts(3), NONE),
            rest("Rest for 90 m", 5400, NONE),
            e("Discharge at 0.5C for 2.5h", DISCHARGE, C_RATE, 0.5, 9000, true, null, NONE),
            e("Charge at 1.5e3 mA for 1e1 minutes", CHARGE, CURRENT, -1.5, 600, true, null, NONE),
            e("Discharge at 2C until 3 V (30 s period)", DISCHARGE, C_RATE, 2, 3600, false, volts(3), 30),
            e("Discharge at C/2 until 3 V (1.5 minutes period)", DISCHARGE, C_RATE, 0.5, 14400, false, volts(3), 90),
            e("Discharge at .5 A for 1 second", DISCHARGE, CURRENT, 0.5, 1, true, null, NONE),
            e("Hold at 1 A for 1 hour", HOLD, CURRENT, 1, 3600, true, null, NONE),
            e("Charge at 5 W until 4.2 V", CHARGE, POWER, -5, DAY, false, volts(4.2), NONE),
            e("Discharge at C/2.5 for 1 hr", DISCHARGE, C_RATE, 0.4, 3600, true, null, NONE),
            e("Charge at 1 C for 0.5 h or until 4.2 V (6 sec period)", CHARGE, C_RATE, -1, 1800, true, volts(4.2), 6));

    @Test
    void tableCoversTheCorpusForms() {
        List<String> all = new ArrayList<>();
        CORPUS_TABLE.forEach(x -> all.add(x.text()));
        EXTRA_TABLE.forEach(x -> all.add(x.text()));
        assertTrue(CORPUS_TABLE.size() >= 40, "at least 40 corpus lines checked by value");
        for (String needle : List.of(
                " A ",
                "mA",
                " V",
                "mV",
                " W",
                "mW",
                "Ohm",
                "mOhm",
                "C/",
                "Hold",
                "Rest",
                "period",
                "or until",
                "0.5A",
                "1W",
                "200mW",
                "200mA",
                "4.2V")) {
            assertTrue(all.stream().anyMatch(s -> s.contains(needle)), "table covers '" + needle + "'");
        }
    }

    @TestFactory
    List<DynamicTest> corpusLinesParseToTheirHandWrittenValues() throws IOException {
        Set<String> corpus = new HashSet<>(StepAssertions.lines(corpusFile("valid.txt")));
        List<DynamicTest> tests = new ArrayList<>();
        for (Expect x : CORPUS_TABLE) {
            tests.add(DynamicTest.dynamicTest(x.text(), () -> {
                assertTrue(corpus.contains(x.text()), "the table line is in valid.txt");
                check(x);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> formsBeyondTheCorpusParseToTheirHandWrittenValues() {
        return EXTRA_TABLE.stream()
                .map(x -> DynamicTest.dynamicTest(x.text(), () -> check(x)))
                .toList();
    }

    private static void check(Expect x) {
        Step s = StepParser.parse(x.text());
        String w = x.text();
        assertEquals(x.text(), s.text(), w);
        assertEquals(x.direction(), s.direction(), w + " direction");
        assertEquals(x.kind(), s.kind(), w + " kind");
        assertClose(x.value(), s.value(), w + " value");
        assertClose(x.seconds(), s.durationSeconds(), w + " duration");
        assertEquals(x.given(), s.durationGiven(), w + " duration given");
        if (x.termination() == null) {
            assertEquals(List.of(), s.terminations(), w + " terminations");
        } else {
            assertEquals(1, s.terminations().size(), w + " one termination");
            Termination t = s.terminations().get(0);
            assertEquals(x.termination().quantity(), t.quantity(), w + " termination quantity");
            assertEquals(x.termination().comparison(), t.comparison(), w + " termination comparison");
            assertClose(x.termination().value(), t.value(), w + " termination value");
        }
        if (Double.isNaN(x.period())) {
            assertTrue(Double.isNaN(s.periodSeconds()), w + " no period");
        } else {
            assertClose(x.period(), s.periodSeconds(), w + " period");
        }
        StepAssertions.assertInvariants(s);
        StepAssertions.assertRoundTrips(s);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-12, what);
    }

    /** Unit of the value after " at ", read with a separate pattern from the parser's. */
    private static final Pattern VALUE_UNIT =
            Pattern.compile("^(Discharge|Charge|Hold) at (?:C/[0-9.]+|[0-9.]+ ?(mA|A|mV|V|mW|W|mOhm|Ohm|C))(?: |$)");

    private static final Map<String, StepKind> KIND_OF_UNIT = Map.of(
            "A",
            CURRENT,
            "mA",
            CURRENT,
            "V",
            VOLTAGE,
            "mV",
            VOLTAGE,
            "W",
            POWER,
            "mW",
            POWER,
            "Ohm",
            RESISTANCE,
            "mOhm",
            RESISTANCE,
            "C",
            C_RATE);

    @Test
    void everyCorpusLineParsesWithConsistentFields() throws IOException {
        List<String> lines = StepAssertions.lines(corpusFile("valid.txt"));
        assertEquals(223, lines.size(), "valid.txt has 223 step strings");
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            try {
                Step s = StepParser.parse(line);
                StepAssertions.assertInvariants(s);
                if (line.startsWith("Rest")) {
                    assertEquals(StepKind.REST, s.kind(), line);
                } else {
                    Matcher m = VALUE_UNIT.matcher(line);
                    assertTrue(m.find(), "test pattern reads '" + line + "'");
                    StepKind expected = m.group(2) == null ? C_RATE : KIND_OF_UNIT.get(m.group(2));
                    assertEquals(expected, s.kind(), line + " kind matches its unit");
                    Step.Direction dir = Step.Direction.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
                    assertEquals(dir, s.direction(), line);
                }
                assertEquals(line.contains(" for "), s.durationGiven(), line + " 'for' given");
                assertEquals(line.contains(" until ") ? 1 : 0, s.terminations().size(), line + " conditions");
                assertEquals(line.contains(" period)"), s.hasPeriod(), line + " period");
                StepAssertions.assertRoundTrips(s);
            } catch (RuntimeException | AssertionError e) {
                failures.add(line + " -> " + e);
            }
        }
        assertEquals(List.of(), failures);
    }

    /** PyBaMM's error (second column of invalid.txt) and what our message must then say. */
    private static final Map<String, List<String>> OUR_WORDS_FOR_PYBAMM_ERROR = Map.of(
            "Instruction must be", List.of("unknown instruction", StepParser.INSTRUCTIONS_ALLOWED),
            "Operating conditions must contain keyword 'for' or 'until'",
                    List.of("missing 'for' or 'until'", "at least one of 'for' and 'until'"),
            "time units must be", List.of("unknown time unit", StepParser.TIME_UNITS_ALLOWED),
            "units must be 'A', 'V', 'W', 'Ohm', or 'C'", List.of("unknown unit", StepParser.UNITS_ALLOWED),
            "Temperature must be specified", List.of("temperature", "experiment level"),
            "Simulating drive cycles with 'Run'", List.of("drive cycle", StepParser.INSTRUCTIONS_ALLOWED));

    @Test
    void everyRejectedCorpusLineFailsWithAMessageThatSaysWhatIsAllowed() throws IOException {
        List<String> lines = StepAssertions.lines(corpusFile("invalid.txt"));
        assertEquals(8, lines.size(), "invalid.txt has 8 step strings");
        for (String line : lines) {
            String[] parts = line.split("\t", 2);
            assertEquals(2, parts.length, "line has a TAB and PyBaMM's error: " + line);
            String step = parts[0];
            String pybammError = parts[1];
            StepSyntaxException ex = assertThrows(StepSyntaxException.class, () -> StepParser.parse(step), step);
            assertEquals(step, ex.text());
            assertTrue(ex.position() >= 0 && ex.position() <= step.length(), step);
            assertTrue(ex.getMessage().contains("at column " + (ex.position() + 1)), ex.getMessage());
            List<String> words = OUR_WORDS_FOR_PYBAMM_ERROR.entrySet().stream()
                    .filter(en -> pybammError.contains(en.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElseGet(() -> fail("no expectation for PyBaMM error: " + pybammError));
            for (String w : words) {
                assertTrue(ex.getMessage().contains(w), "'" + step + "': message '" + ex.getMessage() + "' says " + w);
            }
        }
    }

    @Test
    void rejectedCorpusLinesPointAtTheirProblem() {
        Map<String, Integer> positions = Map.of(
                "Cell Charge at 1 A for 2 hours", 0,
                "Discharge at 1 A at 2 hours", 27,
                "Discharge at 1 A for 2 years", 23,
                "Discharge at 1 B for 2 hours", 15,
                "Discharge at 1C for 1 hour at 298.15oC", 36,
                "Do at 1 A", 9,
                "Play at 1 A for 2 hours", 0,
                "Run at 1 A for 2 hours", 0);
        positions.forEach((step, pos) -> assertEquals(
                pos,
                assertThrows(StepSyntaxException.class, () -> StepParser.parse(step))
                        .position(),
                step));
        assertEquals(
                "unknown unit 'B' at column 16: allowed units are A, mA, V, mV, W, mW, Ohm, mOhm, C (or C/n)",
                assertThrows(StepSyntaxException.class, () -> StepParser.parse("Discharge at 1 B for 2 hours"))
                        .reason());
    }

    static Path corpusFile(String name) {
        var file = StepAssertions.sharedData("pybamm/experiments/" + name);
        Assumptions.assumeTrue(
                file.isPresent(),
                "conformance corpus shared/data/pybamm/experiments/" + name
                        + " not found above the working directory; skipping");
        return file.get();
    }
}
