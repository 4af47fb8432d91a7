package org.battsim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.battsim.model.aging.AgingModel;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.cycler.ExperimentRunner;
import org.battsim.model.experiment.Experiment;
import org.battsim.model.protocol.CcCv;
import org.battsim.model.protocol.ProtocolCycler;
import org.battsim.scenarios.aging.AgingLibrary;
import org.battsim.scenarios.cells.CellLibrary;
import org.battsim.scenarios.experiment.ExperimentParser;
import org.battsim.scenarios.protocol.LocalSweepRunner;
import org.battsim.scenarios.protocol.ProtocolBenchmark;
import org.battsim.scenarios.run.CellModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of one benchmark cycle of phone-lco-3080 from full, 1 s control periods: 1C discharge to
 * 3.4 V, 10 minutes rest, a 1C CC-CV charge to 4.35 V ended at C/20, 10 minutes rest.
 *
 * <p>{@link #protocolCycle} runs it as the protocol benchmark does: {@link ProtocolCycler} asks the
 * protocol ({@link CcCv}) for a command every period and holds whichever of its current and voltage
 * limits binds; the discharge's cut-off is located by bisection and rests step by a minute. The
 * baseline {@link #experimentRunner} runs the same cycle as PyBaMM steps through {@link
 * ExperimentRunner} (events located inside steps, safety detectors, no recorder), the way {@code
 * battsim experiment} does. Both return the cell's final state of charge.
 *
 * <p>{@link #tenProtocols500Cycles} is the benchmark's acceptance case on one thread: ten protocols
 * × 500 cycles with phone-lco aging and cycle skipping at 1 %, as {@code battsim protocols benchmark}
 * runs it (without writing files); it returns the sum of the final capacity retentions.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProtocolCycleBenchmark {
    static final List<String> TEN = List.of(
            "cccv:0.5C",
            "cccv:1C",
            "cccv:2C",
            "care:1C",
            "cccv:1C:4.2V",
            "mscc:2C@0.5,1C@0.8",
            "severson:5.4C(40%)-3.6C",
            "attia:4.8C-5.2C-5.2C-4.160C",
            "pulse:2C:10s:5s",
            "boost:3C:5min:1C");

    EcmParameters params;
    Experiment experiment;
    CcCv cccv;
    double dt = 1.0;
    int cycles = 500;
    ProtocolBenchmark.Options ten;

    @Setup
    public void setup() {
        params = CellLibrary.load(CellStepBenchmark.CELL);
        experiment = ExperimentParser.build(
                List.of(List.of(
                        "Discharge at 1C until 3.4 V",
                        "Rest for 10 minutes",
                        "Charge at 1C until 4.35 V",
                        "Hold at 4.35 V until C/20",
                        "Rest for 10 minutes")),
                1,
                List.of(),
                60);
        cccv = new CcCv("cccv:1C", 1, 4.35, 0.05);
        AgingModel aging = AgingLibrary.load("phone-lco", "--aging");
        ten = new ProtocolBenchmark.Options(
                new CellModel.Ecm(params), TEN, cycles, List.of(298.15), 1, 0, 0.01, 0.03, aging, 0.01, 50, dt);
        // The two cycles must be the same cycle: both end full at C/20 after the same charge.
        double a = protocolCycle();
        double b = experimentRunner();
        if (Math.abs(a - b) > 1e-3) {
            throw new IllegalStateException("the cycles differ: final SoC " + a + " and " + b);
        }
    }

    @Benchmark
    public double protocolCycle() {
        EcmCell cell = new EcmCell(params);
        cell.reset(1.0, 298.15);
        double q = params.nominalCapacityAh();
        ProtocolCycler cy = new ProtocolCycler(cell, q, dt);
        cy.discharge(q, 3.4, 3 * 3600);
        cy.rest(600);
        if (!cy.charge(cccv, 24 * 3600).finished) {
            throw new IllegalStateException("the charge did not end");
        }
        cy.rest(600);
        return cell.soc();
    }

    @Benchmark
    public double experimentRunner() {
        EcmCell cell = new EcmCell(params);
        cell.reset(1.0, 298.15);
        ExperimentRunner runner = new ExperimentRunner(cell, dt, null, (t, s, e) -> {});
        runner.run(experiment);
        return cell.soc();
    }

    @Benchmark
    public double tenProtocols500Cycles() {
        double sum = 0;
        for (ProtocolBenchmark.Run r :
                ProtocolBenchmark.run(ten, new LocalSweepRunner(1), null).nominal()) {
            sum += r.result().finalRelativeCapacity();
        }
        return sum;
    }
}
