package org.battsim.model.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cached step decay against {@code Math.expm1} evaluated at every x. */
class DecayTest {
    /** x drifting as a time constant that follows temperature: random walk with jumps. */
    @ParameterizedTest
    @ValueSource(doubles = {1e-9, 1e-5, 4.5e-3, 0.03, 0.7, 3, 40})
    void driftingArgumentAgreesWithExpm1ToAFewUlps(double x0) {
        SplittableRandom rnd = new SplittableRandom(Double.doubleToLongBits(x0));
        Decay d = new Decay();
        double x = x0;
        int maxOmeUlps = 0;
        for (int i = 0; i < 50_000; i++) {
            // Steps from 1e-7 to 1e-2 of x: some stay near the anchor, some cross the window's edge.
            double relStep = rnd.nextInt(1000) == 0 ? 0.1 : 1e-2 * Math.pow(10, -5 * rnd.nextDouble());
            x *= 1 + relStep * (rnd.nextBoolean() ? 1 : -1);
            d.set(x);
            double ome = -Math.expm1(-x);
            double e = 1 - ome;
            int ulps = (int) Math.round(Math.abs(d.ome - ome) / Math.ulp(ome));
            maxOmeUlps = Math.max(maxOmeUlps, ulps);
            assertEquals(e, d.e, 4 * Math.ulp(1.0), "exp(-x) at x = " + x);
        }
        assertTrue(maxOmeUlps <= 4, "1 - exp(-x) off by " + maxOmeUlps + " ulps");
    }

    /** Where the series is used furthest from its anchor, its truncation error is largest. */
    @ParameterizedTest
    @ValueSource(doubles = {1e-9, 1e-4, 0.03, 0.7, 1, 3, 40})
    void theWindowsEdgesAgreeWithExpm1(double xa) {
        for (double rel : new double[] {-0.00999, -0.005, 0.005, 0.00999}) {
            Decay d = new Decay();
            d.set(xa);
            double x = xa + rel * Math.min(xa, 1);
            d.set(x);
            double ome = -Math.expm1(-x);
            assertEquals(ome, d.ome, 3 * Math.ulp(ome), "1 - exp(-x) at x = " + x);
            assertEquals(1 - ome, d.e, 3 * Math.ulp(1.0), "exp(-x) at x = " + x);
        }
    }

    @Test
    void anUnchangedArgumentGivesExpm1sOwnValue() {
        Decay d = new Decay();
        double x = 0.0301;
        d.set(x);
        d.set(x * (1 + 1e-5));
        d.set(x);
        assertEquals(-Math.expm1(-x), d.ome);
        assertEquals(1 + Math.expm1(-x), d.e);
    }
}
