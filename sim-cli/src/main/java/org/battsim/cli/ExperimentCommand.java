package org.battsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.battsim.model.aging.AgingModel;
import org.battsim.model.aging.AgingState;
import org.battsim.model.cell.spme.SpmeOptions;
import org.battsim.model.cycler.ExperimentRunner;
import org.battsim.model.experiment.Experiment;
import org.battsim.model.experiment.Step;
import org.battsim.scenarios.aging.AgingLibrary;
import org.battsim.scenarios.aging.CellAge;
import org.battsim.scenarios.cells.CellLibrary;
import org.battsim.scenarios.cells.SpmeFile;
import org.battsim.scenarios.cells.SpmeLibrary;
import org.battsim.scenarios.experiment.ExperimentParser;
import org.battsim.scenarios.experiment.StepParser;
import org.battsim.scenarios.experiment.StepSyntaxException;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;
import org.battsim.scenarios.io.Units;
import org.battsim.scenarios.run.CellModel;
import org.battsim.scenarios.run.ExperimentJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code battsim experiment}: runs PyBaMM-style steps on a bare cell, as a battery cycler. */
@Command(
        name = "experiment",
        mixinStandardHelpOptions = true,
        description = {
            "Runs experiment steps on a bare cell (a battery cycler) and writes timeseries.bdf.csv, events.csv and summary.json.",
            "Steps use PyBaMM's experiment language, for example \"Discharge at 1C until 3.4 V\", \"Rest for 30 minutes\",",
            "\"Charge at 1.5 A until 4.35 V\", \"Hold at 4.35 V until C/20\", \"Discharge at 2 W for 10 minutes (10 second period)\".",
            "In timeseries.bdf.csv, Current / A is positive when the cell charges."
        },
        footer = {
            "",
            "Models: --model ecm (default) takes --cell; --model spme (single particle model with electrolyte) takes --params",
            "with PyBaMM parameter names, and --sei, --plating, --thermal, --mesh.",
            "States of charge: 0.2 or 20%%.  Durations: 90s, 30min, 2h, 1h30m.  Temperatures: \"25 degC\" or \"298.15 K\".",
            "Exit codes: 0 ran, 2 invalid input."
        })
