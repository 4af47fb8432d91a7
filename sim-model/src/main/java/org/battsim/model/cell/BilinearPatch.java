package org.battsim.model.cell;

/**
 * Several tables on the same (SoC, temperature) grid, evaluated through the grid cell that holds
 * the last point: inside one cell each table is the bilinear v00 + u·(a + b·w) + c·w in the local
 * coordinates u = s - s_lo, w = T - T_lo, so a point that stays in the cell (a 1 s step moves SoC by
 * about 1e-4 and the temperature by millikelvins) costs a few multiplications per table and no
 * search. The interpolant is the tables' own; only the rounding differs from {@link Table#eval}.
 *
 * <p>Beyond the grid's ends, where a table holds its edge value, the tables are evaluated directly.
 * Tables with a current axis are not accepted.
 */
final class BilinearPatch {
    private final Table[] tables;
    private final Table axes;
    private final Table.Cursor cursor = new Table.Cursor();
    private final int m;
    // The cell now held, NaN bounds while none is.
    private double sLo = Double.NaN;
    private double sHi = Double.NaN;
    private double tLo = Double.NaN;
    private double tHi = Double.NaN;
    private double tOrigin; // the temperature u, w are taken from: the cell's lower knot, or 0 on a flat axis
    private final double[] v00;
    private final double[] a; // d/du at w = 0
    private final double[] b; // d²/du dw
    private final double[] c; // d/dw at u = 0

    BilinearPatch(Table... tables) {
        if (tables.length == 0) {
            throw new IllegalArgumentException("no tables");
        }
        if (!applies(tables)) {
            throw new IllegalArgumentException("tables must share one (SoC, temperature) grid without a current axis");
        }
        this.tables = tables.clone();
        this.axes = tables[0];
        this.m = tables.length;
        v00 = new double[m];
        a = new double[m];
        b = new double[m];
        c = new double[m];
    }

    /** Whether {@code tables} qualify: one grid, no current axis. */
    static boolean applies(Table... tables) {
        for (Table t : tables) {
            if (!t.sameAxes(tables[0]) || t.dependsOnCurrent()) {
                return false;
            }
        }
        return true;
    }

    /** Every table's value at (s, T) into {@code out[0..m)}. */
    void eval(double s, double tK, double[] out) {
        if (!(s >= sLo && s <= sHi && tK >= tLo && tK <= tHi)) { // true with no cell (NaN)
            if (!load(s, tK)) {
                for (int j = 0; j < m; j++) {
                    out[j] = tables[j].eval(s, tK, 0, cursor);
                }
                return;
            }
        }
        double u = s - sLo;
        double w = tK - tOrigin;
        for (int j = 0; j < m; j++) {
            out[j] = v00[j] + u * (a[j] + b[j] * w) + c[j] * w;
        }
    }

    /** Takes the grid cell around (s, T); false beyond the grid's ends, where values are held. */
    private boolean load(double s, double tK) {
        double[] soc = axes.socKnots();
        double[] temp = axes.temperatureKnots();
        boolean socInside = soc.length > 1 && s >= soc[0] && s <= soc[soc.length - 1];
        boolean tInside = temp.length == 1 || (tK >= temp[0] && tK <= temp[temp.length - 1]);
        if (!socInside || !tInside) {
            sLo = sHi = tLo = tHi = Double.NaN;
            return false;
        }
        cursor.locate(axes, s, tK, 0);
        int is = cursor.is;
        int it = cursor.it;
        double ds = soc[is + 1] - soc[is];
        sLo = soc[is];
        sHi = soc[is + 1];
        boolean flatT = temp.length == 1;
        double dt = flatT ? 1 : temp[it + 1] - temp[it];
        tLo = flatT ? Double.NEGATIVE_INFINITY : temp[it];
        tHi = flatT ? Double.POSITIVE_INFINITY : temp[it + 1];
        tOrigin = flatT ? 0 : temp[it];
        int i00 = axes.index(is, it, 0);
        int i10 = axes.index(is + 1, it, 0);
        int i01 = flatT ? i00 : axes.index(is, it + 1, 0);
        int i11 = flatT ? i10 : axes.index(is + 1, it + 1, 0);
        for (int j = 0; j < m; j++) {
            Table t = tables[j];
            double f00 = t.nodeValue(i00);
            double f10 = t.nodeValue(i10);
            double f01 = t.nodeValue(i01);
            double f11 = t.nodeValue(i11);
            v00[j] = f00;
            a[j] = (f10 - f00) / ds;
            c[j] = flatT ? 0 : (f01 - f00) / dt;
            b[j] = flatT ? 0 : (f11 - f10 - f01 + f00) / (ds * dt);
        }
        return true;
    }
}
