package org.battsim.model.gauge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.battsim.model.cell.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FuelGaugeTest {
    static final double[] SOC = {0, 0.05, 0.1, 0.2, 0.5, 0.8, 0.9, 1.0};
    static final double[] OCV = {3.0, 3.45, 3.62, 3.73, 3.86, 4.10, 4.20, 4.343};
    static final Table TABLE = Table.ofSoc(SOC, OCV);

    static double ocv(double s) {
        return TABLE.eval(s, 298.15, 0, new Table.Cursor());
    }

    static FuelGauge gauge(GaugeParameters p, double soc) {
        FuelGauge g = new FuelGauge(p, TABLE);
        g.init(ocv(soc));
        return g;
    }

    static GaugeParameters ideal() {
        return GaugeParameters.typical(3.0).withCounterErrors(0, 0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.02, 0.1, 0.3, 0.62, 0.95})
    void ocvInversionRoundTrips(double s) {
        assertEquals(s, gauge(ideal(), s).estimatedSoc(), 1e-3);
    }

    @Test
    void counterErrorsAccumulate() {
        FuelGauge g = gauge(GaugeParameters.typical(3.0).withCounterErrors(0.001, 0.01), 0.9);
        for (int i = 0; i < 3600; i++) {
            g.update(1, 1.0, 3.8, 298.15, false, false, false);
        }
        // 1 A for 1 h read as 1.01 A + 1 mA: 1.011 Ah of 3 Ah.
        assertEquals(0.9 - 1.011 / 3.0, g.estimatedSoc(), 1e-9);
        assertEquals(-1.011, -g.measuredCurrent(), 1e-12);
    }

    /** A rested cell gives an OCV point only after the relaxation time and once dV/dt is small. */
    @Test
    void ocvCorrectionWaitsForRelaxation() {
        FuelGauge g = gauge(ideal(), 0.9);
        g.setLearnedCapacity(3.3); // estimate drifts during the discharge
        for (int i = 0; i < 3600; i++) {
            g.update(1, 1.5, 3.7, 298.15, false, false, false);
        }
        double drifted = g.estimatedSoc();
        double v = ocv(0.4);
        for (int i = 0; i < 1799; i++) {
            g.update(1, 0, v, 298.15, false, false, false);
        }
        assertEquals(drifted, g.estimatedSoc(), 1e-12, "not yet relaxed");
        g.update(1, 0, v, 298.15, false, false, false);
        assertEquals(0.4, g.estimatedSoc(), 1e-3);
    }

    /** A counter offset does not pile up over a long rest: the gauge keeps re-reading the OCV. */
    @Test
    void longRestKeepsTheEstimateOnTheOcv() {
        FuelGauge g = gauge(GaugeParameters.typical(3.0).withCounterErrors(0.005, 0), 0.6);
        double v = ocv(0.6);
        for (int i = 0; i < 10 * 24 * 60; i++) {
            g.update(60, 0, v, 298.15, false, false, false);
        }
        // 5 mA for 10 days would be 1.2 Ah (40 %) without the readings; at most 30 min of it remains.
        assertEquals(0.6, g.estimatedSoc(), 0.005 * 0.5 / 3.0 + 1e-3);
    }

    @Test
    void learningIsClampedPerUpdate() {
        // True capacity 3.0 Ah; learned 3.6 Ah: an update may only lower it by 10 %.
        FuelGauge g = gauge(ideal(), 0.05);
        g.setLearnedCapacity(3.6);
        rest(g, 0.05);
        charge(g, 3.0 * 0.95);
        assertEquals(3.6 * 0.9, g.learnedCapacityAh(), 1e-9);
        // Learned 2.7 Ah: it may only rise by 0.5 %.
        FuelGauge h = gauge(ideal(), 0.05);
        h.setLearnedCapacity(2.7);
        rest(h, 0.05);
        charge(h, 3.0 * 0.95);
        assertEquals(2.7 * 1.005, h.learnedCapacityAh(), 1e-9);
    }

    @Test
    void noLearningOutsideTheTemperatureWindowOrWithTooLittleCharge() {
        FuelGauge cold = gauge(ideal(), 0.05);
        cold.setLearnedCapacity(3.6);
        rest(cold, 0.05);
        for (int i = 0; i < 10_000; i++) {
            cold.update(1, -1.0, 4.0, 278.15, true, true, false);
        }
        cold.update(1, 0, 4.3, 278.15, true, false, true);
        assertEquals(3.6, cold.learnedCapacityAh(), 0.0, "5 degC is outside 10-40 degC");
        FuelGauge small = gauge(ideal(), 0.05);
        small.setLearnedCapacity(3.6);
        rest(small, 0.05);
        for (int i = 0; i < 3600; i++) {
            small.update(1, -1.0, 4.0, 298.15, true, true, false); // 1 Ah < 37 % of 3 Ah
        }
        small.update(1, 0, 4.3, 298.15, true, false, true);
        assertEquals(3.6, small.learnedCapacityAh(), 0.0);
        assertEquals(0, small.learningUpdates());
    }

    @Test
    void volatileLearningIsLostOnlyAfterALongRemoval() {
        FuelGauge g = gauge(ideal(), 0.5);
        g.setLearnedCapacity(2.8);
        for (int i = 0; i < 4; i++) {
            for (int k = 0; k < 3600; k++) {
                g.update(1, 2.0, 3.7, 298.15, false, false, false);
            }
        }
        int cycles = g.cycleCount();
        assertEquals(2, cycles, "8 Ah discharged of a 3 Ah design");
        g.batteryRemoved(100);
        g.batteryInserted(130, ocv(0.5));
        assertEquals(2.8, g.learnedCapacityAh(), 0.0, "30 s out: memory held");
        assertFalse(g.calibrationRequired());
        g.batteryRemoved(200);
        g.batteryInserted(200 + 3600, ocv(0.5));
        assertEquals(3.0, g.learnedCapacityAh(), 0.0, "an hour out: back to design");
        assertTrue(g.calibrationRequired());
        assertEquals(cycles, g.cycleCount(), "the cycle count is non-volatile");
        assertEquals(0.5, g.estimatedSoc(), 1e-3, "restarted from the rested voltage");
    }

    /** Property: whatever the current sequence, the reported SoC stays in [0, 1] and moves with the current's sign. */
    @Test
    void reportedSocIsBoundedAndMonotoneWithTheCurrent() {
        SplittableRandom rnd = new SplittableRandom(20261124L);
        for (int run = 0; run < 50; run++) {
            FuelGauge g = gauge(GaugeParameters.typical(3.0), rnd.nextDouble(0.02, 0.98));
            g.setLearnedCapacity(rnd.nextDouble(2.4, 3.6));
            for (int k = 0; k < 2000; k++) {
                double i = rnd.nextDouble() < 0.2 ? 0 : rnd.nextDouble(-3, 3);
                double before = g.reportedSoc();
                double v = ocv(Math.max(0, Math.min(1, g.estimatedSoc())));
                boolean charging = i < 0;
                g.update(rnd.nextDouble(0.1, 30), i, v, 298.15, charging, charging, false);
                double r = g.reportedSoc();
                assertTrue(r >= 0 && r <= 1, "bounded");
                if (g.measuredCurrent() > 0.010) {
                    assertTrue(r <= before, "never rises while discharging");
                } else if (g.measuredCurrent() < -0.010) {
                    assertTrue(r >= before, "never falls while charging");
                    assertTrue(r <= Math.max(0.99, before) + 1e-12, "holds at 99 % until termination");
                }
            }
        }
    }

    @Test
    void parametersAreValidated() {
        GaugeParameters t = GaugeParameters.typical(3.0);
        assertThrows(IllegalArgumentException.class, () -> GaugeParameters.typical(0));
        assertThrows(IllegalArgumentException.class, () -> t.withCounterErrors(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> t.withCounterErrors(0, 0.7));
    }

    static void rest(FuelGauge g, double soc) {
        for (int i = 0; i < 2000; i++) {
            g.update(1, 0, ocv(soc), 298.15, false, false, false);
        }
    }

    /** Charges {@code ah} at 1 A from a rest at low SoC to termination (Qualcomm-style learning). */
    static void charge(FuelGauge g, double ah) {
        int n = (int) Math.round(ah * 3600);
        for (int i = 0; i < n; i++) {
            g.update(1, -1.0, 4.0, 298.15, true, true, false);
        }
        g.update(1, 0, 4.343, 298.15, true, false, true);
    }
}
