package org.battsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.battsim.viewer.ViewerData;
import org.battsim.viewer.fx.FxPlatform;
import org.battsim.viewer.fx.Snapshot;
import org.battsim.viewer.fx.ViewerLauncher;
import org.battsim.viewer.fx.ViewerPane;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code battsim view}: the interactive viewer, or with {@code --snapshot} its plots rendered to a PNG. */
@Command(
        name = "view",
        mixinStandardHelpOptions = true,
        description = {
            "Opens result folders or BDF CSV files in a window: stacked, time-aligned plots of voltage, current,"
                    + " true and reported SoC, temperatures, VBUS and input current, with event markers, zoom, pan"
                    + " and a read-out; several runs are overlaid. An aging view and a Pareto view open when a folder"
                    + " has per-cycle capacity, aging.csv or leaderboard.csv.",
            "Without a path, opens the live lab: a charge run from choices or a catalogue scenario, with faults"
                    + " that change while it runs, at a chosen speed-up.",
            "With --snapshot, renders the same plots to a PNG without a screen and exits."
        })
public final class ViewCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--snapshot",
            paramLabel = "OUT.png",
            description = "Render to this PNG (written atomically) instead of opening a window.")
    Path snapshot;

    @Option(
            names = "--size",
            paramLabel = "WxH",
            description = "Snapshot size in pixels. Default: ${DEFAULT-VALUE}.",
            defaultValue = "1600x1000")
    String size;

    @Option(
            names = "--view",
            paramLabel = "VIEW",
            description = "Snapshot of: timeseries, aging or pareto. Default: the first there is data for.")
    String view;

    @Option(
            names = "--pareto-x",
            paramLabel = "COLUMN",
            description = "Leaderboard column for charge time (default: the first whose name mentions a time).")
    String paretoX;

    @Option(
            names = "--pareto-y",
            paramLabel = "COLUMN",
            description = "Leaderboard column for retention (default: the first mentioning retention or capacity).")
    String paretoY;

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description = "Result folders, *.bdf.csv files, aging.csv or leaderboard.csv; several runs are overlaid.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        var columns = new ViewerData.ParetoColumns(paretoX, paretoY);
        if (view != null && !List.of("timeseries", "aging", "pareto").contains(view)) {
            err.println("battsim view: --view: expected timeseries, aging or pareto, got '" + view + "'");
            return BattsimCommand.EXIT_INVALID;
        }
        if (snapshot == null) {
            if (!FxPlatform.hasDisplay()) {
                err.println("battsim view: no display to open a window on (DISPLAY is not set);"
                        + " use --snapshot OUT.png to render without one");
                return BattsimCommand.EXIT_INVALID;
            }
            ViewerLauncher.launch(paths, columns);
            return BattsimCommand.EXIT_OK;
        }
        int w;
        int h;
        try {
            String[] p = size.toLowerCase(Locale.ROOT).split("x");
            if (p.length != 2) {
                throw new NumberFormatException();
            }
            w = Integer.parseInt(p[0].trim());
            h = Integer.parseInt(p[1].trim());
            if (w < 320 || h < 240 || w > 8000 || h > 8000) {
                throw new NumberFormatException();
            }
        } catch (RuntimeException e) {
            err.println(
                    "battsim view: --size: expected WIDTHxHEIGHT between 320x240 and 8000x8000, got '" + size + "'");
            return BattsimCommand.EXIT_INVALID;
        }
        if (paths.isEmpty()) {
            err.println("battsim view: --snapshot needs at least one result folder or file to show");
            return BattsimCommand.EXIT_INVALID;
        }
        ViewerData data;
        try {
            data = ViewerData.load(paths, columns);
        } catch (IOException | RuntimeException e) {
            err.println("battsim view: " + ViewerPane.message(e));
            return BattsimCommand.EXIT_INVALID;
        }
        try {
            Snapshot.render(data, view, snapshot, w, h);
        } catch (IllegalArgumentException e) {
            err.println("battsim view: " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        } catch (IOException e) {
            err.println("battsim view: cannot write " + snapshot + ": " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        }
        spec.commandLine().getOut().println("wrote " + snapshot);
        return BattsimCommand.EXIT_OK;
    }
}
