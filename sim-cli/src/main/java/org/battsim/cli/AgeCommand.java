package org.battsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.battsim.model.aging.AgingModel;
import org.battsim.scenarios.aging.AgeJob;
import org.battsim.scenarios.aging.AgingLibrary;
import org.battsim.scenarios.aging.StressorProfile;
import org.battsim.scenarios.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code battsim age}: ages a cell along a stressor profile repeated for some years (BLAST-Lite's input). */
@Command(
        name = "age",
        mixinStandardHelpOptions = true,
        description = {
            "Ages a cell along a stressor profile repeated for some years, and writes aging.csv (t_days,efc,q,r: days,",
            "equivalent full cycles, relative capacity and resistance after each update) and summary.json (with years_to_80_percent).",
            "The profile is a CSV file with the columns Time_s,SOC,Temperature_C (BLAST-Lite's input format), SOC a fraction."
        },
        footer = {"", "Exit codes: 0 ran, 2 invalid input."})
public final class AgeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--model",
            paramLabel = "NAME|FILE",
            description =
                    "Built-in aging model (${COMPLETION-CANDIDATES}) or an aging parameter file. Default: ${DEFAULT-VALUE}.",
            completionCandidates = ModelNames.class,
            defaultValue = AgingLibrary.DEFAULT)
    String model;

    @Option(
            names = "--profile",
            paramLabel = "FILE",
            required = true,
            description = "Stressor profile (Time_s,SOC,Temperature_C).")
    Path profile;

    @Option(
            names = "--years",
            paramLabel = "Y",
            required = true,
            description = "Years to simulate (365-day years), the profile repeated.")
    String years;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: a new folder under runs/.")
    Path out;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter outw = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            double y = OptionValues.option("years", () -> {
                double v = org.battsim.scenarios.io.Units.parseNumber(years);
                if (!(v > 0 && v <= 1000)) {
                    throw new IllegalArgumentException("must be above 0 and at most 1000, got " + years.strip());
                }
                return v;
            });
            AgingModel m = AgingLibrary.load(model, "--model");
            StressorProfile p = StressorProfile.read(profile);
            AgeJob.Outcome o = AgeJob.run(m, p, y);
            Path dir = out != null ? out : RunFolders.newFolder("age");
            o.write(dir);
            if (!quiet) {
                double y80 = o.yearsTo80Percent();
                int last = o.q().length - 1;
                outw.printf(
                        Locale.ROOT,
                        "battsim age: %s, %s (%d rows, period %s) repeated for %s years: %d updates%n",
                        m.name(),
                        p.source(),
                        p.timeSeconds().length,
                        Durations.format(o.periodSeconds()),
                        years.strip(),
                        last);
                outw.printf(
                        Locale.ROOT,
                        "after %.1f days, %.1f equivalent full cycles: capacity %.2f %%, resistance %.2f %%%n",
                        o.days()[last],
                        o.efc()[last],
                        100 * o.q()[last],
                        100 * o.r()[last]);
                outw.println(
                        Double.isNaN(y80)
                                ? "80 % capacity not reached"
                                : String.format(Locale.ROOT, "80 %% capacity after %.2f years", y80));
                outw.println("files: " + dir.resolve("aging.csv") + ", summary.json");
                outw.flush();
            }
            return BattsimCommand.EXIT_OK;
        } catch (InputException e) {
            err.println("battsim age: " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        }
    }

    /** Names for completion and help. */
    static final class ModelNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return AgingLibrary.names().iterator();
        }
    }
}
