package org.battsim.model.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProfileAgingTest {
    static final AgingModel MODEL = TestModels.sanyo(TestModels.linearOcv());

    /** One day at 15-minute steps: 1C discharge, C/2 charge, rest full (BLAST case A's shape). */
    static double[][] dailyCycle(double tempC) {
        int n = 97;
        double[][] p = new double[3][n];
        for (int i = 0; i < n; i++) {
            p[0][i] = 900.0 * i;
            p[1][i] = i <= 4 ? 1 - 0.25 * i : (i <= 12 ? 0.125 * (i - 4) : 1);
            p[2][i] = tempC + 273.15;
        }
        return p;
    }

    static double[][] storage(double soc, double tempC) {
        double[][] p = dailyCycle(tempC);
        java.util.Arrays.fill(p[1], soc);
        return p;
    }

    static List<double[]> run(double[][] p, double years, boolean replay) {
        List<double[]> rows = new ArrayList<>();
        new ProfileAging(MODEL, p[0], p[1], p[2])
                .run(years, (d, e, q, r) -> rows.add(new double[] {d, e, q, r}), replay);
        return rows;
    }

    static double[] last(List<double[]> rows) {
        return rows.get(rows.size() - 1);
    }

    @Test
    void replayingPeriodsGivesWhatFeedingEverySampleGives() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int trial = 0; trial < 20; trial++) {
            int n = 5 + rnd.nextInt(60);
            double[][] p = new double[3][n];
            double t = 0;
            for (int i = 0; i < n; i++) {
                p[0][i] = t;
                t += 60 + rnd.nextDouble() * 3600;
                p[1][i] = rnd.nextDouble();
                p[2][i] = 273.15 + 15 + 30 * rnd.nextDouble();
            }
            double years = 0.05 + rnd.nextDouble();
            List<double[]> a = run(p, years, true);
            List<double[]> b = run(p, years, false);
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < 4; j++) {
                    assertEquals(b.get(i)[j], a.get(i)[j], 1e-9 * Math.max(1, Math.abs(b.get(i)[j])), "row " + i);
                }
            }
        }
    }

    @Test
    void aDailyProfileIsUpdatedOncePerDay() {
        List<double[]> rows = run(dailyCycle(25), 1, true);
        assertEquals(365, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i + 1, rows.get(i)[0], 1e-9);
        }
    }

    /** Four full cycles a day: updates per equivalent full cycle, at the turning points. */
    @Test
    void manyCyclesADayAreUpdatedPerCycle() {
        int n = 25;
        double[][] p = new double[3][n];
        for (int i = 0; i < n; i++) {
            p[0][i] = 3600.0 * i;
            int ph = i % 6;
            p[1][i] = ph <= 3 ? 1 - ph / 3.0 : (ph - 3) / 3.0;
            p[2][i] = 298.15;
        }
        List<double[]> rows = run(p, 10 / 365.0, true);
        assertEquals(40, rows.size());
        assertEquals(0.25, rows.get(0)[0], 1e-12);
    }

    @Test
    void storageFadesLessThanCycling() {
        double[] cycling = last(run(dailyCycle(25), 5, true));
        for (double soc : new double[] {0.5, 1.0}) {
            double[] stored = last(run(storage(soc, 25), 5, true));
            assertTrue(
                    stored[2] > cycling[2],
                    "capacity after storage at " + soc + ": " + stored[2] + " vs " + cycling[2]);
            assertTrue(stored[3] < cycling[3], "resistance after storage at " + soc);
            assertEquals(0, stored[1], 0, "storage does no cycles");
        }
    }

    @Test
    void fadeGrowsWithTemperature() {
        double prevQ = 2;
        double prevR = 0;
        for (double c : new double[] {0, 15, 25, 35, 45, 55}) {
            double[] end = last(run(dailyCycle(c), 3, true));
            assertTrue(end[2] < prevQ, "capacity at " + c + " degC: " + end[2]);
            assertTrue(end[3] > prevR, "resistance at " + c + " degC: " + end[3]);
            prevQ = end[2];
            prevR = end[3];
        }
    }

    /** Random profiles: relative capacity never rises, relative resistance never falls. */
    @Test
    void fadeAndResistanceNeverReverse() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int trial = 0; trial < 30; trial++) {
            int n = 3 + rnd.nextInt(200);
            double[][] p = new double[3][n];
            double t = 0;
            for (int i = 0; i < n; i++) {
                p[0][i] = t;
                t += 1 + rnd.nextDouble() * 20000;
                p[1][i] = rnd.nextDouble();
                p[2][i] = 273.15 - 10 + 70 * rnd.nextDouble();
            }
            double q = 1;
            double r = 1;
            for (double[] row : run(p, 0.5 + rnd.nextDouble() * 3, true)) {
                assertTrue(row[2] <= q && row[3] >= r, "reversed at day " + row[0]);
                q = row[2];
                r = row[3];
            }
        }
    }
}
