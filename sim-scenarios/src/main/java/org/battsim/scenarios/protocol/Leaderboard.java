package org.battsim.scenarios.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.battsim.model.protocol.ProtocolCycling;

/**
 * The benchmark's metrics per protocol, their ranks and the Pareto front of charge time against
 * capacity retention. Column labels follow the {@code Label / unit} style of the time series.
 */
public final class Leaderboard {
    /** A metric: label, unit, how to read it from a run, whether smaller is better, decimals in files. */
    public record Metric(String label, String unit, boolean lowerIsBetter, int decimals, boolean ranked) {
        public String column() {
            return label + " / " + unit;
        }
    }

    public static final Metric TIME_TO_80 = new Metric("Time to 80%", "s", true, 1, true);
    public static final Metric TIME_TO_FULL = new Metric("Time to Full", "s", true, 1, true);
    public static final Metric CHARGED = new Metric("Charge Capacity", "Ah", false, 4, false);
    public static final Metric EFFICIENCY = new Metric("Energy Efficiency", "%", false, 3, true);
    public static final Metric PEAK_T = new Metric("Peak Cell Temperature", "degC", true, 3, true);
    public static final Metric MEAN_T = new Metric("Mean Cell Temperature", "degC", true, 3, false);
    public static final Metric THROUGHPUT = new Metric("Charge Throughput", "Ah", false, 3, false);
    public static final Metric PLATING = new Metric("Plating Risk Index", "h", true, 6, true);
    public static final Metric ANODE = new Metric("Anode Below 0 V", "s", true, 1, false);
    public static final Metric RETENTION = new Metric("Capacity Retention", "%", false, 4, true);
    public static final Metric RESISTANCE = new Metric("Resistance Growth", "%", true, 4, true);

    public static final List<Metric> METRICS = List.of(
            TIME_TO_80,
            TIME_TO_FULL,
            CHARGED,
            EFFICIENCY,
            PEAK_T,
            MEAN_T,
            THROUGHPUT,
            PLATING,
            ANODE,
            RETENTION,
            RESISTANCE);

    /** One protocol's row. {@code values} follow {@link #METRICS}; NaN where not available. */
    public record Row(
            String protocol,
            int order,
            double[] values,
            int[] ranks,
            int overallRank,
            boolean pareto,
            int cycles,
            int cyclesSimulated,
            String failure) {}

    private Leaderboard() {}

    /**
     * Whether a metric counts in the ranks. With an electrochemical cell (runs that report the
     * time with the anode below 0 V) that time is the plating metric ranked, in place of the
     * empirical index of the equivalent circuit.
     */
    static boolean ranked(Metric m, boolean electrochemical) {
        if (m == ANODE) {
            return electrochemical;
        }
        if (m == PLATING) {
            return !electrochemical;
        }
        return m.ranked();
    }

    static boolean electrochemical(double[][] v) {
        int a = METRICS.indexOf(ANODE);
        for (double[] row : v) {
            if (Double.isFinite(row[a])) {
                return true;
            }
        }
        return false;
    }

    static boolean electrochemical(List<Row> rows) {
        return electrochemical(rows.stream().map(Row::values).toArray(double[][]::new));
    }

    /** The values of a run, in {@link #METRICS} order. */
    public static double[] values(ProtocolCycling.Result r) {
        ProtocolCycling.ChargeResult c = r.firstCharge();
        double nan = Double.NaN;
        return new double[] {
            c == null ? nan : c.timeTo80(),
            c == null || !c.finished() ? nan : c.seconds(),
            c == null ? nan : c.chargeAh(),
            100 * r.efficiency(),
            c == null ? nan : c.peakTemperatureK() - 273.15,
            c == null ? nan : c.meanTemperatureK() - 273.15,
            r.throughputAh(),
            c == null ? nan : c.platingRiskHours(),
            c == null ? nan : c.anodeBelowZeroSeconds(),
            r.failure() != null ? nan : 100 * r.finalRelativeCapacity(),
            r.failure() != null ? nan : 100 * (r.finalRelativeResistance() - 1)
        };
    }

