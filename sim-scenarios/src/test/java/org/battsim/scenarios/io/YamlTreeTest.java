package org.battsim.scenarios.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlTreeTest {
    private static final String SAMPLE = """
            # A comment line
            cell:
              name: phone-lco-3080
              voltage: 4.2 V
              quoted: "4.2"
              number: 4.2
              empty:
              flag: true
              word: yes
            table: [1, 2, [3, 4]]
            steps:
              - kind: charge
                rate: 1
              - 3
            """;

    @Test
    void buildsLocatedTree() {
        MapNode root = assertInstanceOf(MapNode.class, YamlTree.parse(SAMPLE, "a.yaml"));
        assertEquals(java.util.List.of("cell", "table", "steps"), root.keys());
        assertEquals(2, root.line());
        assertEquals(1, root.column());
        assertEquals("", root.path());

        MapNode.Entry cellEntry = root.entry("cell").orElseThrow();
        assertEquals(2, cellEntry.keyLine());
        assertEquals(1, cellEntry.keyColumn());
        MapNode cell = assertInstanceOf(MapNode.class, cellEntry.value());
        assertEquals("cell", cell.path());

        ScalarNode voltage = scalar(cell, "voltage");
        assertEquals("4.2 V", voltage.text());
        assertEquals(ScalarNode.Kind.TEXT, voltage.kind());
        assertEquals(4, voltage.line());
        assertEquals(12, voltage.column());
        assertEquals("cell.voltage", voltage.path());

        ScalarNode quoted = scalar(cell, "quoted");
        assertTrue(quoted.quoted());
        assertEquals("4.2", quoted.text());
        assertEquals(11, quoted.column());
        assertTrue(scalar(cell, "number").number());
        assertTrue(scalar(cell, "empty").isNull());
        assertEquals("", scalar(cell, "empty").text());
        assertEquals(ScalarNode.Kind.BOOLEAN, scalar(cell, "flag").kind());
        assertEquals(ScalarNode.Kind.TEXT, scalar(cell, "word").kind());

        ListNode table = assertInstanceOf(ListNode.class, root.get("table").orElseThrow());
        assertEquals(10, table.line());
        assertEquals(8, table.column());
        ListNode inner = assertInstanceOf(ListNode.class, table.get(2));
        assertEquals("table[2]", inner.path());
        assertEquals("table[2][1]", inner.get(1).path());
        assertEquals(10, inner.get(1).line());
        assertEquals(19, inner.get(1).column());

        ListNode steps = assertInstanceOf(ListNode.class, root.get("steps").orElseThrow());
        MapNode step = assertInstanceOf(MapNode.class, steps.get(0));
        assertEquals("steps[0].rate", scalar(step, "rate").path());
        assertEquals(13, scalar(step, "rate").line());
        assertEquals(11, scalar(step, "rate").column());
        assertEquals(14, steps.get(1).line());
        assertEquals(5, steps.get(1).column());
    }

    @Test
    void keepsRawNumberText() {
        MapNode root = (MapNode) YamlTree.parse("a: 1_000\nb: 0x1F\nc: 1e5\n", "a.yaml");
        assertEquals("1_000", scalar(root, "a").text());
        assertEquals("0x1F", scalar(root, "b").text());
        assertEquals("1e5", scalar(root, "c").text());
    }

    @Test
    void oddKeysArePathSafe() {
        MapNode root = (MapNode) YamlTree.parse("\"my key\": {\"a.b\": 1}\n", "a.yaml");
        MapNode inner = (MapNode) root.get("my key").orElseThrow();
        assertEquals("[\"my key\"][\"a.b\"]", inner.get("a.b").orElseThrow().path());
    }

    @Test
    void jsonIsLocatedToo() {
        String json = """
                {
                  "cell": {
                    "capacity": "3080 mAh",
                    "n": 4.5
                  },
                  "list": [1, true, null]
                }
                """;
        MapNode root = assertInstanceOf(MapNode.class, YamlTree.parse(json, "cell.json"));
        MapNode cell = (MapNode) root.get("cell").orElseThrow();
        ScalarNode capacity = scalar(cell, "capacity");
        assertEquals(3, capacity.line());
        assertEquals(17, capacity.column());
        assertTrue(capacity.quoted());
        assertEquals(3, cell.entry("capacity").orElseThrow().keyLine());
        assertEquals(5, cell.entry("capacity").orElseThrow().keyColumn());
        assertTrue(scalar(cell, "n").number());
        ListNode list = (ListNode) root.get("list").orElseThrow();
        assertEquals(ScalarNode.Kind.BOOLEAN, ((ScalarNode) list.get(1)).kind());
        assertTrue(((ScalarNode) list.get(2)).isNull());
        assertEquals(6, list.get(2).line());
        assertEquals(21, list.get(2).column());
    }

    @Test
    void duplicateKeyNamesBothPositions() {
        InputException e = error("cell:\n  a: 1\n  b: 2\n  a: 3\n", "d.yaml");
        assertEquals("d.yaml:4:3: cell.a: duplicate key \"a\" (first defined at line 2, column 3)", e.getMessage());
        e = error("{\"a\": 1,\n \"a\": 2}", "d.json");
        assertEquals("d.json:2:2: a: duplicate key \"a\" (first defined at line 1, column 2)", e.getMessage());
    }

    @Test
    void anchorsAliasesAndTagsAreRefused() {
        InputException e = error("a: &x 1\nb: 2\n", "h.yaml");
        assertEquals(
                "h.yaml:1:4: a: YAML anchors are not allowed (found \"&x\"); write the value out in full",
                e.getMessage());
        // An alias to an anchor that was never defined is refused the same way.
        e = error("a: 1\nb: *x\n", "h.yaml");
        assertEquals(
                "h.yaml:2:4: b: YAML aliases are not allowed (found \"*x\"); write the value out in full",
                e.getMessage());
        // The "billion laughs" shape: refused at the first anchor, before any expansion.
        e = error("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n", "h.yaml");
        assertEquals(1, e.line());
        assertTrue(e.detail().contains("anchors are not allowed"));
        e = error("base: &base {v: 1}\nderived:\n  <<: *base\n", "h.yaml");
        assertTrue(e.detail().contains("anchors are not allowed"));
        e = error("a: !!binary aGVsbG8=\n", "h.yaml");
        assertEquals(
                "h.yaml:1:4: a: YAML tags are not allowed (found \"!!binary\"); write the plain value", e.getMessage());
        assertTrue(error("a: !custom {x: 1}\n", "h.yaml").detail().contains("tags are not allowed"));
    }

    @Test
    void oneDocumentOnly() {
        InputException e = error("a: 1\n---\nb: 2\n", "m.yaml");
        assertEquals(3, e.line());
        assertTrue(e.detail().contains("only one YAML document"), e.getMessage());
        assertInstanceOf(MapNode.class, YamlTree.parse("---\na: 1\n...\n", "m.yaml"));
        e = error("{\"a\": 1} {\"b\": 2}", "m.json");
        assertEquals("m.json:1:10: unexpected content after the end of the JSON value", e.getMessage());
    }

    @Test
    void emptyFileIsAnError() {
        assertEquals("e.yaml: the file is empty", error("", "e.yaml").getMessage());
        assertEquals(
                "e.yaml: the file is empty",
                error("# only a comment\n", "e.yaml").getMessage());
        assertEquals("e.json: the file is empty", error("  ", "e.json").getMessage());
    }

    @Test
    void syntaxErrorsAreLocated() {
        InputException e = error("a: b: c\n", "s.yaml");
        assertEquals("s.yaml:1:5: YAML syntax: mapping values are not allowed here", e.getMessage());
        e = error("a:\n\tb: 1\n", "s.yaml");
        assertEquals(2, e.line());
        assertEquals(1, e.column());
        assertTrue(e.detail().startsWith("YAML syntax: found character '\\t(TAB)'"), e.detail());
        e = error("a: [1, 2\n", "s.yaml");
        assertEquals(2, e.line());
        assertTrue(e.detail().contains("flow sequence started at line 1, column 4"), e.detail());
        e = error("{\"a\": 1,}", "s.json");
        assertEquals(1, e.line());
        assertEquals(9, e.column());
        assertTrue(e.detail().startsWith("JSON syntax: Unexpected character ('}'"), e.detail());
        e = error("{\"a\": NaN}", "s.json");
        assertEquals("s.json:1:10: JSON syntax: Non-standard token 'NaN'", e.getMessage());
        e = error("? [a, b]\n: c\n", "s.yaml");
        assertTrue(e.detail().contains("a key must be a single value"), e.detail());
    }

    @Test
    void controlCharactersAreRefusedWithPosition() {
        InputException e = error("a: 1\nb: \"x\u0007\"\n", "c.yaml");
        assertEquals("c.yaml:2:6: character U+0007 is not allowed in the file", e.getMessage());
        e = error("a: 1\u2028b: 2\n", "c.yaml");
        assertEquals("c.yaml:1:5: character U+2028 is not allowed in the file", e.getMessage());
        assertInstanceOf(MapNode.class, YamlTree.parse("\uFEFFa: 1\r\nb: 2\r\n", "bom.yaml"));
        // Characters outside the Basic Multilingual Plane are fine, whatever their low 16 bits.
        String astral = new String(Character.toChars(0x1D800)) + new String(Character.toChars(0x1F50B));
        MapNode root = (MapNode) YamlTree.parse("a: " + astral + "\n", "astral.yaml");
        assertEquals(astral, scalar(root, "a").text());
        assertEquals("\"" + astral + "\"", Messages.quote(astral));
    }

    @Test
    void depthIsLimited() {
        int ok = YamlTree.MAX_DEPTH;
        assertInstanceOf(ListNode.class, YamlTree.parse("[".repeat(ok) + "]".repeat(ok), "d.yaml"));
        InputException e = error("[".repeat(ok + 1) + "]".repeat(ok + 1), "d.yaml");
        assertEquals(1, e.line());
        assertEquals(ok + 1, e.column());
        assertTrue(e.detail().contains("nested too deeply"), e.detail());
        String deepJson = "{\"a\":".repeat(ok + 1) + "1" + "}".repeat(ok + 1);
        assertTrue(error(deepJson, "d.json").detail().contains("nested too deeply"));
        // Far beyond the limit the parser must not recurse or overflow either.
        assertTrue(error("[".repeat(100_000), "d.yaml").detail().contains("nested too deeply"));
    }

    @Test
    void sizeAndValueCountAreLimited() {
        String big = "a: \"" + "x".repeat(YamlTree.MAX_BYTES) + "\"\n";
        assertEquals(
                "big.yaml: the file is too large (more than 4 MB)",
                error(big, "big.yaml").getMessage());
        StringBuilder many = new StringBuilder("[0");
        many.append(",0".repeat(YamlTree.MAX_NODES));
        many.append(']');
        InputException e = error(many.toString(), "many.json");
        assertTrue(e.detail().startsWith("too many values"), e.detail());
    }

    @Test
    void filesAreDecodedAsStrictUtf8(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, "name: \u00e9t\u00e9 \u2103\n", StandardCharsets.UTF_8);
        assertEquals(
                "\u00e9t\u00e9 \u2103",
                scalar((MapNode) YamlTree.parse(good), "name").text());

        Path bad = dir.resolve("bad.yaml");
        byte[] bytes = {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xff, '\n'};
        Files.write(bad, bytes);
        InputException e = assertThrows(InputException.class, () -> YamlTree.parse(bad));
        assertEquals(bad + ":2:4: the file is not valid UTF-8 (byte offset 8); save it as UTF-8", e.getMessage());

        Path missing = dir.resolve("missing.yaml");
        assertEquals(
                missing + ": no such file",
                assertThrows(InputException.class, () -> YamlTree.parse(missing))
                        .getMessage());

        Path json = dir.resolve("x.JSON");
        Files.writeString(json, "{\"a\": 1,}");
        assertTrue(assertThrows(InputException.class, () -> YamlTree.parse(json))
                .detail()
                .startsWith("JSON syntax"));
    }

    @Test
    void readsResources() {
        MapNode root = (MapNode) YamlTree.parseResource(YamlTreeTest.class, "sample.yaml");
        assertEquals("sample", scalar(root, "name").text());
        InputException e = assertThrows(
                InputException.class, () -> YamlTree.parseResource(YamlTreeTest.class, "/nope/missing.yaml"));
        assertEquals("nope/missing.yaml: no such resource", e.getMessage());
    }

    @Test
    void formatFollowsTheName() {
        assertEquals(YamlTree.Format.JSON, YamlTree.Format.forName("a/b/C.Json"));
        assertEquals(YamlTree.Format.YAML, YamlTree.Format.forName("a.yml"));
        assertEquals(YamlTree.Format.YAML, YamlTree.Format.forName("<option --x>"));
        // YAML syntax in a .json file is a JSON error.
        assertFalse(error("a: 1\n", "x.json").detail().isEmpty());
    }

    private static ScalarNode scalar(MapNode map, String key) {
        return assertInstanceOf(ScalarNode.class, map.get(key).orElseThrow());
    }

    private static InputException error(String text, String source) {
        return assertThrows(InputException.class, () -> YamlTree.parse(text, source));
    }
}
