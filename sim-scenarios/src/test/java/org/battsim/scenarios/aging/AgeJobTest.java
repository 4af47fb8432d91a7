package org.battsim.scenarios.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgeJobTest {
    /**
     * The shipped sanyo-nmc-2014 file on BLAST-Lite's case A (one 100 % cycle a day at 25 degC, 10
     * years) against BLAST-Lite v1.1.0's output: q and r within 1 % absolute at every month.
     */
    @Test
    void sanyoReproducesBlastLiteCaseA(@TempDir Path dir) throws Exception {
        Path blast = SharedData.blast();
        assumeTrue(blast != null, "../shared/data/blast not found: BLAST-Lite reference check skipped");
        StressorProfile p = StressorProfile.read(blast.resolve("input_A_100DOD_1cyc_day_25C_day1.csv"));
        AgeJob.Outcome o = AgeJob.run(AgingLibrary.load("sanyo-nmc-2014", "--model"), p, 10);
        List<String> ref = Files.readAllLines(blast.resolve("sanyo2014_caseA_output_monthly.csv"));
        assertEquals("t_days,efc,q,q_t,q_EFC,r,r_t,r_EFC", ref.get(0));
        double worstQ = 0;
        double worstR = 0;
        for (String line : ref.subList(1, ref.size())) {
            String[] f = line.split(",");
            double t = Double.parseDouble(f[0]);
            worstQ = Math.max(worstQ, Math.abs(at(o.days(), o.q(), t) - Double.parseDouble(f[2])));
            worstR = Math.max(worstR, Math.abs(at(o.days(), o.r(), t) - Double.parseDouble(f[5])));
        }
        System.out.printf(
                "sanyo-nmc-2014 vs BLAST-Lite case A (%d months): worst |dq| %.5f, worst |dr| %.5f%n",
                ref.size() - 1, worstQ, worstR);
        assertTrue(worstQ < 0.01, "q off by " + worstQ);
        assertTrue(worstR < 0.01, "r off by " + worstR);

        o.write(dir);
        List<String> csv = Files.readAllLines(dir.resolve("aging.csv"));
        assertEquals("t_days,efc,q,r", csv.get(0));
        assertEquals(3651, csv.size() - 1);
        String[] lastRow = csv.get(csv.size() - 1).split(",");
        assertEquals(3650, Double.parseDouble(lastRow[0]), 1e-9);
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(Double.parseDouble(lastRow[2]), s.get("final_q").asDouble(), 0);
        double y80 = s.get("years_to_80_percent").asDouble();
        // BLAST-Lite's output passes 0.8 between its months 6 and 7 (183 and 213 days).
        assertTrue(y80 > 183 / 365.0 && y80 < 213 / 365.0, "years to 80 %: " + y80);
    }

    /** Linear interpolation; the last value beyond the end. */
    static double at(double[] x, double[] y, double t) {
        for (int i = 1; i < x.length; i++) {
            if (t <= x[i]) {
                return y[i - 1] + (t - x[i - 1]) / (x[i] - x[i - 1]) * (y[i] - y[i - 1]);
            }
        }
        return y[y.length - 1];
    }

    @Test
    void storageThatNeverReachesEightyPercentSaysSo(@TempDir Path dir) throws Exception {
        StressorProfile p = StressorProfile.read(
                new java.io.StringReader("Time_s,SOC,Temperature_C\n0,0.5,25\n86400,0.5,25\n"), "store.csv");
        AgeJob.Outcome o = AgeJob.run(AgingLibrary.load("phone-lco", "--model"), p, 2);
        o.write(dir);
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertTrue(s.get("years_to_80_percent").isNull());
        assertEquals(730, s.get("updates").asInt());
        assertEquals(0, s.get("final_efc").asDouble(), 0);
    }
}
