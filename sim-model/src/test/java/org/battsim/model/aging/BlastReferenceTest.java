package org.battsim.model.aging;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.battsim.model.cell.Table;
import org.junit.jupiter.api.Test;

/** The framework with the Schmalstieg model written in Java against BLAST-Lite's output for case A. */
class BlastReferenceTest {
    @Test
    void reproducesBlastLiteCaseAWithinOnePercentEveryMonth() throws Exception {
        Path dir = TestModels.blastData();
        assumeTrue(dir != null, "../shared/data/blast not found: BLAST-Lite reference check skipped");
        double[][] ocv = TestModels.csv(dir.resolve("sanyo2014_ocv.csv"));
        double[][] in = TestModels.csv(dir.resolve("input_A_100DOD_1cyc_day_25C_day1.csv"));
        double[][] ref = TestModels.csv(dir.resolve("sanyo2014_caseA_output_monthly.csv"));
        double[] tk = in[2].clone();
        for (int i = 0; i < tk.length; i++) {
            tk[i] += 273.15;
        }
        AgingModel m = TestModels.sanyo(Table.ofSoc(ocv[0], ocv[1]));
        List<double[]> rows = new ArrayList<>();
        rows.add(new double[] {0, 0, 1, 1});
        new ProfileAging(m, in[0], in[1], tk).run(10, (d, e, q, r) -> rows.add(new double[] {d, e, q, r}), true);
        double worstQ = 0;
        double worstR = 0;
        for (int k = 0; k < ref[0].length; k++) {
            double[] at = interpolate(rows, ref[0][k]);
            worstQ = Math.max(worstQ, Math.abs(at[2] - ref[2][k]));
            worstR = Math.max(worstR, Math.abs(at[3] - ref[5][k]));
        }
        System.out.printf("BLAST-Lite case A: worst |dq| %.5f, worst |dr| %.5f%n", worstQ, worstR);
        assertTrue(worstQ < 0.01, "q off by " + worstQ);
        assertTrue(worstR < 0.01, "r off by " + worstR);
    }

    /** Linear interpolation of the output rows at {@code days}; the last row beyond the end. */
    static double[] interpolate(List<double[]> rows, double days) {
        for (int i = 1; i < rows.size(); i++) {
            double[] a = rows.get(i - 1);
            double[] b = rows.get(i);
            if (days <= b[0]) {
                double w = (days - a[0]) / (b[0] - a[0]);
                double[] out = new double[a.length];
                for (int j = 0; j < a.length; j++) {
                    out[j] = a[j] + w * (b[j] - a[j]);
                }
                return out;
            }
        }
        return rows.get(rows.size() - 1);
    }
}
