package org.battsim.scenarios.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battsim.model.cell.Cell;
import org.battsim.model.cell.spme.SpmeCell;
import org.battsim.model.cell.spme.SpmeOptions;
import org.battsim.model.cycler.ExperimentRunner;
import org.battsim.model.experiment.Experiment;
import org.battsim.scenarios.cells.SpmeFile;
import org.battsim.scenarios.cells.SpmeLibrary;
import org.battsim.scenarios.experiment.ExperimentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SEI growth and lithium plating on chen2020 (no shared data needed). */
class SpmeDegradationTest {

    @ParameterizedTest
    @EnumSource(
            value = SpmeOptions.PlatingModel.class,
            names = {"IRREVERSIBLE", "PARTIALLY_REVERSIBLE"})
    void platingAppearsWhenChargingColdAndFast(SpmeOptions.PlatingModel model) {
        DegradationChecks.PlatingCase c = DegradationChecks.charge(3, -10, model);
        assertTrue(c.minAnodePotential() < 0, "anode potential " + c.minAnodePotential());
        assertTrue(c.timeBelowZeroSeconds() > 60, "below 0 V for " + c.timeBelowZeroSeconds() + " s");
        assertTrue(c.platedAh() > 0.1, "plated " + c.platedAh());
        // Plating takes its current from the applied current: never more than what was charged.
        assertTrue(c.platedAh() < c.chargedAh(), c.platedAh() + " Ah plated of " + c.chargedAh() + " Ah charged");
    }

    @Test
    void noPlatingAtHalfCAnd25C() {
        DegradationChecks.PlatingCase irr = DegradationChecks.charge(0.5, 25, SpmeOptions.PlatingModel.IRREVERSIBLE);
        assertTrue(irr.minAnodePotential() > 0, "anode potential " + irr.minAnodePotential());
        assertEquals(0.0, irr.timeBelowZeroSeconds(), 0.0);
        assertEquals(0.0, irr.platedAh(), 0.0);
        assertTrue(irr.chargedAh() > 3.5, "a full charge: " + irr.chargedAh());
        DegradationChecks.PlatingCase rev =
                DegradationChecks.charge(0.5, 25, SpmeOptions.PlatingModel.PARTIALLY_REVERSIBLE);
        assertEquals(0.0, rev.timeBelowZeroSeconds(), 0.0);
        // O'Kane's form keeps some reversible lithium in equilibrium above 0 V; the dead part stays tiny.
        assertTrue(rev.deadAh() < 1e-4 * rev.chargedAh() * 10, "dead " + rev.deadAh());
    }

    @Test
    void colderChargingPlatesMore() {
        double cold = DegradationChecks.charge(1, 0, SpmeOptions.PlatingModel.IRREVERSIBLE)
                .platedAh();
        double warm = DegradationChecks.charge(1, 25, SpmeOptions.PlatingModel.IRREVERSIBLE)
                .platedAh();
        assertTrue(cold > 5 * warm, cold + " Ah at 0 degC vs " + warm + " Ah at 25 degC");
    }

    @Test
    void solventDiffusionLimitedSeiGrowsWithTheSquareRootOfTime() {
        DegradationChecks.SeiCase s =
                DegradationChecks.storage(SpmeOptions.SeiModel.SOLVENT_DIFFUSION_LIMITED, new double[] {16, 64});
        double l0 = 5.0;
        double ratio = (s.thicknessNm()[1] * s.thicknessNm()[1] - l0 * l0)
                / (s.thicknessNm()[0] * s.thicknessNm()[0] - l0 * l0);
        assertEquals(4.0, ratio, 1e-9, "L^2 - L0^2 grows linearly in time");
        assertTrue(s.lithiumLostAh()[1] > s.lithiumLostAh()[0]);
    }

    @Test
    void reactionLimitedSeiGrowsLinearlyAtRest() {
        DegradationChecks.SeiCase s =
                DegradationChecks.storage(SpmeOptions.SeiModel.REACTION_LIMITED, new double[] {4, 8});
        double ratio = s.lithiumLostAh()[1] / s.lithiumLostAh()[0];
        // Linear at a fixed potential; the anode potential rises a little as lithium is lost.
        assertEquals(2.0, ratio, 0.05);
    }

