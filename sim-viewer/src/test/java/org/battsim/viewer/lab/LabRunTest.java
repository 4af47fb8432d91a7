package org.battsim.viewer.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.battsim.scenarios.run.ChargeJob;
import org.battsim.scenarios.run.ExperimentJob;
import org.junit.jupiter.api.Test;

/** The live lab's faults act on the chain as their explanations say, on a run taken at full speed. */
class LabRunTest {
    /** Runs to the end at full speed and returns every batch merged. */
    private static LabRun.Batch runToEnd(LabSetup setup) throws InterruptedException {
        var run = new LabRun(setup, () -> {});
        run.start(LabRun.Speed.MAX);
        run.join(120_000);
        return run.drain();
    }

    private static double max(LabRun.Batch b, String label) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : b.values().get(label)) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static LabSetup setup(LabFaults f) {
        return LabSetup.defaults().withFaults(f);
    }

    @Test
    void theBaselineChargesToFull() throws Exception {
        var b = runToEnd(setup(LabFaults.NONE));
        assertTrue(b.finished());
        assertEquals("charge terminated (full)", b.endReason());
        assertTrue(max(b, ChargeJob.INPUT_CURRENT) > 1.5, "input " + max(b, ChargeJob.INPUT_CURRENT));
        double[] t = b.timeSeconds();
        for (int i = 1; i < t.length; i++) {
            assertTrue(t[i] > t[i - 1], "time order at " + i);
        }
        assertEquals(t.length, b.values().get(ExperimentJob.SOC).length);
    }

    @Test
    void aCappedSourceHoldsTheInputCurrentAtItsCap() throws Exception {
        var b = runToEnd(setup(LabFaults.NONE.withAdapterLimitA(1.0)));
        assertTrue(max(b, ChargeJob.INPUT_CURRENT) <= 1.0 + 1e-9, "input " + max(b, ChargeJob.INPUT_CURRENT));
        assertTrue(max(b, ChargeJob.INPUT_CURRENT) > 0.8, "input " + max(b, ChargeJob.INPUT_CURRENT));
    }

    @Test
    void aBrokenDataWireMakesTheChargerFallBack() throws Exception {
        var b = runToEnd(setup(LabFaults.NONE.withDataWireBroken(true)));
        assertTrue(max(b, ChargeJob.INPUT_LIMIT) <= 0.5 + 1e-9, "limit " + max(b, ChargeJob.INPUT_LIMIT));
        List<String> texts = new ArrayList<>();
        b.events().forEach(e -> texts.add(e.source() + ": " + e.text()));
        assertTrue(texts.contains("lab: D+ wire broken"), texts.toString());
    }

    @Test
    void contactResistanceCutsTheInputCurrent() throws Exception {
        var b = runToEnd(setup(LabFaults.NONE.withContactOhms(0.3)).withLimit(1800));
        double input = max(b, ChargeJob.INPUT_CURRENT);
        assertTrue(input < 1.5, "input " + input);
        assertEquals("time limit reached before the charge terminated", b.endReason());
        // I²R in the contacts: VINDPM takes less current through ten times the resistance, so the contacts
        // run warmer than clean ones at the full 2 A, though not by ten times.
        double hot = max(b, ChargeJob.CONTACT_T);
        double clean = max(runToEnd(setup(LabFaults.NONE).withLimit(1800)), ChargeJob.CONTACT_T);
        assertTrue(hot > clean + 2, "contact " + hot + " degC against " + clean + " degC clean");
    }

    @Test
    void aColdRoomSlowsTheCharge() throws Exception {
        double warm = max(runToEnd(setup(LabFaults.NONE).withLimit(1800)), ExperimentJob.CURRENT);
        var cold = runToEnd(setup(LabFaults.NONE.withAmbientCelsius(5)).withLimit(1800));
        double current = max(cold, ExperimentJob.CURRENT);
        assertTrue(current < 0.7 * warm, "charge current " + current + " A at 5 degC, " + warm + " A at 25 degC");
        assertEquals(5.0, cold.values().get(ExperimentJob.AMBIENT)[0], 1e-9);
    }
}
