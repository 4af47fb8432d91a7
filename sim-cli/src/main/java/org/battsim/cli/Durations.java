package org.battsim.cli;

import java.util.Locale;

/** Human-readable durations for summaries: {@code 59 s}, {@code 12 min 5 s}, {@code 3 h 20 min}. */
final class Durations {
    private Durations() {}

    static String format(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "-";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %d min", s / 3600, (s % 3600) / 60);
    }
}
