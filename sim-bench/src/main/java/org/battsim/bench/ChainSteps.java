package org.battsim.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.battsim.model.device.ChargeSession;
import org.battsim.model.device.DeviceParameters;
import org.battsim.model.device.Phone;
import org.battsim.model.engine.Simulation;
import org.battsim.model.power.CableParameters;
import org.battsim.model.power.PortParameters;
import org.battsim.model.power.WallAdapterParameters;
import org.battsim.scenarios.chain.CableLibrary;
import org.battsim.scenarios.chain.PortLibrary;
import org.battsim.scenarios.chain.SourceLibrary;
import org.battsim.scenarios.devices.DeviceLibrary;

/**
 * A yardstick for comparing two builds of the chain step to about 1 % (JMH forks of one build differ
 * by 3 % on a busy machine): one JVM charges many phones from 25 % and times 2000 constant-current
 * steps of each, first on the charge session's engine, then on a bare engine driving the same
 * phone, and prints the medians of the later phones. Run each build a few times, alternating:
 * {@code java -cp sim-bench/target/benchmarks.jar org.battsim.bench.ChainSteps}.
 */
public final class ChainSteps {
    private ChainSteps() {}

    public static void main(String[] args) {
        int phones = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warm = phones / 3;
        DeviceParameters device = DeviceLibrary.load("xiaomi-mi4");
        WallAdapterParameters adapter = SourceLibrary.read("adapter-5v2a").adapter();
        CableParameters cable = CableLibrary.parameters("1m-24awg");
        PortParameters port = PortLibrary.parameters("micro-usb", null);
        List<Double> session = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        int steps = 2000;
        for (int k = 0; k < phones; k++) {
            Phone phone = ChainBenchmark.plugged(device, adapter, cable, port, 0.25);
            ChargeSession s = new ChargeSession(phone, 1.0, null);
            s.run(100, 60, false); // past detection and the AICL ramp
            Simulation<Phone> sim = s.simulation();
            double t = sim.time();
            long t0 = System.nanoTime();
            sim.run(t + steps);
            long t1 = System.nanoTime();
            t = sim.time();
            Simulation<Phone> engine = new Simulation<>(phone, t, 1.0);
            long t2 = System.nanoTime();
            engine.run(t + steps);
            long t3 = System.nanoTime();
            if (k >= warm) {
                session.add((t1 - t0) / (double) steps);
                bare.add((t3 - t2) / (double) steps);
            }
        }
        Collections.sort(session);
        Collections.sort(bare);
        System.out.printf(
                "constant-current step, median of %d phones: %.1f ns in the charge session, %.1f ns on a bare engine%n",
                session.size(), session.get(session.size() / 2), bare.get(bare.size() / 2));
    }
}
