package org.battsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.battsim.model.aging.AgingModel;
import org.battsim.model.cell.spme.SpmeOptions;
import org.battsim.scenarios.aging.AgingLibrary;
import org.battsim.scenarios.cells.CellLibrary;
import org.battsim.scenarios.cells.SpmeFile;
import org.battsim.scenarios.cells.SpmeLibrary;
import org.battsim.scenarios.io.Dimension;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;
import org.battsim.scenarios.io.Units;
import org.battsim.scenarios.protocol.BenchmarkFiles;
import org.battsim.scenarios.protocol.Leaderboard;
import org.battsim.scenarios.protocol.LocalSweepRunner;
import org.battsim.scenarios.protocol.ProtocolBenchmark;
import org.battsim.scenarios.protocol.ProtocolLibrary;
import org.battsim.scenarios.protocol.SweepRunner;
import org.battsim.scenarios.run.CellModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code battsim protocols}: the charging protocols and their benchmark. */
@Command(
        name = "protocols",
        mixinStandardHelpOptions = true,
        description = "Charging protocols: list them, or benchmark them for speed, heat and wear.",
        subcommands = {ProtocolsCommand.ListCommand.class, ProtocolsCommand.BenchmarkCommand.class})
public final class ProtocolsCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code battsim protocols list}. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists the charging protocols, how to write each and an example.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Protocols are written NAME[:ARG[:ARG...]]. Currents: 1C, C/2, 1.5A; voltages: 4.2V;");
            out.println("states of charge: 40% or 0.4; times: 10s, 5min, 8h. Every CV phase ends at C/20.");
            out.println();
            for (ProtocolLibrary.Entry e : ProtocolLibrary.entries()) {
                out.printf(Locale.ROOT, "%-10s %s%n", e.name(), e.description());
                out.printf(Locale.ROOT, "%-10s   syntax:  %s%n", "", e.syntax());
                out.printf(Locale.ROOT, "%-10s   example: %s%n", "", e.example());
            }
            out.println();
            out.println("PyBaMM experiment steps separated by ';' are a protocol too, with or without 'experiment:',");
            out.println("for example \"Charge at 1C until 4.2 V; Hold at 4.2 V until C/20\".");
            out.flush();
            return BattsimCommand.EXIT_OK;
        }
    }

    /** {@code battsim protocols benchmark}. */
    @Command(
            name = "benchmark",
            mixinStandardHelpOptions = true,
            description = {
                "Cycles each protocol on the cell (the protocol's charge, 10 min rest, 1C discharge to the cut-off, 10 min",
                "rest) with the aging model, and writes leaderboard.csv and leaderboard.md (one row per protocol: time to",
                "80 % and to full, energy efficiency, peak and mean cell temperature, charge throughput, plating risk,",
                "capacity retention, resistance growth, ranks, Pareto front), capacity.csv, sweep.csv (every run of the",
                "grid protocol x ambient x cell), pareto.png (time to 80 % against retention) and capacity.png."
            },
            footer = {
                "",
                "Example: battsim protocols benchmark --protocols cccv:0.5C,cccv:1C,mscc:2C@0.5,1C@0.8,severson:5.4C(40%%)-3.6C",
                "Protocols: battsim protocols list.  Temperatures: \"25 degC\" or \"298.15 K\".",
                "Exit codes: 0 ran, 2 invalid input."
            })
    static final class BenchmarkCommand implements Callable<Integer> {
        /**
         * assumption: 1 % standard deviation of capacity between cells of one type, an illustrative
         * production spread; set it from your own cell population.
         */
        static final String DEFAULT_CAPACITY_SD = "1%";
        /**
         * assumption: 3 % standard deviation of resistance between cells of one type, an illustrative
         * production spread (resistance usually spreads more than capacity); set it from your own cells.
         */
        static final String DEFAULT_RESISTANCE_SD = "3%";

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--model",
                paramLabel = "MODEL",
                description =
                        "Cell model: ecm (equivalent circuit, takes --cell) or spme (single particle model with "
                                + "electrolyte, takes --params; reports the time with the anode below 0 V). Default: ${DEFAULT-VALUE}.",
                defaultValue = "ecm")
        String model;

        @Option(
                names = "--cell",
                paramLabel = "NAME|FILE",
                description = "Equivalent-circuit cell: built-in (${COMPLETION-CANDIDATES}) or a parameter file. "
                        + "Default: ${DEFAULT-VALUE}.",
                completionCandidates = ExperimentCommand.CellNames.class,
                defaultValue = CellLibrary.DEFAULT)
        String cell;

        @Option(
                names = "--params",
                paramLabel = "NAME|FILE",
                description = "With --model spme: the parameter set (${COMPLETION-CANDIDATES}) or a file with PyBaMM "
                        + "parameter names, with its SEI and plating options. Default: "
                        + SpmeLibrary.DEFAULT
                        + ".",
                completionCandidates = ExperimentCommand.SpmeNames.class)
        String params;

        @Option(
                names = "--sei",
                paramLabel = "MODEL",
                description = "With --model spme: SEI growth, none, reaction-limited or solvent-diffusion-limited. "
                        + "Default: the set's, else none.")
        String sei;

        @Option(
                names = "--plating",
                paramLabel = "MODEL",
                description = "With --model spme: lithium plating, none, irreversible or partially-reversible. "
                        + "Default: the set's, else none.")
        String plating;

        @Option(
                names = "--protocols",
                paramLabel = "P1,P2,...",
                required = true,
                description = "Protocols to compare, comma-separated (see 'battsim protocols list').")
        String protocols;

        @Option(
                names = "--cycles",
                paramLabel = "N",
                description = "Cycles per protocol. Default: ${DEFAULT-VALUE}.",
                defaultValue = "500")
        int cycles;

        @Option(
                names = "--ambient",
                paramLabel = "T[,T...]",
                description = "Ambient and starting temperature; several make a grid (the leaderboard uses the first). "
                        + "Default: ${DEFAULT-VALUE}.",
                defaultValue = "25 degC")
        String ambient;

        @Option(
                names = "--seed",
                paramLabel = "S",
                description = "Seed of the Monte-Carlo cell draws. Default: ${DEFAULT-VALUE}.",
                defaultValue = "1")
        long seed;

        @Option(
                names = "--samples",
                paramLabel = "N",
                description =
                        "Cells drawn around the nominal one (cell-to-cell variation), each run with every protocol "
                                + "into sweep.csv. Default: ${DEFAULT-VALUE}.",
                defaultValue = "0")
        int samples;

        @Option(
                names = "--capacity-sd",
                paramLabel = "X",
                description = "Standard deviation of the drawn cells' capacity. Default: ${DEFAULT-VALUE}.",
                defaultValue = DEFAULT_CAPACITY_SD)
        String capacitySd;

        @Option(
                names = "--resistance-sd",
                paramLabel = "X",
                description = "Standard deviation of the drawn cells' resistances. Default: ${DEFAULT-VALUE}.",
                defaultValue = DEFAULT_RESISTANCE_SD)
        String resistanceSd;

        @Option(
                names = "--aging",
                paramLabel = "MODEL|FILE|none",
                description = "Aging model (${COMPLETION-CANDIDATES}), a file, or none. Default: "
                        + AgingLibrary.DEFAULT
                        + " for ecm, none for spme (its own SEI and plating, if its set has them, wear it).",
                completionCandidates = AgeCommand.ModelNames.class)
        String aging;

        @Option(
                names = "--every-cycle",
                description = "Simulate every cycle (no cycle skipping); slower, for checking the accelerated figures.")
        boolean everyCycle;

        @Option(
                names = "--skip-tolerance",
                paramLabel = "TOL",
                description = "Cycle skipping: largest relative change of an aging rate between simulated cycles. "
                        + "Default: ${DEFAULT-VALUE}.",
                defaultValue = "1%")
        String skipTolerance;

        @Option(
                names = "--max-skip",
                paramLabel = "N",
                description = "Cycle skipping: most cycles extrapolated in a row. Default: ${DEFAULT-VALUE}.",
                defaultValue = "50")
        int maxSkip;

        @Option(
                names = "--dt",
                paramLabel = "DURATION",
                description = "Control period of the protocols. Default: ${DEFAULT-VALUE}.",
                defaultValue = "1s")
        String dt;

        @Option(
                names = "--threads",
                paramLabel = "N",
                description = "Worker threads. Default: one per processor. The results do not depend on it.")
        Integer threads;

        @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: a new folder under runs/.")
        Path out;

        @Option(names = "--quiet", description = "Print nothing but errors.")
        boolean quiet;

        @Override
        public Integer call() {
            PrintWriter outw = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                ProtocolBenchmark.Options o = options();
                try {
                    ProtocolBenchmark.parseAll(o);
                } catch (IllegalArgumentException e) {
                    throw InputException.option("--protocols", e.getMessage());
                }
                int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
                if (n < 1 || n > 1024) {
                    throw InputException.option("--threads", "must be between 1 and 1024, got " + n);
                }
                SweepRunner runner = new LocalSweepRunner(n);
                Path dir = out != null ? out : RunFolders.newFolder("protocols");
                int runs = o.protocols().size() * o.ambientsK().size() * (o.samples() + 1);
                if (!quiet) {
                    outw.printf(
                            Locale.ROOT,
                            "battsim protocols benchmark: %s, %d protocol(s) x %d cycle(s), %d run(s) on %d thread(s)%n",
                            o.cell().name(),
                            o.protocols().size(),
                            o.cycles(),
                            runs,
                            n);
                    outw.flush();
                }
                Progress progress = quiet ? null : new Progress(err, "benchmark", "cycles");
                long t0 = System.nanoTime();
                ProtocolBenchmark.Outcome result =
                        ProtocolBenchmark.run(o, runner, progress == null ? null : progress::update);
                if (progress != null) {
                    progress.done();
                }
                BenchmarkFiles.write(result, dir, agingName());
                if (!quiet) {
                    print(outw, Leaderboard.build(result.nominal()), dir, (System.nanoTime() - t0) / 1e9);
                }
                return BattsimCommand.EXIT_OK;
            } catch (InputException e) {
                err.println("battsim protocols benchmark: " + e.getMessage());
                return BattsimCommand.EXIT_INVALID;
            }
        }

        private String agingName() {
            return aging != null ? aging : model.equals("spme") ? "none" : AgingLibrary.DEFAULT;
        }

        private CellModel cellModel() {
            var parsed = spec.commandLine().getParseResult();
            switch (model) {
                case "ecm" -> {
                    for (String[] o : new String[][] {{"--params", params}, {"--sei", sei}, {"--plating", plating}}) {
                        if (o[1] != null) {
                            throw InputException.option(
                                    o[0],
                                    "applies to the SPMe only; add --model spme (the equivalent circuit takes --cell)");
                        }
                    }
                    return new CellModel.Ecm(CellLibrary.load(cell));
                }
                case "spme" -> {
                    if (parsed.hasMatchedOption("--cell")) {
                        throw InputException.option(
                                "--cell",
                                "names an equivalent-circuit cell; the SPMe takes its parameter set with --params");
                    }
                    if (samples > 0) {
                        throw InputException.option(
                                "--samples", "drawn cells need the equivalent-circuit cell (--model ecm)");
                    }
                    SpmeFile.Loaded l = SpmeLibrary.load(params == null ? SpmeLibrary.DEFAULT : params);
                    SpmeOptions so = l.options();
                    if (sei != null) {
                        so = so.withSei(ExperimentCommand.choice("sei", sei, SpmeOptions.SeiModel.class));
                    }
                    if (plating != null) {
                        so = so.withPlating(
                                ExperimentCommand.choice("plating", plating, SpmeOptions.PlatingModel.class));
                    }
                    try {
                        return new CellModel.Spme(l.parameters(), so);
                    } catch (IllegalArgumentException e) {
                        throw InputException.option("--params", e.getMessage());
                    }
                }
                default ->
                    throw InputException.option(
                            "--model",
                            "unknown model " + Messages.quote(model)
                                    + Messages.didYouMean(model, List.of("ecm", "spme")) + "; allowed: ecm, spme");
            }
        }

        private ProtocolBenchmark.Options options() {
            if (cycles < 1 || cycles > 1_000_000) {
                throw InputException.option("--cycles", "must be between 1 and 1000000, got " + cycles);
            }
            if (samples < 0 || samples > 100_000) {
                throw InputException.option("--samples", "must be between 0 and 100000, got " + samples);
            }
            var parsed = spec.commandLine().getParseResult();
            for (String opt : List.of("--capacity-sd", "--resistance-sd")) {
                if (samples == 0 && parsed.hasMatchedOption(opt)) {
                    throw InputException.option(opt, "only with --samples N (N > 0)");
                }
            }
            List<String> list = ProtocolLibrary.splitList(protocols);
            if (list.isEmpty()) {
                throw InputException.option("--protocols", "no protocol given; see 'battsim protocols list'");
            }
            if (list.size() > 1000) {
                throw InputException.option("--protocols", "at most 1000 protocols, got " + list.size());
            }
            List<Double> ambients = new ArrayList<>();
            for (String t : ambient.split(",", -1)) {
                ambients.add(OptionValues.option("ambient", () -> {
                    double k = Units.parseTemperature(t.strip());
                    if (!(k >= 233.15 && k <= 333.15)) {
                        throw new IllegalArgumentException(
                                "must be between -40 degC and 60 degC, got " + Messages.quote(t.strip()));
                    }
                    return k;
                }));
            }
            double qSd = OptionValues.option("capacity-sd", () -> spread(capacitySd));
            double rSd = OptionValues.option("resistance-sd", () -> spread(resistanceSd));
            double dtS = OptionValues.option("dt", () -> {
                double v = OptionValues.positive(Units.parseDuration(dt));
                if (v > 60) {
                    throw new IllegalArgumentException("must be at most 60 s, got " + dt.strip());
                }
                return v;
            });
            CellModel cellModel = cellModel();
            String agingText = agingName();
            AgingModel model =
                    agingText.strip().equalsIgnoreCase("none") ? null : AgingLibrary.load(agingText, "--aging");
            for (String opt : List.of("--skip-tolerance", "--max-skip")) {
                if ((everyCycle || model == null) && parsed.hasMatchedOption(opt)) {
                    throw InputException.option(
                            opt, "applies to cycle skipping: not with --every-cycle or --aging none");
                }
            }
            double tol = everyCycle || model == null
                    ? 0
                    : OptionValues.option("skip-tolerance", () -> {
                        double v = Units.parse(skipTolerance, Dimension.FRACTION);
                        if (!(v > 0 && v < 0.5)) {
                            throw new IllegalArgumentException(
                                    "must be above 0 and below 50%, got " + skipTolerance.strip());
                        }
                        return v;
                    });
            if (maxSkip < 1 || maxSkip > 100_000) {
                throw InputException.option("--max-skip", "must be between 1 and 100000, got " + maxSkip);
            }
            return new ProtocolBenchmark.Options(
                    cellModel, list, cycles, ambients, seed, samples, qSd, rSd, model, tol, maxSkip, dtS);
        }

        private static double spread(String text) {
            double v = Units.parse(text, Dimension.FRACTION);
            if (!(v >= 0 && v < 0.25)) {
                throw new IllegalArgumentException("must be at least 0 and below 25%, got " + text.strip());
            }
            return v;
        }

        private static void print(PrintWriter w, List<Leaderboard.Row> rows, Path dir, double seconds) {
            w.printf(
                    Locale.ROOT,
                    "%4s  %-32s %9s %9s %7s %9s %9s %s%n",
                    "rank",
                    "protocol",
                    "to 80 %",
                    "to full",
                    "peak T",
                    "capacity",
                    "R growth",
                    "Pareto");
            int t80 = Leaderboard.METRICS.indexOf(Leaderboard.TIME_TO_80);
            int full = Leaderboard.METRICS.indexOf(Leaderboard.TIME_TO_FULL);
            int peak = Leaderboard.METRICS.indexOf(Leaderboard.PEAK_T);
            int q = Leaderboard.METRICS.indexOf(Leaderboard.RETENTION);
            int r = Leaderboard.METRICS.indexOf(Leaderboard.RESISTANCE);
            for (Leaderboard.Row row : rows) {
                double[] v = row.values();
                w.printf(
                        Locale.ROOT,
                        "%4d  %-32s %9s %9s %7s %9s %9s %s%s%n",
                        row.overallRank(),
                        abbreviate(row.protocol(), 32),
                        minutes(v[t80]),
                        minutes(v[full]),
                        Double.isFinite(v[peak]) ? String.format(Locale.ROOT, "%.1f C", v[peak]) : "-",
                        Double.isFinite(v[q]) ? String.format(Locale.ROOT, "%.2f %%", v[q]) : "-",
                        Double.isFinite(v[r]) ? String.format(Locale.ROOT, "%.2f %%", v[r]) : "-",
                        row.pareto() ? "*" : "",
                        row.failure().isEmpty() ? "" : "  failed: " + row.failure());
            }
            w.printf(
                    Locale.ROOT,
                    "ran in %.1f s; files in %s: %s%n",
                    seconds,
                    dir,
                    String.join(", ", BenchmarkFiles.NAMES));
            w.flush();
        }

        private static String minutes(double s) {
            return Double.isFinite(s) ? String.format(Locale.ROOT, "%.1f min", s / 60) : "-";
        }

        private static String abbreviate(String s, int n) {
            return s.length() <= n ? s : s.substring(0, n - 1) + "…";
        }
    }
}
