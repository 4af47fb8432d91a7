package org.battsim.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.battsim.model.experiment.Step;
import org.battsim.model.experiment.StepKind;
import org.battsim.model.experiment.Termination;
import org.battsim.model.experiment.Termination.Comparison;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random steps built from the grammar, with the values they were built from, and random
 * corruptions of valid steps. A failure message names the seed and the string.
 */
class StepParserPropertyTest {
    private static final int VALID_PER_SEED = 3_000;
    private static final int MUTANTS_PER_SEED = 8_000;

    /** A generated step string and the step it must parse to. */
    record Generated(String text, Step expected) {}

    private record Unit(String symbol, StepKind kind, double scale) {}

    private static final List<Unit> UNITS = List.of(
            new Unit("A", StepKind.CURRENT, 1),
            new Unit("mA", StepKind.CURRENT, 1000),
            new Unit("V", StepKind.VOLTAGE, 1),
            new Unit("mV", StepKind.VOLTAGE, 1000),
            new Unit("W", StepKind.POWER, 1),
            new Unit("mW", StepKind.POWER, 1000),
            new Unit("Ohm", StepKind.RESISTANCE, 1),
            new Unit("mOhm", StepKind.RESISTANCE, 1000),
            new Unit("C", StepKind.C_RATE, 1));

    private record TimeUnit(String symbol, double seconds) {}

    private static final List<TimeUnit> TIME_UNITS = List.of(
            new TimeUnit("second", 1),
            new TimeUnit("seconds", 1),
            new TimeUnit("s", 1),
            new TimeUnit("sec", 1),
            new TimeUnit("minute", 60),
            new TimeUnit("minutes", 60),
            new TimeUnit("m", 60),
            new TimeUnit("min", 60),
            new TimeUnit("hour", 3600),
            new TimeUnit("hours", 3600),
            new TimeUnit("h", 3600),
            new TimeUnit("hr", 3600));

    /** A positive decimal literal in one of the written forms: 12, 1.25, .5, 7., 3e2, 15E-1. */
    static String number(SplittableRandom r) {
        String digits = Integer.toString(r.nextInt(1, 100_000));
        return switch (r.nextInt(3)) {
            case 0 -> digits;
            case 1 -> {
                int dot = r.nextInt(digits.length() + 1);
                String lit = digits.substring(0, dot) + "." + digits.substring(dot);
                yield lit.equals(".") ? "1" : lit;
            }
            default -> digits + (r.nextBoolean() ? "e" : "E") + (r.nextBoolean() ? "-" : "") + r.nextInt(0, 5);
        };
    }

    private static String space(SplittableRandom r) {
        return r.nextBoolean() ? " " : "";
    }

    /** Builds a random valid step string from the grammar, with its expected step. */
    static Generated generate(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        Step.Direction direction = Step.Direction.values()[r.nextInt(4)];
        StepKind kind = StepKind.REST;
        double value = 0;
        switch (direction) {
            case REST -> sb.append("Rest");
            case DISCHARGE -> sb.append("Discharge at ");
            case CHARGE -> sb.append("Charge at ");
            case HOLD -> sb.append("Hold at ");
        }
        if (direction != Step.Direction.REST) {
            if (r.nextInt(10) == 0) {
                String n = number(r);
                sb.append("C/").append(n);
                kind = StepKind.C_RATE;
                value = 1 / Double.parseDouble(n);
            } else {
                Unit u = UNITS.get(r.nextInt(UNITS.size()));
                String n = number(r);
                sb.append(n).append(space(r)).append(u.symbol());
                kind = u.kind();
                value = u.scale() == 1 ? Double.parseDouble(n) : Double.parseDouble(n) / u.scale();
            }
            if (direction == Step.Direction.CHARGE) {
                value = -value;
            }
        }

        boolean hasFor = r.nextInt(10) < 6;
        boolean hasUntil = !hasFor || r.nextBoolean();
        double duration = Double.NaN;
        if (hasFor) {
            sb.append(" for ");
            duration = appendDuration(r, sb);
        }
        Termination termination = null;
        if (hasUntil) {
            sb.append(r.nextInt(3) == 0 ? " or until " : " until ");
            termination = appendTermination(r, sb);
        }
        double period = Double.NaN;
        if (r.nextInt(4) == 0) {
            sb.append(" (");
            period = appendDuration(r, sb);
            sb.append(" period)");
        }
        // PyBaMM's CRate.default_duration, in its order of operations: 1 / |C| * 3600 * 2.
        double seconds = hasFor ? duration : kind == StepKind.C_RATE ? 1 / Math.abs(value) * 3600 * 2 : 24 * 3600;
        String text = sb.toString();
        List<Termination> terms = termination == null ? List.of() : List.of(termination);
        return new Generated(text, new Step(text, direction, kind, value, seconds, hasFor, terms, period));
    }

    private static double appendDuration(SplittableRandom r, StringBuilder sb) {
        String n = number(r);
        TimeUnit u = TIME_UNITS.get(r.nextInt(TIME_UNITS.size()));
        sb.append(n).append(space(r)).append(u.symbol());
        return Double.parseDouble(n) * u.seconds();
    }

