package org.battsim.scenarios.cells;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.battsim.model.cell.Cell;
import org.battsim.model.cell.CellControlException;
import org.battsim.model.cell.spme.SpmeCell;
import org.battsim.model.cell.spme.SpmeOptions;
import org.junit.jupiter.api.Test;

class SpmeCellTest {
    static SpmeCell cell(String set) {
        SpmeFile.Loaded l = SpmeLibrary.load(set);
        return new SpmeCell(l.parameters(), l.options());
    }

    @Test
    void startsAtTheSetsInitialConcentrations() {
        SpmeCell m = cell("marquis2019");
        m.resetToInitial(298.15);
        // PARAMETERS-Marquis2019.md section 4: OCV at x0 = 0.8, y0 = 0.6 is 3.851821 V.
        assertEquals(3.851821, m.voltage(), 2e-6);
        assertEquals(3.851821, m.openCircuitVoltage(), 2e-6);
        SpmeCell c = cell("chen2020");
        c.resetToInitial(298.15);
        // PARAMETERS-Chen2020.md section 4: 4.180941 V.
        assertEquals(4.180941, c.voltage(), 2e-6);
    }

    @Test
    void socZeroAndOneSitAtTheSetsOcvLimits() {
        for (String set : SpmeLibrary.names()) {
            SpmeCell c = cell(set);
            var p = c.parameters();
            c.reset(1.0, p.referenceTemperature);
            assertEquals(p.ocvAt100, c.openCircuitVoltage(), 1e-9, set);
            c.reset(0.0, p.referenceTemperature);
            assertEquals(p.ocvAt0, c.openCircuitVoltage(), 1e-9, set);
            assertEquals(0.0, c.soc(), 1e-12);
            assertTrue(c.minSoc() <= 0 && c.maxSoc() >= 1, set);
        }
    }

    @Test
    void trialsDoNotDisturbTheCommittedState() {
        SpmeCell a = cell("chen2020");
        SpmeCell b = cell("chen2020");
        a.resetToInitial(298.15);
        b.resetToInitial(298.15);
        for (int k = 0; k < 20; k++) {
            a.trial(Cell.Control.CURRENT, 5, 3.7);
            a.trial(Cell.Control.VOLTAGE, 3.9, 11);
            a.trial(Cell.Control.CURRENT, 5, 10);
            a.commit();
            b.trial(Cell.Control.CURRENT, 5, 10);
            b.commit();
        }
        assertEquals(b.voltage(), a.voltage(), 0.0);
        assertEquals(b.temperature(), a.temperature(), 0.0);
        assertArrayEquals(b.particleConcentrations(true), a.particleConcentrations(true), 0.0);
        assertArrayEquals(b.particleConcentrations(false), a.particleConcentrations(false), 0.0);
        assertEquals(b.energy().electricalOut(), a.energy().electricalOut(), 0.0);
    }

    @Test
    void voltagePowerAndResistanceControlsAreMetAtTheEndOfTheStep() {
        SpmeCell c = cell("chen2020");
        c.reset(0.3, 298.15);
        c.trial(Cell.Control.VOLTAGE, 4.0, 30);
        assertEquals(4.0, c.voltage(), 1e-10);
        assertTrue(c.current() < 0, "holding above the OCV charges");
        c.trial(Cell.Control.POWER, 10, 30);
        assertEquals(10, c.current() * c.voltage(), 1e-8);
        c.trial(Cell.Control.RESISTANCE, 1.0, 30);
        assertEquals(c.voltage(), c.current() * 1.0, 1e-9);
        // A constant-voltage hold: the current decays as the cell fills.
        c.reset(0.95, 298.15);
        double prev = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 60; k++) {
            c.trial(Cell.Control.VOLTAGE, 4.2, 10);
            c.commit();
            assertEquals(4.2, c.voltage(), 1e-10);
            assertTrue(c.current() > prev - 1e-9, "charging current (negative) shrinks in magnitude");
            prev = c.current();
        }
        assertThrows(CellControlException.class, () -> c.trial(Cell.Control.POWER, 1e6, 1));
    }

    @Test
    void lumpedTemperatureRisesUnderLoadAndRelaxes() {
        SpmeCell c = cell("chen2020");
        c.resetToInitial(298.15);
        for (int k = 0; k < 120; k++) {
            c.trial(Cell.Control.CURRENT, 10, 10);
            c.commit();
        }
        double hot = c.temperature();
        assertTrue(hot > 298.15 + 3, "2C for 20 minutes heats the cell: " + hot);
        for (int k = 0; k < 360; k++) {
            c.trial(Cell.Control.CURRENT, 0, 10);
            c.commit();
        }
        assertTrue(c.temperature() < hot - 2 && c.temperature() > 298.15);
        // The books close: delivered = chemical drop − heat.
        var e = c.energy();
        assertEquals(-e.chemicalChange() - e.joule(), e.electricalOut(), 1e-9 * Math.abs(e.chemicalChange()));
        assertTrue(e.joule() > 0);
        assertEquals(1200 * 10, e.chargeOut(), 1e-9);
    }

    @Test
    void coldCellsDeliverLowerVoltage() {
        SpmeFile.Loaded l = SpmeLibrary.load("chen2020");
        SpmeCell warm = new SpmeCell(l.parameters(), l.options().withThermal(SpmeOptions.Thermal.ISOTHERMAL));
        SpmeCell cold = new SpmeCell(l.parameters(), l.options().withThermal(SpmeOptions.Thermal.ISOTHERMAL));
        warm.reset(0.8, 298.15);
        cold.reset(0.8, 263.15);
        warm.trial(Cell.Control.CURRENT, 5, 60);
        cold.trial(Cell.Control.CURRENT, 5, 60);
        assertTrue(
                cold.voltage() < warm.voltage() - 0.02,
                "Arrhenius kinetics: " + cold.voltage() + " vs " + warm.voltage());
    }

    @Test
    void agingFromOutsideScalesCapacityAndResistance() {
        SpmeCell c = cell("chen2020");
        c.reset(0.8, 298.15);
        double cap = c.capacityAh();
        c.trial(Cell.Control.CURRENT, 5, 1e-3);
        double drop = c.openCircuitVoltage() - c.voltage();
        c.setAging(0.8, 1.5);
        assertEquals(0.8 * cap, c.capacityAh(), 1e-9 * cap);
        assertEquals(0.8, c.soc(), 1e-12);
        c.trial(Cell.Control.CURRENT, 5, 1e-3);
        double agedDrop = c.openCircuitVoltage() - c.voltage();
        assertTrue(agedDrop > 1.4 * drop, drop + " V -> " + agedDrop + " V");
        assertThrows(IllegalArgumentException.class, () -> c.setAging(1.2, 1));
    }
}
