package org.battsim.model.cell;

/**
 * e = exp(-x) and 1 - e for an exponential decay over one step, where x (step over time constant)
 * drifts slowly from step to step as the time constant follows temperature and state of charge.
 *
 * <p>{@code Math.expm1} is evaluated at an anchor xa. For x near it, exp(-x) = exp(-xa)·exp(-d)
 * with d = x - xa, and exp(-d) - 1 comes from its Taylor series: with |d| ≤ 1e-3·min(xa, 1) the
 * series to d⁴ leaves an error below 2e-17 of 1 - e, so the results agree with {@code expm1} at x
 * to a few ulps. Further away the anchor moves to x. At x = xa the results are expm1's own.
 */
final class Decay {
    private double xa = Double.NaN;
    private double omeA;
    private double eA;
    /** exp(-x). */
    double e;
    /** 1 - exp(-x), accurate for small x. */
    double ome;

    void set(double x) {
        double d = x - xa;
        if (d == 0) {
            e = eA;
            ome = omeA;
        } else if (Math.abs(d) <= 1e-3 * (xa < 1 ? xa : 1)) { // as Math.min(xa, 1), false with no anchor yet
            double m = -d * (1 - d * 0.5 * (1 - d * (1.0 / 3) * (1 - d * 0.25))); // exp(-d) - 1
            ome = omeA - eA * m;
            e = 1 - ome;
        } else {
            xa = x;
            omeA = -Math.expm1(-x);
            eA = 1 - omeA;
            e = eA;
            ome = omeA;
        }
    }
}
