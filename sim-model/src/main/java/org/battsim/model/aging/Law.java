package org.battsim.model.aging;

/**
 * How one aging mechanism's state {@code y} grows with its independent variable {@code x} (days,
 * equivalent full cycles or ampere-hours) at a rate coefficient {@code k} set by the stressors.
 *
 * <p>Rates change with the stressors, so a state is not a function of {@code x} alone. Each law
 * advances it from its present value over {@code dx} at the window's {@code k}: the equivalent-x
 * update finds the {@code x} at which the trajectory {@code y = f(k, x)} reaches the present
 * {@code y} and moves along it by {@code dx}, which is exact while {@code k} stays constant, however
 * the steps are cut. The power law also offers BLAST-Lite's explicit step, {@code dy = k·p·(y/k)^((p
 * − 1)/p)·dx} and {@code y = k·dx^p} from zero, kept for comparisons with BLAST-Lite.
 *
 * <p>A negative or zero rate leaves the state unchanged: fitted rate expressions can go negative
 * outside their data (the Schmalstieg cycle resistance term does for depths of discharge below 5
 * %), and aging does not reverse.
 */
public sealed interface Law {
    /** The state after {@code dx} more of the independent variable at rate {@code k}. */
    double advance(double y, double k, double dx);

    /** The trajectory from zero at a constant rate: {@code y = f(k, x)}. */
    double trajectory(double k, double x);

    /** How a power law is stepped. */
    enum Update {
        /** Along the trajectory through the present state: exact under constant stressors. */
        EQUIVALENT,
        /** BLAST-Lite's explicit step {@code dy = k·p·(y/k)^((p−1)/p)·dx}. */
        EXPLICIT
    }

    /** {@code y = k·x^p}. */
    record Power(double p, Update update) implements Law {
        public Power {
            if (!(p > 0 && p <= 1)) {
                throw new IllegalArgumentException("power-law exponent must be in (0, 1], got " + p);
            }
            if (update == null) {
                throw new IllegalArgumentException("update is required");
            }
        }

        @Override
        public double advance(double y, double k, double dx) {
            if (!(k > 0) || !(dx > 0)) {
                return y;
            }
            if (y <= 0) {
                return k * Math.pow(dx, p);
            }
            if (update == Update.EXPLICIT) {
                return y + k * p * Math.pow(y / k, (p - 1) / p) * dx;
            }
            double x = Math.pow(y / k, 1 / p);
            return k * Math.pow(x + dx, p);
        }

        @Override
        public double trajectory(double k, double x) {
            return k > 0 && x > 0 ? k * Math.pow(x, p) : 0;
        }
    }

    /** {@code y = k·x}. */
    record Linear() implements Law {
        @Override
        public double advance(double y, double k, double dx) {
            return k > 0 && dx > 0 ? y + k * dx : y;
        }

        @Override
        public double trajectory(double k, double x) {
            return k > 0 && x > 0 ? k * x : 0;
        }
    }

    /**
     * BLAST-Lite's sigmoid {@code y = 2·yMax·(1/2 − 1/(1 + exp((k·x)^p)))}: slow start, a knee,
     * and a plateau at {@code yMax}.
     */
    record Sigmoid(double yMax, double p) implements Law {
        public Sigmoid {
            if (!(yMax > 0) || Double.isInfinite(yMax)) {
                throw new IllegalArgumentException("sigmoid limit must be positive, got " + yMax);
            }
            if (!(p > 0) || Double.isInfinite(p)) {
                throw new IllegalArgumentException("sigmoid exponent must be positive, got " + p);
            }
        }

        @Override
        public double advance(double y, double k, double dx) {
            if (!(k > 0) || !(dx > 0) || y >= yMax) {
                return y;
            }
            double x = y <= 0 ? 0 : Math.pow(Math.log(2 * yMax / (yMax - y) - 1), 1 / p) / k;
            return trajectory(k, x + dx);
        }

        @Override
        public double trajectory(double k, double x) {
            if (!(k > 0) || !(x > 0)) {
                return 0;
            }
            double z = Math.pow(k * x, p);
            // 1/2 - 1/(1 + e^z) = (e^z - 1) / (2 (e^z + 1)) = tanh(z/2) / 2
            return yMax * Math.tanh(z / 2);
        }
    }

    /** Exponential relaxation {@code y = yMax·(1 − exp(−k·x))}. */
    record Relaxation(double yMax) implements Law {
        public Relaxation {
            if (!(yMax > 0) || Double.isInfinite(yMax)) {
                throw new IllegalArgumentException("relaxation limit must be positive, got " + yMax);
            }
        }

        @Override
        public double advance(double y, double k, double dx) {
            if (!(k > 0) || !(dx > 0) || y >= yMax) {
                return y;
            }
            return yMax + (Math.max(y, 0) - yMax) * Math.exp(-k * dx);
        }

        @Override
        public double trajectory(double k, double x) {
            return k > 0 && x > 0 ? -yMax * Math.expm1(-k * x) : 0;
        }
    }
}
