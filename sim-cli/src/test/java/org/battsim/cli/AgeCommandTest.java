package org.battsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.battsim.cli.BattsimCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgeCommandTest {
    /** {@code ../shared/data/blast}, looked for upwards from the working directory, or null. */
    static Path blast() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolveSibling("shared").resolve("data/blast");
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return null;
    }

    static double[][] columns(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        int n = lines.get(0).split(",").length;
        List<double[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            double[] r = new double[n];
            for (int j = 0; j < n; j++) {
                r[j] = Double.parseDouble(f[j]);
            }
            rows.add(r);
        }
        double[][] out = new double[n][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < n; j++) {
                out[j][i] = rows.get(i)[j];
            }
        }
        return out;
    }

    static double at(double[] x, double[] y, double t) {
        for (int i = 1; i < x.length; i++) {
            if (t <= x[i]) {
                return y[i - 1] + (t - x[i - 1]) / (x[i] - x[i - 1]) * (y[i] - y[i - 1]);
            }
        }
        return y[y.length - 1];
    }

    /**
     * The acceptance check: {@code battsim age --model sanyo-nmc-2014 --profile
     * ../shared/data/blast/input_A_100DOD_1cyc_day_25C_day1.csv --years 10} reproduces BLAST-Lite's
     * monthly output (q and r) within 1 % absolute at every month.
     */
    @Test
    void reproducesBlastLiteMonthByMonth(@TempDir Path dir) throws Exception {
        Path blast = blast();
        assumeTrue(blast != null, "../shared/data/blast not found: BLAST-Lite reference check skipped");
        Result r = BattsimCommandTest.run(
                "age",
                "--model",
                "sanyo-nmc-2014",
                "--profile",
                blast.resolve("input_A_100DOD_1cyc_day_25C_day1.csv").toString(),
                "--years",
                "10",
                "--out",
                dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("80 % capacity after 0.55 years"), r.out());
        double[][] got = columns(dir.resolve("aging.csv"));
        double[][] ref = columns(blast.resolve("sanyo2014_caseA_output_monthly.csv"));
        for (int k = 0; k < ref[0].length; k++) {
            double t = ref[0][k];
            assertEquals(ref[2][k], at(got[0], got[2], t), 0.01, "q at day " + t);
            assertEquals(ref[5][k], at(got[0], got[3], t), 0.01, "r at day " + t);
        }
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals("sanyo-nmc-2014", s.get("model").asText());
        assertEquals(got[2][got[2].length - 1], s.get("final_q").asDouble(), 0);
    }

    @Test
    void badProfileIsReportedAtItsLineAndColumn(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("p.csv");
        Files.writeString(p, "Time_s,SOC,Temperature_C\n0,1,25\n900,0.75,2x5\n");
        Result r = BattsimCommandTest.run(
                "age",
                "--profile",
                p.toString(),
                "--years",
                "1",
                "--out",
                dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertEquals(
                "battsim age: " + p + ":3:10: Temperature_C: not a number: '2x5'",
                r.err().strip());
        assertTrue(Files.notExists(dir.resolve("o/aging.csv")));
    }

    @Test
    void badOptionsExitTwo(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("p.csv");
        Files.writeString(p, "Time_s,SOC,Temperature_C\n0,1,25\n86400,1,25\n");
        Result r = BattsimCommandTest.run("age", "--model", "phone-lcoo", "--profile", p.toString(), "--years", "1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("option --model: unknown aging model 'phone-lcoo'"), r.err());
        r = BattsimCommandTest.run("age", "--profile", p.toString(), "--years", "-2");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("option --years: must be above 0"), r.err());
        r = BattsimCommandTest.run("age", "--profile", dir.resolve("none.csv").toString(), "--years", "1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("none.csv: file not found"), r.err());
        r = BattsimCommandTest.run("age", "--years", "1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--profile"), r.err());
    }

    /** The default model on a year of storage at full charge: outputs parse back. */
    @Test
    void phoneStorageYear(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("full.csv");
        Files.writeString(p, "Time_s,SOC,Temperature_C\n0,1,25\n86400,1,25\n");
        Result r = BattsimCommandTest.run(
                "age",
                "--profile",
                p.toString(),
                "--years",
                "1",
                "--out",
                dir.resolve("o").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("80 % capacity not reached"), r.out());
        double[][] c = columns(dir.resolve("o/aging.csv"));
        assertEquals(366, c[0].length);
        assertEquals(0.97, c[2][365], 0.002);
        JsonNode s = new ObjectMapper().readTree(dir.resolve("o/summary.json").toFile());
        assertTrue(s.get("years_to_80_percent").isNull());
        assertEquals("phone-lco", s.get("model").asText());
    }
}