public final class ExperimentCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            description =
                    "Cell model: ecm (equivalent circuit) or spme (single particle model with electrolyte). Default: ${DEFAULT-VALUE}.",
            defaultValue = "ecm")
    String model;

    @Option(
            names = "--cell",
            paramLabel = "NAME|FILE",
            description = "Equivalent-circuit cell: built-in (${COMPLETION-CANDIDATES}) or a parameter file. Default: "
                    + CellLibrary.DEFAULT
                    + ".",
            completionCandidates = CellNames.class)
    String cell;

    @Option(
            names = "--params",
            paramLabel = "NAME|FILE",
            description =
                    "SPMe parameter set: built-in (${COMPLETION-CANDIDATES}) or a file with PyBaMM parameter names. Default: "
                            + SpmeLibrary.DEFAULT
                            + ".",
            completionCandidates = SpmeNames.class)
    String params;

    @Option(
            names = "--sei",
            paramLabel = "MODEL",
            description =
                    "SPMe SEI growth: none, reaction-limited or solvent-diffusion-limited. Default: the set's, else none.")
    String sei;

    @Option(
            names = "--plating",
            paramLabel = "MODEL",
            description =
                    "SPMe lithium plating: none, irreversible or partially-reversible. Default: the set's, else none.")
    String plating;

    @Option(
            names = "--thermal",
            paramLabel = "MODEL",
            description = "SPMe thermal model: lumped or isothermal. Default: the set's, else lumped.")
    String thermal;

    @Option(
            names = "--mesh",
            paramLabel = "X,R",
            description =
                    "SPMe finite volumes per electrode/separator region and per particle. Default: 20,30 (PyBaMM's).")
    String mesh;

    @Option(
            names = "--from-soc",
            paramLabel = "SOC",
            description =
                    "Starting state of charge. Default: 100%% for ecm; for spme the parameter set's initial concentrations, as PyBaMM.")
    String fromSoc;

    @Option(
            names = "--temperature",
            paramLabel = "TEMP",
            description = "Ambient and starting temperature. Default: ${DEFAULT-VALUE}.",
            defaultValue = "25 degC")
    String temperature;

    @Option(
            names = "--cycles",
            paramLabel = "N",
            description = "Repeat the steps N times. Default: ${DEFAULT-VALUE}.",
            defaultValue = "1")
    int cycles;

    @Option(
            names = "--termination",
            paramLabel = "COND",
            description =
                    "Experiment-level stop, checked after each cycle (\"80%% capacity\", \"2 Ah capacity\", \"3.0 V\") or continuously (\"10 hours\"). Repeatable.")
    List<String> terminations = new ArrayList<>();

    @Option(
            names = "--period",
            paramLabel = "DURATION",
            description = "Output period for steps that do not give one. Default: ${DEFAULT-VALUE} (PyBaMM's).",
            defaultValue = "60s")
    String period;

    @Option(
            names = "--dt",
            paramLabel = "DURATION",
            description = "Internal time step. Default: ${DEFAULT-VALUE}.",
            defaultValue = "1s")
    String dt;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: a new folder under runs/.")
    Path out;

    @Option(
            names = "--aging",
            paramLabel = "MODEL|FILE",
            description =
                    "Age the cell as it runs: built-in aging model (${COMPLETION-CANDIDATES}) or an aging parameter file.",
            completionCandidates = AgeCommand.ModelNames.class)
    String aging;

    @Option(
            names = "--cell-age",
            paramLabel = "SPEC",
            description = {
                "Start from a worn cell: cycles=N (after N reference cycles: 1C discharge, C/2 charge, 25 degC),",
                "or capacity=X[,resistance=Y] relative to the fresh cell (0.85 or 85%%; 1.3 or 130%%).",
                "The state comes from --aging, else from " + AgingLibrary.DEFAULT + "."
            })
    String cellAge;

    @Option(
            names = "--accelerated",
            description = {
                "Cycle skipping (needs --aging): simulate representative cycles and extrapolate the aging of the others,",
                "keeping the change of the aging rates between simulated cycles within --skip-tolerance."
            })
    boolean accelerated;

    @Option(
            names = "--skip-tolerance",
            paramLabel = "TOL",
            description =
                    "With --accelerated: largest relative change of an aging rate between simulated cycles. Default: ${DEFAULT-VALUE}.",
            defaultValue = "1%")
    String skipTolerance;

    @Option(
            names = "--max-skip",
            paramLabel = "N",
            description = "With --accelerated: most cycles extrapolated in a row. Default: ${DEFAULT-VALUE}.",
            defaultValue = "50")
    int maxSkip;

    @Option(
            names = "--parse-only",
            description = "Print one normalised step per line and exit (2 at the first bad step).")
    boolean parseOnly;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Parameters(paramLabel = "STEP", arity = "1..*", description = "Experiment steps, in order.")
    List<String> steps;

    @Override
    public Integer call() {
        PrintWriter outw = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Step> parsed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            try {
                parsed.add(StepParser.parse(steps.get(i)));
            } catch (StepSyntaxException e) {
                err.println("battsim experiment: step " + (i + 1) + ": " + e.getMessage());
                return BattsimCommand.EXIT_INVALID;
            }
        }
        if (parseOnly) {
            for (Step s : parsed) {
                outw.println(s.normalised());
            }
            return BattsimCommand.EXIT_OK;
        }
        try {
            if (cycles < 1 || cycles > 1_000_000) {
                throw InputException.option("--cycles", "must be between 1 and 1000000, got " + cycles);
            }
            double soc = fromSoc == null
                    ? Double.NaN
                    : OptionValues.option("from-soc", () -> Units.parseStateOfCharge(fromSoc));
            double tK = OptionValues.option("temperature", () -> Units.parseTemperature(temperature));
            double periodS = OptionValues.option("period", () -> OptionValues.positive(Units.parseDuration(period)));
            double dtS = OptionValues.option("dt", () -> OptionValues.positive(Units.parseDuration(dt)));
            Experiment exp = ExperimentParser.build(List.of(steps), cycles, terminations, periodS);
            CellModel cellModel = cellModel();
            ExperimentJob.AgingOptions agingOptions = agingOptions();
            Path dir = out != null ? out : RunFolders.newFolder("experiment");
            if (!quiet) {
                outw.printf(
                        Locale.ROOT,
                        "battsim experiment: %s (%s) from %s at %s, %d step(s) x %d cycle(s)%n",
                        cellModel.name(),
                        cellModel.model(),
                        fromSoc != null
                                ? fromSoc + " SoC"
                                : cellModel instanceof CellModel.Spme ? "the set's initial state" : "100% SoC",
                        temperature,
                        steps.size(),
                        cycles);
                outw.flush();
            }
            Progress progress = quiet ? null : new Progress(err, "experiment");
            ExperimentJob.Outcome o = ExperimentJob.run(
                    new ExperimentJob.Options(cellModel, soc, tK, exp, dtS, 1_000_000, agingOptions),
                    progress == null ? null : progress::update);
            if (progress != null) {
                progress.done();
            }
            o.write(dir);
            if (!quiet) {
                printSummary(outw, o, dir);
            }
            return BattsimCommand.EXIT_OK;
        } catch (InputException e) {
            err.println("battsim experiment: " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        } catch (StepSyntaxException e) {
            err.println("battsim experiment: " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        }
    }

    /** The aging options, or null when neither --aging nor --cell-age is given. */
    private ExperimentJob.AgingOptions agingOptions() {
        double tol = 0;
        var parsed = spec.commandLine().getParseResult();
        for (String o : List.of("--skip-tolerance", "--max-skip")) {
            if (!accelerated && parsed.hasMatchedOption(o)) {
                throw InputException.option(o, "only with --accelerated");
            }
        }
        if (accelerated) {
            if (aging == null) {
                throw InputException.option("--accelerated", "cycle skipping needs an aging model: add --aging MODEL");
            }
            tol = OptionValues.option("skip-tolerance", () -> {
                double v = Units.parse(skipTolerance, org.battsim.scenarios.io.Dimension.FRACTION);
                if (!(v > 0 && v < 0.5)) {
                    throw new IllegalArgumentException("must be above 0 and below 50%, got " + skipTolerance.strip());
                }
                return v;
            });
            if (maxSkip < 1 || maxSkip > 100_000) {
                throw InputException.option("--max-skip", "must be between 1 and 100000, got " + maxSkip);
            }
        }
        if (aging == null && cellAge == null) {
            return null;
        }
        AgingModel model = aging == null ? null : AgingLibrary.load(aging, "--aging");
        AgingState start = null;
        if (cellAge != null) {
            CellAge spec = CellAge.parse(cellAge, "--cell-age");
            start = spec.state(model != null ? model : AgingLibrary.load(AgingLibrary.DEFAULT, "--cell-age"));
        }
        return new ExperimentJob.AgingOptions(model, start, cellAge, tol, maxSkip);
    }

    /** The model and parameter set the options ask for. */
    private CellModel cellModel() {
        switch (model) {
            case "ecm" -> {
                for (String[] o : new String[][] {
                    {"--params", params},
                    {"--sei", sei},
                    {"--plating", plating},
                    {"--thermal", thermal},
                    {"--mesh", mesh}
                }) {
                    if (o[1] != null) {
                        throw InputException.option(
                                o[0],
                                "applies to the SPMe only; add --model spme (the equivalent-circuit cell takes --cell)");
                    }
                }
                return new CellModel.Ecm(CellLibrary.load(cell == null ? CellLibrary.DEFAULT : cell));
            }
            case "spme" -> {
                if (cell != null) {
                    throw InputException.option(
                            "--cell",
                            "names an equivalent-circuit cell; the SPMe takes its parameter set with --params");
                }
                SpmeFile.Loaded l = SpmeLibrary.load(params == null ? SpmeLibrary.DEFAULT : params);
                SpmeOptions o = l.options();
                if (sei != null) {
                    o = o.withSei(choice("sei", sei, SpmeOptions.SeiModel.class));
                }
                if (plating != null) {
                    o = o.withPlating(choice("plating", plating, SpmeOptions.PlatingModel.class));
                }
                if (thermal != null) {
                    o = o.withThermal(choice("thermal", thermal, SpmeOptions.Thermal.class));
                }
                if (mesh != null) {
                    String[] parts = mesh.split(",");
                    try {
                        if (parts.length != 2) {
                            throw new NumberFormatException();
                        }
                        o = o.withMesh(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
                    } catch (NumberFormatException e) {
                        throw InputException.option(
                                "--mesh",
                                "expected two whole numbers X,R (per region, per particle), got \"" + mesh + "\"");
                    } catch (IllegalArgumentException e) {
                        throw InputException.option("--mesh", e.getMessage());
                    }
                }
                try {
                    return new CellModel.Spme(l.parameters(), o);
                } catch (IllegalArgumentException e) {
                    throw InputException.option("--params", e.getMessage());
                }
            }
            default ->
                throw InputException.option(
                        "--model",
                        "unknown model " + Messages.quote(model) + Messages.didYouMean(model, List.of("ecm", "spme"))
                                + "; allowed: ecm, spme");
        }
    }

    static <E extends Enum<E>> E choice(String option, String text, Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int i = names.indexOf(wanted);
        if (i < 0) {
            throw InputException.option(
                    "--" + option,
                    "unknown value " + Messages.quote(text) + Messages.didYouMean(wanted, names) + "; allowed: "
                            + String.join(", ", names));
        }
        return type.getEnumConstants()[i];
    }

    /** Longer step lists are left to summary.json. */
    private static final int MAX_PRINTED_STEPS = 60;

    /** Rows of the printed capacity table. */
    private static final int CAPACITY_ROWS = 20;

    static void printSummary(PrintWriter w, ExperimentJob.Outcome o, Path dir) {
        Map<String, Object> s = o.summary();
        List<ExperimentRunner.StepResult> steps = o.result().steps();
        if (steps.size() > MAX_PRINTED_STEPS) {
            w.printf(Locale.ROOT, "  %d steps simulated (each in summary.json)%n", steps.size());
            steps = List.of();
        }
        for (ExperimentRunner.StepResult r : steps) {
            w.printf(
                    Locale.ROOT,
                    "  %3d  %-44s %9s  %-34s %s%n",
                    r.index(),
                    abbreviate(r.step().text(), 44),
                    Durations.format(r.endSeconds() - r.startSeconds()),
                    abbreviate(r.endReason(), 34),
                    stepAh(r));
        }
        w.printf(
                Locale.ROOT,
                "duration %s; discharged %.4f Ah (%.3f Wh), charged %.4f Ah (%.3f Wh); final SoC %.1f %%; max cell temperature %.1f degC%n",
                Durations.format((Double) s.get("durationSeconds")),
                (Double) s.get("dischargeCapacityAh"),
                (Double) s.get("dischargeEnergyWh"),
                (Double) s.get("chargeCapacityAh"),
                (Double) s.get("chargeEnergyWh"),
                (Double) s.get("finalSocPercent"),
                (Double) s.get("maxCellTemperatureCelsius"));
        if (s.containsKey("lithiumInventoryLostAh")) {
            w.printf(
                    Locale.ROOT,
                    "lithium inventory lost %.6f Ah (%.4f %%), plated lithium %.6f Ah, anode potential below 0 V for %s (minimum %.4f V)%n",
                    (Double) s.get("lithiumInventoryLostAh"),
                    (Double) s.get("lithiumInventoryLostPercent"),
                    (Double) s.get("platedLithiumAh"),
                    Durations.format((Double) s.get("timeBelowPlatingPotentialSeconds")),
                    (Double) s.get("minAnodePotentialV"));
        }
        w.println("end: " + s.get("endReason"));
        if (s.containsKey("cycleRelativeCapacity")) {
            printCapacities(w, o);
        }
        w.println("files: " + dir.resolve("timeseries.bdf.csv") + ", events.csv, summary.json");
        w.println("curves: ./battsim plot " + dir);
        w.flush();
    }

    /** Capacity per cycle: every cycle for short runs, about {@link #CAPACITY_ROWS} spread out for long ones. */
    private static void printCapacities(PrintWriter w, ExperimentJob.Outcome o) {
        ExperimentRunner.Result r = o.result();
        double[] cap = r.cycleCapacityAh();
        int n = cap.length;
        if (n == 0) {
            return;
        }
        int every = Math.max(1, (int) Math.ceil(n / (double) CAPACITY_ROWS));
        w.println("capacity after each cycle" + (every > 1 ? " (every " + every + " cycles)" : "") + ":");
        List<?> rel = (List<?>) o.summary().get("cycleRelativeCapacity");
        for (int i = 0; i < n; i++) {
            if (i % every == every - 1 || i == n - 1 || i == 0) {
                w.printf(
                        Locale.ROOT,
                        "  cycle %6d  %.4f Ah  %6.2f %%%s%n",
                        i + 1,
                        cap[i],
                        100 * (Double) rel.get(i),
                        r.cycleSimulated()[i] ? "" : "  (extrapolated)");
            }
        }
        Map<String, Object> s = o.summary();
        Object am = s.get("aging");
        String sims = am instanceof Map<?, ?> m
                ? String.format(Locale.ROOT, "; %s of %d cycles simulated", m.get("cyclesSimulated"), n)
                : "";
        w.printf(
                Locale.ROOT,
                "final capacity %.2f %%, resistance %.2f %% of the fresh cell%s%n",
                100 * (Double) s.get("finalRelativeCapacity"),
                100 * (Double) s.get("finalRelativeResistance"),
                sims);
    }

    private static String stepAh(ExperimentRunner.StepResult r) {
        if (r.dischargeAh() > r.chargeAh()) {
            return String.format(Locale.ROOT, "-%.4f Ah", r.dischargeAh());
        }
        if (r.chargeAh() > 0) {
            return String.format(Locale.ROOT, "+%.4f Ah", r.chargeAh());
        }
        return "";
    }

    static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** SPMe set names for completion and help. */
    static final class SpmeNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SpmeLibrary.names().iterator();
        }
    }

    /** Names for completion and help. */
    static final class CellNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return CellLibrary.names().iterator();
        }
    }
}
