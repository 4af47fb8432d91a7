package org.battsim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.battsim.model.cell.spme.SpmeCell;
import org.battsim.model.cell.spme.SpmeOptions;
import org.battsim.model.cycler.ExperimentRunner;
import org.battsim.model.experiment.Experiment;
import org.battsim.scenarios.cells.SpmeFile;
import org.battsim.scenarios.cells.SpmeLibrary;
import org.battsim.scenarios.experiment.ExperimentParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 5000 constant-current cycles of chen2020 at 1C (discharge to 2.5 V, charge to 4.2 V) with
 * solvent-diffusion-limited SEI growth and irreversible lithium plating, lumped thermal, PyBaMM's
 * default mesh, through the cycler with both cut-offs located to 1 µs; {@code dt} is the internal
 * step (s). Returns the lithium inventory lost (Ah).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SpmeCyclingBenchmark {
    @Param({"30"})
    double dt;

    @Param({"5000"})
    int cycles;

    SpmeCell cell;
    Experiment experiment;

    @Setup
    public void setup() {
        SpmeFile.Loaded l = SpmeLibrary.load("chen2020");
        SpmeOptions o = l.options()
                .withMesh(20, 30)
                .withThermal(SpmeOptions.Thermal.LUMPED)
                .withSei(SpmeOptions.SeiModel.SOLVENT_DIFFUSION_LIMITED)
                .withPlating(SpmeOptions.PlatingModel.IRREVERSIBLE);
        cell = new SpmeCell(l.parameters(), o);
        experiment = ExperimentParser.build(
                List.of(List.of("Discharge at 1C until 2.5 V", "Charge at 1C until 4.2 V")), cycles, List.of(), 60);
    }

    @Benchmark
    public double cc1C() {
        cell.resetToInitial(298.15);
        ExperimentRunner r = new ExperimentRunner(cell, dt, null, (t, s, e) -> {});
        r.run(experiment);
        return cell.lithiumInventoryLostAh();
    }
}
