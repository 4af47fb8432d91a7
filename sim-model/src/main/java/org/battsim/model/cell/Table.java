package org.battsim.model.cell;

import java.util.Arrays;

/**
 * A value tabulated over state of charge, temperature and (optionally) current, interpolated
 * linearly along each axis (bilinear or trilinear) and held constant beyond the ends.
 *
 * <p>Axes: state of charge as a fraction, temperature in kelvin, current in amperes with the
 * model's sign (positive = discharge). An axis of length one means "does not depend on it".
 * Immutable; lookups take a caller-owned {@link Cursor} that remembers the last cell of the grid,
 * so stepping through neighbouring points costs a comparison, not a search.
 */
public final class Table {
    private final double[] soc;
    private final double[] temp;
    private final double[] cur;
    private final double[] v; // index ((is * nT) + it) * nI + ii
    private final int nT;
    private final int nI;
    // Cumulative integral over SoC of each (temperature, current) row, for exact energy bookkeeping.
    private final double[] cum;

    private Table(double[] soc, double[] temp, double[] cur, double[] v) {
        this.soc = checkAxis("state of charge", soc);
        this.temp = checkAxis("temperature", temp);
        this.cur = checkAxis("current", cur);
        this.nT = temp.length;
        this.nI = cur.length;
        if (v.length != soc.length * nT * nI) {
            throw new IllegalArgumentException("table needs " + soc.length * nT * nI + " values, got " + v.length);
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("table value " + i + " is not finite");
            }
        }
        this.v = v.clone();
        this.cum = new double[v.length];
        for (int it = 0; it < nT; it++) {
            for (int ii = 0; ii < nI; ii++) {
                double acc = 0;
                for (int is = 1; is < soc.length; is++) {
                    acc += 0.5 * (value(is - 1, it, ii) + value(is, it, ii)) * (soc[is] - soc[is - 1]);
                    cum[idx(is, it, ii)] = acc;
                }
            }
        }
    }

    /** A table over state of charge only. */
    public static Table ofSoc(double[] soc, double[] values) {
        return new Table(soc.clone(), new double[] {298.15}, new double[] {0}, values.clone());
    }

    /** A table over state of charge and temperature: {@code values[is][it]}. */
    public static Table ofSocTemperature(double[] soc, double[] temperatureK, double[][] values) {
        double[] flat = new double[soc.length * temperatureK.length];
        if (values.length != soc.length) {
            throw new IllegalArgumentException(
                    "table needs " + soc.length + " rows (one per SoC), got " + values.length);
        }
        for (int i = 0; i < soc.length; i++) {
            if (values[i].length != temperatureK.length) {
                throw new IllegalArgumentException(
                        "table row " + i + " needs " + temperatureK.length + " values, got " + values[i].length);
            }
            System.arraycopy(values[i], 0, flat, i * temperatureK.length, temperatureK.length);
        }
        return new Table(soc.clone(), temperatureK.clone(), new double[] {0}, flat);
    }

    /** A full table: {@code values[((is * nT) + it) * nI + ii]}. */
    public static Table of(double[] soc, double[] temperatureK, double[] current, double[] values) {
        return new Table(soc.clone(), temperatureK.clone(), current.clone(), values.clone());
    }

    /** A constant. */
    public static Table constant(double value) {
        return new Table(new double[] {0}, new double[] {298.15}, new double[] {0}, new double[] {value});
    }

    private static double[] checkAxis(String name, double[] a) {
        if (a.length == 0) {
            throw new IllegalArgumentException(name + " axis is empty");
        }
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                throw new IllegalArgumentException(name + " axis value " + i + " is not finite");
            }
            if (i > 0 && !(a[i] > a[i - 1])) {
                throw new IllegalArgumentException(name + " axis must increase strictly (value " + i + ")");
            }
        }
        return a;
    }

    private int idx(int is, int it, int ii) {
        return (is * nT + it) * nI + ii;
    }

    private double value(int is, int it, int ii) {
        return v[idx(is, it, ii)];
    }

    public double[] socAxis() {
        return soc.clone();
    }

    public double[] temperatureAxis() {
        return temp.clone();
    }

    public double[] currentAxis() {
        return cur.clone();
    }

    public double minSoc() {
        return soc[0];
    }

    public double maxSoc() {
        return soc[soc.length - 1];
    }

    public boolean dependsOnCurrent() {
        return nI > 1;
    }

    /** Smallest and largest tabulated value. */
    public double min() {
        return Arrays.stream(v).min().orElseThrow();
    }

    public double max() {
        return Arrays.stream(v).max().orElseThrow();
    }

    /** A copy with every value multiplied by {@code k}. */
    public Table scaled(double k) {
        double[] w = v.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] *= k;
        }
        return new Table(soc, temp, cur, w);
    }

    /** Interpolated value at (SoC, T, I). */
    public double eval(double s, double tK, double current, Cursor c) {
        c.locate(this, s, tK, current);
        return interp(c, false);
    }

    /** Value at the point last located by {@code c} for this table's axes. */
    private double interp(Cursor c, boolean integral) {
        int is = c.is;
        int it = c.it;
        int ii = c.ii;
        double wt = c.wt;
        double wi = c.wi;
        int dT = nT > 1 ? nI : 0;
        int dI = nI > 1 ? 1 : 0;
        int base0 = idx(is, it, ii);
        if (!integral) {
            int dS = soc.length > 1 ? nT * nI : 0;
            double ws = c.ws;
            double a = lerp2(v, base0, dT, dI, wt, wi);
            double b = lerp2(v, base0 + dS, dT, dI, wt, wi);
            return a + ws * (b - a);
        }
        // Integral from soc[0] to s of the piecewise-linear row, bilinear in (T, I).
        double x = c.sClamped;
        double extra = c.sRaw - x; // beyond the ends the value is held constant
        double f0 = lerp2(cum, base0, dT, dI, wt, wi);
        double v0 = lerp2(v, base0, dT, dI, wt, wi);
        if (soc.length == 1) {
            return v0 * (c.sRaw - soc[0]);
        }
        int dS = nT * nI;
        double v1 = lerp2(v, base0 + dS, dT, dI, wt, wi);
        double h = soc[is + 1] - soc[is];
        double u = x - soc[is];
        double within = u * v0 + 0.5 * u * u * (v1 - v0) / h;
        double vx = v0 + (v1 - v0) * u / h;
        return f0 + within + extra * vx;
    }

    private static double lerp2(double[] arr, int base, int dT, int dI, double wt, double wi) {
        double a = arr[base] + wi * (arr[base + dI] - arr[base]);
        double b = arr[base + dT] + wi * (arr[base + dT + dI] - arr[base + dT]);
        return a + wt * (b - a);
    }

    /**
     * ∫ value ds from the first SoC knot to {@code s} at (T, I), exact for the interpolant
     * (including the constant continuation beyond the ends).
     */
    public double integralSoc(double s, double tK, double current, Cursor c) {
        c.locate(this, s, tK, current);
        return interp(c, true);
    }

    /** Slope d(value)/d(SoC) at (s, T, I) of the interpolant (0 beyond the ends). */
    public double slopeSoc(double s, double tK, double current, Cursor c) {
        c.locate(this, s, tK, current);
        if (soc.length == 1 || s < soc[0] || s > soc[soc.length - 1]) {
            return 0;
        }
        int dT = nT > 1 ? nI : 0;
        int dI = nI > 1 ? 1 : 0;
        int base0 = idx(c.is, c.it, c.ii);
        double a = lerp2(v, base0, dT, dI, c.wt, c.wi);
        double b = lerp2(v, base0 + nT * nI, dT, dI, c.wt, c.wi);
        return (b - a) / (soc[c.is + 1] - soc[c.is]);
    }

    /** Mutable lookup position; one per (table, user). Not thread-safe. */
    public static final class Cursor {
        int is;
        int it;
        int ii;
        double ws;
        double wt;
        double wi;
        double sRaw;
        double sClamped;

        void locate(Table t, double s, double tK, double current) {
            sRaw = s;
            double[] a = t.soc;
            is = find(a, s, is);
            sClamped = Math.max(a[0], Math.min(a[a.length - 1], s));
            ws = weight(a, is, sClamped);
            it = find(t.temp, tK, it);
            wt = weight(t.temp, it, tK);
            ii = find(t.cur, current, ii);
            wi = weight(t.cur, ii, current);
        }

        private static double weight(double[] a, int i, double x) {
            if (a.length == 1) {
                return 0;
            }
            double w = (x - a[i]) / (a[i + 1] - a[i]);
            return w < 0 ? 0 : (w > 1 ? 1 : w);
        }

        /** Index i with a[i] ≤ x ≤ a[i+1] (clamped to [0, n-2]); starts from the hint. */
        private static int find(double[] a, double x, int hint) {
            int n = a.length;
            if (n == 1) {
                return 0;
            }
            if (hint < 0 || hint > n - 2) {
                hint = 0;
            }
            if (x >= a[hint] && x <= a[hint + 1]) {
                return hint;
            }
            if (hint + 2 < n && x >= a[hint + 1] && x <= a[hint + 2]) {
                return hint + 1;
            }
            if (hint > 0 && x >= a[hint - 1] && x <= a[hint]) {
                return hint - 1;
            }
            if (x <= a[0]) {
                return 0;
            }
            if (x >= a[n - 1]) {
                return n - 2;
            }
            int lo = 0;
            int hi = n - 1;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] <= x) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
