package org.battsim.model.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small parameter sets whose behaviour has closed forms. */
public final class TestCells {
    private TestCells() {}

    public static final EcmParameters.Thermal ISOTHERMAL =
            new EcmParameters.Thermal(50, 100, 2, 8, Double.POSITIVE_INFINITY, true);
    public static final EcmParameters.VoltageLimits LIMITS = new EcmParameters.VoltageLimits(2.0, 5.0, 4.2, 3.0);

    /** OCV = a + k·SoC, constant R0 and RC pairs, no hysteresis. */
    public static EcmParameters linear(
            double capacityAh, double a, double k, double r0, double[] r, double[] c, EcmParameters.Thermal th) {
        List<EcmParameters.RcPair> pairs = new ArrayList<>();
        for (int i = 0; i < r.length; i++) {
            pairs.add(new EcmParameters.RcPair(Table.constant(r[i]), Table.constant(c[i])));
        }
        return new EcmParameters(
                "linear",
                capacityAh,
                Table.ofSoc(new double[] {0, 1}, new double[] {a, a + k}),
                Table.constant(0),
                Table.constant(r0),
                pairs,
                EcmParameters.Hysteresis.NONE,
                th,
                LIMITS);
    }

    /** A random but physically valid parameter set: monotone OCV, SoC/T-dependent R and C. */
    public static EcmParameters random(SplittableRandom rnd, boolean isothermal) {
        int ns = 5 + rnd.nextInt(10);
        double[] soc = new double[ns];
        double[] ocv = new double[ns];
        double v = 3.0 + rnd.nextDouble() * 0.4;
        for (int i = 0; i < ns; i++) {
            soc[i] = i / (double) (ns - 1);
            ocv[i] = v;
            v += 0.02 + rnd.nextDouble() * 0.2;
        }
        double[] temps = {263.15, 298.15, 318.15};
        double cap = 0.5 + rnd.nextDouble() * 5;
        int order = 1 + rnd.nextInt(3);
        List<EcmParameters.RcPair> pairs = new ArrayList<>();
        for (int k = 0; k < order; k++) {
            double[][] rv = new double[ns][3];
            double[][] cv = new double[ns][3];
            double rBase = (0.005 + rnd.nextDouble() * 0.05) / cap;
            double tau = Math.pow(10, 0.5 + k + rnd.nextDouble());
            for (int i = 0; i < ns; i++) {
                for (int j = 0; j < 3; j++) {
                    rv[i][j] = rBase * (1 + rnd.nextDouble()) * (j == 0 ? 2 : 1);
                    cv[i][j] = tau / rv[i][j];
                }
            }
            pairs.add(new EcmParameters.RcPair(
                    Table.ofSocTemperature(soc, temps, rv), Table.ofSocTemperature(soc, temps, cv)));
        }
        double[][] r0 = new double[ns][3];
        double[][] dudt = new double[ns][3];
        for (int i = 0; i < ns; i++) {
            for (int j = 0; j < 3; j++) {
                r0[i][j] = (0.01 + rnd.nextDouble() * 0.05) / cap * (j == 0 ? 2 : 1);
                dudt[i][j] = (rnd.nextDouble() - 0.7) * 5e-4;
            }
        }
        EcmParameters.Thermal th = new EcmParameters.Thermal(
                10 + rnd.nextDouble() * 100,
                50 + rnd.nextDouble() * 200,
                1 + rnd.nextDouble() * 5,
                3 + rnd.nextDouble() * 20,
                rnd.nextBoolean() ? Double.POSITIVE_INFINITY : 20 + rnd.nextDouble() * 20,
                isothermal);
        EcmParameters.Hysteresis hy = new EcmParameters.Hysteresis(rnd.nextDouble() * 0.02, rnd.nextDouble() * 50);
        EcmParameters.VoltageLimits lim = new EcmParameters.VoltageLimits(1.0, 6.0, Math.min(5.5, ocv[ns - 1]), 1.5);
        return new EcmParameters(
                "random",
                cap,
                Table.ofSocTemperature(soc, temps, rep(ocv)),
                Table.ofSocTemperature(soc, temps, dudt),
                Table.ofSocTemperature(soc, temps, r0),
                pairs,
                hy,
                th,
                lim);
    }

    /** The same cell with R0, R and C fixed at their SoC-0.5, 25 °C values, isothermal. */
    public static EcmParameters constantImpedance(EcmParameters p) {
        Table.Cursor c = new Table.Cursor();
        List<EcmParameters.RcPair> pairs = new ArrayList<>();
        for (EcmParameters.RcPair rc : p.rcPairs()) {
            pairs.add(new EcmParameters.RcPair(
                    Table.constant(rc.resistance().eval(0.5, 298.15, 0, c)),
                    Table.constant(rc.capacitance().eval(0.5, 298.15, 0, c))));
        }
        return new EcmParameters(
                p.name(),
                p.nominalCapacityAh(),
                p.ocv(),
                Table.constant(0),
                Table.constant(p.r0().eval(0.5, 298.15, 0, c)),
                pairs,
                p.hysteresis(),
                p.thermal().asIsothermal(),
                p.limits());
    }

    private static double[][] rep(double[] x) {
        double[][] m = new double[x.length][3];
        for (int i = 0; i < x.length; i++) {
            m[i][0] = m[i][1] = m[i][2] = x[i];
        }
        return m;
    }
}
