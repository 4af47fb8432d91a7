package org.battsim.model.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LawTest {
    static Stream<Law> exactLaws() {
        return Stream.of(
                new Law.Power(0.5, Law.Update.EQUIVALENT),
                new Law.Power(0.75, Law.Update.EQUIVALENT),
                new Law.Power(1, Law.Update.EQUIVALENT),
                new Law.Linear(),
                new Law.Sigmoid(0.3, 1.7),
                new Law.Sigmoid(0.1, 0.6),
                new Law.Relaxation(0.2));
    }

    /** Under a constant rate, any sequence of steps lands on the closed form y = f(k, x). */
    @ParameterizedTest
    @MethodSource("exactLaws")
    void equivalentUpdateFollowsTheClosedFormWhateverTheSteps(Law law) {
        SplittableRandom rnd = new SplittableRandom(20260515L);
        for (int trial = 0; trial < 200; trial++) {
            double k = Math.exp(rnd.nextDouble(-9, 0));
            double y = 0;
            double x = 0;
            int steps = 1 + rnd.nextInt(300);
            for (int i = 0; i < steps; i++) {
                double dx = Math.exp(rnd.nextDouble(-6, 3));
                y = law.advance(y, k, dx);
                x += dx;
            }
            double exact = closedForm(law, k, x);
            assertEquals(exact, y, 1e-10 * Math.max(1, Math.abs(exact)), law + " k=" + k + " x=" + x);
        }
    }

    /** Closed forms written out independently of the implementation. */
    static double closedForm(Law law, double k, double x) {
        if (law instanceof Law.Power p) {
            return k * Math.pow(x, p.p());
        }
        if (law instanceof Law.Linear) {
            return k * x;
        }
        if (law instanceof Law.Sigmoid s) {
            return 2 * s.yMax() * (0.5 - 1 / (1 + Math.exp(Math.pow(k * x, s.p()))));
        }
        Law.Relaxation r = (Law.Relaxation) law;
        return r.yMax() * (1 - Math.exp(-k * x));
    }

    @ParameterizedTest
    @MethodSource("exactLaws")
    void trajectoryIsTheClosedForm(Law law) {
        for (double x : new double[] {0.01, 1, 37, 500}) {
            assertEquals(closedForm(law, 0.003, x), law.trajectory(0.003, x), 1e-12);
        }
    }

    /** BLAST-Lite's explicit step: exact from zero, then converging to y = k·x^p as steps shrink. */
    @Test
    void explicitUpdateConvergesToTheClosedForm() {
        for (double p : new double[] {0.5, 0.75}) {
            Law law = new Law.Power(p, Law.Update.EXPLICIT);
            double k = 0.0063;
            double x = 300;
            assertEquals(k * Math.pow(x, p), law.advance(0, k, x), 1e-15);
            double previous = Double.POSITIVE_INFINITY;
            for (int n : new int[] {10, 100, 1000, 10000}) {
                double y = 0;
                for (int i = 0; i < n; i++) {
                    y = law.advance(y, k, x / n);
                }
                double err = Math.abs(y / (k * Math.pow(x, p)) - 1);
                assertTrue(err < previous, "error must shrink with the step: " + err + " at n=" + n);
                previous = err;
            }
            assertTrue(previous < 2e-3, "relative error " + previous + " with 10000 steps");
        }
    }

    /** Varying rates never make a state fall, and a negative rate leaves it unchanged. */
    @Test
    void statesNeverFall() {
        SplittableRandom rnd = new SplittableRandom(7);
        List<Law> laws = Stream.concat(exactLaws(), Stream.of(new Law.Power(0.5, Law.Update.EXPLICIT)))
                .toList();
        for (Law law : laws) {
            double y = 0;
            for (int i = 0; i < 2000; i++) {
                double k = rnd.nextDouble(-0.01, 0.05);
                double next = law.advance(y, k, rnd.nextDouble(0, 5));
                assertTrue(next >= y, law + ": " + next + " after " + y);
                if (k <= 0) {
                    assertEquals(y, next);
                }
                y = next;
            }
        }
    }
}
