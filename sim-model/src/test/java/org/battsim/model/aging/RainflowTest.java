package org.battsim.model.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RainflowTest {
    static Map<Double, Double> count(double... series) {
        Map<Double, Double> out = new TreeMap<>();
        Rainflow rf = new Rainflow().listener((range, c) -> out.merge(range, c, Double::sum));
        for (double x : series) {
            rf.add(x);
        }
        rf.finish();
        return out;
    }

    /** The worked example of ASTM E1049-85 (2011), section 5.4.4. */
    @Test
    void astmExample() {
        Map<Double, Double> got = count(-2, 1, -3, 5, -1, 3, -4, 4, -2);
        assertEquals(Map.of(3.0, 0.5, 4.0, 1.5, 6.0, 0.5, 8.0, 1.0, 9.0, 0.5), got);
    }

    /** Flat stretches and samples between the turning points change nothing. */
    @Test
    void onlyTurningPointsMatter() {
        assertEquals(
                count(-2, 1, -3, 5, -1, 3, -4, 4, -2),
                count(-2, -1, 0, 1, 1, 1, -3, 0, 5, 5, -1, 3, 2, -4, 4, 4, 0, -2));
    }

    /** A daily phone duty: one full 100 % cycle and a 10 % top-up cycle inside it. */
    @Test
    void depthOfDischargeOfANestedCycle() {
        Rainflow rf = new Rainflow();
        for (double x : new double[] {1.0, 0.7, 0.6, 0.7, 0.3, 0.0, 0.5, 1.0}) {
            rf.add(x);
        }
        rf.finish();
        // One 0.1 cycle (0.6 -> 0.7 -> 0.6) and the full swing as two half cycles of 1.0.
        assertEquals(2.0, rf.cycles(), 1e-12);
        assertEquals(1.1, rf.sumCountRange(), 1e-12);
        assertEquals((0.01 + 1.0) / 1.1, rf.weightedMeanRange(), 1e-12);
    }
}
