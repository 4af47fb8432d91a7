package org.battsim.model.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Fixed-point text for event messages, the same as {@code String.format(Locale.ROOT, "%.Nf", x)}
 * (the shortest decimal digits of the double, rounded half up) without the cost of a
 * {@link java.util.Formatter}.
 */
public final class DecimalText {
    private DecimalText() {}

    /** {@code x} with {@code digits} decimals, as {@code String.format(Locale.ROOT, "%.<digits>f", x)}. */
    public static String fixed(double x, int digits) {
        if (!Double.isFinite(x)) {
            return String.format(Locale.ROOT, "%." + digits + "f", x);
        }
        // The sign is written apart, as the formatter does (so -0.0 and small negatives keep it).
        boolean negative = Double.compare(x, 0.0) < 0;
        String magnitude = new BigDecimal(Double.toString(Math.abs(x)))
                .setScale(digits, RoundingMode.HALF_UP)
                .toPlainString();
        return negative ? "-" + magnitude : magnitude;
    }
}
