package org.battsim.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalTextTest {
    private static void same(double x, int digits) {
        assertEquals(String.format(Locale.ROOT, "%." + digits + "f", x), DecimalText.fixed(x, digits), "x = " + x);
    }

    @Test
    void edgeCasesMatchTheFormatter() {
        double[] xs = {
            0.0,
            -0.0,
            5e-4,
            -5e-4,
            -4e-4,
            1.0005,
            2.0005,
            0.9995,
            9.9995,
            2.675,
            4.35,
            1e-7,
            -1e-7,
            1e7,
            1.23456789e12,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY
        };
        for (double x : xs) {
            same(x, 3);
            same(x, 4);
        }
    }

    @Test
    void randomValuesMatchTheFormatter() {
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double x = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(16) - 8);
            if (i % 3 == 0) {
                x = Math.round(x * 1e4) / 1e4 + (r.nextBoolean() ? 0 : 5e-4); // halfway cases
            }
            same(x, 3);
        }
    }
}
