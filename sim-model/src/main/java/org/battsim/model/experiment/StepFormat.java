package org.battsim.model.experiment;

import java.math.BigDecimal;

/** Shortest exact decimal text of a number, used in normalised step strings. */
final class StepFormat {
    private StepFormat() {}

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
