package org.battsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.scenario.Scenario;
import org.battsim.scenarios.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code battsim validate}: reads scenario files strictly without running them. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Reads scenario files strictly (keys, units, ranges, references, check expressions) without",
            "running them; prints 'ok' per valid file and file:line:column: field: problem per invalid one."
        },
        footer = {"", "Exit codes: 0 every file is valid, 2 a file is invalid."})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files (YAML or JSON).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = BattsimCommand.EXIT_OK;
        for (Path f : files) {
            try {
                Scenario s = ScenarioReader.read(f);
                w.println(f + ": ok (" + s.runs().size() + " run" + (s.runs().size() == 1 ? "" : "s") + ", "
                        + s.checks().size() + " check" + (s.checks().size() == 1 ? "" : "s") + ")");
            } catch (InputException e) {
                err.println(e.getMessage());
                code = BattsimCommand.EXIT_INVALID;
            }
        }
        w.flush();
        err.flush();
        return code;
    }
}
