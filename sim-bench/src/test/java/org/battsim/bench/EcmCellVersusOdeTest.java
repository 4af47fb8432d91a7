package org.battsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.battsim.model.cell.Cell;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.cell.EcmParameters;
import org.battsim.scenarios.cells.CellLibrary;
import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact-discretisation cell against an independent reference: the same phone-lco-3080 cell
 * written as an ODE ({@link EcmOde}, parameters evaluated continuously) and integrated by
 * DormandPrince853 at rtol 1e-10. A 1C discharge from 100 % SoC to 3.4 V.
 *
 * <p>The stepper freezes parameters over each step, so it should converge to the ODE at first
 * order in the step. The tolerances below are far above the stepper's error at 0.1 s (a few µV,
 * 1e-4 K) yet below what modelling mistakes cost: the last test checks that a cell with R0 5 %
 * high, the entropic heat reversed, the slow RC pair's capacitance doubled or no hysteresis each
 * fails them.
 */
class EcmCellVersusOdeTest {
    static final double START_SOC = 1.0;
    static final double START_K = 298.15;
    static final double CUTOFF_V = 3.4;
    static final double[] MARKS_S = {600, 1200, 1800, 2400, 3000};
    static final double VOLTAGE_TOL = 2e-3;
    static final double TEMPERATURE_TOL = 0.05;
    static final double CUTOFF_TIME_REL_TOL = 0.005;

    static EcmParameters cell;
    static double current;
    static Trace reference;

    /** Voltage and cell temperature at each mark, and the time the voltage reaches the cut-off. */
    record Trace(double[] voltage, double[] temperature, double cutoffSeconds) {}

    @BeforeAll
    static void integrateReference() {
        cell = CellLibrary.load("phone-lco-3080");
        current = cell.nominalCapacityAh();
        reference = ode(cell);
        // The marks must fall inside the discharge, and it must warm the cell enough for the
        // temperature check to mean something.
        assertTrue(reference.cutoffSeconds() > MARKS_S[MARKS_S.length - 1]);
        assertTrue(reference.temperature()[2] - START_K > 2, "the discharge warms the cell by a few kelvin");
    }

    static Trace ode(EcmParameters p) {
        EcmOde ode = new EcmOde(p);
        ode.set(EcmOde.Mode.CURRENT, current);
        ODEIntegrator integrator = EcmOde.integrator(1e-10, 1.0);
        int temperatureIndex = p.order() + 2;
        double[] v = new double[MARKS_S.length];
        double[] temp = new double[MARKS_S.length];
        double t = 0;
        double[] y = ode.rest(START_SOC, START_K);
        for (int m = 0; m < MARKS_S.length; m++) {
            ODEStateAndDerivative s = ode.run(integrator, t, y, MARKS_S[m], null);
            t = s.getTime();
            y = s.getPrimaryState();
            v[m] = ode.voltage(y);
            temp[m] = y[temperatureIndex];
        }
        ODEStateAndDerivative end = ode.run(integrator, t, y, 2 * 3600, yy -> ode.voltage(yy) - CUTOFF_V);
        return new Trace(v, temp, end.getTime());
    }

    /** The stepper at a fixed step; the cut-off time is interpolated linearly inside the last step. */
    static Trace stepper(EcmParameters p, double dt) {
        EcmCell c = new EcmCell(p);
        c.reset(START_SOC, START_K);
        double[] v = new double[MARKS_S.length];
        double[] temp = new double[MARKS_S.length];
        int m = 0;
        double vPrev = c.voltage();
        for (long n = 1; n * dt < 2 * 3600; n++) {
            c.trial(Cell.Control.CURRENT, current, dt);
            c.commit();
            double t = n * dt;
            if (m < MARKS_S.length && Math.abs(t - MARKS_S[m]) < 1e-6) {
                v[m] = c.voltage();
                temp[m] = c.temperature();
                m++;
            }
            if (c.voltage() < CUTOFF_V) {
                assertEquals(MARKS_S.length, m, "every mark was sampled");
                return new Trace(v, temp, t - dt * (CUTOFF_V - c.voltage()) / (vPrev - c.voltage()));
            }
            vPrev = c.voltage();
        }
        throw new AssertionError("the cell never reached " + CUTOFF_V + " V");
    }

    static double maxVoltageError(Trace s) {
        return maxAbsDiff(s.voltage(), reference.voltage());
    }

    static double maxTemperatureError(Trace s) {
        return maxAbsDiff(s.temperature(), reference.temperature());
    }

