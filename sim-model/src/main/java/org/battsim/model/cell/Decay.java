package org.battsim.model.cell;

/**
 * e = exp(-x) and 1 - e for an exponential decay over one step, where x (step over time constant)
 * drifts slowly from step to step as the time constant follows temperature and state of charge.
 *
 * <p>{@code Math.expm1} is evaluated at an anchor xa. For x near it, exp(-x) = exp(-xa)·exp(-d)
 * with d = x - xa, and exp(-d) - 1 comes from its Taylor series: with |d| ≤ 1e-2·min(xa, 1) the
 * series to d⁶ leaves an error below 4e-18 of 1 - e, so the results agree with {@code expm1} at x
 * to a few ulps. Further away the anchor moves to x. At x = xa the results are expm1's own.
 *
 * <p>The window is wide enough that a time constant following a charge's temperature and state of
 * charge, or a hysteresis rate following a tapering current, re-anchors every few steps rather
 * than every step (an {@code expm1} call costs about 12 ns, a tenth of a cell step). The
 * series is evaluated in Estrin's form, a shorter chain of dependent operations than Horner's: it
 * sits on the path from one step's state to the next, where its latency counts. (Fused
 * multiply-adds would shorten it further, but {@code Math.fma} falls back to a software emulation,
 * thousands of times slower, on a processor or virtual machine without FMA instructions.)
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
        } else if (Math.abs(d) <= 1e-2 * (xa < 1 ? xa : 1)) { // as Math.min(xa, 1), false with no anchor yet
            // exp(-d) - 1 = -d + d²/2 - d³/6 + d⁴/24 - d⁵/120 + d⁶/720
            double d2 = d * d;
            double high = d2 * (d * (1.0 / 720) - 1.0 / 120) + (d * (1.0 / 24) - 1.0 / 6);
            double m = (d2 * d) * high + (d * 0.5 - 1.0) * d;
            double em = eA * m; // e and 1 - e side by side, not one after the other
            ome = omeA - em;
            e = eA + em;
        } else {
            xa = x;
            omeA = -Math.expm1(-x);
            eA = 1 - omeA;
            e = eA;
            ome = omeA;
        }
    }
}
