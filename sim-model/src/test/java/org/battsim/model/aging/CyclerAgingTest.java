package org.battsim.model.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.cell.TestCells;
import org.battsim.model.cycler.ExperimentRunner;
import org.battsim.model.experiment.Experiment;
import org.battsim.model.experiment.Step;
import org.battsim.model.experiment.StepKind;
import org.battsim.model.experiment.Termination;
import org.junit.jupiter.api.Test;

/** A cell aged while a cycler runs it, every cycle simulated or with cycle skipping. */
class CyclerAgingTest {
    static final EcmParameters.Thermal THERMAL =
            new EcmParameters.Thermal(40, 80, 2.5, 6, Double.POSITIVE_INFINITY, false);
    static final EcmParameters CELL =
            TestCells.linear(3.0, 3.3, 0.9, 0.03, new double[] {0.02}, new double[] {2000}, THERMAL);
    static final AgingModel MODEL = TestModels.sanyo(
            org.battsim.model.cell.Table.ofSoc(new double[] {0, 1}, new double[] {3.3, 4.2}), Law.Update.EQUIVALENT);

    static Step step(Step.Direction d, StepKind k, double v, double dur, Termination... t) {
        return new Step("generated", d, k, v, dur, true, List.of(t), Double.NaN);
    }

    static Experiment cycles(int n) {
        List<Step> cycle = List.of(
                step(
                        Step.Direction.DISCHARGE,
                        StepKind.C_RATE,
                        1,
                        7200,
                        new Termination(Termination.Quantity.VOLTAGE, Termination.Comparison.AUTO, 3.4)),
                step(Step.Direction.REST, StepKind.REST, 0, 600),
                step(
                        Step.Direction.CHARGE,
                        StepKind.C_RATE,
                        -1,
                        7200,
                        new Termination(Termination.Quantity.VOLTAGE, Termination.Comparison.AUTO, 4.15)),
                step(
                        Step.Direction.HOLD,
                        StepKind.VOLTAGE,
                        4.15,
                        7200,
                        new Termination(Termination.Quantity.C_RATE, Termination.Comparison.AUTO, 0.05)));
        return new Experiment(Collections.nCopies(n, cycle), List.of(), 600);
    }

    record Run(double[] q, boolean[] simulated, double r) {}

    static Run run(int n, boolean accelerated) {
        EcmCell cell = new EcmCell(CELL);
        cell.reset(1.0, 298.15);
        ExperimentRunner runner = new ExperimentRunner(cell, 10, null, (t, s, e) -> {});
        CyclerAging aging = new CyclerAging(runner, new Aging(MODEL));
        if (accelerated) {
            aging.accelerate(runner, 0.01, 32);
        }
        ExperimentRunner.Result res = runner.run(cycles(n));
        double[] q = res.cycleCapacityAh().clone();
        for (int i = 0; i < q.length; i++) {
            q[i] /= cell.nominalCapacityAh();
        }
        return new Run(q, res.cycleSimulated(), aging.aging().relativeResistance());
    }

    @Test
    void theCellLosesCapacityAsItCycles() {
        Run r = run(20, false);
        assertEquals(20, r.q().length);
        double prev = 1;
        for (double q : r.q()) {
            assertTrue(q < prev, "capacity must fall every cycle: " + q);
            prev = q;
        }
        assertTrue(r.r() > 1);
    }

    /** Accelerated against fully simulated: per-cycle capacity within the stated bound, no jumps. */
    @Test
    void cycleSkippingStaysCloseAndContinuous() {
        int n = 400;
        Run full = run(n, false);
        Run fast = run(n, true);
        int simulated = 0;
        for (boolean b : fast.simulated()) {
            simulated += b ? 1 : 0;
        }
        double worst = 0;
        double worstStep = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, Math.abs(fast.q()[i] - full.q()[i]));
            if (i >= 2) {
                double dFull = full.q()[i - 1] - full.q()[i];
                double dFast = fast.q()[i - 1] - fast.q()[i];
                worstStep = Math.max(worstStep, Math.abs(dFast / dFull - 1));
            }
        }
        double loss = 1 - full.q()[n - 1];
        System.out.printf(
                "cycle skipping: %d of %d cycles simulated, worst |dq| %.2e (loss %.4f), worst per-cycle step ratio %.4f%n",
                simulated, n, worst, loss, worstStep);
        assertTrue(simulated < n / 4, "simulated " + simulated);
        assertTrue(worst <= 0.01 * loss, "worst capacity error " + worst);
        assertTrue(worstStep < 0.03, "per-cycle capacity step changes by " + worstStep);
    }
}