    static double cutoffTimeError(Trace s) {
        return Math.abs(s.cutoffSeconds() - reference.cutoffSeconds());
    }

    static double maxAbsDiff(double[] a, double[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }

    @Test
    void oneCDischargeAtTenthSecondStepsMatchesTheOde() {
        Trace s = stepper(cell, 0.1);
        for (int m = 0; m < MARKS_S.length; m++) {
            assertEquals(reference.voltage()[m], s.voltage()[m], VOLTAGE_TOL, "voltage at " + MARKS_S[m] + " s");
            assertEquals(
                    reference.temperature()[m],
                    s.temperature()[m],
                    TEMPERATURE_TOL,
                    "cell temperature at " + MARKS_S[m] + " s");
        }
        assertEquals(
                reference.cutoffSeconds(),
                s.cutoffSeconds(),
                CUTOFF_TIME_REL_TOL * reference.cutoffSeconds(),
                "time to " + CUTOFF_V + " V");
    }

    /**
     * Frozen parameters make the error first order in the step: a quarter of the step, a quarter of
     * the error. A ratio near 4 also shows the reference is far more accurate than the stepper.
     */
    @Test
    void errorShrinksAtFirstOrderFromOneSecondToAQuarter() {
        Trace coarse = stepper(cell, 1.0);
        Trace fine = stepper(cell, 0.25);
        assertFirstOrder("voltage", maxVoltageError(coarse), maxVoltageError(fine));
        assertFirstOrder("temperature", maxTemperatureError(coarse), maxTemperatureError(fine));
        assertFirstOrder("cut-off time", cutoffTimeError(coarse), cutoffTimeError(fine));
    }

    private static void assertFirstOrder(String what, double coarse, double fine) {
        assertTrue(coarse > 0, what + " error at 1 s is zero: nothing to compare");
        double ratio = coarse / fine;
        assertTrue(
                ratio > 3.5 && ratio < 4.5,
                what + " error " + coarse + " at 1 s, " + fine + " at 0.25 s: ratio " + ratio + ", expected about 4");
    }

    static Stream<Arguments> wrongCells() {
        return Stream.of(
                Arguments.of(
                        "R0 5 % high",
                        (UnaryOperator<EcmParameters>) p -> with(p, p.r0().scaled(1.05), null, null, null)),
                Arguments.of("entropic heat reversed", (UnaryOperator<EcmParameters>)
                        p -> with(p, null, p.entropicCoefficient().scaled(-1), null, null)),
                Arguments.of("slow RC pair capacitance doubled", (UnaryOperator<EcmParameters>) p -> {
                    EcmParameters.RcPair slow = p.rcPairs().get(1);
                    return with(
                            p,
                            null,
                            null,
                            List.of(
                                    p.rcPairs().get(0),
                                    new EcmParameters.RcPair(
                                            slow.resistance(),
                                            slow.capacitance().scaled(2))),
                            null);
                }),
                Arguments.of("no hysteresis", (UnaryOperator<EcmParameters>)
                        p -> with(p, null, null, null, EcmParameters.Hysteresis.NONE)));
    }

    private static EcmParameters with(
            EcmParameters p,
            org.battsim.model.cell.Table r0,
            org.battsim.model.cell.Table dudt,
            List<EcmParameters.RcPair> rc,
            EcmParameters.Hysteresis h) {
        return new EcmParameters(
                p.name(),
                p.nominalCapacityAh(),
                p.ocv(),
                dudt != null ? dudt : p.entropicCoefficient(),
                r0 != null ? r0 : p.r0(),
                rc != null ? rc : p.rcPairs(),
                h != null ? h : p.hysteresis(),
                p.thermal(),
                p.limits());
    }

    /** The tolerances are tight enough to catch a wrong cell: each of these fails them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongCells")
    void aWrongCellFailsTheSameTolerances(String what, UnaryOperator<EcmParameters> wrong) {
        Trace s = stepper(wrong.apply(cell), 0.1);
        boolean caught = maxVoltageError(s) > VOLTAGE_TOL
                || maxTemperatureError(s) > TEMPERATURE_TOL
                || cutoffTimeError(s) > CUTOFF_TIME_REL_TOL * reference.cutoffSeconds();
        assertTrue(
                caught,
                what + ": voltage error " + maxVoltageError(s) + " V, temperature error " + maxTemperatureError(s)
                        + " K, cut-off time error " + cutoffTimeError(s) + " s all within tolerance");
    }
}
