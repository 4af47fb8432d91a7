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
            double relStep = rnd.nextInt(1000) == 0 ? 0.1 : 1e-3 * Math.pow(10, -4 * rnd.nextDouble());
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
