package org.battsim.scenarios.protocol;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.battsim.model.protocol.ProtocolCycling;
import org.battsim.scenarios.output.AtomicFiles;

/**
 * The benchmark's files: {@code leaderboard.csv} and {@code leaderboard.md} (one row per protocol,
 * metrics and ranks, on the nominal cell at the first ambient), {@code capacity.csv} (per cycle),
 * {@code pareto.png}, {@code capacity.png} and {@code sweep.csv} (one row per point of the grid:
 * protocol, ambient, drawn cell, metrics). Every file is written atomically and depends only on the
 * outcome (no dates, no thread counts), so the same options give the same bytes.
 */
public final class BenchmarkFiles {
    public static final List<String> NAMES =
            List.of("leaderboard.csv", "leaderboard.md", "capacity.csv", "sweep.csv", "pareto.png", "capacity.png");

    private BenchmarkFiles() {}

    /** Writes the files; returns the names written. */
    public static List<String> write(ProtocolBenchmark.Outcome o, Path dir, String agingName) {
        List<Leaderboard.Row> rows = Leaderboard.build(o.nominal());
        ProtocolBenchmark.Options op = o.options();
        AtomicFiles.writeString(dir.resolve("leaderboard.csv"), Leaderboard.csv(rows));
        List<String> notes = new ArrayList<>();
        notes.add("cell: " + op.cell().name() + " (" + op.cell().model() + ", "
                + fmt(op.ratedCapacityAh() * 1000, 0) + " mAh), ambient "
                + fmt(op.ambientK() - 273.15, 2) + " degC");
        notes.add(op.cycles() + " cycles: the protocol's charge, " + fmt(ProtocolBenchmark.REST_SECONDS / 60, 0)
                + " min rest, " + fmt(ProtocolBenchmark.DISCHARGE_C, 1) + "C discharge to "
                + fmt(op.limits().cutoff(), 2) + " V, rest");
        if (op.ambientsK().size() > 1 || op.samples() > 0) {
            notes.add("this table: the nominal cell at the first ambient; sweep.csv has all "
                    + o.all().size() + " runs (" + op.ambientsK().size() + " ambient(s), " + op.samples()
                    + " drawn cell(s) besides the nominal one, seed " + op.seed() + ")");
        }
        notes.add("aging: " + (op.aging() == null ? "none" : agingName)
                + (op.aging() != null && op.skipTolerance() > 0
                        ? ", cycle skipping at " + fmt(100 * op.skipTolerance(), 2) + " %"
                        : ""));
        notes.add("charge metrics from the first cycle (fresh cell, from the state a 1C discharge to the cut-off"
                + " leaves); Time to Full: until the protocol ends its charge, with the Charge Capacity it put in;"
                + " retention and resistance after the last cycle");
        notes.add("Plating Risk Index: time integral of the excess of the charge C-rate over an empirical"
                + " plating-free C-rate of temperature and state of charge (see PlatingRisk)");
        if (Leaderboard.electrochemical(rows)) {
            notes.add("Anode Below 0 V: time with the anode potential below 0 V vs Li/Li+ at the separator side"
                    + " (the electrochemical cell's plating condition), ranked in place of the Plating Risk Index");
        }
        notes.add("ranks: 1 is best; Overall Rank orders by the mean of the ranked metrics; Pareto Optimal: not"
                + " beaten on both time to 80% and capacity retention");
        AtomicFiles.writeString(
                dir.resolve("leaderboard.md"), Leaderboard.markdown(rows, "Charging-protocol benchmark", notes));
        AtomicFiles.writeString(dir.resolve("capacity.csv"), capacityCsv(o.nominal()));
        AtomicFiles.writeString(dir.resolve("sweep.csv"), sweepCsv(o));
        paretoPng(dir.resolve("pareto.png"), rows);
        capacityPng(dir.resolve("capacity.png"), o.nominal());
        return NAMES;
    }

