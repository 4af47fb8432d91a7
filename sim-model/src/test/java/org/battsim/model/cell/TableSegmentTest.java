package org.battsim.model.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Table#segment} against the table's own value, slope and SoC integral. */
class TableSegmentTest {
    private static final double[] SOC = {-0.01, 0, 0.1, 0.35, 0.5, 0.8, 1.0, 1.02};
    private static final double[] TEMP = {273.15, 298.15, 313.15};

    private static Table table() {
        double[][] v = new double[SOC.length][TEMP.length];
        for (int i = 0; i < SOC.length; i++) {
            for (int j = 0; j < TEMP.length; j++) {
                v[i][j] = 3.0 + 1.2 * SOC[i] + 0.3 * Math.sin(7 * SOC[i]) + 1e-3 * (TEMP[j] - 298.15);
            }
        }
        return Table.ofSocTemperature(SOC, TEMP, v);
    }

    @Test
    void valueAndSlopeAreTheTablesOwn() {
        Table t = table();
        SplittableRandom rnd = new SplittableRandom(3);
        Table.Cursor seg = new Table.Cursor();
        Table.Cursor ref = new Table.Cursor();
        for (int k = 0; k < 5000; k++) {
            double s = -0.05 + 1.1 * rnd.nextDouble();
            double tk = 265 + 55 * rnd.nextDouble();
            boolean inside = t.segment(s, tk, 0, seg);
            assertEquals(s >= SOC[0] && s <= SOC[SOC.length - 1], inside, "inside at " + s);
            assertEquals(t.eval(s, tk, 0, ref), seg.value, "value at " + s);
            assertEquals(t.slopeSoc(s, tk, 0, ref), seg.slope, "slope at " + s);
            if (inside) {
                assertTrue(seg.segmentLow <= s && s <= seg.segmentHigh, "segment holds " + s);
            }
        }
    }

    /** On the segment the interpolant is the line through the point: value and ∫ds match the table's. */
    @Test
    void lineOnTheSegmentMatchesTheInterpolantAndItsIntegral() {
        Table t = table();
        SplittableRandom rnd = new SplittableRandom(5);
        Table.Cursor seg = new Table.Cursor();
        Table.Cursor ref = new Table.Cursor();
        for (int k = 0; k < 5000; k++) {
            double s0 = SOC[0] + (SOC[SOC.length - 1] - SOC[0]) * rnd.nextDouble();
            double tk = 265 + 55 * rnd.nextDouble();
            assertTrue(t.segment(s0, tk, 0, seg));
            double s1 = seg.segmentLow + (seg.segmentHigh - seg.segmentLow) * rnd.nextDouble();
            double dz = s1 - s0;
            assertEquals(t.eval(s1, tk, 0, ref), seg.value + seg.slope * dz, 1e-14);
            double integral = t.integralSoc(s1, tk, 0, ref) - t.integralSoc(s0, tk, 0, new Table.Cursor());
            assertEquals(integral, dz * (seg.value + 0.5 * seg.slope * dz), 1e-14);
        }
    }

    @Test
    void beyondTheEndsTheValueIsHeldFlat() {
        Table t = table();
        Table.Cursor seg = new Table.Cursor();
        assertFalse(t.segment(1.5, 298.15, 0, seg));
        assertEquals(0, seg.slope);
        assertEquals(t.eval(1.02, 298.15, 0, new Table.Cursor()), seg.value);
        assertFalse(t.segment(-1, 298.15, 0, seg));
        assertEquals(0, seg.slope);
        assertFalse(Table.constant(2).segment(0.5, 298.15, 0, seg));
        assertEquals(2, seg.value);
    }
}
