package org.battsim.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress indicator on standard error for long runs. It only draws when a terminal is
 * attached and the run lasts more than a moment, so scripts and tests see clean output.
 */
final class Progress {
    private final PrintWriter err;
    private final String label;
    private final String unit;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private long highest;
    private boolean drawn;

    Progress(PrintWriter err, String label) {
        this(err, label, "steps");
    }

    /** @param unit what is counted ({@code steps}, {@code cycles}) */
    Progress(PrintWriter err, String label, String unit) {
        this.err = err;
        this.label = label;
        this.unit = unit;
        this.enabled = System.console() != null && System.getenv("CI") == null;
    }

    void update(int done, int total) {
        update((long) done, (long) total);
    }

    /** Safe to call from several threads (a parallel sweep reports from each of its workers). */
    synchronized void update(long done, long total) {
        // Workers report in any order: never draw less than already drawn.
        if (!enabled || done < highest) {
            return;
        }
        highest = done;
        long now = System.nanoTime();
        if (now - start < 500_000_000L || now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int width = 30;
        int filled = total == 0 ? width : (int) Math.min(width, width * done / total);
        err.printf(
                Locale.ROOT,
                "\r%s [%s%s] %d/%d %s, %.1f s",
                label,
                "#".repeat(filled),
                " ".repeat(width - filled),
                done,
                total,
                unit,
                (now - start) / 1e9);
        err.flush();
        drawn = true;
    }

    synchronized void done() {
        if (drawn) {
            err.print("\r" + " ".repeat(80) + "\r");
            err.flush();
        }
    }
}
