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
 * h = γ·dt/2, factored once per step (Thomas algorithm). Conductances are frozen at the start of the
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
    private final double[] cp;
    private final double[] inv;
    private final double[] lm;
    private final double[] rhs;
    private final double[] cg;
    private final double[] ug;
    final double[] base;
    final double[] unit;

    Diffusion(int n) {
        this.n = n;
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
        rhs = new double[n];
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

    private void factor(double h) {
        if (h == factorH) {
            return;
        }
        // K = M - h·A: diagonal m + h(g_i + g_{i+1}), off-diagonals e_i = -h·g_{i+1}. Thomas
        // algorithm with the multipliers kept, so each solve is two short recurrences of one
        // fused multiply-add each.
        double den = m[0] + h * g[1];
        double iv = 1 / den;
        inv[0] = iv;
        lm[0] = 0;
        for (int i = 1; i < n; i++) {
            double e = -h * g[i];
            cp[i - 1] = e * iv;
            den = m[i] + h * (g[i] + g[i + 1]) - e * cp[i - 1];
            iv = 1 / den;
            inv[i] = iv;
            lm[i] = e * iv;
        }
        cp[n - 1] = 0;
        factorH = h;
    }

    /** Solves K x = r (r and x may be the same array). */
    private void solve(double[] r, double[] x) {
        double prev = r[0] * inv[0];
        x[0] = prev;
        for (int i = 1; i < n; i++) {
            prev = r[i] * inv[i] - lm[i] * prev;
            x[i] = prev;
        }
        double next = x[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            next = x[i] - cp[i] * next;
            x[i] = next;
        }
    }

    /** The trial state after dt at current I. */
    void step(double dt, double current) {
        double h = 0.5 * GAMMA * dt;
        factor(h);
        for (int i = 0; i < n; i++) {
            rhs[i] = m[i] * c0[i] + h * a0[i] + 2 * h * (b[i] * current + s[i]);
        }
        solve(rhs, cg);
        for (int i = 0; i < n; i++) {
            rhs[i] = m[i] * (W1 * cg[i] - W0 * c0[i]) + h * (b[i] * current + s[i]);
        }
        solve(rhs, c);
    }

    /** {@link #base} (the state after dt at zero current) and {@link #unit} (the change per ampere). */
    void stepAffine(double dt) {
        double h = 0.5 * GAMMA * dt;
        factor(h);
        for (int i = 0; i < n; i++) {
            rhs[i] = 2 * h * b[i];
        }
        solve(rhs, ug);
        for (int i = 0; i < n; i++) {
            rhs[i] = m[i] * W1 * ug[i] + h * b[i];
        }
        solve(rhs, unit);
        for (int i = 0; i < n; i++) {
            rhs[i] = m[i] * c0[i] + h * a0[i] + 2 * h * s[i];
        }
        solve(rhs, cg);
        for (int i = 0; i < n; i++) {
            rhs[i] = m[i] * (W1 * cg[i] - W0 * c0[i]) + h * s[i];
        }
        solve(rhs, base);
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
