package org.battsim.model.cell.spme;

/**
 * One finite-volume diffusion problem {@code M c' = A c + b·I + s} in one dimension: {@code M} the
 * cell capacities, {@code A} the symmetric tridiagonal operator of the face conductances (no flux
 * through the outer faces), {@code b} the source per ampere of cell current, {@code s} a source
 * held constant over a step.
 *
 * <p>A step is TR-BDF2 with γ = 2 − √2: a trapezoidal stage to γ·dt, then a BDF2 stage to dt. It is
 * second order, L-stable (so the stiff modes of a fine mesh decay instead of ringing after a
 * current step), and with this γ both stages solve with the same tridiagonal matrix {@code M − h·A},
 * h = γ·dt/2, factored once per step (Thomas elimination from both ends). Conductances are frozen at the start of the
 * step, so the step is linear in the current: {@link #stepAffine} gives the end state as {@code
 * base + I·unit}, which lets a cell solve for the current that meets a voltage or power target
 * without repeating the solves. Linear invariants (the lithium content {@code Σ M c}) are kept to
 * rounding error. Nothing is allocated after construction.
 */
final class Diffusion {
    static final double GAMMA = 2 - Math.sqrt(2);
    private static final double W1 = 1 / (GAMMA * (2 - GAMMA));
    private static final double W0 = (1 - GAMMA) * (1 - GAMMA) / (GAMMA * (2 - GAMMA));

    final int n;
    /** Capacities (volume or porosity × width). */
    final double[] m;
    /** Face conductances; g[k] couples cells k−1 and k, g[0] = g[n] = 0. */
    final double[] g;
    /** Source per ampere. */
    final double[] b;
    /** Source held over the step. */
    final double[] s;
    /** Committed state. */
    final double[] c0;
    /** Trial state. */
    final double[] c;
    /** A·c0, valid after {@link #prepare}. */
    private final double[] a0;

    private double factorH = Double.NaN;
    /** The row where the two eliminations meet. */
    private final int mid;

    private final double[] cp;
    private final double[] inv;
    private final double[] lm;
    private final double[] cg;
    private final double[] ug;
    final double[] base;
    final double[] unit;

    Diffusion(int n) {
        this.n = n;
        mid = n / 2;
        m = new double[n];
        g = new double[n + 1];
        b = new double[n];
        s = new double[n];
        c0 = new double[n];
        c = new double[n];
        a0 = new double[n];
        cp = new double[n];
        inv = new double[n];
        lm = new double[n];
        cg = new double[n];
        ug = new double[n];
        base = new double[n];
        unit = new double[n];
    }

    /**
     * Call after changing c0, and after changing g (then with {@code coefficientsChanged}): computes
     * A·c0 and, if the coefficients changed, drops the factorisation.
     */
    void prepare(boolean coefficientsChanged) {
        if (coefficientsChanged) {
            factorH = Double.NaN;
        }
        a0[0] = n > 1 ? g[1] * (c0[1] - c0[0]) : 0;
        for (int i = 1; i < n - 1; i++) {
            a0[i] = g[i] * (c0[i - 1] - c0[i]) + g[i + 1] * (c0[i + 1] - c0[i]);
        }
        if (n > 1) {
            a0[n - 1] = g[n - 1] * (c0[n - 2] - c0[n - 1]);
        }
    }

