package org.battsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.battsim.cli.BattsimCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCommandTest {
    static final String[] CYCLE = {
        "Discharge at 1C until 3.4 V", "Rest for 10 minutes", "Charge at 1C until 4.35 V", "Hold at 4.35 V until C/20"
    };

    static Result run(Path out, String... extra) {
        String[] args = new String[extra.length + 3 + CYCLE.length];
        args[0] = "experiment";
        args[1] = "--out";
        args[2] = out.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        System.arraycopy(CYCLE, 0, args, 3 + extra.length, CYCLE.length);
        return BattsimCommandTest.run(args);
    }

    /** Columns of the BDF file, by label. */
    static double[][] columns(Path csv, List<String> wanted) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        double[][] out = new double[wanted.size()][lines.size() - 1];
        for (int r = 1; r < lines.size(); r++) {
            String[] f = lines.get(r).split(",");
            for (int k = 0; k < wanted.size(); k++) {
                out[k][r - 1] = Double.parseDouble(f[header.indexOf(wanted.get(k))]);
            }
        }
        return out;
    }

    @Test
    void runsAFullCycleAndWritesTheThreeFiles(@TempDir Path dir) throws Exception {
        Result r = run(dir);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("until 3.4 V"), r.out());
        Path csv = dir.resolve("timeseries.bdf.csv");
        String header = Files.readAllLines(csv).get(0);
        for (String label : List.of(
                "Test Time / s",
                "Voltage / V",
                "Current / A",
                "Cycle Count / 1",
                "Step Count / 1",
                "Ambient Temperature / degC",
                "State of Charge / %",
                "Cell Temperature / degC")) {
            assertTrue(header.contains(label), header);
        }
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        for (String k : List.of(
                "durationSeconds", "dischargeCapacityAh", "chargeCapacityAh", "maxCellTemperatureCelsius", "steps")) {
            assertTrue(s.has(k), k);
        }
        assertEquals(4, s.get("steps").size());
        assertTrue(s.get("steps").get(0).get("endReason").asText().startsWith("until 3.4"));
        assertTrue(
                s.get("steps").get(3).get("endReason").asText().startsWith("until 0.05 C"),
                s.get("steps").get(3).toString());
        // A 3.08 Ah cell from full to 3.4 V at 1C gives most, not all, of its capacity.
        double dis = s.get("dischargeCapacityAh").asDouble();
        assertTrue(dis > 2.6 && dis < 3.08, "discharged " + dis);
        // Charging back puts in what came out, give or take the CV tail's C/20 cut.
        double ch = s.get("chargeCapacityAh").asDouble();
        assertTrue(ch > 0.93 * dis && ch < dis + 0.01, "charged " + ch);
        assertTrue(s.get("maxCellTemperatureCelsius").asDouble() > 25.5, "1C heats the cell");
        List<String> events = Files.readAllLines(dir.resolve("events.csv"));
        assertEquals("time_s,source,event", events.get(0));
        assertTrue(events.stream().anyMatch(e -> e.contains("step 1 ended: until 3.4 V")));
    }

    /** README: Current / A is positive when the cell charges. */
    @Test
    void currentColumnIsPositiveWhileCharging(@TempDir Path dir) throws Exception {
        assertEquals(0, run(dir).code());
        double[][] c = columns(
                dir.resolve("timeseries.bdf.csv"), List.of("Step Count / 1", "Current / A", "State of Charge / %"));
        boolean sawDischarge = false, sawCharge = false;
        for (int i = 1; i < c[0].length; i++) {
            double dSoc = c[2][i] - c[2][i - 1];
            if (c[0][i] == 1 && c[0][i - 1] == 1 && dSoc < 0) {
                assertTrue(c[1][i] < 0, "discharging shows negative current");
                sawDischarge = true;
            }
            if (c[0][i] == 3 && c[0][i - 1] == 3 && dSoc > 0) {
                assertTrue(c[1][i] > 0, "charging shows positive current");
                sawCharge = true;
            }
        }
        assertTrue(sawDischarge && sawCharge);
    }

    @Test
    void sameInputsGiveTheSameBytes(@TempDir Path dir) throws Exception {
        assertEquals(0, run(dir.resolve("a"), "--cycles", "2").code());
        assertEquals(0, run(dir.resolve("b"), "--cycles", "2").code());
        for (String f : List.of("timeseries.bdf.csv", "events.csv", "summary.json")) {
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve("a").resolve(f)),
                    Files.readAllBytes(dir.resolve("b").resolve(f)),
                    f);
        }
    }

    @Test
    void parseOnlyPrintsNormalisedStepsOrNamesTheBadOne() {
        Result ok = BattsimCommandTest.run(
                "experiment", "--parse-only", "Discharge at C/3 for 2 hours or until 2.5 V", "Rest for 10 minutes");
        assertEquals(0, ok.code(), ok.err());
        assertEquals(2, ok.out().strip().lines().count(), ok.out());
        Result bad = BattsimCommandTest.run(
                "experiment", "--parse-only", "Rest for 10 minutes", "Discharge at 1 B for 2 hours");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("step 2"), bad.err());
    }

    @Test
    void badOptionsExitTwoWithAClearMessage(@TempDir Path dir) throws Exception {
        Result soc = run(dir, "--from-soc", "130%");
        assertEquals(2, soc.code());
        assertTrue(soc.err().contains("--from-soc"), soc.err());
        Result temp = run(dir, "--temperature", "25 C");
        assertEquals(2, temp.code());
        assertTrue(temp.err().contains("--temperature"), temp.err());
        Result cell = run(dir, "--cell", "phone-lco-3800");
        assertEquals(2, cell.code());
        assertTrue(cell.err().contains("phone-lco-3080"), cell.err());
        Path f = dir.resolve("broken.yaml");
        Files.writeString(f, "name: x\nmodel: ecm\nnominalCapacity: {value: \"3 Ahh\", source: \"s\"}\n");
        Result file = run(dir, "--cell", f.toString());
        assertEquals(2, file.code());
        assertTrue(file.err().contains("broken.yaml:3:"), file.err());
        assertTrue(!file.err().contains("Exception"), "no stack trace: " + file.err());
    }

    @Test
    void experimentTerminationStopsCycling(@TempDir Path dir) throws Exception {
        Result r = BattsimCommandTest.run(
                "experiment",
                "--out",
                dir.toString(),
                "--cycles",
                "50",
                "--termination",
                "3 hours",
                "Discharge at 2C until 3.4 V",
                "Charge at 2C until 4.35 V");
        assertEquals(0, r.code(), r.err());
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(3 * 3600, s.get("durationSeconds").asDouble(), 1e-6);
        assertTrue(
                s.get("endReason").asText().contains("time"), s.get("endReason").asText());
    }

    /** --aging: capacity falls cycle by cycle; summary.json carries it and the final state. */
    @Test
    void agingReportsCapacityPerCycle(@TempDir Path dir) throws Exception {
        Result r = run(dir, "--cycles", "3", "--aging", "phone-lco");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("capacity after each cycle"), r.out());
        assertTrue(r.out().contains("final capacity"), r.out());
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        JsonNode q = s.get("cycleRelativeCapacity");
        assertEquals(3, q.size());
        assertTrue(
                q.get(0).asDouble() < 1
                        && q.get(1).asDouble() < q.get(0).asDouble()
                        && q.get(2).asDouble() < q.get(1).asDouble(),
                q.toString());
        assertEquals(3, s.get("cycleCapacityAh").size());
        assertEquals(q.get(2).asDouble(), s.get("finalRelativeCapacity").asDouble(), 1e-9);
        assertTrue(s.get("finalRelativeResistance").asDouble() > 1);
        assertEquals("phone-lco", s.get("aging").get("model").asText());
        assertEquals(3, s.get("aging").get("cyclesSimulated").asInt());
    }

    /** --accelerated: most cycles extrapolated, the run stays close to the full one. */
    @Test
    void acceleratedRunSkipsCycles(@TempDir Path dir) throws Exception {
        Result r = run(dir, "--cycles", "100", "--aging", "phone-lco", "--accelerated", "--skip-tolerance", "1%");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(extrapolated)"), r.out());
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(100, s.get("cyclesCompleted").asInt());
        assertTrue(
                s.get("aging").get("cyclesSimulated").asInt() < 30,
                s.get("aging").toString());
        assertEquals(100, s.get("cycleRelativeCapacity").size());
        List<String> events = Files.readAllLines(dir.resolve("events.csv"));
        assertTrue(events.stream().anyMatch(e -> e.contains("extrapolated from cycle")));
    }

    /** --cell-age: a worn cell holds less charge from the first cycle. */
    @Test
    void wornCellStartsWithLessCapacity(@TempDir Path dir) throws Exception {
        assertEquals(0, run(dir.resolve("new")).code());
        Result r = run(dir.resolve("old"), "--cell-age", "capacity=80%,resistance=130%");
        assertEquals(0, r.code(), r.err());
        JsonNode fresh =
                new ObjectMapper().readTree(dir.resolve("new/summary.json").toFile());
        JsonNode worn =
                new ObjectMapper().readTree(dir.resolve("old/summary.json").toFile());
        double ratio = worn.get("dischargeCapacityAh").asDouble()
                / fresh.get("dischargeCapacityAh").asDouble();
        assertTrue(ratio < 0.8 && ratio > 0.7, "worn/fresh discharge " + ratio);
        assertEquals(1.3, worn.get("cellAge").get("relativeResistance").asDouble(), 1e-9);
        assertEquals(0.8, worn.get("cellAge").get("relativeCapacity").asDouble(), 1e-3);
        assertEquals(
                0,
                run(dir.resolve("cyc"), "--cell-age", "cycles=500", "--aging", "phone-lco")
                        .code());
        JsonNode aged =
                new ObjectMapper().readTree(dir.resolve("cyc/summary.json").toFile());
        assertTrue(aged.get("finalRelativeCapacity").asDouble()
                < aged.get("cellAge").get("relativeCapacity").asDouble());
    }

    @Test
    void badAgingOptionsExitTwo(@TempDir Path dir) {
        Result r = run(dir, "--cell-age", "cycles=abc");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("option --cell-age: cycles must be a whole number"), r.err());
        r = run(dir, "--accelerated");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("option --accelerated: cycle skipping needs an aging model"), r.err());
        r = run(dir, "--aging", "no-such-model");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("option --aging: unknown aging model 'no-such-model'"), r.err());
        r = run(dir, "--aging", "phone-lco", "--accelerated", "--skip-tolerance", "80%");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("option --skip-tolerance: must be above 0 and below 50%"), r.err());
        r = run(dir, "--aging", "phone-lco", "--max-skip", "5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("option --max-skip: only with --accelerated"), r.err());
    }
}
