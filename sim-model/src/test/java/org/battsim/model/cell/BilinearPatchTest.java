package org.battsim.model.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The patched evaluation against each table's own {@link Table#eval}, walked like a charge and jumping around. */
class BilinearPatchTest {
    private static final double[] SOC = {0, 0.02, 0.1, 0.35, 0.5, 0.8, 1.0, 1.02};
    private static final double[] TEMP = {273.15, 283.15, 298.15, 313.15};

    private static Table table(double scale, double tempSlope) {
        double[][] v = new double[SOC.length][TEMP.length];
        for (int i = 0; i < SOC.length; i++) {
            for (int j = 0; j < TEMP.length; j++) {
                v[i][j] = scale * (1 + 0.5 * Math.cos(5 * SOC[i])) * Math.exp(tempSlope * (298.15 - TEMP[j]));
            }
        }
        return Table.ofSocTemperature(SOC, TEMP, v);
    }

    private static void check(BilinearPatch patch, Table[] tables, double s, double tK) {
        double[] out = new double[tables.length];
        patch.eval(s, tK, out);
        for (int j = 0; j < tables.length; j++) {
            double ref = tables[j].eval(s, tK, 0, new Table.Cursor());
            assertEquals(ref, out[j], 4e-15 * Math.abs(ref), "table " + j + " at SoC " + s + ", " + tK + " K");
        }
    }

    @Test
    void agreesWithEachTableAlongAChargeAndAtRandomPoints() {
        Table[] tables = {table(0.02, 0.03), table(0.01, 0.03), table(3000, 0), table(0.015, 0.02), table(40000, 0)};
        BilinearPatch patch = new BilinearPatch(tables);
        // A charge: SoC and temperature creep, crossing cells on both axes.
        double s = 0.0;
        double tK = 280;
        for (int k = 0; k < 20_000; k++) {
            check(patch, tables, s, tK);
            s += 5e-5;
            tK += 1e-3;
        }
        // Anywhere, including beyond every end (held values).
        SplittableRandom rnd = new SplittableRandom(11);
        for (int k = 0; k < 20_000; k++) {
            check(patch, tables, -0.1 + 1.3 * rnd.nextDouble(), 250 + 90 * rnd.nextDouble());
        }
    }

    @Test
    void aTemperatureFreeGridIsLinearInSocOnly() {
        Table a = Table.ofSoc(SOC, new double[] {1, 2, 4, 3, 5, 6, 7, 7.5});
        Table b = Table.ofSoc(SOC, new double[] {0.5, 0.4, 0.3, 0.2, 0.25, 0.3, 0.35, 0.4});
        Table[] tables = {a, b};
        BilinearPatch patch = new BilinearPatch(tables);
        SplittableRandom rnd = new SplittableRandom(12);
        for (int k = 0; k < 10_000; k++) {
            check(patch, tables, -0.05 + 1.1 * rnd.nextDouble(), 200 + 200 * rnd.nextDouble());
        }
    }

    @Test
    void refusesTablesOnOtherGridsOrWithACurrentAxis() {
        Table a = table(1, 0.01);
        Table other = Table.ofSoc(SOC, new double[SOC.length]);
        assertFalse(BilinearPatch.applies(a, other));
        Table withCurrent = Table.of(new double[] {0, 1}, new double[] {298.15}, new double[] {0, 1}, new double[4]);
        assertFalse(BilinearPatch.applies(withCurrent));
        assertThrows(IllegalArgumentException.class, () -> new BilinearPatch(a, other));
    }
}
