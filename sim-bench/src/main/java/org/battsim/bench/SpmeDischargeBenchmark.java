package org.battsim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.cell.spme.SpmeCell;
import org.battsim.model.cell.spme.SpmeOptions;
import org.battsim.model.cycler.ExperimentRunner;
import org.battsim.model.experiment.Experiment;
import org.battsim.scenarios.cells.CellLibrary;
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
 * A 1C discharge of chen2020 to 2.5 V with PyBaMM's default mesh (20 volumes per electrode and
 * separator region, 30 per particle), from the set's initial concentrations, through the cycler
 * (the cut-off located to 1 µs), no outputs recorded; {@code dt} is the internal step (s). The
 * baseline {@code ecmDischarge1C} is the equivalent-circuit phone cell's 1C discharge to 3.4 V at
 * 1 s steps through the same cycler, measured in the same run. Each returns the discharge time (s).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SpmeDischargeBenchmark {
    @Param({"1", "10", "20"})
    double dt;

    @Param({"isothermal", "lumped"})
    String thermal;

    SpmeCell cell;
    Experiment discharge;
    EcmCell ecm;
    Experiment ecmDischarge;

    @Setup
    public void setup() {
        SpmeFile.Loaded l = SpmeLibrary.load("chen2020");
        SpmeOptions o = l.options()
                .withMesh(20, 30)
                .withThermal(
                        thermal.equals("isothermal") ? SpmeOptions.Thermal.ISOTHERMAL : SpmeOptions.Thermal.LUMPED);
        cell = new SpmeCell(l.parameters(), o);
        discharge = ExperimentParser.build(List.of(List.of("Discharge at 1C until 2.5 V")), 1, List.of(), 60);
        ecm = new EcmCell(CellLibrary.load("phone-lco-3080"));
        ecmDischarge = ExperimentParser.build(List.of(List.of("Discharge at 1C until 3.4 V")), 1, List.of(), 60);
    }

    @Benchmark
    public double spmeDischarge1C() {
        cell.resetToInitial(298.15);
        ExperimentRunner r = new ExperimentRunner(cell, dt, null, (t, s, e) -> {});
        return r.run(discharge).durationSeconds();
    }

    @Benchmark
    public double ecmDischarge1C() {
        ecm.reset(1.0, 298.15);
        ExperimentRunner r = new ExperimentRunner(ecm, 1.0, null, (t, s, e) -> {});
        return r.run(ecmDischarge).durationSeconds();
    }
}
