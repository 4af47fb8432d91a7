package org.battsim.model.protocol;

/** Shared checks and rules of the shipped protocols. */
final class Protocols {
    /**
     * C/20: the termination current at which the built-in phone cells read full (the
     * phone-lco-3080 cell data puts SoC 1 at a CC-CV charge to 4.35 V ended at C/20).
     */
    static final double DEFAULT_TERMINATION_C = 0.05;

    private Protocols() {}

    static double positive(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
        }
        return v;
    }

    static double voltageOrNaN(double v) {
        if (!Double.isNaN(v) && !(v > 0 && v < 10)) {
            throw new IllegalArgumentException("voltage must be between 0 and 10 V, got " + v);
        }
        return v;
    }

    static double fraction(String what, double v) {
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be a state of charge above 0 and at most 100 %, got " + v);
        }
        return v;
    }

    static double floatOr(double v, Observation o) {
        return Double.isNaN(v) ? o.chargeVoltage : v;
    }

    /** Held at the voltage limit with the current below the termination: the CV phase is over. */
    static boolean cvDone(Observation o, double terminationC) {
        return o.time > 0 && o.voltageLimited && o.current < o.amps(terminationC);
    }
}
