package org.battsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.battsim.scenarios.scenario.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code battsim list}: the catalogue, one scenario per line (name TAB title). */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the built-in scenarios: name, a TAB, and the title.")
public final class ListCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        for (String name : Catalogue.names()) {
            w.println(name + "\t" + Catalogue.load(name).title());
        }
        w.flush();
        return BattsimCommand.EXIT_OK;
    }
}
