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
    // Reciprocal knot spacings along each axis, so that lookups multiply instead of divide.
    private final double[] socInv;
    private final double[] tempInv;
    private final double[] curInv;
    private final int nT;
    private final int nI;
    // Strides between neighbours along each axis in v, 0 for an axis of one point.
    private final int dS;
    private final int dT;
    private final int dI;
    // Cumulative integral over SoC of each (temperature, current) row, for exact energy bookkeeping.
    private final double[] cum;

    private Table(double[] soc, double[] temp, double[] cur, double[] v) {
        this.soc = checkAxis("state of charge", soc);
        this.temp = checkAxis("temperature", temp);
        this.cur = checkAxis("current", cur);
        this.socInv = reciprocalSpacings(soc);
        this.tempInv = reciprocalSpacings(temp);
        this.curInv = reciprocalSpacings(cur);
        this.nT = temp.length;
        this.nI = cur.length;
        this.dS = soc.length > 1 ? nT * nI : 0;
        this.dT = nT > 1 ? nI : 0;
        this.dI = nI > 1 ? 1 : 0;
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

    private static double[] reciprocalSpacings(double[] a) {
        double[] r = new double[Math.max(0, a.length - 1)];
        for (int i = 0; i < r.length; i++) {
            r[i] = 1 / (a[i + 1] - a[i]);
        }
        return r;
    }

    private int idx(int is, int it, int ii) {
        return (is * nT + it) * nI + ii;
    }

    private double value(int is, int it, int ii) {
        return v[idx(is, it, ii)];
    }

    // The axes themselves, for BilinearPatch (not to be modified).
    double[] socKnots() {
        return soc;
    }

    double[] temperatureKnots() {
        return temp;
    }

    int index(int is, int it, int ii) {
        return idx(is, it, ii);
    }

    double nodeValue(int node) {
        return v[node];
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

    public boolean dependsOnTemperature() {
        return nT > 1;
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
        if (c.locate(this, s, tK, current) || !c.hasValue) {
            c.value = interp(c);
            c.hasValue = true;
        }
        return c.value;
    }

    /** Whether {@code o} is tabulated on the same axes, so that one located cursor serves both. */
    public boolean sameAxes(Table o) {
        return Arrays.equals(soc, o.soc) && Arrays.equals(temp, o.temp) && Arrays.equals(cur, o.cur);
    }

    /**
     * Value at the point where {@code c} was last located, by this table or by one with the same
     * axes ({@link #sameAxes}): tables on one grid then share a single lookup.
     */
    public double valueAt(Cursor c) {
        assert c.table == this || sameAxes(c.table) : "cursor located on other axes";
        return interp(c);
    }

    /** Value at the point last located by {@code c} for this table's axes. */
    private double interp(Cursor c) {
        int base = idx(c.is, c.it, c.ii);
        double a = lerpTi(v, base, c.wt, c.wi);
        double b = lerpTi(v, base + dS, c.wt, c.wi);
        return a + c.ws * (b - a);
    }

    /** Integral from soc[0] to the located s of the piecewise-linear row, bilinear in (T, I). */
    private double interpIntegral(Cursor c) {
        int is = c.is;
        int base0 = idx(is, c.it, c.ii);
        double x = c.sClamped;
        double extra = c.sRaw - x; // beyond the ends the value is held constant
        double f0 = lerpTi(cum, base0, c.wt, c.wi);
        double v0 = lerpTi(v, base0, c.wt, c.wi);
        if (soc.length == 1) {
            return v0 * (c.sRaw - soc[0]);
        }
        double v1 = lerpTi(v, base0 + dS, c.wt, c.wi);
        double slope = (v1 - v0) * socInv[is];
        double u = x - soc[is];
        double within = u * v0 + 0.5 * u * u * slope;
        double vx = v0 + slope * u;
        return f0 + within + extra * vx;
    }

    /** Interpolation over (T, I) from a grid offset; the current axis is skipped when it has one point. */
    private double lerpTi(double[] arr, int base, double wt, double wi) {
        double a = arr[base];
        double b = arr[base + dT];
        if (dI != 0) {
            a += wi * (arr[base + dI] - a);
            b += wi * (arr[base + dT + dI] - b);
        }
        return a + wt * (b - a);
    }

    /**
     * ∫ value ds from the first SoC knot to {@code s} at (T, I), exact for the interpolant
     * (including the constant continuation beyond the ends).
     */
    public double integralSoc(double s, double tK, double current, Cursor c) {
        if (c.locate(this, s, tK, current) || !c.hasIntegral) {
            c.integral = interpIntegral(c);
            c.hasIntegral = true;
        }
        return c.integral;
    }

    /** Slope d(value)/d(SoC) at (s, T, I) of the interpolant (0 beyond the ends). */
    public double slopeSoc(double s, double tK, double current, Cursor c) {
        c.locate(this, s, tK, current);
        if (soc.length == 1 || s < soc[0] || s > soc[soc.length - 1]) {
            return 0;
        }
        int base0 = idx(c.is, c.it, c.ii);
        double a = lerpTi(v, base0, c.wt, c.wi);
        double b = lerpTi(v, base0 + dS, c.wt, c.wi);
        return (b - a) * socInv[c.is];
    }

    /**
     * Locates {@code s} and keeps in the cursor the value there ({@link #eval}'s, to the bit), the
     * interpolant's slope over SoC ({@link #slopeSoc}'s) and the SoC knots bounding the segment
     * that holds s. True when s lies within the table's SoC range, so that on [{@code c.segmentLow},
     * {@code c.segmentHigh}] the value is exactly {@code c.value + c.slope·(s' - s)} at fixed (T, I).
     */
    public boolean segment(double s, double tK, double current, Cursor c) {
        if (c.locate(this, s, tK, current) || !c.hasSegment) {
            int base0 = idx(c.is, c.it, c.ii);
            double a = lerpTi(v, base0, c.wt, c.wi);
            if (soc.length == 1) {
                c.value = a;
                c.slope = 0;
                c.segmentLow = Double.NEGATIVE_INFINITY;
                c.segmentHigh = Double.POSITIVE_INFINITY;
            } else {
                double b = lerpTi(v, base0 + dS, c.wt, c.wi);
                c.value = a + c.ws * (b - a);
                c.slope = (b - a) * socInv[c.is];
                c.segmentLow = soc[c.is];
                c.segmentHigh = soc[c.is + 1];
            }
            c.hasValue = true;
            c.hasSegment = true;
        }
        boolean inside = soc.length > 1 && s >= soc[0] && s <= soc[soc.length - 1];
        if (!inside) {
            c.slope = 0; // as slopeSoc: the value is held constant beyond the ends
        }
        return inside;
    }

    /**
     * Mutable lookup position; one per (table, user). Not thread-safe. Looking up the point it
     * already holds, for the same table, costs a few comparisons, and the value and integral
     * already computed there are kept (a step's end is the next step's start).
     */
    public static final class Cursor {
        Table table;
        double tRaw;
        double iRaw;
        int is;
        int it;
        int ii;
        double ws;
        double wt;
        double wi;
        double sRaw;
        double sClamped;
        // The located table's value and SoC integral at the point, once computed there.
        boolean hasValue;
        double value;
        boolean hasIntegral;
        double integral;
        // The segment around the point, once computed there (see Table.segment).
        boolean hasSegment;
        double slope;
        double segmentLow;
        double segmentHigh;

        /** Locates the point for {@code t}; true if it moved (or changed tables). */
        boolean locate(Table t, double s, double tK, double current) {
            // An axis of length one ignores its coordinate, so a change there moves nothing.
            if (t != table || s != sRaw || (tK != tRaw && t.nT > 1) || (current != iRaw && t.nI > 1)) {
                relocate(t, s, tK, current);
                return true;
            }
            return false;
        }

        private void relocate(Table t, double s, double tK, double current) {
            hasValue = false;
            hasIntegral = false;
            hasSegment = false;
            table = t;
            tRaw = tK;
            iRaw = current;
            sRaw = s;
            double[] a = t.soc;
            is = find(a, s, is);
            double lo = a[0];
            double hi = a[a.length - 1];
            sClamped = s < lo ? lo : (s > hi ? hi : s);
            ws = weight(a, t.socInv, is, sClamped);
            if (t.nT > 1) {
                it = find(t.temp, tK, it);
                wt = weight(t.temp, t.tempInv, it, tK);
            } else {
                it = 0;
                wt = 0;
            }
            if (t.nI > 1) {
                ii = find(t.cur, current, ii);
                wi = weight(t.cur, t.curInv, ii, current);
            } else {
                ii = 0;
                wi = 0;
            }
        }

        private static double weight(double[] a, double[] inv, int i, double x) {
            if (a.length == 1) {
                return 0;
            }
            double w = (x - a[i]) * inv[i];
            return w < 0 ? 0 : (w > 1 ? 1 : w);
        }

        /** Index i with a[i] ≤ x ≤ a[i+1] (clamped to [0, n-2]); starts from the hint. */
        private static int find(double[] a, double x, int hint) {
            // Stepping through neighbouring points mostly stays in the hinted interval.
            if (hint < a.length - 1 && x >= a[hint] && x <= a[hint + 1]) {
                return hint;
            }
            return search(a, x, hint);
        }

        private static int search(double[] a, double x, int hint) {
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
