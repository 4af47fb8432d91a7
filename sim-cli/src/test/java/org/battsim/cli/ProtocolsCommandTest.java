package org.battsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.battsim.cli.BattsimCommandTest.Result;
import org.battsim.scenarios.protocol.BenchmarkFiles;
import org.battsim.scenarios.protocol.ProtocolLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtocolsCommandTest {
    static final String PROTOCOLS = "cccv:1C,cccv:0.5C:4.2V,mscc:2C@0.5,1C@0.8,severson:5.4C(40%)-3.6C,"
            + "attia:4.8C-5.2C-5.2C-4.160C,Charge at 1C until 4.2 V; Hold at 4.2 V until C/20";

    @Test
    void listNamesEveryProtocolWithItsSyntax() {
        Result r = BattsimCommandTest.run("protocols", "list");
        assertEquals(0, r.code(), r.err());
        for (ProtocolLibrary.Entry e : ProtocolLibrary.entries()) {
            assertTrue(r.out().contains(e.syntax()), e.name());
            assertTrue(r.out().contains(e.example()), e.name());
        }
    }

    @Test
    void benchmarkWritesTheLeaderboardAndPlots(@TempDir Path dir) throws Exception {
        Result r = BattsimCommandTest.run(
                "protocols",
                "benchmark",
                "--cell",
                "phone-lco-3080",
                "--protocols",
                PROTOCOLS,
                "--cycles",
                "30",
                "--ambient",
                "25 degC",
                "--seed",
                "3",
                "--out",
                dir.toString());
        assertEquals(0, r.code(), r.err());
        for (String f : BenchmarkFiles.NAMES) {
            assertTrue(Files.size(dir.resolve(f)) > 100, f);
        }
        List<String> csv = Files.readAllLines(dir.resolve("leaderboard.csv"));
        assertEquals(7, csv.size(), "a header and one row per protocol");
        for (String line : csv.subList(1, csv.size())) {
            assertTrue(line.matches("^[1-6],.*"), "overall rank first: " + line);
            assertTrue(line.endsWith(",30,") || line.matches(".*,30,\\d+,$"), "30 cycles, no failure: " + line);
        }
        assertTrue(r.out().contains("attia:4.8C-5.2C-5.2C-4.160C"), r.out());
        assertTrue(r.out().contains("files in " + dir), r.out());
        String md = Files.readString(dir.resolve("leaderboard.md"));
        assertTrue(md.contains("| Overall Rank / 1 | Protocol | Time to 80% / s |"), md);
    }

    @Test
    void resultsDoNotDependOnTheThreads(@TempDir Path dir) throws Exception {
        for (String threads : List.of("1", "2")) {
            Result r = BattsimCommandTest.run(
                    "protocols",
                    "benchmark",
                    "--protocols",
                    "cccv:1C,cccv:2C,care:1C",
                    "--cycles",
                    "20",
                    "--samples",
                    "2",
                    "--ambient",
                    "25 degC,10 degC",
                    "--threads",
                    threads,
                    "--quiet",
                    "--out",
                    dir.resolve(threads).toString());
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.out());
        }
        for (String f : BenchmarkFiles.NAMES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("1/" + f)), Files.readAllBytes(dir.resolve("2/" + f)), f);
        }
        assertEquals(
                1 + 3 * 2 * 3, Files.readAllLines(dir.resolve("1/sweep.csv")).size());
    }

    @Test
    void electrochemicalCell(@TempDir Path dir) throws Exception {
        Result r = BattsimCommandTest.run(
                "protocols",
                "benchmark",
                "--model",
                "spme",
                "--params",
                "chen2020",
                "--plating",
                "irreversible",
                "--protocols",
                "cccv:1C,cccv:2C",
                "--cycles",
                "2",
                "--dt",
                "5s",
                "--out",
                dir.toString());
        assertEquals(0, r.code(), r.err());
        String csv = Files.readString(dir.resolve("leaderboard.csv"));
        assertTrue(csv.contains("Rank Anode Below 0 V / 1"), csv);
        Result bad = BattsimCommandTest.run(
                "protocols", "benchmark", "--model", "spme", "--protocols", "cccv:1C", "--samples", "2");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--samples"), bad.err());
    }

    @Test
    void badProtocolNameExitsTwoWithASuggestion(@TempDir Path dir) {
        Result r = BattsimCommandTest.run(
                "protocols", "benchmark", "--protocols", "cccv:1C,severzon:5.4C(40%)-3.6C", "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown protocol \"severzon\""), r.err());
        assertTrue(r.err().contains("did you mean \"severson\""), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(0, dir.toFile().list().length, "nothing written");
    }

    @Test
    void badValuesExitTwo(@TempDir Path dir) {
        for (String[] bad : new String[][] {
            {"--protocols", "cccv:1C:5.5V"},
            {"--protocols", "cccv:1C", "--cycles", "0"},
            {"--protocols", "cccv:1C", "--ambient", "25"},
            {"--protocols", "cccv:1C", "--cell", "nope"},
            {"--protocols", "cccv:1C", "--resistance-sd", "5%"},
            {"--protocols", "cccv:1C", "--threads", "0"},
            {"--protocols", "cccv:1C", "--sei", "reaction-limited"},
            {"--protocols", "cccv:1C", "--model", "spm"},
            {"--protocols", ","},
            {"--cycles", "3"}
        }) {
            String[] args = new String[bad.length + 4];
            args[0] = "protocols";
            args[1] = "benchmark";
            System.arraycopy(bad, 0, args, 2, bad.length);
            args[bad.length + 2] = "--out";
            args[bad.length + 3] = dir.toString();
            Result r = BattsimCommandTest.run(args);
            assertEquals(2, r.code(), String.join(" ", bad) + ": " + r.err());
            assertTrue(r.err().startsWith("battsim"), r.err());
        }
    }
}
