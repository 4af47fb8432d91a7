package org.battsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.battsim.viewer.BdfFormatException;
import org.battsim.viewer.PlotRenderer;
import org.battsim.viewer.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code battsim plot}: renders result folders or BDF CSV files to a PNG, without a screen. */
@Command(
        name = "plot",
        mixinStandardHelpOptions = true,
        description =
                "Renders stacked, time-aligned curves (voltage, current, SoC, temperatures, VBUS when present) of one or more runs to a PNG.")
public final class PlotCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "PNG to write. Default: plot.png in the first run's folder.")
    Path out;

    @Option(
            names = "--size",
            paramLabel = "WxH",
            description = "Image size. Default: ${DEFAULT-VALUE}.",
            defaultValue = "1600x1000")
    String size;

    @Parameters(
            paramLabel = "RUN",
            arity = "1..*",
            description = "Result folders or *.bdf.csv files; several are overlaid.")
    List<Path> runs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int w;
        int h;
        try {
            String[] p = size.toLowerCase(java.util.Locale.ROOT).split("x");
            w = Integer.parseInt(p[0].trim());
            h = Integer.parseInt(p[1].trim());
            if (p.length != 2 || w < 200 || h < 150 || w > 10000 || h > 10000) {
                throw new NumberFormatException();
            }
        } catch (RuntimeException e) {
            err.println(
                    "battsim plot: --size: expected WIDTHxHEIGHT between 200x150 and 10000x10000, got '" + size + "'");
            return BattsimCommand.EXIT_INVALID;
        }
        List<RunResult> loaded = new ArrayList<>();
        try {
            for (Path r : runs) {
                loaded.add(RunResult.load(r));
            }
            Path target = out != null
                    ? out
                    : (java.nio.file.Files.isDirectory(runs.get(0))
                                    ? runs.get(0)
                                    : runs.get(0).toAbsolutePath().getParent())
                            .resolve("plot.png");
            PlotRenderer.renderPng(loaded, target, w, h);
            spec.commandLine().getOut().println("wrote " + target);
            return BattsimCommand.EXIT_OK;
        } catch (BdfFormatException e) {
            err.println("battsim plot: " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        } catch (IOException e) {
            err.println("battsim plot: " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        }
    }
}
