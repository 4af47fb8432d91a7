package org.battsim.model.power;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.battsim.model.engine.SeededRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CableTest {
    static Cable intermittent(long seed, double p, double hz) {
        Cable c = new Cable(new CableParameters("flex", 1, 28, 28, 0.03, 10, p), new SeededRandom(seed));
        c.motionRate(hz);
        c.breakWire(Wire.VBUS, WireState.INTERMITTENT);
        return c;
    }

    /** Whether VBUS conducts at the end of each of {@code n} steps of {@code dt}. */
    static boolean[] trace(Cable c, int n, double dt) {
        return trace(c, 0, n, dt);
    }

    static boolean[] trace(Cable c, double t0, int n, double dt) {
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            c.advance(t0 + i * dt, dt);
            out[i] = c.connected(Wire.VBUS);
        }
        return out;
    }

    @Test
    void intactWiresHaveCopperPlusPlugContact() {
        Cable c = new Cable(Fixtures.cable(1.5, 26), new SeededRandom(3));
        assertEquals(1.5 * 0.134 + 0.03, c.resistance(Wire.VBUS), 1e-12);
        assertEquals(1.5 * 0.134 + 0.03, c.resistance(Wire.GND), 1e-12);
        assertEquals(1.5 * 0.213 + 0.03, c.resistance(Wire.D_PLUS), 1e-12);
        for (Wire w : Wire.values()) {
            assertTrue(c.connected(w));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"VBUS", "GND", "D_PLUS", "D_MINUS"})
    void everyFaultCanBeAppliedAndRepairedAtAnyTime(Wire w) {
        Cable c = new Cable(Fixtures.cable(1, 28), new SeededRandom(3));
        double intact = c.resistance(w);
        c.advance(0, 17.3);
        c.breakWire(w, WireState.STRANDS_BROKEN);
        assertEquals(10 * (intact - 0.03) + 0.03, c.resistance(w), 1e-12);
        c.breakWire(w, WireState.OPEN);
        assertFalse(c.connected(w));
        assertEquals(Double.POSITIVE_INFINITY, c.resistance(w));
        c.advance(17.3, 5);
        c.repair(w);
        assertEquals(intact, c.resistance(w), 0);
        assertEquals(WireState.INTACT, c.state(w));
    }

    @Test
    void intermittentIsReproducibleForTheSameSeedAndDiffersAcrossSeeds() {
        boolean[] a = trace(intermittent(42, 0.3, 1), 2000, 0.5);
        boolean[] b = trace(intermittent(42, 0.3, 1), 2000, 0.5);
        boolean[] c = trace(intermittent(43, 0.3, 1), 2000, 0.5);
        assertArrayEquals(a, b);
        assertFalse(java.util.Arrays.equals(a, c));
    }

    @Test
    void intermittentStateAtAGivenTimeDoesNotDependOnTheStepSize() {
        SplittableRandom cuts = new SplittableRandom(7);
        for (int k = 0; k < 20; k++) {
            Cable coarse = intermittent(100 + k, 0.4, 0.5);
            Cable fine = intermittent(100 + k, 0.4, 0.5);
            double t = 0;
            while (t < 300) {
                double dt = Math.min(300 - t, 0.01 + 5 * cuts.nextDouble());
                fine.advance(t, dt);
                t += dt;
            }
            coarse.advance(0, 300);
            assertEquals(coarse.connected(Wire.VBUS), fine.connected(Wire.VBUS), "seed " + (100 + k));
        }
    }

    /** Samples far apart compared with 1/rate are independent draws: the open fraction is binomial. */
    @ParameterizedTest(name = "p = {0}")
    @CsvSource({"0.1", "0.3", "0.7"})
    void openFractionMatchesTheProbability(double p) {
        int n = 20_000;
        boolean[] s = trace(intermittent(9, p, 2), n, 10);
        int open = 0;
        for (boolean closed : s) {
            open += closed ? 0 : 1;
        }
        double sigma = Math.sqrt(p * (1 - p) / n);
        assertEquals(p, (double) open / n, 4.5 * sigma);
    }

    /** Steps of a cable with no shaking wire skip the wires; a wire made intermittent later still moves. */
    @Test
    void aWireMadeIntermittentAfterQuietStepsStartsMoving() {
        Cable c = new Cable(new CableParameters("flex", 1, 28, 28, 0.03, 10, 0.5), new SeededRandom(11));
        c.motionRate(2);
        for (boolean closed : trace(c, 500, 1)) {
            assertTrue(closed, "intact wires never open");
        }
        c.breakWire(Wire.VBUS, WireState.INTERMITTENT);
        int opened = 0;
        for (boolean closed : trace(c, 500, 500, 1)) {
            opened += closed ? 0 : 1;
        }
        assertTrue(opened > 150 && opened < 350, "p = 0.5 at 2 Hz: " + opened + " of 500 samples open");
        c.repair(Wire.VBUS);
        for (boolean closed : trace(c, 1000, 500, 1)) {
            assertTrue(closed, "repaired: closed from now on");
        }
    }

    @Test
    void stillCableKeepsItsContact() {
        Cable c = intermittent(5, 0.9, 0);
        boolean[] s = trace(c, 1000, 1);
        for (boolean closed : s) {
            assertTrue(closed, "no movement, no opening");
        }
        c.motionRate(1);
        int opened = 0;
        for (boolean closed : trace(c, 1000, 1000, 1)) {
            opened += closed ? 0 : 1;
        }
        assertTrue(opened > 700, "moving at 1 Hz with p = 0.9: " + opened + " of 1000 samples open");
    }

    @Test
    void invalidParametersAreRejectedWithTheQuantity() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new CableParameters("x", -1, 28, 28, 0.03, 10, 0.3));
        assertTrue(e.getMessage().contains("cable length"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new CableParameters("x", 1, 28, 28, 0.03, 0.5, 0.3));
        assertTrue(e.getMessage().contains("broken-strands factor"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new CableParameters("x", 1, 28, 28, 0.03, 10, 1.3));
        assertTrue(e.getMessage().contains("probability"), e.getMessage());
    }
}
