package org.battsim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.cycler.EventSink;
import org.battsim.model.cycler.ExperimentRunner;
import org.battsim.model.device.ChargeSession;
import org.battsim.model.device.DeviceParameters;
import org.battsim.model.device.Phone;
import org.battsim.model.engine.SeededRandom;
import org.battsim.model.engine.Simulation;
import org.battsim.model.experiment.Experiment;
import org.battsim.model.experiment.Step;
import org.battsim.model.experiment.StepKind;
import org.battsim.model.experiment.Termination;
import org.battsim.model.power.CablePortPath;
import org.battsim.model.power.PowerSource;
import org.battsim.scenarios.chain.CableLibrary;
import org.battsim.scenarios.chain.PortLibrary;
import org.battsim.scenarios.chain.SourceLibrary;
import org.battsim.scenarios.devices.DeviceLibrary;
import org.battsim.scenarios.run.ChargeJob;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole charging chain (Mi 4 on its 5 V 2 A adapter through 1 m of 24 AWG and a clean port):
 * the cost of one 1 s chain step (source, path, charger decision, operating-point solve, cell,
 * commit of every component) and of a whole 0 → 100 % charge at 1 s steps, against the bare cell's
 * CC-CV charge on the cycler as the baseline in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChainBenchmark {
    DeviceParameters device;
    org.battsim.model.power.WallAdapterParameters adapter;
    org.battsim.model.power.CableParameters cable;
    org.battsim.model.power.PortParameters port;
    Phone phone;
    Simulation<Phone> sim;
    Experiment ccCv;

    @Setup(Level.Trial)
    public void load() {
        device = DeviceLibrary.load("xiaomi-mi4");
        // Parameter files are parsed once: the measured work is the simulation, not YAML.
        adapter = SourceLibrary.read("adapter-5v2a").adapter();
        cable = CableLibrary.parameters("1m-24awg");
        port = PortLibrary.parameters("micro-usb", null);
        double c = 1.0;
        ccCv = new Experiment(
                List.of(List.of(
                        new Step(
                                "Charge at 0.5C until 4.35 V",
                                Step.Direction.CHARGE,
                                StepKind.C_RATE,
                                -0.5 * c,
                                5 * 3600,
                                false,
                                List.of(new Termination(
                                        Termination.Quantity.VOLTAGE, Termination.Comparison.AUTO, 4.35)),
                                Double.NaN),
                        new Step(
                                "Hold at 4.35 V until 150 mA",
                                Step.Direction.HOLD,
                                StepKind.VOLTAGE,
                                4.35,
                                5 * 3600,
                                false,
                                List.of(new Termination(
                                        Termination.Quantity.CURRENT, Termination.Comparison.AUTO, 0.15)),
                                Double.NaN))),
                List.of(),
                60);
    }

    private Phone plugged(double soc) {
        return plugged(device, adapter, cable, port, soc);
    }

    /** A phone at {@code soc} and 25 degC plugged at t = 0 into the adapter through the cable and a clean port. */
    static Phone plugged(
            DeviceParameters device,
            org.battsim.model.power.WallAdapterParameters adapter,
            org.battsim.model.power.CableParameters cable,
            org.battsim.model.power.PortParameters port,
            double soc) {
        Phone p = ChargeJob.phone(device, soc, 298.15, new org.battsim.scenarios.output.EventLog());
        SeededRandom rnd = new SeededRandom(1);
        PowerSource src = new org.battsim.model.power.WallAdapter(adapter);
        var path = new CablePortPath(
                new org.battsim.model.power.Cable(cable, rnd),
                new org.battsim.model.power.Port(port, org.battsim.model.power.PortCondition.CLEAN, rnd),
                src);
        p.plug(src, path, 0);
        return p;
    }

    @Setup(Level.Iteration)
    public void plugIn() {
        phone = plugged(0.2);
        sim = new Simulation<>(phone, 0, 1.0);
        sim.run(10); // past detection and the AICL ramp
    }

    /** One 1 s step of the whole chain in constant-current charging. */
    @Benchmark
    public double chainStep() {
        if (phone.cell().soc() > 0.6) {
            phone.cell().reset(0.2, 298.15); // stay in CC; rare, so it does not weigh on the mean
            phone.refresh();
        }
        sim.run(sim.time() + 1.0);
        return phone.inputCurrent();
    }

    /** A whole 0 → 100 % charge through the chain at 1 s steps, stopping at termination. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Measurement(iterations = 5, time = 4)
    public double fullChargeChain() {
        Phone p = plugged(0.0);
        ChargeSession s = new ChargeSession(p, 1.0, null);
        return s.run(48 * 3600, 60, true).timeToFull;
    }

    /** Baseline: the bare cell charged CC-CV on the cycler (same cell, same termination current). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Measurement(iterations = 5, time = 4)
    public double fullChargeBareCell() {
        EcmCell cell = new EcmCell(device.cell());
        cell.reset(0.0, 298.15);
        return new ExperimentRunner(cell, 1.0, null, EventSink.NONE).run(ccCv).durationSeconds();
    }
}
