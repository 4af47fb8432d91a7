package org.battsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.battsim.model.cell.EcmParameters;
import org.battsim.scenarios.cells.CellLibrary;
import org.battsim.scenarios.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code battsim cells}: lists the built-in cells, or prints one's parameter file. */
@Command(
        name = "cells",
        mixinStandardHelpOptions = true,
        description =
                "Lists the built-in cell parameter sets (name, capacity, charge limit), or prints one with --show, or checks a file.")
public final class CellsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--show", paramLabel = "NAME", description = "Print the parameter file of a built-in cell.")
    String show;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Parameter files to check.")
    java.util.List<String> files = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (show != null) {
                if (!CellLibrary.names().contains(show)) {
                    throw InputException.option(
                            "show",
                            "no built-in cell '" + show + "': built-in cells are "
                                    + String.join(", ", CellLibrary.names()));
                }
                out.print(CellLibrary.text(show));
                out.flush();
                return 0;
            }
            if (!files.isEmpty()) {
                for (String f : files) {
                    EcmParameters p = CellLibrary.load(f);
                    out.println(f + ": ok (" + p.name() + ")");
                }
                return 0;
            }
            for (String n : CellLibrary.names()) {
                EcmParameters p = CellLibrary.load(n);
                out.printf(
                        java.util.Locale.ROOT,
                        "%s\t%.0f mAh, %d RC pair(s), charge limit %.2f V, cut-off %.2f V%n",
                        n,
                        p.nominalCapacityAh() * 1000,
                        p.order(),
                        p.limits().chargeLimit(),
                        p.limits().cutoff());
            }
            return 0;
        } catch (InputException e) {
            err.println("battsim cells: " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        }
    }
}
