package org.battsim.model.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The ECM against analytic solutions of the same circuit. */
class EcmCellClosedFormTest {
    static final double CAP = 3.0; // Ah
    static final double Q = CAP * 3600;

    @Test
    void oneRcPairUnderConstantCurrentFollowsItsAnalyticVoltage() {
        double a = 3.5, k = 0.7, r0 = 0.04, r1 = 0.03, c1 = 2000;
        EcmCell cell = new EcmCell(
                TestCells.linear(CAP, a, k, r0, new double[] {r1}, new double[] {c1}, TestCells.ISOTHERMAL));
        double z0 = 0.9, i = 1.5;
        cell.reset(z0, 298.15);
        double tau = r1 * c1;
        // Step lengths that vary, including long ones: the update is exact whatever the step.
        double t = 0;
        double[] steps = {0.5, 1, 7, 60, 0.001, 33.3, 200};
        for (double dt : steps) {
            cell.trial(Cell.Control.CURRENT, i, dt);
            cell.commit();
            t += dt;
            double z = z0 - i * t / Q;
            double expected = a + k * z - r0 * i - r1 * i * (1 - Math.exp(-t / tau));
            assertEquals(expected, cell.voltage(), 1e-12, "t = " + t);
            assertEquals(z, cell.soc(), 1e-14);
        }
    }

    @Test
    void restRelaxesAsTwoExponentials() {
        double a = 3.4, k = 0.8, r0 = 0.05;
        double[] r = {0.02, 0.03};
        double[] c = {1000, 20000};
        EcmCell cell = new EcmCell(TestCells.linear(CAP, a, k, r0, r, c, TestCells.ISOTHERMAL));
        cell.reset(0.6, 298.15);
        double i = 3.0, tp = 120;
        cell.trial(Cell.Control.CURRENT, i, tp);
        cell.commit();
        double v1 = r[0] * i * (1 - Math.exp(-tp / (r[0] * c[0])));
        double v2 = r[1] * i * (1 - Math.exp(-tp / (r[1] * c[1])));
        assertEquals(v1, cell.rcVoltage(0), 1e-12);
        double z = 0.6 - i * tp / Q;
        double t = 0;
        for (int n = 0; n < 600; n++) {
            cell.trial(Cell.Control.CURRENT, 0, 1);
            cell.commit();
            t += 1;
            double expected = a + k * z - v1 * Math.exp(-t / (r[0] * c[0])) - v2 * Math.exp(-t / (r[1] * c[1]));
            assertEquals(expected, cell.voltage(), 1e-12, "t = " + t);
        }
    }

    /**
     * Linear OCV a + k·z with R0 only, held at V: k·dz/dt = R0·dI/dt and dz/dt = -I/Q, so the current
     * decays as I0·exp(-k·t/(Q·R0)). The discrete hold meets V exactly at each step end, so it
     * approaches the exponential at first order in the step; check the error and its order.
     */
    @Test
    void constantVoltageHoldDecaysAsTheAnalyticExponential() {
        double a = 3.5, k = 0.8, r0 = 0.08;
        double vHold = 4.25;
        double tau = Q * r0 / k;
        double[] errs = new double[3];
        double[] dts = {1.0, 0.5, 0.25};
        for (int m = 0; m < dts.length; m++) {
            EcmCell cell = new EcmCell(
                    TestCells.linear(CAP, a, k, r0, new double[] {1e-9}, new double[] {1e-3}, TestCells.ISOTHERMAL));
            double z0 = 0.6;
            cell.reset(z0, 298.15);
            // I0: the current that holds V right at t = 0+ is (a + k z0 - V)/R0 (negative: charging).
            double i0 = (a + k * z0 - vHold) / r0;
            double dt = dts[m];
            double worst = 0;
            for (double t = dt; t <= 2 * tau; t += dt) {
                cell.trial(Cell.Control.VOLTAGE, vHold, dt);
                cell.commit();
                assertEquals(vHold, cell.voltage(), 1e-11);
                // The held current over (t-dt, t] is compared with the analytic mean over that interval.
                double mean = i0 * tau / dt * (Math.exp(-(t - dt) / tau) - Math.exp(-t / tau));
                worst = Math.max(worst, Math.abs(cell.current() - mean) / Math.abs(i0));
            }
            errs[m] = worst;
        }
        assertTrue(errs[0] < 2e-3, "error at 1 s steps: " + errs[0]);
        assertEquals(2.0, errs[0] / errs[1], 0.1, "first order in the step");
        assertEquals(2.0, errs[1] / errs[2], 0.1, "first order in the step");
    }

    @Test
    void thermalNodesReachTheSeriesSteadyStateAndFollowTheTwoNodeTransient() {
        double cc = 40, cb = 120, rcb = 2.5, rba = 8;
        EcmParameters.Thermal th = new EcmParameters.Thermal(cc, cb, rcb, rba, Double.POSITIVE_INFINITY, false);
        double r0 = 0.1;
        EcmCell cell =
                new EcmCell(TestCells.linear(100, 3.7, 0.0001, r0, new double[] {1e-9}, new double[] {1e-3}, th));
        cell.reset(0.5, 298.15);
        double i = 2.0;
        double p = r0 * i * i;
        for (int n = 0; n < 40000; n++) {
            cell.trial(Cell.Control.CURRENT, (n % 2 == 0) ? i : -i, 1);
            cell.commit();
        }
        // Steady state of a series path: ΔT_cell = P (Rcb + Rba), ΔT_body = P Rba.
        assertEquals(298.15 + p * (rcb + rba), cell.temperature(), 1e-3);
        assertEquals(298.15 + p * rba, cell.bodyTemperature(), 1e-3);
    }

    @Test
    void thermalTransientMatchesAFineExplicitIntegration() {
        double cc = 40, cb = 120, rcb = 2.5, rba = 8, rca = 15;
        EcmParameters.Thermal th = new EcmParameters.Thermal(cc, cb, rcb, rba, rca, false);
        double r0 = 0.2;
        EcmCell cell = new EcmCell(TestCells.linear(1000, 3.7, 0.0, r0, new double[] {1e-9}, new double[] {1e-3}, th));
        cell.reset(0.5, 298.15);
        double i = 3;
        double p = r0 * i * i;
        double tc = 298.15, tb = 298.15, ta = 298.15;
        double h = 1e-3;
        for (int s = 0; s < 600; s++) {
            cell.trial(Cell.Control.CURRENT, i, 1);
            cell.commit();
            for (int j = 0; j < 1000; j++) { // RK2 on the same ODE with a 1 ms step
                double dc = (p - (tc - tb) / rcb - (tc - ta) / rca) / cc;
                double db = ((tc - tb) / rcb - (tb - ta) / rba) / cb;
                double tc2 = tc + h * dc, tb2 = tb + h * db;
                double dc2 = (p - (tc2 - tb2) / rcb - (tc2 - ta) / rca) / cc;
                double db2 = ((tc2 - tb2) / rcb - (tb2 - ta) / rba) / cb;
                tc += 0.5 * h * (dc + dc2);
                tb += 0.5 * h * (db + db2);
            }
        }
        assertEquals(tc, cell.temperature(), 1e-6);
        assertEquals(tb, cell.bodyTemperature(), 1e-6);
    }
}
