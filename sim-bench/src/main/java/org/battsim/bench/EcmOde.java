package org.battsim.bench;

import org.battsim.model.cell.EcmParameters;
import org.battsim.model.cell.Table;
import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * The equivalent-circuit cell written as a plain ODE for a general-purpose integrator: the
 * baseline the exact-discretisation stepper is measured against.
 *
 * <p>State y = [SoC, v1..vn, h, T_cell, T_body]. Parameters are evaluated continuously at the
 * current state (not frozen per step). In voltage mode the current is the algebraic solution of
 * V = OCV + M·h - R0·I - Σv, i.e. the index-1 DAE reduced to an ODE.
 */
public final class EcmOde implements OrdinaryDifferentialEquation {
    /** What the integrator holds. */
    public enum Mode {
        CURRENT,
        VOLTAGE
    }

    private final EcmParameters p;
    private final int n;
    private final Table.Cursor c0 = new Table.Cursor();
    private final Table.Cursor c1 = new Table.Cursor();
    private final Table.Cursor c2 = new Table.Cursor();
    private final Table.Cursor[] cr;
    private final Table.Cursor[] cc;
    private final double q;
    private double ambient = 298.15;
    private Mode mode = Mode.CURRENT;
    private double value;

    public EcmOde(EcmParameters p) {
        this.p = p;
        this.n = p.order();
        this.q = p.nominalCapacityAh() * 3600;
        cr = new Table.Cursor[n];
        cc = new Table.Cursor[n];
        for (int k = 0; k < n; k++) {
            cr[k] = new Table.Cursor();
            cc[k] = new Table.Cursor();
        }
    }

    public void set(Mode m, double v) {
        mode = m;
        value = v;
    }

    public void setAmbient(double k) {
        ambient = k;
    }

    @Override
    public int getDimension() {
        return n + 4;
    }

    /** Current (A, positive = discharge) at state y. */
    public double current(double[] y) {
        if (mode == Mode.CURRENT) {
            return value;
        }
        double z = y[0];
        double tc = y[n + 2];
        double r0 = p.r0().eval(z, tc, 0, c1);
        double vs = 0;
        for (int k = 0; k < n; k++) {
            vs += y[1 + k];
        }
        double emf = p.ocv().eval(z, tc, 0, c0) + p.hysteresis().maxVoltage() * y[n + 1] - vs;
        return (emf - value) / r0;
    }

    /** Terminal voltage at state y. */
    public double voltage(double[] y) {
        double i = current(y);
        double z = y[0];
        double tc = y[n + 2];
        double vs = 0;
        for (int k = 0; k < n; k++) {
            vs += y[1 + k];
        }
        return p.ocv().eval(z, tc, 0, c0) + p.hysteresis().maxVoltage() * y[n + 1] - p.r0().eval(z, tc, 0, c1) * i - vs;
    }

    @Override
    public double[] computeDerivatives(double t, double[] y) {
        double[] d = new double[y.length];
        double i = current(y);
        double z = y[0];
        double tc = y[n + 2];
        double tb = y[n + 3];
        d[0] = -i / q;
        double heat = p.r0().eval(z, tc, 0, c1) * i * i;
        for (int k = 0; k < n; k++) {
            double r = p.rcPairs().get(k).resistance().eval(z, tc, 0, cr[k]);
            double c = p.rcPairs().get(k).capacitance().eval(z, tc, 0, cc[k]);
            double v = y[1 + k];
            d[1 + k] = -v / (r * c) + i / c;
            heat += v * v / r;
        }
        double m = p.hysteresis().maxVoltage();
        if (m > 0) {
            double kh = p.hysteresis().rate() * Math.abs(i) / q;
            d[n + 1] = -kh * (y[n + 1] + Math.signum(i));
            heat += -m * y[n + 1] * i;
        }
        heat += -i * tc * p.entropicCoefficient().eval(z, tc, 0, c2);
        EcmParameters.Thermal th = p.thermal();
        if (!th.isothermal()) {
            double gca = Double.isInfinite(th.cellToAmbient()) ? 0 : 1 / th.cellToAmbient();
            double qcb = (tc - tb) / th.cellToBody();
            d[n + 2] = (heat - qcb - gca * (tc - ambient)) / th.cellHeatCapacity();
            d[n + 3] = (qcb - (tb - ambient) / th.bodyToAmbient()) / th.bodyHeatCapacity();
        }
        return d;
    }

    /** A DormandPrince853 integrator with the given tolerances and a 1 s maximum step. */
    public static ODEIntegrator integrator(double relTol, double maxStep) {
        return new DormandPrince853Integrator(1e-9, maxStep, relTol * 1e-3, relTol);
    }

    /** Initial state: at rest at SoC z and temperature T. */
    public double[] rest(double z, double tK) {
        double[] y = new double[getDimension()];
        y[0] = z;
        y[n + 2] = tK;
        y[n + 3] = tK;
        return y;
    }

    /** Integrates until {@code tEnd} or until {@code g} (over this ODE's state) crosses zero. */
    public ODEStateAndDerivative run(
            ODEIntegrator integ, double t0, double[] y0, double tEnd, java.util.function.ToDoubleFunction<double[]> g) {
        integ.clearEventDetectors();
        if (g != null) {
            integ.addEventDetector(new Stop(g));
        }
        return integ.integrate(this, new ODEState(t0, y0), tEnd);
    }

    private static final class Stop implements ODEEventDetector {
        private final java.util.function.ToDoubleFunction<double[]> g;

        Stop(java.util.function.ToDoubleFunction<double[]> g) {
            this.g = g;
        }

        @Override
        public org.hipparchus.ode.events.AdaptableInterval getMaxCheckInterval() {
            return (s, f) -> 1.0;
        }

        @Override
        public int getMaxIterationCount() {
            return 100;
        }

        @Override
        public org.hipparchus.analysis.solvers.BracketedUnivariateSolver<org.hipparchus.analysis.UnivariateFunction>
                getSolver() {
            return new org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver(1e-9, 1e-9, 1e-12, 5);
        }

        @Override
        public ODEEventHandler getHandler() {
            return (s, d, increasing) -> Action.STOP;
        }

        @Override
        public double g(ODEStateAndDerivative state) {
            return g.applyAsDouble(state.getPrimaryState());
        }
    }
}
