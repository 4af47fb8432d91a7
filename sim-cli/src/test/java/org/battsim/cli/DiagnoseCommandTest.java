package org.battsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.battsim.cli.BattsimCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** battsim diagnose as a user runs it: a campaign, its files, a replayed case, bad options. */
class DiagnoseCommandTest {
    @Test
    void aCampaignWritesItsReportAndAWrongCaseReplaysToTheSameAnswer(@TempDir Path dir) throws Exception {
        Result r = BattsimCommandTest.run(
                "diagnose",
                "--diagnostician",
                "telemetry-only",
                "--trials",
                "30",
                "--seed",
                "4",
                "--out",
                dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("telemetry-only on 30 cases (seed 4)"), r.out());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals(30, report.get("trials").asInt());
        assertTrue(Files.readString(dir.resolve("report.md")).contains("| truth |"));
        JsonNode wrong = report.get("wrong");
        assertTrue(wrong.size() > 0, "telemetry-only gets some wrong");
        JsonNode w = wrong.get(0);
        Path file = dir.resolve(w.get("file").asText());
        Result again =
                BattsimCommandTest.run("diagnose", "--diagnostician", "telemetry-only", "--case", file.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("diagnosis: " + w.get("diagnosis").asText() + " "), again.out());
        // The case file is a scenario: it validates and runs like any other.
        assertEquals(0, BattsimCommandTest.run("validate", file.toString()).code());
    }

    @Test
    void aJavaClassOnTheClassPathServesAsADiagnostician(@TempDir Path dir) throws Exception {
        Result r = BattsimCommandTest.run(
                "diagnose",
                "--diagnostician",
                "org.battsim.scenarios.diagnose.AlwaysHealthyDiagnostician",
                "--trials",
                "10",
                "--faults",
                "port-debris,healthy",
                "--quiet",
                "--out",
                dir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals(0.0, report.get("meanActions").asDouble());
    }

    @Test
    void badOptionsGiveAClearErrorAndExitTwo() {
        Result f = BattsimCommandTest.run("diagnose", "--faults", "port-debri", "--trials", "2");
        assertEquals(2, f.code());
        assertTrue(f.err().contains("did you mean \"port-debris\""), f.err());
        Result d = BattsimCommandTest.run("diagnose", "--diagnostician", "refrence", "--trials", "2");
        assertEquals(2, d.code());
        assertTrue(d.err().contains("did you mean \"reference\""), d.err());
        Result c = BattsimCommandTest.run("diagnose", "--diagnostician", "com.example.Missing", "--trials", "2");
        assertEquals(2, c.code());
        assertTrue(c.err().contains("not on the class path"), c.err());
        Result t = BattsimCommandTest.run("diagnose", "--trials", "0");
        assertEquals(2, t.code());
        assertFalse(t.err().contains("Exception"), t.err());
    }
}
