package org.battsim.scenarios.aging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.battsim.model.aging.AgingModel;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.experiment.Experiment;
import org.battsim.scenarios.cells.CellLibrary;
import org.battsim.scenarios.experiment.ExperimentParser;
import org.battsim.scenarios.run.ExperimentJob;
import org.junit.jupiter.api.Test;

/** The phone-lco model on the phone-lco-3080 cell: the figures its file is shaped to. */
class PhoneLcoTest {
    static final AgingModel MODEL = AgingLibrary.load("phone-lco", "--aging");
    static final EcmParameters CELL = CellLibrary.load("phone-lco-3080");

    static List<String> cycle(String discharge, double chargeVoltage) {
        return List.of(
                "Discharge at " + discharge + " until 3.4 V",
                "Rest for 10 minutes",
                "Charge at 0.5C until " + chargeVoltage + " V",
                "Hold at " + chargeVoltage + " V until C/20",
                "Rest for 10 minutes");
    }

    /** Final relative capacity after {@code n} cycles. */
    static double[] run(List<String> steps, int n, double ambientC, double tolerance) {
        Experiment e = ExperimentParser.build(List.of(steps), n, List.of(), 60);
        ExperimentJob.Outcome o = ExperimentJob.run(
                new ExperimentJob.Options(
                        new org.battsim.scenarios.run.CellModel.Ecm(CELL),
                        1.0,
                        273.15 + ambientC,
                        e,
                        1,
                        100_000,
                        new ExperimentJob.AgingOptions(MODEL, null, null, tolerance, 50)),
                null);
        double[] q = o.result().cycleCapacityAh().clone();
        for (int i = 0; i < q.length; i++) {
            q[i] /= CELL.nominalCapacityAh();
        }
        return q;
    }

    static double last(double[] q) {
        return q[q.length - 1];
    }

    /** About 80 % after 500 full cycles at 0.5-1C and 25 degC (PHYSICS section 5). */
    @Test
    void ratedCycleLife() {
        for (String rate : List.of("0.5C", "1C")) {
            double q = last(run(cycle(rate, 4.35), 500, 25, 0.01));
            assertTrue(q > 0.78 && q < 0.82, rate + ": " + q);
        }
    }

    /** A few percent a year stored full at 25 degC; less at half charge, more when warm. */
    @Test
    void storage() throws Exception {
        double full = storage(1.0, 25);
        assertTrue(full > 0.96 && full < 0.98, "a year full at 25 degC: " + full);
        assertTrue(storage(0.5, 25) > full);
        assertTrue(storage(1.0, 40) < full - 0.03);
    }

    static double storage(double soc, double c) throws Exception {
        String csv = "Time_s,SOC,Temperature_C\n0," + soc + "," + c + "\n86400," + soc + "," + c + "\n";
        AgeJob.Outcome o = AgeJob.run(MODEL, StressorProfile.read(new StringReader(csv), "storage"), 1);
        return o.q()[o.q().length - 1];
    }

    @Test
    void higherChargeVoltageAndTemperatureFadeFaster() {
        double at435 = last(run(cycle("1C", 4.35), 200, 25, 0.01));
        double at42 = last(run(cycle("1C", 4.2), 200, 25, 0.01));
        assertTrue(at42 > at435 + 0.03, "4.2 V: " + at42 + ", 4.35 V: " + at435);
        double prev = 2;
        for (double c : new double[] {15, 25, 35, 45}) {
            double q = last(run(cycle("1C", 4.35), 200, c, 0.01));
            assertTrue(q < prev, c + " degC: " + q);
            prev = q;
        }
    }

    /**
     * Accelerated (cycle skipping, 1 % tolerance) against every cycle simulated, 300 cycles: the
     * per-cycle capacity stays within 1 % of the capacity lost and changes smoothly.
     */
    @Test
    void acceleratedAgainstFullySimulated() {
        int n = 300;
        double[] full = run(cycle("1C", 4.35), n, 25, 0);
        double[] fast = run(cycle("1C", 4.35), n, 25, 0.01);
        double worst = 0;
        double worstStep = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, Math.abs(fast[i] - full[i]));
            if (i >= 2) {
                double dFull = full[i - 1] - full[i];
                double dFast = fast[i - 1] - fast[i];
                worstStep = Math.max(worstStep, Math.abs(dFast / dFull - 1));
            }
        }
        double loss = 1 - full[n - 1];
        System.out.printf(
                "phone-lco-3080, %d cycles: accelerated vs full worst |dq| %.2e (%.3f %% of the %.4f lost), worst change of the per-cycle step %.2f %%%n",
                n, worst, 100 * worst / loss, loss, 100 * worstStep);
        assertTrue(worst <= 0.01 * loss, "worst |dq| " + worst);
        assertTrue(worstStep < 0.05, "per-cycle capacity step changes by " + worstStep);
    }
}
