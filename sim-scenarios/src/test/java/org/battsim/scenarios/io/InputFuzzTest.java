package org.battsim.scenarios.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Mutated YAML and JSON documents, read with every accessor, must only ever fail with an {@link
 * InputException} whose message is a single line starting with the source name. Fixed seeds keep
 * failures reproducible; the failure message names seed, iteration and input.
 */
class InputFuzzTest {
    private static final String YAML = """
            # cell parameters
            name: phone-lco-3080
            chemistry: lco
            cell:
              capacity: 3080 mAh
              voltage: {min: 3.0 V, max: "4.35 V"}
              resistance: 50 mOhm
              count: 2
              balanced: true
            thermal:
              ambient: 25 degC
              mass: 45 g
              heatCapacity: 40 J/K
            ocv:
              soc: [0, 0.1, 0.5, 1.0]
              values:
                - [3.0, 3.5, 3.8, 4.2]
                - [2.9, 3.4, 3.7, 4.1]
            steps:
              - kind: charge
                current: 1.5 A
                until: 4.35 V
              - kind: rest
                duration: 1h30m
            note: |
              multi-line
              text
            folded: >
              a b
            quoted: 'it''s'
            soc: 20%
            """;

    private static final String JSON = """
            {
              "name": "phone-lco-3080",
              "chemistry": "lco",
              "cell": {"capacity": "3080 mAh", "voltage": {"min": "3.0 V", "max": "4.35 V"},
                       "resistance": "50 mOhm", "count": 2, "balanced": true},
              "thermal": {"ambient": "25 degC", "mass": "45 g", "heatCapacity": "40 J/K"},
              "ocv": {"soc": [0, 0.1, 0.5, 1.0], "values": [[3.0, 3.5, 3.8, 4.2], [2.9, 3.4, 3.7, 4.1]]},
              "steps": [{"kind": "charge", "current": "1.5 A", "until": "4.35 V"},
                        {"kind": "rest", "duration": "1h30m"}],
              "note": "multi-line\\ntext",
              "soc": "20%",
              "empty": null
            }
            """;

    private static final String CHARACTERS =
            ":-?[]{},&*!|>'\"%@`#\n\r\t \\~0123456789.eE+aZ\u00e9\u0000\u0085\u2028\uFEFF\uD800\u00b0\u03a9";

    private static final List<String> TOKENS = List.of(
            "&a ",
            "*a",
            "!!binary ",
            "!!str ",
            "---\n",
            "...\n",
            "? ",
            "<<: ",
            "%YAML 1.2\n---\n",
            "\"\\u0000\"",
            "0x1F",
            ".inf",
            ".nan",
            "~",
            "[",
            "{",
            "]",
            "}",
            "\n  - ",
            ": ",
            "\"",
            "'",
            "\\",
            "1e400",
            "-",
            "\t",
            "#",
            "|\n",
            ">-\n",
            "null",
            "true",
            "yes",
            "1_000",
            "!custom ",
            "&x [1, 2]",
            "*x",
            "\n- ",
            "\n    ",
            "[[[[[[[[",
            "{a: {b: {c: ",
            "1:30",
            "0o17",
            "\"\\uD800\"",
            "9".repeat(1200),
            "1e-999999 degC");

    enum Chemistry {
        LCO,
        NMC
    }

    @Test
    void mutatedYamlOnlyEverGivesInputException() {
        fuzz(YAML, "fuzz.yaml", new long[] {1, 2, 3, 4, 5}, 1_500, 0.2);
    }

    @Test
    void mutatedJsonOnlyEverGivesInputException() {
        // JSON has no slack: most mutations break it, so fewer documents get past the parser.
        fuzz(JSON, "fuzz.json", new long[] {11, 12, 13}, 1_500, 0.1);
    }

    @Test
    void unmutatedDocumentsRead() {
        for (String[] doc : new String[][] {{YAML, "ok.yaml"}, {JSON, "ok.json"}}) {
            NodeReader r = NodeReader.of(YamlTree.parse(doc[0], doc[1]), doc[1]);
            assertTrue(r.object("cell").quantity("capacity", Dimension.CHARGE) == 11088.0);
            assertTrue(r.objects("steps").get(1).quantity("duration", Dimension.TIME) == 5400.0);
        }
    }

