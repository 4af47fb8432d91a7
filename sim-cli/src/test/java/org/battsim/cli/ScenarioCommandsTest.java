package org.battsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.battsim.cli.BattsimCommandTest.Result;
import org.battsim.scenarios.scenario.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run, list, show, validate and schema as a user meets them: exit codes, files, messages. */
class ScenarioCommandsTest {
    private static final String SHORT = """
            title: Short healthy charge
            explanation: A Mi 4 on its own adapter for twenty minutes.
            device: xiaomi-mi4
            source: adapter-5v2a
            until: 20min
            checks:
              - name: dcp detected
                expect: detectedPortType == 'DCP'
              - name: the limit is the adapter's
                expect: inputCurrentLimitA > %s
            """;

    @Test
    void runWritesOutputsAndChecksAndExitsZeroWhenAllPass(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("short.yaml");
        Files.writeString(f, SHORT.formatted("1.0"));
        Path out = dir.resolve("out");
        Result r = BattsimCommandTest.run("run", f.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("PASS dcp detected"), r.out());
        assertTrue(r.out().contains("2 of 2 checks passed"), r.out());
        for (String name :
                List.of("timeseries.bdf.csv", "events.csv", "summary.json", "checks.json", "scenario.yaml")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        JsonNode checks = new ObjectMapper().readTree(out.resolve("checks.json").toFile());
        assertTrue(checks.toString().contains("dcp detected"), checks.toString());
    }

    @Test
    void aFailingCheckExitsOneAndShowsTheValues(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("short.yaml");
        Files.writeString(f, SHORT.formatted("5.0"));
        Result r = BattsimCommandTest.run(
                "run", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(RunCommand.EXIT_CHECK_FAILED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL the limit is the adapter's"), r.out());
        assertTrue(r.out().contains("inputCurrentLimitA = "), r.out());
        assertTrue(r.out().contains("1 of 2 checks passed"), r.out());
    }

    @Test
    void aBrokenFileGivesLineAndColumnAndExitsTwo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.yaml");
        Files.writeString(f, "title: x\nexplanation: y\ndevice: xiaomi-mi4\nsource: adapter-5v2a\ncable: 1m-28awgg\n");
        Result r = BattsimCommandTest.run(
                "run", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(f + ":5:8: cable:"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written for an invalid scenario");

        Result v = BattsimCommandTest.run("validate", f.toString());
        assertEquals(2, v.code());
        assertTrue(v.err().contains(f + ":5:8: cable:"), v.err());
    }

    @Test
    void unknownScenarioNameSuggestsTheNearestAndExitsTwo() {
        Result r = BattsimCommandTest.run("run", "port-debri");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("did you mean \"port-debris\""), r.err());
    }

    @Test
    void listPrintsOneLinePerCatalogueScenarioNameTabTitle() {
        Result r = BattsimCommandTest.run("list");
        assertEquals(0, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(Catalogue.names().size(), lines.size());
        assertEquals(11, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\t");
            assertEquals(2, parts.length, lines.get(i));
            assertEquals(Catalogue.names().get(i), parts[0]);
            assertFalse(parts[1].isBlank());
        }
    }

    @Test
    void showPrintsTheFileThenItsExplanation() {
        Result r = BattsimCommandTest.run("show", "port-debris");
        assertEquals(0, r.code(), r.err());
        int file = r.out().indexOf("timeline:");
        int expl = r.out().indexOf("== ");
        assertTrue(file >= 0 && expl > file, r.out());
        assertTrue(r.out().substring(expl).toLowerCase().contains("debris"), r.out());
        assertEquals(2, BattsimCommandTest.run("show", "no-such-scenario").code());
    }

    @Test
    void validateAcceptsEveryCatalogueFileAndRunOneVariantByName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ok.yaml");
        Files.writeString(f, SHORT.formatted("1.0"));
        Result v = BattsimCommandTest.run("validate", f.toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().contains("ok (1 run, 2 checks)"), v.out());

        Result r = BattsimCommandTest.run(
                "run",
                "pc-usb-ports/usb2-rear",
                "--quiet",
                "--out",
                dir.resolve("o").toString());
        assertEquals(0, r.code(), r.out() + r.err());
    }

    @Test
    void theReadmesExampleScenarioIsValid(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int from = readme.indexOf("```yaml\n");
        assertTrue(from >= 0, "the README shows a scenario");
        String yaml = readme.substring(from + 8, readme.indexOf("```", from + 8));
        Path f = dir.resolve("example.yaml");
        Files.writeString(f, yaml);
        Result v = BattsimCommandTest.run("validate", f.toString());
        assertEquals(0, v.code(), v.err());
    }

    @Test
    void schemaCommandPrintsTheShippedSchema() throws Exception {
        Result r = BattsimCommandTest.run("schema");
        assertEquals(0, r.code());
        Path shipped = Path.of("..", "docs", "scenario.schema.json");
        assertEquals(
                Files.readString(shipped),
                r.out(),
                "docs/scenario.schema.json is out of date: "
                        + "regenerate it with ./battsim schema > docs/scenario.schema.json");
    }
}