    private static Termination appendTermination(SplittableRandom r, StringBuilder sb) {
        int q = r.nextInt(3);
        Comparison cmp = switch (r.nextInt(q == 2 ? 2 : 3)) {
            case 0 -> Comparison.AUTO;
            case 1 -> Comparison.LESS;
            default -> Comparison.GREATER;
        };
        if (cmp != Comparison.AUTO) {
            sb.append(cmp == Comparison.LESS ? "<" : ">").append(space(r));
        }
        String n = number(r);
        double v = Double.parseDouble(n);
        boolean milli = r.nextBoolean();
        return switch (q) {
            case 0 -> {
                sb.append(n).append(space(r)).append(milli ? "mV" : "V");
                yield new Termination(Termination.Quantity.VOLTAGE, cmp, milli ? v / 1000 : v);
            }
            case 1 -> {
                sb.append(n).append(space(r)).append(milli ? "mA" : "A");
                yield new Termination(Termination.Quantity.CURRENT, cmp, milli ? v / 1000 : v);
            }
            default -> {
                // A C-rate condition is |C| < value whatever operator is written ('<' only).
                if (milli) {
                    sb.append("C/").append(n);
                    yield new Termination(Termination.Quantity.C_RATE, Comparison.AUTO, 1 / v);
                }
                sb.append(n).append(space(r)).append("C");
                yield new Termination(Termination.Quantity.C_RATE, Comparison.AUTO, v);
            }
        };
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 20_260_101L, 0x5EEDL})
    void generatedStepsParseToTheValuesTheyWereBuiltFrom(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < VALID_PER_SEED; i++) {
            Generated g = generate(r);
            String where = "seed " + seed + " #" + i + " '" + g.text() + "'";
            Step s;
            try {
                s = StepParser.parse(g.text());
            } catch (StepSyntaxException e) {
                throw new AssertionError(where + " rejected: " + e.getMessage(), e);
            }
            assertEquals(g.expected(), s, where);
            StepAssertions.assertInvariants(s);
            StepAssertions.assertRoundTrips(s);
        }
    }

    private static final String ALPHABET = " 0123456789.eE-+<>/()CAVWOhmsecondminutehouratforuntilRestDischargeHold%\t";
    private static final List<String> TOKENS = List.of(
            " for ",
            " until ",
            " or ",
            " or until ",
            " at ",
            "C/",
            " (1 s period)",
            " period)",
            "(",
            ")",
            "oC",
            "  ",
            "-",
            "e",
            ".",
            "m",
            "\t",
            "0",
            "1e999",
            "Rest",
            "Charge",
            "Hold",
            " 5 W",
            " 2 Ohm",
            "NaN",
            "Infinity");

    static String mutate(SplittableRandom r, String s) {
        int n = s.length();
        int at = r.nextInt(n + 1);
        return switch (r.nextInt(8)) {
            case 0 -> n == 0 ? s : deleteAt(s, Math.min(at, n - 1));
            case 1 -> s.substring(0, at) + ALPHABET.charAt(r.nextInt(ALPHABET.length())) + s.substring(at);
            case 2 ->
                n == 0
                        ? s
                        : s.substring(0, Math.min(at, n - 1))
                                + ALPHABET.charAt(r.nextInt(ALPHABET.length()))
                                + s.substring(Math.min(at, n - 1) + 1);
            case 3 -> n < 2 ? s : swap(s, Math.min(at, n - 2));
            case 4 -> s.substring(0, at) + TOKENS.get(r.nextInt(TOKENS.size())) + s.substring(at);
            case 5 -> s.substring(0, at);
            case 6 -> {
                int from = r.nextInt(n + 1);
                int to = Math.min(n, from + r.nextInt(1, 8));
                yield s.substring(0, at) + s.substring(from, to) + s.substring(at);
            }
            default -> {
                if (n == 0) {
                    yield s;
                }
                int i = Math.min(at, n - 1);
                char c = s.charAt(i);
                char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
                yield s.substring(0, i) + flipped + s.substring(i + 1);
            }
        };
    }

    private static String deleteAt(String s, int i) {
        return s.substring(0, i) + s.substring(i + 1);
    }

    private static String swap(String s, int i) {
        char[] c = s.toCharArray();
        char tmp = c[i];
        c[i] = c[i + 1];
        c[i + 1] = tmp;
        return new String(c);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7L, 99L, 20_260_102L, 0xBADL})
    void corruptedStepsAreRejectedCleanlyOrParseConsistently(long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> pool = new ArrayList<>();
        StepAssertions.sharedData("pybamm/experiments/valid.txt").ifPresent(p -> {
            try {
                pool.addAll(StepAssertions.lines(p));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        for (int i = 0; i < 500; i++) {
            pool.add(generate(r).text());
        }
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < MUTANTS_PER_SEED; i++) {
            String text = pool.get(r.nextInt(pool.size()));
            int rounds = r.nextInt(1, 4);
            for (int k = 0; k < rounds; k++) {
                text = mutate(r, text);
            }
            String where = "seed " + seed + " #" + i + " '" + text + "'";
            try {
                Step s = StepParser.parse(text);
                accepted++;
                assertEquals(text, s.text(), where);
                StepAssertions.assertInvariants(s);
                StepAssertions.assertRoundTrips(s);
                assertEquals(s, StepParser.parse(text), where + " parses the same twice");
            } catch (StepSyntaxException e) {
                rejected++;
                assertEquals(text, e.text(), where);
                assertTrue(e.position() >= 0 && e.position() <= text.length(), where + " position " + e.position());
                assertTrue(e.reason().contains(" at column " + (e.position() + 1) + ": "), where + " " + e.reason());
                assertTrue(e.reason().length() > 40, where + " message says what is allowed: " + e.reason());
            } catch (RuntimeException | AssertionError | StackOverflowError e) {
                fail(where + " threw " + e, e);
            }
        }
        assertTrue(accepted > 100, "some corruptions are still valid steps: " + accepted);
        assertTrue(rejected > 1000, "most corruptions are rejected: " + rejected);
    }
}
