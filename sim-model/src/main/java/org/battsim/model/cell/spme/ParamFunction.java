package org.battsim.model.cell.spme;

import java.util.Arrays;
import java.util.Objects;

/**
 * A parameter that may depend on state: a constant, an {@link Expression}, or a table over its
 * first variable (linear interpolation, linear extrapolation beyond the ends, as PyBaMM's linear
 * interpolant). Immutable and shareable between threads; evaluation uses caller scratch.
 */
public abstract class ParamFunction {
    private ParamFunction() {}

    /** The value for up to four variables (in the order of the parameter's variable list). */
    public abstract double eval(double v0, double v1, double v2, double v3, double[] stack);

    /** Values for {@code n} values of variable 0 and scalar others. */
    public abstract void evalVector(
            double[] v0, int n, double v1, double v2, double v3, double[] out, double[][] stack);

    /** Whether the value never changes. */
    public abstract boolean isConstant();

    /** Whether the value depends on variable {@code index}. */
    public abstract boolean uses(int index);

    /** Scratch stack depth for {@link #eval}. */
    public abstract int stackSize();

    /** How it was given, for messages and listings. */
    public abstract String describe();

    public static ParamFunction constant(double value) {
        return new Constant(value);
    }

    public static ParamFunction of(Expression e) {
        Objects.requireNonNull(e);
        return e.isConstant() ? new Constant(e.constantValue()) : new Expr(e);
    }

    /**
     * A table y(x) of variable 0.
     *
     * @param x strictly increasing, at least two points
     */
    public static ParamFunction table(double[] x, double[] y, String source) {
        return new Table1(x, y, source);
    }

    private static final class Constant extends ParamFunction {
        private final double value;

        Constant(double value) {
            this.value = value;
        }

        @Override
        public double eval(double v0, double v1, double v2, double v3, double[] stack) {
            return value;
        }

        @Override
        public void evalVector(double[] v0, int n, double v1, double v2, double v3, double[] out, double[][] stack) {
            Arrays.fill(out, 0, n, value);
        }

        @Override
        public boolean isConstant() {
            return true;
        }

        @Override
        public boolean uses(int index) {
            return false;
        }

        @Override
        public int stackSize() {
            return 1;
        }

        @Override
        public String describe() {
            return Double.toString(value);
        }
    }

    private static final class Expr extends ParamFunction {
        private final Expression e;

        Expr(Expression e) {
            this.e = e;
        }

        @Override
        public double eval(double v0, double v1, double v2, double v3, double[] stack) {
            return e.eval(v0, v1, v2, v3, stack);
        }

        @Override
        public void evalVector(double[] v0, int n, double v1, double v2, double v3, double[] out, double[][] stack) {
            e.evalVector(v0, n, v1, v2, v3, out, stack);
        }

        @Override
        public boolean isConstant() {
            return false;
        }

        @Override
        public boolean uses(int index) {
            return e.uses(index);
        }

        @Override
        public int stackSize() {
            return e.stackSize();
        }

        @Override
        public String describe() {
            return e.text();
        }
    }

    private static final class Table1 extends ParamFunction {
        private final double[] x;
        private final double[] y;
        private final String source;

        Table1(double[] x, double[] y, String source) {
            if (x.length != y.length || x.length < 2) {
                throw new IllegalArgumentException("a table needs at least two (x, y) points of equal count");
            }
            for (int i = 0; i < x.length; i++) {
                if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                    throw new IllegalArgumentException("table values must be finite (row " + i + ")");
                }
                if (i > 0 && !(x[i] > x[i - 1])) {
                    throw new IllegalArgumentException("table x values must increase strictly (row " + i + ")");
                }
            }
            this.x = x.clone();
            this.y = y.clone();
            this.source = source;
        }

        @Override
        public double eval(double v0, double v1, double v2, double v3, double[] stack) {
            return interp(v0);
        }

        private double interp(double v) {
            int n = x.length;
            int i;
            if (v <= x[1]) {
                i = 0;
            } else if (v >= x[n - 2]) {
                i = n - 2;
            } else {
                int lo = 1;
                int hi = n - 2;
                while (hi - lo > 1) {
                    int mid = (lo + hi) >>> 1;
                    if (x[mid] <= v) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                i = lo;
            }
            double t = (v - x[i]) / (x[i + 1] - x[i]);
            return y[i] + t * (y[i + 1] - y[i]);
        }

        @Override
        public void evalVector(double[] v0, int n, double v1, double v2, double v3, double[] out, double[][] stack) {
            for (int i = 0; i < n; i++) {
                out[i] = interp(v0[i]);
            }
        }

        @Override
        public boolean isConstant() {
            return false;
        }

        @Override
        public boolean uses(int index) {
            return index == 0;
        }

        @Override
        public int stackSize() {
            return 1;
        }

        @Override
        public String describe() {
            return "table of " + x.length + " points" + (source == null ? "" : " from " + source);
        }
    }
}
