package org.battsim.viewer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A {@code leaderboard.csv}: one row per candidate (a charging protocol, a device), with a charge-time column and a
 * capacity-retention column among others. Columns are chosen by name: given explicitly, or the first whose name
 * mentions a time (x) and a retention or capacity (y).
 *
 * @param file where it was read from
 * @param xLabel the charge-time column's name
 * @param yLabel the retention column's name
 * @param names what each row is (the first text column, or its row number)
 * @param x charge time of each row
 * @param y retention of each row
 * @param front row indices on the Pareto front (shorter time and higher retention both better), by increasing x
 */
public record Leaderboard(
        Path file, String xLabel, String yLabel, String[] names, double[] x, double[] y, int[] front) {
    /** The file name a result folder may hold. */
    public static final String FILE = "leaderboard.csv";

    private static final String[] TIME_HINTS = {"charge time", "charge_time", "time to", "time_to", "t80", "time"};
    private static final String[] RETENTION_HINTS = {"retention", "soh", "health", "capacity"};

    /**
     * Reads a leaderboard.
     *
     * @param xColumn name of the charge-time column (ignoring case, or a part of it), or null to choose one
     * @param yColumn name of the retention column, or null to choose one
     * @throws BdfFormatException if the file is malformed or the columns cannot be found; the message names the file,
     *     the line and the columns there are
     */
    public static Leaderboard read(Path file, String xColumn, String yColumn) throws IOException {
        TextTable t = TextTable.read(file);
        int x = pick(t, xColumn, TIME_HINTS, "charge-time", -1);
        int y = pick(t, yColumn, RETENTION_HINTS, "retention", x);
        int name = -1;
        for (int i = 0; i < t.header.size() && name < 0; i++) {
            if (i != x && i != y && !t.numeric(i)) {
                name = i;
            }
        }
        double[] xs = t.numbers(x);
        double[] ys = t.numbers(y);
        String[] names = new String[xs.length];
        for (int r = 0; r < names.length; r++) {
            names[r] = name >= 0 ? t.rows.get(r)[name] : "row " + (r + 1);
        }
        return new Leaderboard(file, t.header.get(x), t.header.get(y), names, xs, ys, front(xs, ys));
    }

    private static int pick(TextTable t, String wanted, String[] hints, String what, int not) {
        if (wanted != null) {
            int i = t.column(wanted);
            if (i < 0) {
                i = t.columnContaining(wanted);
            }
            if (i < 0 || !t.numeric(i)) {
                throw new BdfFormatException(
                        t.file,
                        1,
                        "no numeric column \"" + wanted + "\" for the " + what + " axis (columns: "
                                + String.join(", ", t.header) + ")");
            }
            return i;
        }
        for (String h : hints) {
            for (int i = 0; i < t.header.size(); i++) {
                if (i != not && t.header.get(i).toLowerCase(Locale.ROOT).contains(h) && t.numeric(i)) {
                    return i;
                }
            }
        }
        throw new BdfFormatException(
                t.file,
                1,
                "no " + what + " column among " + String.join(", ", t.header) + " (expected a numeric column whose name"
                        + " contains " + String.join(" or ", hints) + ", or name one with --pareto-x/--pareto-y)");
    }

    /** Rows not dominated by another: no other row is at least as fast and retains at least as much, one strictly. */
    static int[] front(double[] x, double[] y) {
        Integer[] order = new Integer[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                order[n++] = i;
            }
        }
        Integer[] valid = Arrays.copyOf(order, n);
        // By time, then best retention first, so the first of equal times is the one that can be on the front.
        Arrays.sort(valid, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Double.compare(y[b], y[a]));
        var front = new ArrayList<Integer>();
        double best = Double.NEGATIVE_INFINITY;
        for (int i : valid) {
            if (y[i] > best) {
                front.add(i);
                best = y[i];
            }
        }
        return front.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Row indices on the front, as a list. */
    public List<Integer> frontRows() {
        return Arrays.stream(front).boxed().toList();
    }
}