    static String capacityCsv(List<ProtocolBenchmark.Run> runs) {
        StringBuilder sb = new StringBuilder(Leaderboard.csvLine(List.of(
                "Protocol",
                "Cycle / 1",
                "Capacity Retention / %",
                "Resistance Growth / %",
                "Discharge Capacity / Ah",
                "Simulated / 1")));
        for (ProtocolBenchmark.Run run : runs) {
            ProtocolCycling.Result r = run.result();
            for (int c = 0; c < r.cyclesCompleted(); c++) {
                sb.append(Leaderboard.csvLine(List.of(
                        run.protocol(),
                        Integer.toString(c + 1),
                        Leaderboard.format(100 * r.relativeCapacity()[c], 6),
                        Leaderboard.format(100 * (r.relativeResistance()[c] - 1), 6),
                        Leaderboard.format(r.dischargeAh()[c], 6),
                        r.simulated()[c] ? "1" : "0")));
            }
        }
        return sb.toString();
    }

    static String sweepCsv(ProtocolBenchmark.Outcome o) {
        List<String> h = new ArrayList<>(List.of(
                "Point / 1",
                "Protocol",
                "Ambient Temperature / degC",
                "Sample / 1",
                "Capacity Scale / 1",
                "Resistance Scale / 1"));
        for (Leaderboard.Metric m : Leaderboard.METRICS) {
            h.add(m.column());
        }
        h.add("Cycles / 1");
        h.add("Failure");
        StringBuilder sb = new StringBuilder(Leaderboard.csvLine(h));
        for (int i = 0; i < o.all().size(); i++) {
            ProtocolBenchmark.Run run = o.all().get(i);
            List<String> c = new ArrayList<>();
            c.add(Integer.toString(i + 1));
            c.add(run.protocol());
            c.add(fmt(run.ambientK() - 273.15, 2));
            c.add(Integer.toString(run.cell().index()));
            c.add(Leaderboard.format(run.cell().capacityScale(), 9));
            c.add(Leaderboard.format(run.cell().resistanceScale(), 9));
            double[] v = Leaderboard.values(run.result());
            for (int k = 0; k < v.length; k++) {
                c.add(Leaderboard.format(v[k], Leaderboard.METRICS.get(k).decimals()));
            }
            c.add(Integer.toString(run.result().cyclesCompleted()));
            c.add(run.result().failure() == null ? "" : run.result().failure());
            sb.append(Leaderboard.csvLine(c));
        }
        return sb.toString();
    }

    /** Points in the protocols' order (so each has the colour it has in capacity.png). */
    private static void paretoPng(Path file, List<Leaderboard.Row> ranked) {
        List<Leaderboard.Row> rows = new ArrayList<>(ranked);
        rows.sort(java.util.Comparator.comparingInt(Leaderboard.Row::order));
        double[] t = Leaderboard.column(rows, Leaderboard.TIME_TO_80);
        double[] q = Leaderboard.column(rows, Leaderboard.RETENTION);
        List<Plots.Series> series = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            series.add(new Plots.Series(
                    rows.get(i).protocol() + (rows.get(i).pareto() ? " *" : ""),
                    new double[] {t[i] / 60},
                    new double[] {q[i]},
                    false,
                    true));
        }
        int[] front = Leaderboard.frontOrder(rows);
        double[] fx = new double[front.length];
        double[] fy = new double[front.length];
        for (int i = 0; i < front.length; i++) {
            fx[i] = t[front[i]] / 60;
            fy[i] = q[front[i]];
        }
        Plots.write(
                file,
                "Charge time vs capacity retention (* Pareto optimal)",
                "Time to 80% / min",
                "Capacity Retention / %",
                series,
                new Plots.Series("Pareto front", fx, fy, true, false));
    }

    private static void capacityPng(Path file, List<ProtocolBenchmark.Run> runs) {
        List<Plots.Series> series = new ArrayList<>();
        for (ProtocolBenchmark.Run run : runs) {
            ProtocolCycling.Result r = run.result();
            int n = r.cyclesCompleted();
            double[] x = new double[n + 1];
            double[] y = new double[n + 1];
            y[0] = 100;
            for (int c = 0; c < n; c++) {
                x[c + 1] = c + 1;
                y[c + 1] = 100 * r.relativeCapacity()[c];
            }
            series.add(new Plots.Series(run.protocol(), x, y, true, false));
        }
        Plots.write(file, "Capacity retention by cycle", "Cycle / 1", "Capacity Retention / %", series, null);
    }

    static String fmt(double x, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }
}