    /**
     * Factors K = M − h·A (diagonal m + h(g_i + g_{i+1}), off-diagonals e_i = −h·g_{i+1}) by
     * twisted elimination: from the first row down and from the last row up at the same time,
     * meeting at row k. Tridiagonal elimination is a chain of dependent operations; two half-length
     * chains run side by side halve the time on a machine that overlaps independent work.
     */
    private void factor(double h) {
        if (h == factorH) {
            return;
        }
        final int k = mid;
        // Top rows 0..k-1 and bottom rows n-1..k+1, interleaved.
        double ivT = 0;
        double ivB = 0;
        for (int j = 0; j < k; j++) {
            int i = j;
            double eUp = i > 0 ? -h * g[i] : 0;
            double den = m[i] + h * (g[i] + g[i + 1]) - eUp * eUp * ivT;
            ivT = 1 / den;
            inv[i] = ivT;
            lm[i] = eUp * ivT;
            cp[i] = -h * g[i + 1] * ivT;
            int ib = n - 1 - j;
            if (ib > k) {
                double eDown = ib < n - 1 ? -h * g[ib + 1] : 0;
                double denB = m[ib] + h * (g[ib] + g[ib + 1]) - eDown * eDown * ivB;
                ivB = 1 / denB;
                inv[ib] = ivB;
                lm[ib] = eDown * ivB;
                cp[ib] = -h * g[ib] * ivB;
            }
        }
        double eLeft = k > 0 ? -h * g[k] : 0;
        double eRight = k < n - 1 ? -h * g[k + 1] : 0;
        double gamma = m[k] + h * (g[k] + g[k + 1]) - eLeft * eLeft * ivT - eRight * eRight * ivB;
        inv[k] = 1 / gamma;
        lm[k] = eLeft;
        cp[k] = eRight;
        factorH = h;
    }

    /** Solves K x = r (x may be r). */
    private void solve(double[] r, double[] x) {
        final int k = mid;
        double y = 0;
        double z = 0;
        for (int j = 0; j < k; j++) {
            y = r[j] * inv[j] - lm[j] * y;
            x[j] = y;
            int ib = n - 1 - j;
            if (ib > k) {
                z = r[ib] * inv[ib] - lm[ib] * z;
                x[ib] = z;
            }
        }
        double xk = (r[k] - lm[k] * y - cp[k] * z) * inv[k];
        x[k] = xk;
        double up = xk;
        double down = xk;
        for (int j = 1; j <= k; j++) {
            int i = k - j;
            up = x[i] - cp[i] * up;
            x[i] = up;
            int ib = k + j;
            if (ib < n) {
                down = x[ib] - cp[ib] * down;
                x[ib] = down;
            }
        }
        for (int ib = 2 * k + 1; ib < n; ib++) {
            down = x[ib] - cp[ib] * down;
            x[ib] = down;
        }
    }

    /** The trial state after dt at current I. */
    void step(double dt, double current) {
        double h = 0.5 * GAMMA * dt;
        factor(h);
        double h2 = 2 * h;
        for (int i = 0; i < n; i++) {
            cg[i] = m[i] * c0[i] + h * a0[i] + h2 * (b[i] * current + s[i]);
        }
        solve(cg, cg);
        for (int i = 0; i < n; i++) {
            c[i] = m[i] * (W1 * cg[i] - W0 * c0[i]) + h * (b[i] * current + s[i]);
        }
        solve(c, c);
    }

    /** {@link #base} (the state after dt at zero current) and {@link #unit} (the change per ampere). */
    void stepAffine(double dt) {
        double h = 0.5 * GAMMA * dt;
        factor(h);
        double h2 = 2 * h;
        for (int i = 0; i < n; i++) {
            ug[i] = h2 * b[i];
            cg[i] = m[i] * c0[i] + h * a0[i] + h2 * s[i];
        }
        solve(ug, ug);
        solve(cg, cg);
        for (int i = 0; i < n; i++) {
            unit[i] = m[i] * W1 * ug[i] + h * b[i];
            base[i] = m[i] * (W1 * cg[i] - W0 * c0[i]) + h * s[i];
        }
        solve(unit, unit);
        solve(base, base);
    }

    /** The trial state {@code base + I·unit}. */
    void combine(double current) {
        for (int i = 0; i < n; i++) {
            c[i] = base[i] + current * unit[i];
        }
    }

    void commit() {
        System.arraycopy(c, 0, c0, 0, n);
    }

    /** Σ M c of the trial state. */
    double content() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += m[i] * c[i];
        }
        return sum;
    }

    /** Σ M c of the committed state. */
    double committedContent() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += m[i] * c0[i];
        }
        return sum;
    }
}
