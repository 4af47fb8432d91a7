package org.battsim.viewer.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.battsim.model.cell.Cell;
import org.battsim.model.device.ChargeSession;
import org.battsim.model.device.DeviceParameters;
import org.battsim.model.device.LoadProfile;
import org.battsim.model.device.Phone;
import org.battsim.model.engine.SeededRandom;
import org.battsim.model.power.CablePortPath;
import org.battsim.scenarios.chain.CableLibrary;
import org.battsim.scenarios.chain.PortLibrary;
import org.battsim.scenarios.chain.SourceLibrary;
import org.battsim.scenarios.devices.DeviceLibrary;
import org.battsim.scenarios.output.EventLog;
import org.battsim.scenarios.run.ChargeJob;
import org.battsim.scenarios.run.ExperimentJob;
import org.battsim.scenarios.scenario.LiveRun;
import org.battsim.scenarios.scenario.Scenario;
import org.battsim.viewer.ViewerRun;

/**
 * A charge session that runs on its own thread at a chosen speed-up and hands its samples over in batches, for the
 * live lab. Faults and the speed may change while it runs; a change takes effect between two steps and is logged as an
 * event.
 *
 * <p>The simulation thread samples the phone every {@value LabSetup#PERIOD_SECONDS} simulated seconds into a pending
 * batch and calls the data listener at most every {@value #PUBLISH_MILLIS} ms of wall time (and at the end); the
 * listener, on the simulation thread, is expected to schedule a {@link #drain()} on its own thread. Nothing else is
 * shared between the threads.
 */
public final class LabRun {
    /** How fast simulated time runs against wall time. */
    public enum Speed {
        PAUSE(0, "Pause"),
        X10(10, "10×"),
        X100(100, "100×"),
        MAX(Double.POSITIVE_INFINITY, "Max");

        /** Simulated seconds per wall-clock second. */
        public final double factor;

        public final String text;

        Speed(double factor, String text) {
            this.factor = factor;
            this.text = text;
        }
    }

    /** What the simulation produced since the last drain. */
    public record Batch(
            double[] timeSeconds,
            Map<String, double[]> values,
            List<org.battsim.viewer.EventLog.Event> events,
            boolean finished,
            String endReason) {}

    /** The quantities sampled, as BDF labels. */
    public static final List<String> LABELS = List.of(
            ExperimentJob.VOLTAGE,
            ExperimentJob.CURRENT,
            ExperimentJob.SOC,
            ViewerRun.REPORTED_SOC,
            ExperimentJob.CELL_T,
            ExperimentJob.BODY_T,
            ChargeJob.CONTACT_T,
            ExperimentJob.AMBIENT,
            ChargeJob.VBUS,
            ChargeJob.INPUT_CURRENT,
            ChargeJob.INPUT_LIMIT);

    /** Longest wall time between two hand-overs of data while running (ms). */
    public static final long PUBLISH_MILLIS = 40;

    private final Phone phone;
    private final ChargeSession session;
    private final EventLog log;
    private final LabPath path;
    private final CappedSource source;
    private final double limitSeconds;
    private final boolean untilFull;
    private final double fullAfter;
    private final Runnable onData;
    private final AtomicReference<LabFaults> pendingFaults = new AtomicReference<>();
    private final AtomicBoolean replug = new AtomicBoolean();
    private final Object wake = new Object();
    private volatile Speed speed = Speed.PAUSE;
    private volatile boolean stopRequested;
    private volatile double simTime;
    private Thread thread;
    private LabFaults faults;
    private int eventsSeen;

    // The pending batch, guarded by this.
    private double[] time = new double[256];
    private final double[][] values = new double[LABELS.size()][256];
    private int count;
    private final List<org.battsim.viewer.EventLog.Event> events = new ArrayList<>();
    private boolean finished;
    private String endReason;

    /**
     * Builds the phone and its chain (libraries by name, seed 1) and plugs it in at time 0; nothing runs until {@link
     * #start}. The run ends when the charge terminates or at the setup's time limit.
     *
     * @param onData called on the simulation thread when a batch is ready to {@link #drain()}
     * @throws RuntimeException if a name is unknown or a file is malformed (the message says which)
     */
    public LabRun(LabSetup setup, Runnable onData) {
        this.onData = Objects.requireNonNull(onData);
        DeviceParameters d = DeviceLibrary.load(setup.device());
        SeededRandom rnd = new SeededRandom(1);
        var src = SourceLibrary.load(setup.source(), rnd);
        source = new CappedSource(src);
        path = new LabPath(
                new CablePortPath(CableLibrary.load(setup.cable(), rnd), PortLibrary.load(setup.port(), rnd), src));
        log = new EventLog();
        phone = ChargeJob.phone(d, setup.fromSoc(), setup.faults().ambientCelsius() + 273.15, log);
        session = new ChargeSession(phone, LabSetup.STEP_SECONDS, null);
        limitSeconds = setup.limitSeconds();
        untilFull = true;
        fullAfter = Double.NEGATIVE_INFINITY;
        faults = LabFaults.NONE.withAmbientCelsius(setup.faults().ambientCelsius());
        apply(setup.faults());
        phone.plug(source, path, 0);
        // After the plug: a phone below its cut-off can be switched on from the input.
        LoadProfile load = load(setup.load());
        if (load != LoadProfile.OFF) {
            phone.setLoad(load, 0);
        }
        phone.refresh();
    }

