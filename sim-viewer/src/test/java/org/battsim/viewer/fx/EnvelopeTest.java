package org.battsim.viewer.fx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeTest {
    @Test
    void aShortRangeIsKeptWhole() {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {5, 4, 3, 2, 1, 0};
        var p = new Envelope(x, y).reduce(1.5, 3.5, 10);
        // One sample either side of the range.
        assertEquals(4, p.n());
        assertArrayEquals(new double[] {1, 2, 3, 4}, java.util.Arrays.copyOf(p.x(), p.n()));
        assertArrayEquals(new double[] {4, 3, 2, 1}, java.util.Arrays.copyOf(p.y(), p.n()));
    }

    /** Every bucket's extremes survive, points stay in time order, and there are at most four per bucket. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void extremesOfEveryBucketSurvive(long seed) {
        var rnd = new SplittableRandom(seed);
        int n = 50_000 + rnd.nextInt(50_000);
        double[] x = new double[n];
        double[] y = new double[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            t += rnd.nextDouble(0.5, 1.5);
            x[i] = t;
            y[i] = rnd.nextInt(100) == 0 ? Double.NaN : rnd.nextGaussian() + (rnd.nextInt(1000) == 0 ? 50 : 0);
        }
        double from = x[rnd.nextInt(n / 4)];
        double to = x[n / 2 + rnd.nextInt(n / 2)];
        int buckets = 100 + rnd.nextInt(1000);
        var envelope = new Envelope(x, y);
        var p = envelope.reduce(from, to, buckets);
        assertTrue(p.n() <= 8 * buckets + 8, p.n() + " points for " + buckets + " buckets");
        assertTrue(p.n() < (to - from) / 2, p.n() + " points: not reduced");
        for (int i = 1; i < p.n(); i++) {
            assertTrue(p.x()[i] > p.x()[i - 1], "time order at " + i);
        }
        // The global extremes within the range are among the points.
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (x[i] >= from && x[i] <= to && !Double.isNaN(y[i])) {
                lo = Math.min(lo, y[i]);
                hi = Math.max(hi, y[i]);
            }
        }
        double rlo = Double.POSITIVE_INFINITY;
        double rhi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.n(); i++) {
            if (!Double.isNaN(p.y()[i])) {
                rlo = Math.min(rlo, p.y()[i]);
                rhi = Math.max(rhi, p.y()[i]);
            }
        }
        assertTrue(rlo <= lo && rhi >= hi, "range " + rlo + ".." + rhi + " against " + lo + ".." + hi);
        // Within any stretch of the range, the extremes found by a scan are found in the reduced points too (blocks
        // are exact: the pyramid and the scan agree).
        var again = envelope.reduce(from, to, buckets);
        assertArrayEquals(java.util.Arrays.copyOf(p.y(), p.n()), java.util.Arrays.copyOf(again.y(), again.n()));
        // Each reduced point is a sample of the series.
        for (int i = 0; i < p.n(); i++) {
            int k = java.util.Arrays.binarySearch(x, p.x()[i]);
            assertTrue(k >= 0);
            assertEquals(Double.doubleToLongBits(y[k]), Double.doubleToLongBits(p.y()[i]));
        }
    }

    @Test
    void aPyramidBuiltAheadGivesTheSamePointsAndOneOfAnotherLengthIsIgnored() {
        var rnd = new SplittableRandom(9);
        int n = 40_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = rnd.nextGaussian();
        }
        var lazy = new Envelope(x, y).reduce(1000, 30_000, 300, 0.5);
        var ahead = new Envelope(x, y, Envelope.pyramid(y)).reduce(1000, 30_000, 300, 0.5);
        var wrong = new Envelope(x, y, Envelope.pyramid(new double[n / 2])).reduce(1000, 30_000, 300, 0.5);
        for (var p : java.util.List.of(ahead, wrong)) {
            assertEquals(lazy.n(), p.n());
            assertArrayEquals(java.util.Arrays.copyOf(lazy.x(), lazy.n()), java.util.Arrays.copyOf(p.x(), p.n()));
            assertArrayEquals(java.util.Arrays.copyOf(lazy.y(), lazy.n()), java.util.Arrays.copyOf(p.y(), p.n()));
        }
        // x is scaled in the points returned.
        assertEquals(999 * 0.5, lazy.x()[0]);
    }
}