    private static void fuzz(String base, String source, long[] seeds, int iterations, double minParsed) {
        int parsed = 0;
        int total = 0;
        for (long seed : seeds) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int i = 0; i < iterations; i++) {
                String text = mutate(base, rnd);
                total++;
                try {
                    Node root = YamlTree.parse(text, source);
                    parsed++;
                    readEverything(root, source, rnd);
                } catch (InputException e) {
                    check(e, source, seed, i, text);
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError(
                            "seed " + seed + " iteration " + i + ": " + e + "\ninput: " + Messages.quote(text), e);
                }
            }
        }
        // Most mutations must leave a readable document, or the typed accessors go untested.
        assertTrue(parsed >= minParsed * total, "only " + parsed + " of " + total + " mutated documents parsed");
    }

    private static void check(InputException e, String source, long seed, int i, String text) {
        String m = e.getMessage();
        boolean oneLine = m.indexOf('\n') < 0 && m.indexOf('\r') < 0;
        if (!m.startsWith(source + ":") || !oneLine) {
            throw new AssertionError(
                    "seed " + seed + " iteration " + i + ": malformed message " + Messages.quote(m) + "\ninput: "
                            + Messages.quote(text),
                    e);
        }
    }

    /** Calls a random selection of accessors on every key of every map, each call on its own. */
    private static void readEverything(Node root, String source, SplittableRandom rnd) {
        NodeReader r;
        try {
            r = NodeReader.of(root, source);
        } catch (InputException e) {
            return;
        }
        visit(r, source, rnd, 0);
    }

    private static void visit(NodeReader r, String source, SplittableRandom rnd, int depth) {
        for (String key : r.node().keys()) {
            List<Consumer<Void>> accessors = List.of(
                    x -> r.has(key),
                    x -> r.node(key),
                    x -> r.string(key),
                    x -> r.optionalString(key),
                    x -> r.quantity(key, Dimension.values()[rnd.nextInt(Dimension.values().length)]),
                    x -> r.quantity(key, Dimension.VOLTAGE, 2.5, 4.5),
                    x -> r.quantity(key, Dimension.TEMPERATURE, 233.15, Double.POSITIVE_INFINITY),
                    x -> r.optionalQuantity(key, Dimension.FRACTION),
                    x -> r.integer(key, -10, 10),
                    x -> r.bool(key),
                    x -> r.enumValue(key, Chemistry.class),
                    x -> r.numbers(key),
                    x -> r.matrix(key),
                    x -> r.error(key, "custom"));
            for (int k = 0; k < 4; k++) {
                attempt(source, accessors.get(rnd.nextInt(accessors.size())));
            }
            if (depth < 8) {
                attempt(source, x -> visit(r.object(key), source, rnd, depth + 1));
                attempt(source, x -> r.objects(key).forEach(o -> visit(o, source, rnd, depth + 1)));
            }
        }
        attempt(source, x -> r.finish());
    }

    private static void attempt(String source, Consumer<Void> action) {
        try {
            action.accept(null);
        } catch (InputException e) {
            String m = e.getMessage();
            assertTrue(m.startsWith(source + ":") && m.indexOf('\n') < 0, m);
        }
    }

    private static String mutate(String base, SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder(base);
        int n = 1 + rnd.nextInt(4);
        for (int k = 0; k < n; k++) {
            int p = sb.length() == 0 ? 0 : rnd.nextInt(sb.length() + 1);
            switch (rnd.nextInt(8)) {
                case 0 -> sb.insert(p, CHARACTERS.charAt(rnd.nextInt(CHARACTERS.length())));
                case 1 -> sb.delete(p, Math.min(sb.length(), p + 1 + rnd.nextInt(8)));
                case 2 -> {
                    if (p < sb.length()) {
                        sb.setCharAt(p, CHARACTERS.charAt(rnd.nextInt(CHARACTERS.length())));
                    }
                }
                case 3, 4 -> sb.insert(p, TOKENS.get(rnd.nextInt(TOKENS.size())));
                case 5 -> {
                    int from = rnd.nextInt(sb.length() + 1);
                    int to = Math.min(sb.length(), from + rnd.nextInt(40));
                    sb.insert(p, sb.substring(from, to));
                }
                case 6 -> {
                    String[] lines = sb.toString().split("\n", -1);
                    int a = rnd.nextInt(lines.length);
                    int b = rnd.nextInt(lines.length);
                    String t = lines[a];
                    lines[a] = lines[b];
                    lines[b] = t;
                    sb.setLength(0);
                    sb.append(String.join("\n", lines));
                }
                default -> {
                    if (rnd.nextInt(4) == 0) {
                        sb.setLength(p);
                    }
                }
            }
        }
        return sb.toString();
    }
}
