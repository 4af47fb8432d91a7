package org.battsim.viewer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the viewer opens from a list of paths: runs (result folders or BDF CSV files), aging data (from a run's {@code
 * summary.json} or an {@code aging.csv}) and a leaderboard.
 */
public record ViewerData(List<ViewerRun> runs, List<AgingData> aging, Optional<Leaderboard> leaderboard) {
    public static final String TELEMETRY_FILE = "telemetry.csv";
    public static final String SUMMARY_FILE = "summary.json";
    public static final String AGING_FILE = "aging.csv";

    public ViewerData {
        runs = List.copyOf(runs);
        aging = List.copyOf(aging);
    }

    /** Nothing to show. */
    public static ViewerData empty() {
        return new ViewerData(List.of(), List.of(), Optional.empty());
    }

    /** Whether there is nothing to show. */
    public boolean isEmpty() {
        return runs.isEmpty() && aging.isEmpty() && leaderboard.isEmpty();
    }

    /** Which leaderboard columns to plot; null fields are chosen from the column names. */
    public record ParetoColumns(String x, String y) {
        public static final ParetoColumns AUTO = new ParetoColumns(null, null);
    }

    /**
     * Loads each path: a folder with {@value RunResult#TIMESERIES_FILE} (and its events, telemetry and summary), an
     * {@value #AGING_FILE} or a {@value Leaderboard#FILE}; or such a file, or any BDF CSV file.
     *
     * @throws BdfFormatException if a file is malformed; the message names the file and line
     * @throws NoSuchFileException if a path does not exist or a folder holds nothing to show
     * @throws IOException if a file cannot be read
     */
    public static ViewerData load(List<Path> paths, ParetoColumns columns) throws IOException {
        var runs = new ArrayList<ViewerRun>();
        var aging = new ArrayList<AgingData>();
        Leaderboard board = null;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                boolean any = false;
                if (Files.isRegularFile(p.resolve(RunResult.TIMESERIES_FILE))) {
                    ViewerRun run = loadRun(p);
                    runs.add(run);
                    summaryAging(p.resolve(SUMMARY_FILE), run.name()).ifPresent(aging::add);
                    any = true;
                }
                if (Files.isRegularFile(p.resolve(AGING_FILE))) {
                    aging.add(agingCsv(p.resolve(AGING_FILE), nameOf(p)));
                    any = true;
                }
                if (Files.isRegularFile(p.resolve(Leaderboard.FILE))) {
                    board = Leaderboard.read(p.resolve(Leaderboard.FILE), columns.x(), columns.y());
                    any = true;
                }
                if (!any) {
                    throw new NoSuchFileException(
                            p.toString(),
                            null,
                            "nothing to show (expected a result folder holding " + RunResult.TIMESERIES_FILE + ", "
                                    + AGING_FILE + " or " + Leaderboard.FILE + ")");
                }
            } else if (Files.isRegularFile(p)) {
                String file = p.getFileName().toString();
                if (file.equals(Leaderboard.FILE)) {
                    board = Leaderboard.read(p, columns.x(), columns.y());
                } else if (file.equals(AGING_FILE)) {
                    aging.add(agingCsv(p, nameOf(p.toAbsolutePath().getParent())));
                } else if (file.equals(RunResult.TIMESERIES_FILE)) {
                    Path dir = p.toAbsolutePath().getParent();
                    ViewerRun run = loadRun(dir);
                    runs.add(run);
                    summaryAging(dir.resolve(SUMMARY_FILE), run.name()).ifPresent(aging::add);
                } else {
                    runs.add(ViewerRun.of(RunResult.load(p)));
                }
            } else {
                throw new NoSuchFileException(p.toString(), null, "no such file or folder");
            }
        }
        return new ViewerData(runs, aging, Optional.ofNullable(board));
    }

    private static ViewerRun loadRun(Path dir) throws IOException {
        RunResult r = RunResult.load(dir);
        var traces = new ArrayList<Trace>();
        Path telemetry = dir.resolve(TELEMETRY_FILE);
        if (!r.table().column(ViewerRun.REPORTED_SOC).isPresent() && Files.isRegularFile(telemetry)) {
            reportedSoc(telemetry).ifPresent(traces::add);
        }
        return new ViewerRun(r.name(), r.table(), r.events(), traces);
    }

    /** The level the phone reports ({@code POWER_SUPPLY_CAPACITY}, %) against {@code TIME_S}, if logged. */
    static Optional<Trace> reportedSoc(Path telemetry) throws IOException {
        TextTable t = TextTable.read(telemetry);
        int time = t.column("TIME_S");
        int capacity = t.column("POWER_SUPPLY_CAPACITY");
        if (time < 0 || capacity < 0) {
            return Optional.empty();
        }
        double[] ts = t.numbers(time);
        for (int i = 0; i < ts.length; i++) {
            if (!Double.isFinite(ts[i]) || (i > 0 && ts[i] < ts[i - 1])) {
                throw new BdfFormatException(
                        telemetry,
                        t.lines[i],
                        "\"TIME_S\" is " + ts[i] + " (expected finite times that never decrease)");
            }
        }
        return Optional.of(new Trace(ViewerRun.REPORTED_SOC, ts, t.numbers(capacity)));
    }

    /** Capacity per cycle from an experiment's summary, when it ran more than one cycle. */
    static Optional<AgingData> summaryAging(Path summary, String name) throws IOException {
        if (!Files.isRegularFile(summary)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(summary.toFile());
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new BdfFormatException(summary, line, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        double[] capacity = numbers(root.get("cycleCapacityAh"));
        double[] relResistance = numbers(root.get("cycleRelativeResistance"));
        int n = capacity != null ? capacity.length : relResistance != null ? relResistance.length : 0;
        if (n < 2) {
            return Optional.empty();
        }
        double[] cycle = new double[n];
        for (int i = 0; i < n; i++) {
            cycle[i] = i + 1;
        }
        if (relResistance != null && relResistance.length != n) {
            relResistance = null;
        }
        return Optional.of(new AgingData(
                name,
                "Cycle / 1",
                cycle,
                capacity == null ? null : "Discharge Capacity / Ah",
                capacity,
                relResistance == null ? null : "Relative Resistance / 1",
                relResistance));
    }

    private static double[] numbers(JsonNode array) {
        if (array == null || !array.isArray()) {
            return null;
        }
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode e = array.get(i);
            v[i] = e.isNumber() ? e.asDouble() : Double.NaN;
        }
        return v;
    }

    /** {@code battsim age}'s {@code aging.csv} ({@code t_days,efc,q,r}), or any CSV with a cycle column. */
    static AgingData agingCsv(Path file, String name) throws IOException {
        TextTable t = TextTable.read(file);
        int efc = t.column("efc");
        int x = efc >= 0 ? efc : t.columnContaining("cycle", "efc", "day");
        int q = t.column("q");
        if (q < 0) {
            q = t.columnContaining("capacity", "retention", "soh");
        }
        int r = t.column("r");
        if (r < 0) {
            r = t.columnContaining("resistance");
        }
        if (x < 0 || (q < 0 && r < 0)) {
            throw new BdfFormatException(
                    file,
                    1,
                    "header is \"" + String.join(",", t.header) + "\" (expected t_days,efc,q,r, or a cycle column and a"
                            + " capacity or resistance column)");
        }
        String xLabel = x == efc ? "Equivalent Full Cycles / 1" : t.header.get(x);
        return new AgingData(
                name,
                xLabel,
                t.numbers(x),
                q < 0 ? null : (t.header.get(q).equals("q") ? "Relative Capacity / 1" : t.header.get(q)),
                q < 0 ? null : t.numbers(q),
                r < 0 ? null : (t.header.get(r).equals("r") ? "Relative Resistance / 1" : t.header.get(r)),
                r < 0 ? null : t.numbers(r));
    }

    private static String nameOf(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
