package org.battsim.scenarios.cells;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.battsim.model.cell.Cell;
import org.battsim.model.cell.spme.SpmeCell;
import org.battsim.model.cell.spme.SpmeOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lithium is neither made nor lost by the numerics: particles + electrolyte (+ side products). */
class SpmeConservationTest {

    @ParameterizedTest
    @CsvSource({
        "marquis2019, NONE, NONE, 1",
        "chen2020, NONE, NONE, 2",
        "ecker2015, NONE, NONE, 3",
        "chen2020-ocp-tables, NONE, NONE, 4",
        "chen2020, REACTION_LIMITED, PARTIALLY_REVERSIBLE, 5",
        "marquis2019, SOLVENT_DIFFUSION_LIMITED, IRREVERSIBLE, 6",
    })
    void lithiumIsConservedTo1e9(String set, SpmeOptions.SeiModel sei, SpmeOptions.PlatingModel plating, long seed) {
        SpmeFile.Loaded l = SpmeLibrary.load(set);
        SpmeCell cell = new SpmeCell(l.parameters(), l.options().withSei(sei).withPlating(plating));
        cell.resetToInitial(268.15 + 10 * (seed % 3));
        double li0 = cell.lithiumInventory();
        double c = l.parameters().nominalCapacityAh;
        SplittableRandom rnd = new SplittableRandom(seed);
        double worst = 0;
        // A discharge, a rest, a fast charge, a voltage hold, then random pulses of either sign.
        worst = Math.max(worst, run(cell, Cell.Control.CURRENT, c, 1800, 5, li0));
        worst = Math.max(worst, run(cell, Cell.Control.CURRENT, 0, 600, 10, li0));
        worst = Math.max(worst, run(cell, Cell.Control.CURRENT, -2 * c, 900, 2, li0));
        worst = Math.max(worst, run(cell, Cell.Control.VOLTAGE, cell.voltage(), 600, 3, li0));
        for (int k = 0; k < 40; k++) {
            double i = (rnd.nextDouble() * 3 - 1.5) * c;
            double dt = 0.5 + rnd.nextDouble() * 20;
            if (cell.voltage() > l.parameters().upperCutoff - 0.05 && i < 0) {
                i = -i;
            }
            if (cell.voltage() < l.parameters().lowerCutoff + 0.1 && i > 0) {
                i = -i;
            }
            worst = Math.max(worst, run(cell, Cell.Control.CURRENT, i, dt * 3, dt, li0));
        }
        assertTrue(worst < 1e-9, set + ": relative lithium drift " + worst);
        if (sei != SpmeOptions.SeiModel.NONE) {
            assertTrue(cell.lithiumInventoryLostAh() > 0, "side reactions took lithium");
            double particlesLost = li0 - cell.particleLithium() - electrolyte(cell, li0);
            assertTrue(particlesLost > 0);
        }
    }

    /** Electrolyte lithium = inventory − particles − side products; only to keep the test readable. */
    private static double electrolyte(SpmeCell cell, double li0) {
        double side = cell.lithiumInventoryLostAh() * 3600 / 96485.33212331001;
        return cell.lithiumInventory() - cell.particleLithium() - side;
    }

    private static double run(
            SpmeCell cell, Cell.Control control, double value, double duration, double dt, double li0) {
        double worst = 0;
        for (double t = 0; t < duration - 1e-9; t += dt) {
            // A discarded trial first: trials must not disturb the committed state.
            cell.trial(control, value, 0.37 * dt);
            cell.trial(control, value, Math.min(dt, duration - t));
            cell.commit();
            worst = Math.max(worst, Math.abs(cell.lithiumInventory() - li0) / li0);
        }
        return worst;
    }
}
