package org.battsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.battsim.scenarios.diagnose.Campaign;
import org.battsim.scenarios.diagnose.Diagnostician;
import org.battsim.scenarios.diagnose.Diagnosticians;
import org.battsim.scenarios.diagnose.FaultClass;
import org.battsim.scenarios.diagnose.Remedy;
import org.battsim.scenarios.diagnose.Report;
import org.battsim.scenarios.diagnose.Trial;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.scenario.Scenario;
import org.battsim.scenarios.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code battsim diagnose}: scores diagnostic logic against drawn faults. */
@Command(
        name = "diagnose",
        mixinStandardHelpOptions = true,
        description = {
            "Draws phones with faults (and healthy ones), puts each in front of a diagnostician that sees only",
            "telemetry, log lines and the results of troubleshooting actions, and scores its answers: writes",
            "report.json, report.md and, for each wrong answer, the case as a scenario file.",
            "With --case FILE, replays one case and prints the answer and the actions."
        },
        footer = {
            "",
            "Fault classes: healthy, port-debris, oxidized-contacts, faulty-cable, failed-adapter, system-failure,",
            "worn-battery, deep-discharge, underrated-adapter, weak-usb-port, gauge-miscalibrated (answers may also be",
            "'unknown').",
            "Exit codes: 0 done, 2 invalid input or a diagnostician that misbehaved."
        })
public final class DiagnoseCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--diagnostician",
            paramLabel = "NAME|CLASS|exec:CMD",
            description = "reference (default), telemetry-only, always-healthy, a Java class implementing "
                    + "org.battsim.scenarios.diagnose.Diagnostician, or exec:COMMAND (JSON lines over stdin/stdout).")
    String diagnostician = "reference";

    @Option(names = "--trials", paramLabel = "N", description = "Cases to draw (default: 500).")
    int trials = 500;

    @Option(names = "--seed", paramLabel = "S", description = "Campaign seed (default: 1).")
    long seed = 1;

    @Option(
            names = "--faults",
            paramLabel = "LIST",
            split = ",",
            description =
                    "Fault classes to draw from (default: all, and healthy phones); add 'healthy' to include them.")
    List<String> faults;

    @Option(
            names = "--combinations",
            paramLabel = "SHARE",
            description = "Share of cases with two faults, 0 to 1 (default: 0.15).")
    double combinations = 0.15;

    @Option(names = "--max-actions", paramLabel = "N", description = "Action budget per case (default: 12).")
    int maxActions = Trial.MAX_ACTIONS;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: runs/diagnose-<date>-<time>/.")
    Path out;

    @Option(names = "--case", paramLabel = "FILE", description = "Replay one case file (from a report's cases/).")
    Path caseFile;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostician d = null;
        try {
            if (trials < 1 || trials > 1_000_000) {
                throw InputException.option("--trials", "must be between 1 and 1000000, got " + trials);
            }
            if (seed < 0) {
                throw InputException.option("--seed", "must be 0 or more, got " + seed);
            }
            if (!(combinations >= 0 && combinations <= 1)) {
                throw InputException.option("--combinations", "must be between 0 and 1, got " + combinations);
            }
            if (maxActions < 0 || maxActions > 100) {
                throw InputException.option("--max-actions", "must be between 0 and 100, got " + maxActions);
            }
            Set<FaultClass> classes = null;
            if (faults != null) {
                classes = EnumSet.noneOf(FaultClass.class);
                for (String f : faults) {
                    FaultClass c = FaultClass.parse(f.strip(), "--faults");
                    if (c == FaultClass.UNKNOWN) {
                        throw InputException.option("--faults", "'unknown' is an answer, not a fault to draw");
                    }
                    classes.add(c);
                }
            }
            d = Diagnosticians.resolve(diagnostician, "--diagnostician");
            if (caseFile != null) {
                return replay(d, w);
            }
            Campaign.Options o = new Campaign.Options(seed, trials, classes, combinations, maxActions);
            Progress progress = quiet ? null : new Progress(err, "diagnose", "cases");
            List<Campaign.Outcome> outcomes = Campaign.run(d, o, progress == null ? null : progress::update);
            if (progress != null) {
                progress.done();
            }
            Report r = new Report(diagnostician, o, outcomes);
            Path dir = out != null ? out : RunFolders.newFolder("diagnose");
            r.write(dir);
            if (!quiet) {
                w.printf(
                        Locale.ROOT,
                        "battsim diagnose: %s on %d cases (seed %d)%n"
                                + "  accuracy %.1f %% (single faults %s, two faults %s, healthy %s)%n"
                                + "  mean actions %.2f, mean cost %.0f min; %d wrong answers%n"
                                + "  report in %s%n",
                        diagnostician,
                        trials,
                        seed,
                        100 * r.accuracy(null),
                        pct(r.accuracy("single")),
                        pct(r.accuracy("combination")),
                        pct(r.accuracy("healthy")),
                        outcomes.stream()
                                .mapToInt(x -> x.actions().size())
                                .average()
                                .orElse(0),
                        outcomes.stream()
                                .mapToDouble(Campaign.Outcome::cost)
                                .average()
                                .orElse(0),
                        outcomes.stream().filter(x -> !x.correct()).count(),
                        dir.resolve("report.md"));
                w.flush();
            }
            return BattsimCommand.EXIT_OK;
        } catch (InputException e) {
            err.println("battsim diagnose: " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        } catch (Campaign.DiagnosticianException e) {
            err.println("battsim diagnose: the diagnostician failed: " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        } finally {
            if (d instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    // nothing left to clean
                }
            }
        }
    }

    private int replay(Diagnostician d, PrintWriter w) {
        if (!Files.isRegularFile(caseFile)) {
            throw InputException.option("--case", "no such file: " + caseFile);
        }
        Scenario s = ScenarioReader.read(caseFile);
        if (s.runs().size() != 1 || s.runs().get(0).kind() != Scenario.Kind.PHONE) {
            throw InputException.option("--case", caseFile + " must describe one phone run");
        }
        Campaign.Outcome o = Campaign.replay(d, s, maxActions);
        w.printf(
                Locale.ROOT,
                "diagnosis: %s (confidence %.2f)%nactions: %s%ncost: %.0f min%n",
                o.diagnosis().fault().id(),
                o.diagnosis().confidence(),
                o.actions().isEmpty()
                        ? "none"
                        : String.join(", ", o.actions().stream().map(Remedy::id).toList()),
                o.cost());
        w.flush();
        return BattsimCommand.EXIT_OK;
    }

    private static String pct(double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * x);
    }
}
