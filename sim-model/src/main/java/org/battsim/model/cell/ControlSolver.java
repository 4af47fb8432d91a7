package org.battsim.model.cell;

/**
 * Finds the constant step current that meets a voltage, power or resistance control at the end of
 * a step, once a cell has bracketed it: Illinois false position (regula falsi that halves the
 * stale end's residual when one end repeats), safeguarded by bisection. Shared by the cell models;
 * allocation-free when the residual is a field of the cell, not a capturing lambda per call.
 */
public final class ControlSolver {
    /** The control's residual at a current: zero when met, decreasing in the current near the root. */
    @FunctionalInterface
    public interface Residual {
        double at(double current);
    }

    private ControlSolver() {}

    /**
     * Refines a bracket [a, b] whose residuals have opposite signs.
     *
     * @param currentTol relative tolerance on the bracket width (× max(1, |I|))
     * @param residualTol absolute tolerance on the residual (already scaled by the caller)
     * @param control the control and its target, for the error message (built only on failure: a
     *     voltage hold solves every step)
     * @throws CellControlException if it does not converge in 200 iterations
     */
    public static double refine(
            Residual r,
            double a,
            double ra,
            double b,
            double rb,
            double currentTol,
            double residualTol,
            Cell.Control control,
            double target) {
        if (rb == 0) {
            return b;
        }
        int side = 0;
        for (int it = 0; it < 200; it++) {
            double x = b - rb * (b - a) / (rb - ra);
            if (!(x > Math.min(a, b) && x < Math.max(a, b))) {
                x = 0.5 * (a + b);
            }
            double rx = r.at(x);
            if (rx == 0 || Math.abs(b - a) < currentTol * Math.max(1, Math.abs(x))) {
                return x;
            }
            if (Math.signum(rx) == Math.signum(rb)) {
                b = x;
                rb = rx;
                if (side == -1) {
                    ra *= 0.5;
                }
                side = -1;
            } else {
                a = x;
                ra = rx;
                if (side == 1) {
                    rb *= 0.5;
                }
                side = 1;
            }
            if (Math.abs(rx) < residualTol) {
                return x;
            }
        }
        throw new CellControlException(describe(control, target) + " did not converge");
    }

    /** Words for a control and its target, for messages. */
    public static String describe(Cell.Control c, double target) {
        return switch (c) {
            case VOLTAGE -> "holding " + target + " V";
            case POWER -> "delivering " + target + " W";
            case RESISTANCE -> "a load of " + target + " Ohm";
            case CURRENT -> target + " A";
        };
    }
}
