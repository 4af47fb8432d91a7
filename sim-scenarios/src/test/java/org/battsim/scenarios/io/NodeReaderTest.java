package org.battsim.scenarios.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class NodeReaderTest {
    /** A parameter file with one mistake: a temperature in degF on line 7, column 12. */
    private static final String BROKEN = """
            # Phone cell parameters
            cell:
              name: phone-lco-3080
              capacity: 3080 mAh
              chemistry: lco
            thermal:
              ambient: 25 degF
              mass: 45 g
            """;

    enum Chemistry {
        LCO,
        NMC,
        LFP,
        SILICON_GRAPHITE
    }

    @Test
    void wrongUnitIsReportedAtItsLineAndColumn() {
        NodeReader r = reader(BROKEN, "name.yaml");
        NodeReader cell = r.object("cell");
        assertEquals("phone-lco-3080", cell.string("name"));
        assertEquals(11088.0, cell.quantity("capacity", Dimension.CHARGE), 0.0);
        assertEquals(Chemistry.LCO, cell.enumValue("chemistry", Chemistry.class));
        NodeReader thermal = r.object("thermal");
        InputException e = fails(() -> thermal.quantity("ambient", Dimension.TEMPERATURE));
        assertTrue(e.getMessage().startsWith("name.yaml:7:12: thermal.ambient: unknown unit \"degF\""), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean \"degC\"?"), e.getMessage());
        assertTrue(e.getMessage().contains("units: degC, \u00b0C, K"), e.getMessage());
        assertEquals("name.yaml", e.source());
        assertEquals(7, e.line());
        assertEquals(12, e.column());
        assertEquals("thermal.ambient", e.path());
    }

    @Test
    void jsonErrorsAreLocatedToo() {
        String json = """
                {
                  "cell": {
                    "capacity": "3080 mAhh"
                  }
                }
                """;
        InputException e = fails(() -> reader(json, "name.json").object("cell").quantity("capacity", Dimension.CHARGE));
        assertTrue(
                e.getMessage().startsWith("name.json:3:17: cell.capacity: unknown unit \"mAhh\" for a charge"),
                e.getMessage());
        assertTrue(e.getMessage().contains("did you mean \"mAh\"?"), e.getMessage());
    }

    @Test
    void unknownKeyIsNamedWithSuggestionAndAllowedKeys() {
        NodeReader r = reader("cell:\n  name: x\n  capacty: 3080 mAh\n", "u.yaml");
        NodeReader cell = r.object("cell");
        cell.string("name");
        assertTrue(cell.optionalQuantity("capacity", Dimension.CHARGE).isEmpty());
        InputException e = fails(r::finish);
        assertEquals(
                "u.yaml:3:3: cell.capacty: unknown key \"capacty\" (did you mean \"capacity\"?); allowed: name, capacity",
                e.getMessage());
    }

    @Test
    void unknownTopLevelKeyWithoutSuggestion() {
        NodeReader r = reader("a: 1\nzzz: 2\n", "u.yaml");
        assertEquals(1, r.integer("a", 0, 5));
        assertEquals(
                "u.yaml:2:1: zzz: unknown key \"zzz\"; allowed: a",
                fails(r::finish).getMessage());
        NodeReader nothing = reader("x: 1\n", "u.yaml");
        assertEquals(
                "u.yaml:1:1: x: unknown key \"x\"; no keys are expected here",
                fails(nothing::finish).getMessage());
    }

    @Test
    void missingKeyIsReportedAtTheEnclosingMap() {
        NodeReader r = reader("a: 1\ncell:\n  name: x\n  capacty: 3 Ah\n", "m.yaml");
        NodeReader cell = r.object("cell");
        InputException e = fails(() -> cell.quantity("capacity", Dimension.CHARGE));
        assertEquals(
                "m.yaml:3:3: cell.capacity: missing key \"capacity\" (expected a charge such as 3080 mAh);"
                        + " found \"capacty\" at line 4, column 3, misspelled?",
                e.getMessage());
        e = fails(() -> r.string("title"));
        assertEquals("m.yaml:1:1: title: missing key \"title\" (expected text)", e.getMessage());
    }

    @Test
    void emptyValueIsMissing() {
        NodeReader r = reader("a:\nb: ~\nc: null\n", "n.yaml");
        assertFalse(r.has("a"));
        assertEquals(Optional.empty(), r.optionalString("b"));
        InputException e = fails(() -> r.quantity("c", Dimension.VOLTAGE));
        assertEquals("n.yaml:3:4: c: missing value; expected a voltage such as 4.2 V", e.getMessage());
        r.finish();
    }

    @Test
    void outOfRangeNamesBoundsInUnits() {
        NodeReader r = reader("v: 5000 mV\nt: 90 degC\nsoc: 20%\nlow: 1 V\nn: 12\n", "r.yaml");
        InputException e = fails(() -> r.quantity("v", Dimension.VOLTAGE, 2.5, 4.5));
        assertEquals("r.yaml:1:4: v: must be between 2.5 V and 4.5 V (got 5000 mV = 5 V)", e.getMessage());
        e = fails(() -> r.quantity("t", Dimension.TEMPERATURE, 233.15, 333.15));
        assertEquals("r.yaml:2:4: t: must be between -40 degC and 60 degC (got 90 degC)", e.getMessage());
        assertEquals(0.2, r.quantity("soc", Dimension.FRACTION, 0, 1), 0.0);
        e = fails(() -> r.quantity("low", Dimension.VOLTAGE, 2.5, Double.POSITIVE_INFINITY));
        assertEquals("r.yaml:4:6: low: must be at least 2.5 V (got 1 V)", e.getMessage());
        e = fails(() -> r.quantity("v", Dimension.VOLTAGE, Double.NEGATIVE_INFINITY, 4.5));
        assertEquals("r.yaml:1:4: v: must be at most 4.5 V (got 5000 mV = 5 V)", e.getMessage());
        e = fails(() -> r.integer("n", 1, 10));
        assertEquals("r.yaml:5:4: n: must be between 1 and 10 (got 12)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.quantity("v", Dimension.VOLTAGE, 5, 1));
    }

    @Test
    void plainNumberOnlyForDimensionlessAndFractions() {
        NodeReader r = reader("v: 4.2\nk: 1.5\nf: 0.25\nq: \"4.2 V\"\n", "p.yaml");
        InputException e = fails(() -> r.quantity("v", Dimension.VOLTAGE));
        assertTrue(e.getMessage().startsWith("p.yaml:1:4: v: \"4.2\" has no unit"), e.getMessage());
        assertEquals(1.5, r.quantity("k", Dimension.DIMENSIONLESS), 0.0);
        assertEquals(0.25, r.quantity("f", Dimension.FRACTION), 0.0);
        assertEquals(4.2, r.quantity("q", Dimension.VOLTAGE), 0.0);
    }

    @Test
    void typeMismatchesDescribeWhatWasFound() {
        NodeReader r = reader("m: {a: 1}\nl: [1, 2]\ns: text\nb: yes\ni: 1.5\n", "t.yaml");
        assertEquals(
                "t.yaml:1:4: m: expected text, got a map",
                fails(() -> r.string("m")).getMessage());
        assertEquals(
                "t.yaml:3:4: s: expected a map of keys and values, got the text \"text\"",
                fails(() -> r.object("s")).getMessage());
        assertEquals(
                "t.yaml:1:4: m: expected a list of numbers, got a map",
                fails(() -> r.numbers("m")).getMessage());
        assertEquals(
                "t.yaml:4:4: b: expected true or false, got the text \"yes\"",
                fails(() -> r.bool("b")).getMessage());
        assertEquals(
                "t.yaml:5:4: i: expected a whole number, got the number 1.5",
                fails(() -> r.integer("i", 0, 9)).getMessage());
        assertEquals(
                "t.yaml:2:4: l: expected a voltage such as 4.2 V, got a list",
                fails(() -> r.quantity("l", Dimension.VOLTAGE)).getMessage());
    }

    @Test
    void scalarsOfEveryKind() {
        NodeReader r = reader(
                "name: cell A\nempty: \"\"\nflag: true\noff: FALSE\ncount: -3\nchem: Silicon_Graphite\n", "k.yaml");
        assertEquals("cell A", r.string("name"));
        assertEquals(
                "k.yaml:2:8: empty: must not be empty",
                fails(() -> r.string("empty")).getMessage());
        assertTrue(r.bool("flag"));
        assertFalse(r.bool("off"));
        assertEquals(-3, r.integer("count", -5, 5));
        assertEquals(Chemistry.SILICON_GRAPHITE, r.enumValue("chem", Chemistry.class));
        assertTrue(r.has("name"));
        assertFalse(r.has("absent"));
        assertEquals(Optional.of("cell A"), r.optionalString("name"));
        r.finish();
    }

    @Test
    void enumListsAllowedValuesWithSuggestion() {
        NodeReader r = reader("chemistry: nmcc\nother: xyz\n", "e.yaml");
        assertEquals(
                "e.yaml:1:12: chemistry: unknown value \"nmcc\" (did you mean \"nmc\"?);"
                        + " allowed: lco, nmc, lfp, silicon-graphite",
                fails(() -> r.enumValue("chemistry", Chemistry.class)).getMessage());
        assertEquals(
                "e.yaml:2:8: other: unknown value \"xyz\"; allowed: lco, nmc, lfp, silicon-graphite",
                fails(() -> r.enumValue("other", Chemistry.class)).getMessage());
    }

    @Test
    void numbersAndMatrices() {
        String yaml = """
                ocv:
                  soc: [0, 0.5, 1]
                  values:
                    - [3.0, 3.7, 4.2]
                    - [2.9, 3.6, 4.1]
                  none: []
                """;
        NodeReader ocv = reader(yaml, "o.yaml").object("ocv");
        assertArrayEquals(new double[] {0, 0.5, 1}, ocv.numbers("soc"), 0.0);
        double[][] m = ocv.matrix("values");
        assertEquals(2, m.length);
        assertArrayEquals(new double[] {2.9, 3.6, 4.1}, m[1], 0.0);
        assertEquals(0, ocv.numbers("none").length);
        assertEquals(
                "o.yaml:6:9: ocv.none: the table has no rows",
                fails(() -> ocv.matrix("none")).getMessage());
    }

    @Test
    void nonRectangularMatrixIsLocatedAtTheRow() {
        String yaml = """
                ocv:
                  values:
                    - [3.0, 3.7, 4.2]
                    - [2.9, 3.6]
                """;
        InputException e = fails(() -> reader(yaml, "o.yaml").object("ocv").matrix("values"));
        assertEquals(
                "o.yaml:4:7: ocv.values[1]: row 1 has 2 values but row 0 has 3; every row must have the same length",
                e.getMessage());
    }

    @Test
    void badTableEntryCarriesItsIndex() {
        String yaml = """
                ocv:
                  values:
                    - [3.0, 3.7, 4.2]
                    - [2.9, 3.6 V, 4.1]
                  soc: [0, .5, 0x1, 1]
                """;
        NodeReader ocv = reader(yaml, "o.yaml").object("ocv");
        InputException e = fails(() -> ocv.matrix("values"));
        assertEquals(
                "o.yaml:4:13: ocv.values[1][1]: expected a plain number without unit, got \"3.6 V\"", e.getMessage());
        e = fails(() -> ocv.numbers("soc"));
        assertTrue(e.getMessage().startsWith("o.yaml:5:16: ocv.soc[2]: \"0x1\": hexadecimal"), e.getMessage());
    }

    @Test
    void listsOfObjectsAndRecursiveFinish() {
        String yaml = """
                steps:
                  - kind: charge
                    current: 1.5 A
                  - kind: rest
                    duration: 30 min
                    extra: 1
                """;
        NodeReader r = reader(yaml, "s.yaml");
        List<NodeReader> steps = r.objects("steps");
        assertEquals(2, steps.size());
        assertSame(steps, r.objects("steps"));
        assertEquals("steps[1]", steps.get(1).path());
        assertEquals(1.5, steps.get(0).quantity("current", Dimension.CURRENT), 0.0);
        assertEquals(1800.0, steps.get(1).quantity("duration", Dimension.TIME), 0.0);
        for (NodeReader s : steps) {
            s.string("kind");
        }
        InputException e = fails(r::finish);
        assertEquals("s.yaml:6:5: steps[1].extra: unknown key \"extra\"; allowed: duration, kind", e.getMessage());

        NodeReader bad = reader("steps: [1]\n", "s.yaml");
        assertEquals(
                "s.yaml:1:9: steps[0]: expected a map of keys and values, got the number 1",
                fails(() -> bad.objects("steps")).getMessage());
    }

    @Test
    void objectIsCachedSoFinishSeesEveryRead() {
        NodeReader r = reader("a:\n  x: 1\n  y: 2\n", "c.yaml");
        r.object("a").integer("x", 0, 9);
        r.object("a").integer("y", 0, 9);
        assertSame(r.object("a"), r.object("a"));
        r.finish();
    }

    @Test
    void rootMustBeAMap() {
        InputException e = fails(() -> NodeReader.of(YamlTree.parse("- 1\n- 2\n", "l.yaml"), "l.yaml"));
        assertEquals("l.yaml:1:1: expected a map of keys and values, got a list", e.getMessage());
    }

    @Test
    void errorHelpersLocateCustomChecks() {
        NodeReader r = reader("cell:\n  a: 1\n", "h.yaml");
        NodeReader cell = r.object("cell");
        assertEquals(
                "h.yaml:2:6: cell.a: must be odd",
                cell.error("a", "must be odd").getMessage());
        assertEquals(
                "h.yaml:2:3: cell.b: needed with a",
                cell.error("b", "needed with a").getMessage());
        assertEquals(
                "h.yaml:2:6: cell.a: bad", cell.error(cell.node("a"), "bad").getMessage());
    }

    @Test
    void opensFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cell.yaml");
        Files.writeString(f, "capacity: 3 Ah\n");
        NodeReader r = NodeReader.open(f);
        assertEquals(f.toString(), r.source());
        assertEquals(10800.0, r.quantity("capacity", Dimension.CHARGE), 0.0);
    }

    private static NodeReader reader(String text, String source) {
        return NodeReader.of(YamlTree.parse(text, source), source);
    }

    private static InputException fails(Executable e) {
        return assertThrows(InputException.class, e);
    }
}
