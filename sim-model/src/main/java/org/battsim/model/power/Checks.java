package org.battsim.model.power;

/** Argument checks shared by the parameter records, with messages that name the quantity. */
final class Checks {
    private Checks() {}

    static double positive(String what, double v, String unit) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + v + " " + unit);
        }
        return v;
    }

    static double nonNegative(String what, double v, String unit) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be at least 0 and finite, got " + v + " " + unit);
        }
        return v;
    }

    static double within(String what, double v, double min, double max, String unit) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(
                    what + " must be between " + min + " and " + max + " " + unit + ", got " + v + " " + unit);
        }
        return v;
    }

    static double probability(String what, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(what + " must be a probability between 0 and 1, got " + p);
        }
        return p;
    }

    static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name is required");
        }
        return name;
    }
}