    /**
     * A phone run of a scenario, with its timeline, ending as the scenario says (at its time limit, or when the charge
     * terminates after the timeline's last entry if it runs until full). Of the faults, only the ambient temperature
     * applies: the scenario's own source, cable and port are not wrapped.
     *
     * @throws IllegalArgumentException if the run is not a phone run
     */
    public LabRun(Scenario scenario, Scenario.Run run, Runnable onData) {
        this.onData = Objects.requireNonNull(onData);
        LiveRun live = LiveRun.start(scenario, run);
        phone = live.phone();
        session = live.session();
        log = live.events();
        path = null;
        source = null;
        limitSeconds = run.limitSeconds();
        untilFull = run.untilFull();
        fullAfter = run.lastActionTime();
        faults = LabFaults.NONE.withAmbientCelsius(phone.ambient() - 273.15);
    }

    /** Whether the path and source faults (contact resistance, D+ wire, source limit) apply to this run. */
    public boolean pathFaults() {
        return path != null;
    }

    private static LoadProfile load(String name) {
        return switch (name) {
            case "off" -> LoadProfile.OFF;
            case "idle" -> LoadProfile.IDLE;
            case "screen-on" -> LoadProfile.SCREEN_ON;
            case "gaming" -> LoadProfile.GAMING;
            default ->
                throw new IllegalArgumentException(
                        "unknown load '" + name + "': allowed are off, idle, screen-on, gaming");
        };
    }

    /** Starts the simulation thread at a speed. */
    public synchronized void start(Speed initial) {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        speed = Objects.requireNonNull(initial);
        thread = new Thread(this::loop, "battsim-lab");
        thread.setDaemon(true);
        thread.start();
    }