    /** Rows sorted by overall rank (then by the order given). */
    public static List<Row> build(List<ProtocolBenchmark.Run> runs) {
        int n = runs.size();
        double[][] v = new double[n][];
        for (int i = 0; i < n; i++) {
            v[i] = values(runs.get(i).result());
        }
        int m = METRICS.size();
        // Ranks and the front are decided on the values as the files print them, so that two
        // protocols that read the same are tied, not ordered by rounding noise.
        double[][] shown = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                String f = format(v[i][k], METRICS.get(k).decimals());
                shown[i][k] = f.isEmpty() ? Double.NaN : Double.parseDouble(f);
            }
        }
        boolean echem = electrochemical(v);
        int[][] ranks = new int[n][m];
        double[] meanRank = new double[n];
        int rankedCount = 0;
        for (int k = 0; k < m; k++) {
            Metric metric = METRICS.get(k);
            for (int i = 0; i < n; i++) {
                ranks[i][k] = rank(shown, i, k, metric.lowerIsBetter());
            }
            if (ranked(metric, echem)) {
                rankedCount++;
                for (int i = 0; i < n; i++) {
                    // A missing value (80 % never reached, say) counts as the worst rank.
                    meanRank[i] += ranks[i][k] == 0 ? n : ranks[i][k];
                }
            }
        }
        int rc = rankedCount;
        boolean[] failed = new boolean[n];
        for (int i = 0; i < n; i++) {
            failed[i] = runs.get(i).result().failure() != null;
            meanRank[i] = failed[i] ? Double.POSITIVE_INFINITY : meanRank[i] / rc;
        }
        int[] overall = new int[n];
        for (int i = 0; i < n; i++) {
            int r = 1;
            for (int j = 0; j < n; j++) {
                if (meanRank[j] < meanRank[i]) {
                    r++;
                }
            }
            overall[i] = r;
        }
        boolean[] pareto = pareto(shown, failed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ProtocolCycling.Result r = runs.get(i).result();
            rows.add(new Row(
                    runs.get(i).protocol(),
                    i,
                    v[i],
                    ranks[i],
                    overall[i],
                    pareto[i],
                    r.cyclesCompleted(),
                    r.cyclesSimulated(),
                    r.failure() == null ? "" : r.failure()));
        }
        rows.sort(Comparator.comparingInt(Row::overallRank).thenComparingInt(Row::order));
        return rows;
    }

    /**
     * Competition ranking (1 = best, ties share the best rank); 0 where the value is missing (left
     * empty in the files, and counted as the worst rank in the overall rank).
     */
    private static int rank(double[][] v, int i, int k, boolean lower) {
        double x = v[i][k];
        if (Double.isNaN(x)) {
            return 0;
        }
        int r = 1;
        for (double[] other : v) {
            double y = other[k];
            if (!Double.isNaN(y) && (lower ? y < x : y > x)) {
                r++;
            }
        }
        return r;
    }

    /**
     * Pareto-optimal runs for (time to 80 %, lower better; capacity retention, higher better): no
     * other run is at least as good on both and better on one.
     */
    static boolean[] pareto(double[][] v, boolean[] failed) {
        int t = METRICS.indexOf(TIME_TO_80);
        int q = METRICS.indexOf(RETENTION);
        boolean[] out = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            if (failed[i] || Double.isNaN(v[i][t]) || Double.isNaN(v[i][q])) {
                continue;
            }
            boolean dominated = false;
            for (int j = 0; j < v.length && !dominated; j++) {
                if (j == i || failed[j] || Double.isNaN(v[j][t]) || Double.isNaN(v[j][q])) {
                    continue;
                }
                dominated = v[j][t] <= v[i][t] && v[j][q] >= v[i][q] && (v[j][t] < v[i][t] || v[j][q] > v[i][q]);
            }
            out[i] = !dominated;
        }
        return out;
    }

    /** A value as written in files: fixed decimals, empty when missing. */
    static String format(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
        return s.equals("-" + String.format(Locale.ROOT, "%." + decimals + "f", 0.0)) ? s.substring(1) : s;
    }

    /** The CSV header. */
    static List<String> header(boolean echem) {
        List<String> h = new ArrayList<>();
        h.add("Overall Rank / 1");
        h.add("Protocol");
        for (Metric m : METRICS) {
            h.add(m.column());
        }
        h.add("Pareto Optimal / 1");
        for (Metric m : METRICS) {
            if (ranked(m, echem)) {
                h.add("Rank " + m.label() + " / 1");
            }
        }
        h.add("Cycles / 1");
        h.add("Cycles Simulated / 1");
        h.add("Failure");
        return h;
    }

    static List<String> cells(Row r, boolean echem) {
        List<String> c = new ArrayList<>();
        c.add(Integer.toString(r.overallRank()));
        c.add(r.protocol());
        for (int k = 0; k < METRICS.size(); k++) {
            c.add(format(r.values()[k], METRICS.get(k).decimals()));
        }
        c.add(r.pareto() ? "1" : "0");
        for (int k = 0; k < METRICS.size(); k++) {
            if (ranked(METRICS.get(k), echem)) {
                c.add(r.ranks()[k] == 0 ? "" : Integer.toString(r.ranks()[k]));
            }
        }
        c.add(Integer.toString(r.cycles()));
        c.add(Integer.toString(r.cyclesSimulated()));
        c.add(r.failure());
        return c;
    }

    /** RFC 4180 field: quoted when it holds a comma, quote or line break. */
    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String csvLine(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csvField(fields.get(i)));
        }
        return sb.append('\n').toString();
    }

    static String csv(List<Row> rows) {
        boolean echem = electrochemical(rows);
        StringBuilder sb = new StringBuilder(csvLine(header(echem)));
        for (Row r : rows) {
            sb.append(csvLine(cells(r, echem)));
        }
        return sb.toString();
    }

    static String markdownCell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    static String markdown(List<Row> rows, String title, List<String> notes) {
        StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
        for (String n : notes) {
            sb.append("- ").append(n).append('\n');
        }
        sb.append('\n');
        boolean echem = electrochemical(rows);
        List<String> h = header(echem);
        sb.append('|');
        for (String s : h) {
            sb.append(' ').append(markdownCell(s)).append(" |");
        }
        sb.append("\n|");
        sb.append(" --- |".repeat(h.size()));
        sb.append('\n');
        for (Row r : rows) {
            sb.append('|');
            for (String s : cells(r, echem)) {
                sb.append(' ').append(s.isEmpty() ? "" : markdownCell(s)).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static double[] column(List<Row> rows, Metric m) {
        int k = METRICS.indexOf(m);
        return rows.stream().mapToDouble(r -> r.values()[k]).toArray();
    }

    /** Indices of rows on the Pareto front, by time to 80 %. */
    static int[] frontOrder(List<Row> rows) {
        int k = METRICS.indexOf(TIME_TO_80);
        return java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).pareto())
                .boxed()
                .sorted(Comparator.comparingDouble(i -> rows.get(i).values()[k]))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