    @Test
    void seiTakesCapacityAndAddsResistance() {
        SpmeFile.Loaded l = SpmeLibrary.load("chen2020");
        SpmeOptions o =
                l.options().withThermal(SpmeOptions.Thermal.ISOTHERMAL).withSei(SpmeOptions.SeiModel.REACTION_LIMITED);
        SpmeCell aged = new SpmeCell(l.parameters(), o);
        SpmeCell fresh = new SpmeCell(l.parameters(), o);
        aged.reset(0.9, 298.15);
        fresh.reset(0.9, 298.15);
        double cap0 = aged.capacityAh();
        for (int k = 0; k < 30 * 24; k++) {
            aged.trial(Cell.Control.CURRENT, 0, 3600);
            aged.commit();
        }
        assertTrue(aged.lithiumInventoryLostAh() > 0.05, "lost " + aged.lithiumInventoryLostAh());
        assertEquals(aged.seiLithiumAh(), aged.lithiumInventoryLostAh(), 1e-12);
        assertTrue(aged.capacityAh() < cap0 - 0.5 * aged.lithiumInventoryLostAh(), "capacity follows lithium");
        // The film: at the same state of charge, the same current pulls the voltage down further.
        fresh.reset(aged.soc(), 298.15);
        double filmOhm = aged.seiThickness()
                * l.parameters().sei.resistivity
                / (l.parameters().negative.specificArea()
                        * l.parameters().negative.thickness
                        * l.parameters().area());
        aged.trial(Cell.Control.CURRENT, 5, 1e-3);
        fresh.trial(Cell.Control.CURRENT, 5, 1e-3);
        assertTrue(aged.voltage() < fresh.voltage() - 0.5 * 5 * filmOhm, "film resistance " + filmOhm);
    }

    @Test
    void reversiblePlatedLithiumStripsBackOnDischarge() {
        SpmeFile.Loaded l = SpmeLibrary.load("chen2020");
        SpmeCell c = new SpmeCell(
                l.parameters(),
                l.options()
                        .withPlating(SpmeOptions.PlatingModel.PARTIALLY_REVERSIBLE)
                        .withSei(SpmeOptions.SeiModel.SOLVENT_DIFFUSION_LIMITED));
        c.reset(0.1, 263.15);
        for (int k = 0; k < 120 && c.voltage() < 4.2; k++) {
            c.trial(Cell.Control.CURRENT, -15, 1);
            c.commit();
        }
        double plated = c.reversiblePlatedLithiumAh();
        double dead = c.deadLithiumAh();
        assertTrue(plated > 0.05, "plated " + plated);
        for (int k = 0; k < 600; k++) {
            c.trial(Cell.Control.CURRENT, 2, 1);
            c.commit();
        }
        assertTrue(c.reversiblePlatedLithiumAh() < 0.5 * plated, "stripped back: " + c.reversiblePlatedLithiumAh());
        assertTrue(c.deadLithiumAh() > dead, "some became dead lithium");
    }

    @Test
    void degradationIsRobustToTheTimeStep() {
        SpmeFile.Loaded l = SpmeLibrary.load("chen2020");
        SpmeOptions o = l.options()
                .withSei(SpmeOptions.SeiModel.SOLVENT_DIFFUSION_LIMITED)
                .withPlating(SpmeOptions.PlatingModel.IRREVERSIBLE);
        Experiment exp = ExperimentParser.build(
                List.of(List.of("Discharge at 1C until 2.5 V", "Charge at 1C until 4.2 V")), 20, List.of(), 60);
        double[] lost = new double[2];
        double[] step = {2, 30};
        for (int k = 0; k < 2; k++) {
            SpmeCell cell = new SpmeCell(l.parameters(), o);
            cell.resetToInitial(298.15);
            new ExperimentRunner(cell, step[k], null, (t, s, e) -> {}).run(exp);
            lost[k] = cell.lithiumInventoryLostAh();
        }
        assertTrue(lost[0] > 0);
        assertEquals(lost[0], lost[1], 0.05 * lost[0], "lithium lost with 2 s and 30 s steps");
    }
}
