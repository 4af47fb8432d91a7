package org.battsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code battsim show}: a scenario file as written, then its explanation. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Prints a scenario (a catalogue name or a file) as written, then its explanation.",
        footer = {"", "Exit codes: 0 printed, 2 unknown or invalid scenario."})
public final class ShowCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "A name from 'battsim list', or a scenario file.")
    String name;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        try {
            Scenario s = ScenarioFiles.load(name);
            w.print(s.text());
            if (!s.text().endsWith("\n")) {
                w.println();
            }
            w.println();
            w.println("== " + s.title() + " ==");
            w.println();
            w.println(s.explanation().strip());
            w.flush();
            return BattsimCommand.EXIT_OK;
        } catch (InputException e) {
            spec.commandLine().getErr().println("battsim show: " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        }
    }
}
