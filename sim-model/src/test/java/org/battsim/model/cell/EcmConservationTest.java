package org.battsim.model.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Charge and energy conservation over random profiles on random cells. */
class EcmConservationTest {

    /** Runs a random current profile, returning the charge the test itself counted (C). */
    private static double runProfile(EcmCell cell, SplittableRandom rnd, int steps) {
        double counted = 0;
        double cap = cell.capacityAh();
        for (int s = 0; s < steps; s++) {
            double dt = 0.1 + rnd.nextDouble() * 20;
            double i = (rnd.nextDouble() * 2 - 1) * cap * 1.5;
            // Keep inside the table: steer the current back when near an end.
            double z = cell.soc();
            if (z - i * dt / (cap * 3600) < 0.02 || z - i * dt / (cap * 3600) > 0.98) {
                i = -i;
            }
            cell.trial(Cell.Control.CURRENT, i, dt);
            cell.commit();
            counted += i * dt;
        }
        return counted;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void chargeCountedEqualsSocChangeTimesCapacity(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        EcmCell cell = new EcmCell(TestCells.random(rnd, seed % 2 == 0));
        double z0 = 0.2 + 0.6 * rnd.nextDouble();
        cell.reset(z0, 298.15);
        double counted = runProfile(cell, rnd, 2000);
        double fromSoc = (z0 - cell.soc()) * cell.capacityAh() * 3600;
        assertEquals(counted, fromSoc, 1e-9 * Math.max(1, cell.energy().chargeThroughput()));
    }

    /**
     * Electrical energy out + Joule + RC dissipation + capacitor energy change + hysteresis loss equals
     * the drop of chemical energy, the latter integrated here from the OCV knots, independently of
     * the model's own bookkeeping. Isothermal, so the OCV stays on one temperature row.
     */
    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
    void energyBalanceCloses(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        EcmParameters p = TestCells.random(rnd, true);
        EcmCell cell = new EcmCell(p);
        double z0 = 0.3 + 0.4 * rnd.nextDouble();
        cell.reset(z0, 298.15);
        runProfile(cell, rnd, 3000);
        double z1 = cell.soc();
        double chem = p.nominalCapacityAh() * 3600 * integrateOcv(p.ocv(), z0, z1);
        EnergyLedger e = cell.energy();
        double lhs = e.electricalOut() + e.joule() + e.rcDissipated() + e.rcStoredChange() + e.hysteresis();
        double scale = e.joule() + e.rcDissipated() + Math.abs(e.electricalOut()) + Math.abs(chem);
        assertEquals(-chem, lhs, 1e-9 * scale);
        assertEquals(chem, e.chemicalChange(), 1e-9 * scale);
        assertTrue(e.joule() > 0 && e.rcDissipated() > 0);
    }

    /** ∫ OCV dz from z0 to z1 at 298.15 K, piece by piece between the table's knots. */
    static double integrateOcv(Table ocv, double z0, double z1) {
        double[] s = ocv.socAxis();
        Table.Cursor c = new Table.Cursor();
        double lo = Math.min(z0, z1), hi = Math.max(z0, z1);
        double sum = 0;
        double x = lo;
        for (int i = 0; i < s.length && x < hi; i++) {
            if (s[i] <= x) {
                continue;
            }
            double b = Math.min(s[i], hi);
            sum += 0.5 * (ocv.eval(x, 298.15, 0, c) + ocv.eval(b, 298.15, 0, c)) * (b - x);
            x = b;
        }
        if (x < hi) {
            sum += 0.5 * (ocv.eval(x, 298.15, 0, c) + ocv.eval(hi, 298.15, 0, c)) * (hi - x);
        }
        return z1 >= z0 ? sum : -sum;
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void electricalEnergyMatchesAFinelySampledVoltageTimesCurrent(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        EcmParameters p = TestCells.random(rnd, true);
        // Same model stepped coarsely (ledger) and finely (sampled V·I): constant parameters inside
        // a coarse step only in the coarse run, so compare with a loose, first-order tolerance.
        EcmCell coarse = new EcmCell(p);
        EcmCell fine = new EcmCell(p);
        coarse.reset(0.8, 298.15);
        fine.reset(0.8, 298.15);
        double sampled = 0;
        double i = p.nominalCapacityAh();
        for (int s = 0; s < 1800; s++) {
            coarse.trial(Cell.Control.CURRENT, i, 1);
            coarse.commit();
            for (int j = 0; j < 100; j++) {
                double v0 = fine.voltage();
                fine.trial(Cell.Control.CURRENT, i, 0.01);
                fine.commit();
                sampled += 0.5 * (v0 + fine.voltage()) * i * 0.01;
            }
        }
        assertEquals(sampled, coarse.energy().electricalOut(), 2e-4 * sampled);
    }
}
