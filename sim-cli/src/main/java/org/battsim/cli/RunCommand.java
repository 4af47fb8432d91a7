package org.battsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.scenario.Scenario;
import org.battsim.scenarios.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code battsim run}: runs a scenario and its checks. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a scenario (a file, a catalogue name, or NAME/RUN for one variant), writes its outputs and",
            "checks.json, prints each run's summary and each check."
        },
        footer = {"", "Exit codes: 0 every check passed, 1 a check failed, 2 invalid input."})
public final class RunCommand implements Callable<Integer> {
    /** Exit code when a check fails. */
    public static final int EXIT_CHECK_FAILED = 1;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file, or a name from 'battsim list'.")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: runs/<name>-<date>-<time>/.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random streams (default: the scenario's).")
    Long seed;

    @Option(names = "--quiet", description = "Print only failed checks and errors.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Scenario s = ScenarioFiles.load(scenario);
            if (seed != null) {
                if (seed < 0) {
                    throw InputException.option("--seed", "must be 0 or more, got " + seed);
                }
                s = s.withSeed(seed);
            }
            Scenario sc = s;
            ScenarioRunner runner = new ScenarioRunner();
            if (!quiet && s.runs().size() > 1 && System.console() != null) {
                runner.onProgress((x, r, i, n) -> {
                    err.printf(Locale.ROOT, "\r[%d/%d] %s ", i, n, r.name());
                    err.flush();
                    if (i == n) {
                        err.print("\r" + " ".repeat(40) + "\r");
                        err.flush();
                    }
                });
            }
            ScenarioRunner.Result result = runner.run(sc);
            Path dir = out != null ? out : RunFolders.newFolder(sc.name().replace('/', '-'));
            result.write(dir);
            print(w, result, dir, quiet);
            return result.passed() ? BattsimCommand.EXIT_OK : EXIT_CHECK_FAILED;
        } catch (InputException e) {
            err.println("battsim run: " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        }
    }

    static void print(PrintWriter w, ScenarioRunner.Result r, Path dir, boolean quiet) {
        Scenario s = r.scenario();
        if (!quiet) {
            w.println("battsim run: " + s.name() + " - " + s.title());
            for (ScenarioRunner.RunResult rr : r.runs()) {
                w.println("  " + line(rr));
            }
        }
        int failed = 0;
        for (ScenarioRunner.CheckResult c : r.checks()) {
            if (!c.passed()) {
                failed++;
            }
            if (quiet && c.passed()) {
                continue;
            }
            StringBuilder b = new StringBuilder(c.passed() ? "  PASS " : "  FAIL ").append(c.name());
            if (!c.run().isEmpty() && s.runs().size() > 1) {
                b.append(" [").append(c.run()).append(']');
            }
            if (!c.passed()) {
                b.append("\n         ").append(c.expression());
                if (!c.values().isEmpty()) {
                    b.append("\n         with ");
                    boolean first = true;
                    for (Map.Entry<String, Object> e : c.values().entrySet()) {
                        b.append(first ? "" : ", ")
                                .append(e.getKey())
                                .append(" = ")
                                .append(e.getValue());
                        first = false;
                    }
                }
                if (c.message() != null) {
                    b.append("\n         ").append(c.message());
                }
            }
            w.println(b);
        }
        w.printf(
                Locale.ROOT,
                "%d of %d checks passed; files in %s%n",
                r.checks().size() - failed,
                r.checks().size(),
                dir);
        w.flush();
    }

    /** One line per run: what was detected and how the charge went. */
    static String line(ScenarioRunner.RunResult rr) {
        Map<String, Object> m = rr.summary();
        StringBuilder b = new StringBuilder(rr.run().name()).append(": ");
        if (rr.run().kind() == Scenario.Kind.CYCLER) {
            return b.append(String.format(
                            Locale.ROOT,
                            "cycler, charged %.3f Ah, discharged %.3f Ah; %s",
                            ((Number) m.get("chargeCapacityAh")).doubleValue(),
                            ((Number) m.get("dischargeCapacityAh")).doubleValue(),
                            m.get("endReason")))
                    .toString();
        }
        if (rr.run().kind() == Scenario.Kind.CRADLE) {
            b.append("cradle, LEDs ")
                    .append(m.get("leds"))
                    .append(", pack woken ")
                    .append(m.get("packWoken"));
        } else {
            b.append(m.get("detectedPortType"))
                    .append(String.format(Locale.ROOT, " at %.2f A", (Double) m.get("inputCurrentLimitA")));
        }
        b.append(", 80 % ").append(ChargeCommand.time(m.get("timeTo80PercentSeconds")));
        b.append(", full ").append(ChargeCommand.time(m.get("timeToFullSeconds")));
        b.append(String.format(Locale.ROOT, ", final %.0f %%", (Double) m.get("finalSocPercent")));
        b.append("; ").append(m.get("endReason"));
        return b.toString();
    }
}
