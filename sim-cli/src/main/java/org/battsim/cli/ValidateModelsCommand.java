package org.battsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.battsim.scenarios.output.AtomicFiles;
import org.battsim.scenarios.validation.DegradationChecks;
import org.battsim.scenarios.validation.ModelValidation;
import org.battsim.viewer.ComparisonPlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code battsim validate-models}: runs the SPMe against COMSOL's DFN and the Ecker measurement,
 * checks mesh and time-step convergence and the degradation cases, and writes the report
 * {@code VALIDATION.md} with its figures.
 */
@Command(
        name = "validate-models",
        mixinStandardHelpOptions = true,
        description = {
            "Validates the SPMe: voltage against COMSOL's DFN (Marquis2019, 1C and 3C) and against the Ecker 2015 1C",
            "measurement, mesh and time-step convergence, lithium conservation, plating and SEI cases.",
            "Writes VALIDATION.md and validation/*.png into --docs."
        },
        footer = {"", "Exit codes: 0 written, 2 reference data not found or bad options."})
public final class ValidateModelsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "PyBaMM reference data (with comsol/ and ecker2015/). Default: shared/data/pybamm found"
                    + " above the working directory.")
    Path data;

    @Option(
            names = "--docs",
            paramLabel = "DIR",
            description = "Where VALIDATION.md and validation/ go. Default: ${DEFAULT-VALUE}.",
            defaultValue = "docs")
    Path docs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = data != null
                ? data
                : ModelValidation.findReferenceData(Path.of("")).orElse(null);
        if (dataDir == null || !Files.isDirectory(dataDir.resolve("comsol"))) {
            err.println("battsim validate-models: reference data not found"
                    + (data != null ? " in " + data : " (looked for shared/data/pybamm above the working directory)")
                    + "; give --data DIR with comsol/ and ecker2015/");
            return BattsimCommand.EXIT_INVALID;
        }
        try {
            Path figs = docs.resolve("validation");
            Files.createDirectories(figs);
            List<ModelValidation.Comparison> cases = new ArrayList<>();
            cases.add(ModelValidation.comsol(dataDir, 1, 20, 30, 1.0));
            cases.add(ModelValidation.comsol(dataDir, 3, 20, 30, 1.0));
            cases.add(ModelValidation.ecker(dataDir, 20, 30, 1.0));
            for (ModelValidation.Comparison c : cases) {
                double[] mv = new double[c.errors().length];
                for (int i = 0; i < mv.length; i++) {
                    mv[i] = 1000 * c.errors()[i];
                }
                String refLabel = c.id().startsWith("comsol") ? "COMSOL DFN" : "measured (Ecker et al. 2015)";
                ComparisonPlot.renderPng(
                        c.title(),
                        new ComparisonPlot.Curve(
                                refLabel, c.reference().time(), c.reference().voltage()),
                        new ComparisonPlot.Curve(
                                "battsim SPMe", c.model().time(), c.model().voltage()),
                        c.comparedTimes(),
                        mv,
                        figs.resolve(c.id() + ".png"),
                        1400,
                        520);
                out.printf(
                        Locale.ROOT,
                        "%-10s RMSE %6.2f mV, max %6.2f mV at %.0f s%n",
                        c.id(),
                        1000 * c.rmse(),
                        1000 * c.maxError(),
                        c.maxErrorTime());
                out.flush();
            }
            int[][] meshes = {{5, 8}, {10, 15}, {20, 30}, {40, 60}, {80, 120}};
            int[] fine = {320, 480};
            List<ModelValidation.MeshRow> mesh = ModelValidation.meshConvergence(dataDir, meshes, fine, 1.0);
            List<ModelValidation.StepRow> steps =
                    ModelValidation.stepConvergence(dataDir, new double[] {0.5, 1, 2, 4.5, 9, 3600.0 / 199}, 0.05);
            DegradationChecks.Report deg = DegradationChecks.run();
            String md = ValidationReport.markdown(cases, mesh, fine, steps, deg);
            AtomicFiles.writeString(docs.resolve("VALIDATION.md"), md);
            out.println("wrote " + docs.resolve("VALIDATION.md") + " and " + figs + "/*.png");
            return BattsimCommand.EXIT_OK;
        } catch (IOException e) {
            err.println("battsim validate-models: " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        }
    }
}
