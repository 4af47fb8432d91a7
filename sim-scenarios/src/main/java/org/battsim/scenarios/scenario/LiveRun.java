package org.battsim.scenarios.scenario;

import java.util.List;
import java.util.Map;
import org.battsim.model.device.ChargeSession;
import org.battsim.model.device.LoadProfile;
import org.battsim.model.device.Phone;
import org.battsim.model.power.CablePortPath;
import org.battsim.model.power.PowerSource;
import org.battsim.model.telemetry.TelemetryListener;
import org.battsim.scenarios.output.EventLog;

/**
 * One phone run of a scenario, advanced piece by piece, with actions applied between the pieces.
 *
 * <p>A scenario run fixes its timeline in advance; a live run lets a caller decide what happens next
 * from what it has seen so far (a diagnostician choosing its next troubleshooting step, a teacher
 * changing a fault while the curves grow). The world is built exactly as {@link ScenarioRunner}
 * builds it, and the run's own timeline is scheduled as usual; actions given to {@link #act} apply at
 * the present time through the same code as timeline entries.
 */
public final class LiveRun {
    private final Scenario scenario;
    private final Scenario.Run run;
    private final EventLog log = new EventLog();
    private final Phone phone;
    private final ScenarioRunner.World world;
    private final ChargeSession session;

    private LiveRun(Scenario scenario, Scenario.Run run) {
        if (run.kind() != Scenario.Kind.PHONE) {
            throw new IllegalArgumentException("a live run needs a phone run, not a cradle run");
        }
        this.scenario = scenario;
        this.run = run;
        world = ScenarioRunner.world(scenario, run, log);
        phone = world.phone();
        session = new ChargeSession(phone, run.stepSeconds(), null);
        if (run.plugged()) {
            phone.plug(world.source(), world.path(), 0);
        }
        // After the plug, as in a batch run: a phone below its cut-off can be switched on from the input.
        LoadProfile load = ScenarioRunner.load(run.load());
        if (load != LoadProfile.OFF) {
            phone.setLoad(load, 0);
        }
        ScenarioRunner.schedule(world, run, session);
        phone.refresh();
    }

    /** Starts the scenario's only run (or its first). */
    public static LiveRun start(Scenario s) {
        return start(s, s.runs().get(0));
    }

    /** Starts one run of a scenario at time 0 (plugged in if the run says so). */
    public static LiveRun start(Scenario s, Scenario.Run r) {
        return new LiveRun(s, r);
    }

    /** Streams telemetry frames every {@code period} seconds from now on. */
    public LiveRun telemetry(double period, TelemetryListener listener) {
        session.telemetry(period, listener);
        return this;
    }

    /** Advances the simulation by {@code seconds}. */
    public void advance(double seconds) {
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("seconds must be 0 or more");
        }
        double end = session.time() + seconds;
        session.run(end, Math.max(seconds, 1), false);
    }

    /** Advances until the phone is off or {@code limit} seconds have passed; returns the time spent. */
    public double advanceUntilOff(double limit, double chunk) {
        double start = session.time();
        while (phone.isOn() && session.time() - start < limit) {
            advance(Math.min(chunk, limit - (session.time() - start)));
        }
        return session.time() - start;
    }

    /**
     * Applies a user action or a fault now, as a timeline entry would.
     *
     * @param params the parameters in SI (Double), text (String) or Boolean, as the reader produces them
     */
    public void act(ActionType type, Map<String, Object> params) {
        double t = session.time();
        world.apply(new Scenario.TimedAction(t, type, params, 0, 0), t);
        phone.refresh();
    }

    /** Applies an action without parameters now. */
    public void act(ActionType type) {
        act(type, Map.of());
    }

    public double time() {
        return session.time();
    }

    public Phone phone() {
        return phone;
    }

    public EventLog events() {
        return log;
    }

    public ChargeSession session() {
        return session;
    }

    /** The source the phone is (or would be) plugged into now. */
    public PowerSource source() {
        return world.source();
    }

    /** The cable and port path now. */
    public CablePortPath path() {
        return world.path();
    }

    public Scenario scenario() {
        return scenario;
    }

    public Scenario.Run run() {
        return run;
    }

    /** Log entries from index {@code from} on (to read only what happened since a mark). */
    public List<EventLog.Entry> eventsFrom(int from) {
        List<EventLog.Entry> all = log.entries();
        return all.subList(Math.min(from, all.size()), all.size());
    }
}
