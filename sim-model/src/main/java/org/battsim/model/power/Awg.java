package org.battsim.model.power;

/**
 * Resistance of copper wire by American Wire Gauge.
 *
 * <p>The gauges cheap and good USB cables use (20–28) take the values of PHYSICS §2; other gauges
 * follow the AWG diameter law {@code d = 0.127 mm · 92^((36 − n)/39)} with annealed copper at
 * 20 °C (1.7241e-8 Ω·m, IEC 60028), which reproduces those values within 1 %.
 */
public final class Awg {
    /** Annealed copper at 20 °C (Ω·m). */
    public static final double COPPER_RESISTIVITY = 1.7241e-8;

    private static final int[] TABLE_GAUGE = {20, 22, 24, 26, 28};
    private static final double[] TABLE_OHMS_PER_METRE = {0.033, 0.053, 0.084, 0.134, 0.213};

    private Awg() {}

    /** Conductor diameter (m) of gauge {@code n}. */
    public static double diameter(double n) {
        check(n);
        return 0.127e-3 * Math.pow(92, (36 - n) / 39);
    }

    /** Resistance per metre of one conductor (Ω/m). */
    public static double ohmsPerMetre(double n) {
        check(n);
        for (int i = 0; i < TABLE_GAUGE.length; i++) {
            if (n == TABLE_GAUGE[i]) {
                return TABLE_OHMS_PER_METRE[i];
            }
        }
        return formulaOhmsPerMetre(n);
    }

    /** Resistance per metre from the diameter law alone (Ω/m). */
    public static double formulaOhmsPerMetre(double n) {
        double d = diameter(n);
        return COPPER_RESISTIVITY / (Math.PI * d * d / 4);
    }

    private static void check(double n) {
        if (!(n >= 0 && n <= 40)) {
            throw new IllegalArgumentException("wire gauge must be between 0 and 40 AWG, got " + n);
        }
    }
}
