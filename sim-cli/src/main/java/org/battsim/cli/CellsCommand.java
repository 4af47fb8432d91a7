package org.battsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.battsim.model.cell.EcmParameters;
import org.battsim.scenarios.cells.CellLibrary;
import org.battsim.scenarios.cells.SpmeFile;
import org.battsim.scenarios.cells.SpmeLibrary;
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
                "Lists the built-in cell parameter sets (name, capacity, charge limit), or prints one with --show, or checks a file.",
        footer = {"", "With --model spme: the SPMe parameter sets (PyBaMM parameter names) instead."})
public final class CellsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--show", paramLabel = "NAME", description = "Print the parameter file of a built-in cell.")
    String show;

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            description = "ecm (equivalent-circuit cells) or spme (SPMe parameter sets). Default: ${DEFAULT-VALUE}.",
            defaultValue = "ecm")
    String model;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Parameter files to check.")
    java.util.List<String> files = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (model.equals("spme")) {
                return spme(out);
            }
            if (!model.equals("ecm")) {
                throw InputException.option("--model", "unknown model \"" + model + "\"; allowed: ecm, spme");
            }
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

    private int spme(PrintWriter out) {
        if (show != null) {
            if (!SpmeLibrary.names().contains(show)) {
                throw InputException.option(
                        "--show",
                        "no built-in SPMe set '" + show + "': built-in sets are "
                                + String.join(", ", SpmeLibrary.names()));
            }
            out.print(SpmeLibrary.text(show));
            out.flush();
            return 0;
        }
        if (!files.isEmpty()) {
            for (String f : files) {
                SpmeFile.Loaded l = SpmeLibrary.load(f);
                out.println(f + ": ok (" + l.parameters().name() + ")");
            }
            return 0;
        }
        for (String n : SpmeLibrary.names()) {
            SpmeFile.Loaded l = SpmeLibrary.load(n);
            out.printf(
                    java.util.Locale.ROOT,
                    "%s\t%s Ah, %.3f-%.3f V, %s%n",
                    n,
                    l.parameters().nominalCapacityAh,
                    l.parameters().lowerCutoff,
                    l.parameters().upperCutoff,
                    l.parameters().description());
        }
        return 0;
    }
}
