package org.battsim.scenarios.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.battsim.model.cell.EcmParameters;
import org.battsim.scenarios.cells.CellLibrary;
import org.junit.jupiter.api.Test;

class SweepTest {
    @Test
    void gridPointsInRowMajorOrder() {
        SweepGrid g = new SweepGrid(List.of(
                new SweepGrid.Axis("a", List.of("a0", "a1")), new SweepGrid.Axis("b", List.of("b0", "b1", "b2"))));
        assertEquals(6, g.size());
        List<SweepGrid.Point> ps = g.points();
        assertArrayEquals(new int[] {0, 0}, ps.get(0).index());
        assertArrayEquals(new int[] {0, 2}, ps.get(2).index());
        assertArrayEquals(new int[] {1, 0}, ps.get(3).index());
        assertArrayEquals(new int[] {1, 2}, ps.get(5).index());
        assertThrows(IllegalArgumentException.class, () -> new SweepGrid.Axis("empty", List.of()));
    }

    @Test
    void localRunnerKeepsThePointOrder() {
        List<Integer> points = IntStream.range(0, 50).boxed().toList();
        for (int threads : new int[] {1, 2, 5}) {
            List<Integer> out = new LocalSweepRunner(threads).run(points, p -> {
                // Later points finish first.
                long until = System.nanoTime() + (50 - p) * 20_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                return p * p;
            });
            assertEquals(points.stream().map(p -> p * p).toList(), out, threads + " threads");
        }
    }

    @Test
    void localRunnerReportsTheFirstFailingPoint() {
        SweepRunner.SweepException e = assertThrows(
                SweepRunner.SweepException.class,
                () -> new LocalSweepRunner(3).run(List.of(1, 2, 3, 4), p -> {
                    if (p >= 3) {
                        throw new IllegalStateException("bad point " + p);
                    }
                    return p;
                }));
        assertEquals(2, e.index());
        assertTrue(e.getMessage().contains("sweep point 3: bad point 3"), e.getMessage());
    }

    @Test
    void cellVariationIsSeededPerSample() {
        List<CellVariation> a = CellVariation.draw(7, 5, 0.02, 0.05);
        List<CellVariation> b = CellVariation.draw(7, 200, 0.02, 0.05);
        assertEquals(CellVariation.NOMINAL, a.get(0));
        assertEquals(a, b.subList(0, 6), "a sample does not depend on how many are drawn");
        assertNotEquals(a, CellVariation.draw(8, 5, 0.02, 0.05));
        // Mean 1 and the standard deviations asked for, within sampling error of 2000 draws.
        List<CellVariation> many = CellVariation.draw(1, 2000, 0.02, 0.05);
        double[] q = many.subList(1, many.size()).stream()
                .mapToDouble(CellVariation::capacityScale)
                .toArray();
        double[] r = many.subList(1, many.size()).stream()
                .mapToDouble(CellVariation::resistanceScale)
                .toArray();
        assertEquals(1, mean(q), 0.02 * 4 / Math.sqrt(2000));
        assertEquals(0.02, sd(q), 0.02 * 0.1);
        assertEquals(1, mean(r), 0.05 * 4 / Math.sqrt(2000));
        assertEquals(0.05, sd(r), 0.05 * 0.1);
    }

    @Test
    void variationScalesCapacityAndResistancesKeepingTimeConstants() {
        EcmParameters p = CellLibrary.load("phone-lco-3080");
        EcmParameters v = new CellVariation(1, 0.9, 1.2).apply(p);
        assertEquals(0.9 * p.nominalCapacityAh(), v.nominalCapacityAh(), 1e-12);
        assertEquals(1.2 * p.r0().min(), v.r0().min(), 1e-15);
        assertEquals(1.2 * p.r0().max(), v.r0().max(), 1e-15);
        for (int i = 0; i < p.rcPairs().size(); i++) {
            EcmParameters.RcPair a = p.rcPairs().get(i);
            EcmParameters.RcPair b = v.rcPairs().get(i);
            assertEquals(1.2 * a.resistance().max(), b.resistance().max(), 1e-15);
            assertEquals(
                    a.capacitance().max() / 1.2,
                    b.capacitance().max(),
                    1e-9 * a.capacitance().max());
        }
        assertEquals(p, CellVariation.NOMINAL.apply(p));
    }

    static double mean(double[] x) {
        double s = 0;
        for (double d : x) {
            s += d;
        }
        return s / x.length;
    }

    static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double d : x) {
            s += (d - m) * (d - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }
}
