package org.battsim.scenarios.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;
import org.junit.jupiter.api.Test;

/**
 * Mutated catalogue files must read or fail with a one-line {@link InputException} that starts with
 * the file's name (never another exception); mutated check expressions must parse or fail with a
 * {@link CheckExpression.SyntaxException}. Seeds are fixed so a failure repeats.
 */
class ScenarioFuzzTest {
    private static final List<String> TOKENS = List.of(
            "&a ",
            "*a",
            "!!str ",
            "[",
            "{",
            "]",
            "}",
            ": ",
            "\n  - ",
            "\n- ",
            "'",
            "\"",
            "#",
            "~",
            "null",
            "-1 h",
            "1e400 A",
            "NaN",
            "12 parsecs",
            "at: ",
            "do: ",
            "fault: ",
            "run: ",
            "expect: ",
            "kind: cycler",
            "experiment: [",
            "- Discharge at",
            "\t",
            "\u0000",
            "9".repeat(400),
            "%");

    @Test
    void mutatedCatalogueFilesOnlyEverGiveInputException() {
        int read = 0;
        int total = 0;
        for (String name : List.of("port-debris", "faulty-cable", "frog-charger", "worn-battery", "pc-usb-ports")) {
            String base = Catalogue.text(name);
            SplittableRandom rnd = new SplittableRandom(name.hashCode());
            for (int i = 0; i < 100; i++) {
                String text = mutate(base, rnd);
                total++;
                try {
                    ScenarioReader.read(text, "fuzz.yaml", "fuzz", null);
                    read++;
                } catch (InputException e) {
                    String m = e.getMessage();
                    if (!m.startsWith("fuzz.yaml") || m.indexOf('\n') >= 0) {
                        throw new AssertionError(
                                name + " #" + i + ": malformed message " + Messages.quote(m) + "\ninput:\n" + text);
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError(name + " #" + i + ": " + e + "\ninput:\n" + text, e);
                }
            }
        }
        // Some mutations (a comment, a blank) leave a valid file: the reader must accept those.
        assertTrue(read > 0 && read < total, read + " of " + total + " read");
    }

    @Test
    void mutatedChecksOnlyEverGiveSyntaxErrors() {
        List<String> seeds = List.of(
                "timeToFullSeconds > 3 * baseline.timeToFullSeconds",
                "event 'protection: over-discharge lockout' occurs",
                "usb3-rear.max('Input Current / A') >= 0.85 and not (a == null or b != 'DCP')",
                "valueAt('Cell Temperature / degC', 30 min) > 1.5e-3 h");
        SplittableRandom rnd = new SplittableRandom(7);
        for (String s : seeds) {
            for (int i = 0; i < 500; i++) {
                String text = mutate(s, rnd);
                try {
                    CheckExpression.parse(text);
                } catch (CheckExpression.SyntaxException e) {
                    assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError(Messages.quote(text) + ": " + e, e);
                }
            }
        }
    }

    private static String mutate(String base, SplittableRandom rnd) {
        StringBuilder b = new StringBuilder(base);
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n && b.length() > 0; k++) {
            int at = rnd.nextInt(b.length());
            switch (rnd.nextInt(5)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, TOKENS.get(rnd.nextInt(TOKENS.size())));
                case 2 -> b.setCharAt(at, (char) (' ' + rnd.nextInt(95)));
                case 3 -> {
                    // Drop a whole line.
                    List<String> lines = new ArrayList<>(List.of(b.toString().split("\n", -1)));
                    lines.remove(rnd.nextInt(lines.size()));
                    b.setLength(0);
                    b.append(String.join("\n", lines));
                }
                default -> {
                    // Duplicate a line (duplicate keys, repeated entries).
                    List<String> lines = new ArrayList<>(List.of(b.toString().split("\n", -1)));
                    int l = rnd.nextInt(lines.size());
                    lines.add(l, lines.get(l));
                    b.setLength(0);
                    b.append(String.join("\n", lines));
                }
            }
        }
        return b.toString();
    }
}