    /** Changes the speed-up; {@link Speed#PAUSE} holds simulated time. */
    public void speed(Speed s) {
        speed = Objects.requireNonNull(s);
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    public Speed speed() {
        return speed;
    }

    /** Sets the faults; applied before the next step, with an event for each change. */
    public void faults(LabFaults f) {
        pendingFaults.set(Objects.requireNonNull(f));
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** Unplugs and plugs the cable back in before the next step (the charger detects the port again). */
    public void replug() {
        replug.set(true);
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** Stops the run; the last batch says it finished. */
    public void stop() {
        stopRequested = true;
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** Waits for the simulation thread to end (tests). */
    public void join(long millis) throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.join(millis);
        }
    }

    /** Simulated time of the last sample (s). */
    public double time() {
        return simTime;
    }

    /** Takes what was produced since the last call. */
    public synchronized Batch drain() {
        var map = new LinkedHashMap<String, double[]>();
        for (int c = 0; c < LABELS.size(); c++) {
            map.put(LABELS.get(c), Arrays.copyOf(values[c], count));
        }
        var b = new Batch(Arrays.copyOf(time, count), map, List.copyOf(events), finished, endReason);
        count = 0;
        events.clear();
        return b;
    }

    private void loop() {
        String end;
        try {
            record();
            publish();
            end = simulate();
        } catch (RuntimeException e) {
            end = "stopped by an error: " + e.getMessage();
        }
        synchronized (this) {
            finished = true;
            endReason = end;
        }
        publish();
    }

    private String simulate() {
        Speed anchorSpeed = null;
        double simAnchor = 0;
        long wallAnchor = 0;
        long lastPublish = System.nanoTime();
        while (!stopRequested) {
            applyChanges();
            Speed s = speed;
            if (s != anchorSpeed) {
                anchorSpeed = s;
                simAnchor = session.time();
                wallAnchor = System.nanoTime();
            }
            if (s == Speed.PAUSE) {
                publish();
                lastPublish = System.nanoTime();
                pause(200);
                continue;
            }
            double next = Math.min(session.time() + LabSetup.PERIOD_SECONDS, limitSeconds);
            if (s != Speed.MAX) {
                double target = simAnchor + s.factor * (System.nanoTime() - wallAnchor) / 1e9;
                if (next > target) {
                    publish();
                    lastPublish = System.nanoTime();
                    pause(Math.max(1, Math.min(50, (long) Math.ceil(1000 * (next - target) / s.factor))));
                    continue;
                }
            }
            ChargeSession.Stats st = session.run(next, LabSetup.PERIOD_SECONDS, untilFull, fullAfter);
            record();
            if (st.endReason.equals("charge terminated (full)") || st.endReason.equals("stopped")) {
                return st.endReason;
            }
            if (session.time() >= limitSeconds) {
                return untilFull ? "time limit reached before the charge terminated" : "end of the run's duration";
            }
            if (System.nanoTime() - lastPublish > PUBLISH_MILLIS * 1_000_000) {
                publish();
                lastPublish = System.nanoTime();
            }
        }
        return "stopped";
    }

    private void pause(long millis) {
        synchronized (wake) {
            try {
                wake.wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopRequested = true;
            }
        }
    }

    private void applyChanges() {
        boolean changed = false;
        LabFaults f = pendingFaults.getAndSet(null);
        if (f != null) {
            apply(f);
            changed = true;
        }
        if (replug.getAndSet(false)) {
            double t = session.time();
            var src = phone.source();
            var p = phone.path();
            if (src != null && p != null) {
                phone.unplug(t);
                phone.plug(src, p, t);
                changed = true;
            }
        }
        if (changed) {
            phone.refresh();
            session.simulation().resetState();
            // Show the change at once, even while paused.
            record();
        }
    }

    /** Applies faults on the simulation thread, logging each change. */
    private void apply(LabFaults f) {
        double t = session.time();
        if (path == null) {
            f = new LabFaults(
                    faults.contactOhms(), faults.dataWireBroken(), faults.adapterLimitA(), f.ambientCelsius());
        }
        if (f.contactOhms() != faults.contactOhms()) {
            path.contactOhms(f.contactOhms());
            log.event(t, "lab", String.format(Locale.ROOT, "port contact resistance +%.2f Ohm", f.contactOhms()));
        }
        if (f.dataWireBroken() != faults.dataWireBroken()) {
            path.dataWireBroken(f.dataWireBroken());
            log.event(t, "lab", f.dataWireBroken() ? "D+ wire broken" : "D+ wire mended");
        }
        if (f.adapterLimitA() != faults.adapterLimitA()) {
            source.cap(f.adapterLimitA());
            log.event(
                    t,
                    "lab",
                    Double.isInfinite(f.adapterLimitA())
                            ? "source current limit as built"
                            : String.format(Locale.ROOT, "source current limit capped at %.2f A", f.adapterLimitA()));
        }
        if (f.ambientCelsius() != faults.ambientCelsius()) {
            phone.setAmbient(f.ambientCelsius() + 273.15);
            log.event(t, "lab", String.format(Locale.ROOT, "ambient %.1f degC", f.ambientCelsius()));
        }
        faults = f;
    }

    private synchronized void record() {
        double t = session.time();
        if (count > 0 && time[count - 1] == t) {
            count--; // a change while paused: the newer state replaces the sample at this time
        }
        if (count == time.length) {
            time = Arrays.copyOf(time, 2 * count);
            for (int c = 0; c < values.length; c++) {
                values[c] = Arrays.copyOf(values[c], 2 * count);
            }
        }
        Cell cell = phone.cell();
        time[count] = t;
        int c = 0;
        values[c++][count] = cell.voltage();
        values[c++][count] = -cell.current();
        values[c++][count] = 100 * cell.soc();
        values[c++][count] = 100 * phone.gauge().reportedSoc();
        values[c++][count] = cell.temperature() - 273.15;
        values[c++][count] = cell.bodyTemperature() - 273.15;
        values[c++][count] = (phone.path() != null ? phone.path().contactTemperature() : phone.ambient()) - 273.15;
        values[c++][count] = phone.ambient() - 273.15;
        values[c++][count] = phone.vbus();
        values[c++][count] = phone.inputCurrent();
        values[c][count] = phone.inputCurrentLimit();
        count++;
        simTime = t;
        var entries = log.entries();
        for (int i = eventsSeen; i < entries.size(); i++) {
            var e = entries.get(i);
            events.add(new org.battsim.viewer.EventLog.Event(e.time(), e.source(), e.text()));
        }
        eventsSeen = entries.size();
    }

    private void publish() {
        boolean any;
        synchronized (this) {
            any = count > 0 || !events.isEmpty() || finished;
        }
        if (any) {
            onData.run();
        }
    }
}
