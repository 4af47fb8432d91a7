package org.battsim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.battsim.model.aging.Aging;
import org.battsim.model.aging.AgingModel;
import org.battsim.model.aging.CyclerAging;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.cycler.ExperimentRunner;
import org.battsim.model.experiment.Experiment;
import org.battsim.scenarios.aging.AgingLibrary;
import org.battsim.scenarios.cells.CellLibrary;
import org.battsim.scenarios.experiment.ExperimentParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures 1000 full cycles of phone-lco-3080 on the cycler with phone-lco aging coupled (1C
 * discharge to 3.4 V, C/2 CC-CV charge to 4.35 V ended at C/20, 10-minute rests; 1 s steps): with
 * cycle skipping at a 1 % tolerance ({@code accelerated}), against the baseline that simulates
 * every cycle ({@code everyCycle}). Both return the final capacity (Ah); no outputs are recorded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoupledAgingBenchmark {
    int cycles = 1000;
    EcmParameters cell;
    AgingModel model;
    Experiment experiment;

    @Setup
    public void setup() {
        cell = CellLibrary.load("phone-lco-3080");
        model = AgingLibrary.load("phone-lco", "--aging");
        experiment = ExperimentParser.build(
                List.of(List.of(
                        "Discharge at 1C until 3.4 V",
                        "Rest for 10 minutes",
                        "Charge at 0.5C until 4.35 V",
                        "Hold at 4.35 V until C/20",
                        "Rest for 10 minutes")),
                cycles,
                List.of(),
                60);
    }

    private double run(boolean accelerated) {
        EcmCell c = new EcmCell(cell);
        c.reset(1.0, 298.15);
        ExperimentRunner runner = new ExperimentRunner(c, 1.0, null, (t, s, e) -> {});
        CyclerAging aging = new CyclerAging(runner, new Aging(model));
        if (accelerated) {
            aging.accelerate(runner, 0.01, 50);
        }
        runner.run(experiment);
        return c.capacityAh();
    }

    @Benchmark
    public double accelerated() {
        return run(true);
    }

    @Benchmark
    public double everyCycle() {
        return run(false);
    }
}
