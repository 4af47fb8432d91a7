package org.battsim.scenarios.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.device.ChargeSession;
import org.battsim.model.device.CradleCharger;
import org.battsim.model.device.LoadProfile;
import org.battsim.model.device.Phone;
import org.battsim.model.engine.Action;
import org.battsim.model.engine.SeededRandom;
import org.battsim.model.pack.BatteryPack;
import org.battsim.model.pack.Ntc;
import org.battsim.model.pack.ProtectionIc;
import org.battsim.model.power.Cable;
import org.battsim.model.power.CablePortPath;
import org.battsim.model.power.Port;
import org.battsim.model.power.PowerSource;
import org.battsim.model.power.UsbHostPort;
import org.battsim.model.power.WallAdapter;
import org.battsim.model.power.Wire;
import org.battsim.model.power.WireState;
import org.battsim.scenarios.aging.AgingLibrary;
import org.battsim.scenarios.aging.CellAge;
import org.battsim.scenarios.chain.CableLibrary;
import org.battsim.scenarios.chain.PortLibrary;
import org.battsim.scenarios.chain.SourceLibrary;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.output.AtomicFiles;
import org.battsim.scenarios.output.EventLog;
import org.battsim.scenarios.output.Json;
import org.battsim.scenarios.run.ChargeJob;
import org.battsim.scenarios.run.CradleJob;
import org.battsim.scenarios.run.ExperimentJob;

/**
 * Runs a scenario: each of its runs through the phone's chain (or the cradle), its timeline
 * scheduled on the engine, then its checks against the runs' summaries, time series and events and
 * against the scenarios it references (run once each and kept).
 */
public final class ScenarioRunner {
    /** One run's outputs. */
    public record RunResult(Scenario.Run run, ExperimentJob.Outcome outcome) {
        public Map<String, Object> summary() {
            return outcome.summary();
        }
    }

    /** One check on one run. */
    public record CheckResult(
            String name, String expression, String run, boolean passed, Map<String, Object> values, String message) {}

    /** A scenario's runs and checks. */
    public record Result(Scenario scenario, List<RunResult> runs, List<CheckResult> checks) {
        public boolean passed() {
            return checks.stream().allMatch(CheckResult::passed);
        }

        public RunResult run(String name) {
            for (RunResult r : runs) {
                if (r.run().name().equals(name)) {
                    return r;
                }
            }
            return null;
        }

        /**
         * Writes the outputs: one run's files in {@code dir}, or each run's in a folder named after
         * it; then {@code checks.json}, the scenario as written, and (several runs) a {@code
         * summary.json} of all runs.
         */
        public void write(Path dir) {
            if (runs.size() == 1) {
                runs.get(0).outcome().write(dir);
            } else {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("scenario", scenario.name());
                all.put("title", scenario.title());
                Map<String, Object> byRun = new LinkedHashMap<>();
                for (RunResult r : runs) {
                    r.outcome().write(dir.resolve(r.run().name()));
                    byRun.put(r.run().name(), r.summary());
                }
                all.put("runs", byRun);
                Json.write(dir.resolve("summary.json"), all);
            }
            Json.write(dir.resolve("checks.json"), checksJson());
            AtomicFiles.writeString(dir.resolve("scenario.yaml"), scenario.text());
        }

        /** The checks as written to {@code checks.json}. */
        public Map<String, Object> checksJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", scenario.name());
            m.put("seed", scenario.seed());
            m.put("passed", passed());
            m.put("failed", checks.stream().filter(c -> !c.passed()).count());
            List<Map<String, Object>> list = new ArrayList<>();
            for (CheckResult c : checks) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("name", c.name());
                e.put("expect", c.expression());
                e.put("run", c.run());
                e.put("passed", c.passed());
                e.put("values", c.values());
                if (c.message() != null) {
                    e.put("message", c.message());
                }
                list.add(e);
            }
            m.put("checks", list);
            return m;
        }
    }

    /** Reports each run as it ends. */
    public interface Progress {
        void runDone(Scenario scenario, Scenario.Run run, int index, int count);
    }

    private final Map<String, Result> references = new HashMap<>();
    private Progress progress = (s, r, i, n) -> {};

    public ScenarioRunner onProgress(Progress p) {
        this.progress = p;
        return this;
    }

    /** Runs the scenario and evaluates its checks. */
    public Result run(Scenario s) {
        // Runs are independent: they go in parallel and are kept in file order, so the outputs are
        // the same whatever the number of cores.
        int count = s.runs().size();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<RunResult> runs = java.util.stream.IntStream.range(0, count)
                .parallel()
                .mapToObj(i -> {
                    Scenario.Run r = s.runs().get(i);
                    RunResult rr = new RunResult(r, runOne(s, r));
                    synchronized (this) {
                        progress.runDone(s, r, done.incrementAndGet(), count);
                    }
                    return rr;
                })
                .toList();
        Map<String, Result> refs = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : s.references().entrySet()) {
            refs.put(e.getKey(), reference(e.getValue(), s.seed()));
        }
        List<CheckResult> checks = new ArrayList<>();
        for (Scenario.Check c : s.checks()) {
            boolean namesRuns = c.expression().names().stream().anyMatch(n -> n.size() > 1 && s.run(n.get(0)) != null)
                    || c.expression().qualifiers().stream().anyMatch(q -> s.run(q) != null);
            if (!c.runs().isEmpty()) {
                for (RunResult r : runs) {
                    if (c.runs().contains(r.run().name())) {
                        checks.add(
                                evaluate(c, new Context(r, runs, refs), r.run().name()));
                    }
                }
            } else if (namesRuns || runs.size() == 1) {
                // A comparison between runs, or the only run: evaluated once.
                checks.add(evaluate(
                        c,
                        new Context(runs.get(0), runs, refs),
                        namesRuns ? "" : runs.get(0).run().name()));
            } else {
                for (RunResult r : runs) {
                    checks.add(evaluate(c, new Context(r, runs, refs), r.run().name()));
                }
            }
        }
        return new Result(s, runs, checks);
    }

    private Result reference(String ref, long seed) {
        String key = ref + "#" + seed;
        Result r = references.get(key);
        if (r == null) {
            Scenario s = Catalogue.names().contains(ref) ? Catalogue.load(ref) : ScenarioReader.read(Path.of(ref));
            Scenario plain = new Scenario(
                    s.name(),
                    s.source(),
                    s.dir(),
                    s.title(),
                    s.explanation(),
                    seed,
                    s.runs(),
                    Map.of(),
                    List.of(),
                    s.text());
            r = run(plain);
            references.put(key, r);
        }
        return r;
    }

    private static CheckResult evaluate(Scenario.Check c, Context ctx, String runName) {
        Map<String, Object> values = new LinkedHashMap<>();
        String message = null;
        boolean ok;
        try {
            for (List<String> n : c.expression().names()) {
                values.put(String.join(".", n), ctx.value(n));
            }
            ok = c.expression().test(ctx);
            if (!ok) {
                message = "not satisfied";
            }
        } catch (CheckExpression.EvaluationException e) {
            ok = false;
            message = e.getMessage();
        }
        return new CheckResult(c.name(), c.expression().text(), runName, ok, values, message);
    }

    /** What a check reads: the run's summary, events and time series, other runs and references. */
    private static final class Context implements CheckExpression.Context {
        private final RunResult run;
        private final List<RunResult> runs;
        private final Map<String, Result> refs;

        Context(RunResult run, List<RunResult> runs, Map<String, Result> refs) {
            this.run = run;
            this.runs = runs;
            this.refs = refs;
        }

        @Override
        public Object value(List<String> name) {
            String first = name.get(0);
            if (name.size() > 1) {
                for (RunResult r : runs) {
                    if (r.run().name().equals(first)) {
                        return field(r.summary(), name.subList(1, name.size()), name);
                    }
                }
                Result ref = refs.get(first);
                if (ref != null) {
                    RunResult target = ref.runs().get(0);
                    List<String> rest = name.subList(1, name.size());
                    if (rest.size() > 1 && ref.run(rest.get(0)) != null) {
                        target = ref.run(rest.get(0));
                        rest = rest.subList(1, rest.size());
                    }
                    return field(target.summary(), rest, name);
                }
            }
            return field(run.summary(), name, name);
        }

        private static Object field(Map<String, Object> m, List<String> path, List<String> whole) {
            Object cur = m;
            for (String p : path) {
                if (!(cur instanceof Map<?, ?> map) || !map.containsKey(p)) {
                    List<String> keys = cur instanceof Map<?, ?> mm
                            ? mm.keySet().stream().map(Object::toString).toList()
                            : List.of();
                    throw new CheckExpression.EvaluationException("no field '" + String.join(".", whole) + "'"
                            + org.battsim.scenarios.io.Messages.didYouMean(p, keys));
                }
                cur = map.get(p);
            }
            if (cur instanceof Number n) {
                return n.doubleValue();
            }
            if (cur == null || cur instanceof String || cur instanceof Boolean) {
                return cur;
            }
            throw new CheckExpression.EvaluationException(
                    "'" + String.join(".", whole) + "' is not a number, text or truth value");
        }

        @Override
        public CheckExpression.Context of(String name) {
            for (RunResult r : runs) {
                if (r.run().name().equals(name)) {
                    return new Context(r, runs, refs);
                }
            }
            Result ref = refs.get(name);
            if (ref != null) {
                return new Context(ref.runs().get(0), ref.runs(), Map.of());
            }
            throw new CheckExpression.EvaluationException("no run or reference '" + name + "'");
        }

        @Override
        public int countEvents(String text) {
            int n = 0;
            for (EventLog.Entry e : run.outcome().events().entries()) {
                if (e.text().contains(text)) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public Double firstEvent(String text) {
            for (EventLog.Entry e : run.outcome().events().entries()) {
                if (e.text().contains(text)) {
                    return e.time();
                }
            }
            return null;
        }

        private double[] column(String label) {
            double[] v = run.outcome().timeseries().column(label);
            if (v == null) {
                throw new CheckExpression.EvaluationException("no column '" + label + "'"
                        + org.battsim.scenarios.io.Messages.didYouMean(
                                label, run.outcome().timeseries().labels()));
            }
            return v;
        }

        @Override
        public double column(String stat, String label) {
            double[] v = column(label);
            if (v.length == 0) {
                throw new CheckExpression.EvaluationException("column '" + label + "' is empty");
            }
            double acc =
                    stat.equals("max") ? Double.NEGATIVE_INFINITY : stat.equals("min") ? Double.POSITIVE_INFINITY : 0;
            for (double x : v) {
                acc = switch (stat) {
                    case "max" -> Math.max(acc, x);
                    case "min" -> Math.min(acc, x);
                    default -> acc + x;
                };
            }
            return switch (stat) {
                case "mean" -> acc / v.length;
                case "first" -> v[0];
                case "last" -> v[v.length - 1];
                default -> acc;
            };
        }

        @Override
        public double columnAt(String label, double time) {
            double[] v = column(label);
            double[] t = column(ExperimentJob.TIME);
            int k = 0;
            while (k + 1 < t.length && t[k + 1] <= time) {
                k++;
            }
            return v[k];
        }
    }

    // ---- one run -------------------------------------------------------------------------------

    private static ExperimentJob.Outcome runOne(Scenario s, Scenario.Run r) {
        return switch (r.kind()) {
            case CRADLE -> cradle(s, r);
            case CYCLER -> cycler(s, r);
            case PHONE -> phone(s, r);
        };
    }

    /** The device's cell on a cycler: the experiment from the run's start state. */
    private static ExperimentJob.Outcome cycler(Scenario s, Scenario.Run r) {
        ExperimentJob.AgingOptions aging = null;
        if (r.cellAge() != null) {
            aging = new ExperimentJob.AgingOptions(null, ageState(r), r.cellAge(), 0, 1);
        }
        ExperimentJob.Outcome out = ExperimentJob.run(
                new ExperimentJob.Options(
                        new org.battsim.scenarios.run.CellModel.Ecm(r.device().cell()),
                        r.soc(),
                        r.ambientK(),
                        r.experiment(),
                        r.stepSeconds(),
                        1_000_000,
                        aging),
                null);
        Map<String, Object> m = out.summary();
        m.put("scenario", s.name());
        m.put("run", r.name());
        m.put("device", r.deviceName());
        m.put("designCapacityAh", ExperimentJob.round(r.device().cell().nominalCapacityAh(), 9));
        return out;
    }

    private static ExperimentJob.Outcome cradle(Scenario s, Scenario.Run r) {
        return CradleJob.run(
                r.device(),
                r.soc(),
                r.lockedOut(),
                r.ambientK(),
                r.cellTemperatureK(),
                r.limitSeconds(),
                r.periodSeconds(),
                r.stepSeconds(),
                r.untilFull(),
                (cradle, sim) -> {
                    List<Scenario.TimedAction> timeline = r.timeline();
                    if (timeline.isEmpty()) {
                        cradle.seat(true, 0);
                        cradle.pressTe(0);
                    }
                    for (Scenario.TimedAction a : timeline) {
                        sim.schedule(a.time(), (c, t) -> {
                            applyCradle(c, a, t);
                            return Action.RESET_STATE;
                        });
                    }
                });
    }

    private static void applyCradle(CradleCharger c, Scenario.TimedAction a, double t) {
        switch (a.type()) {
            case SEAT -> c.seat(!"reversed".equals(a.text("polarity")), t);
            case PRESS_TE -> c.pressTe(t);
            case REMOVE_PACK -> c.remove(t);
            case SET_AMBIENT -> c.pack().cell().setAmbientTemperature(a.number("temperature", 298.15));
            default -> throw new IllegalStateException(a.type() + " in a cradle run");
        }
    }

    static World world(Scenario s, Scenario.Run r, EventLog log) {
        SeededRandom rnd = new SeededRandom(s.seed());
        PowerSource src = SourceLibrary.load(r.source(), rnd);
        Port port = PortLibrary.load(r.port(), rnd);
        if (!Double.isNaN(r.humidity())) {
            port.setHumidity(r.humidity());
        }
        CablePortPath path = new CablePortPath(CableLibrary.load(r.cable(), rnd), port, src);
        return new World(s, newPhone(r, log), src, path, rnd, log);
    }

    static void schedule(World w, Scenario.Run r, ChargeSession session) {
        for (Scenario.TimedAction a : r.timeline()) {
            session.at(a.time(), (ph, t) -> {
                w.apply(a, t);
                return Action.CONTINUE;
            });
        }
    }

    private static ExperimentJob.Outcome phone(Scenario s, Scenario.Run r) {
        EventLog log = new EventLog();
        World w = world(s, r, log);
        Phone phone = w.phone;
        PowerSource src = w.source;
        CablePortPath path = w.path;
        ChargeJob.Options o = new ChargeJob.Options(
                r.device(),
                src,
                path,
                List.of(r.source(), r.cable(), r.port()),
                load(r.load()),
                r.soc(),
                r.ambientK(),
                r.untilFull(),
                r.limitSeconds(),
                r.periodSeconds(),
                r.stepSeconds(),
                r.telemetryPeriodSeconds());
        ExperimentJob.Outcome out =
                ChargeJob.run(o, phone, log, r.plugged(), r.lastActionTime(), (p, session) -> schedule(w, r, session));
        Map<String, Object> m = out.summary();
        m.put("scenario", s.name());
        m.put("run", r.name());
        if (r.cellAge() != null) {
            m.put("cellAge", r.cellAge());
        }
        m.put("designCapacityAh", ExperimentJob.round(r.device().cell().nominalCapacityAh(), 9));
        m.put("plugEvents", (double) count(log, "plugged into "));
        m.put("unplugEvents", (double) count(log, "unplugged from "));
        m.put("vbusCollapses", (double) count(log, "VBUS collapsed"));
        return out;
    }

    private static int count(EventLog log, String text) {
        int n = 0;
        for (EventLog.Entry e : log.entries()) {
            if (e.text().contains(text)) {
                n++;
            }
        }
        return n;
    }

    /** The run's worn-cell state under the default aging model (a cycler run and a phone run share it). */
    private static org.battsim.model.aging.AgingState ageState(Scenario.Run r) {
        return CellAge.parse(r.cellAge(), "cellAge").state(AgingLibrary.load(AgingLibrary.DEFAULT, "cellAge"));
    }

    /** The phone at its starting state: worn cell, drifted gauge, drained pack. */
    static Phone newPhone(Scenario.Run r, EventLog log) {
        var d = r.device();
        EcmCell cell = new EcmCell(d.cell());
        int cycles = 0;
        if (r.cellAge() != null) {
            var state = ageState(r);
            cell.setAging(
                    Math.max(1e-3, Math.min(1, state.relativeCapacity())), Math.max(1, state.relativeResistance()));
            cycles = Math.max(0, CellAge.parse(r.cellAge(), "cellAge").cycles());
        }
        BatteryPack pack = new BatteryPack(
                cell, new ProtectionIc(d.protection()), new Ntc(d.ntcR25(), d.ntcBeta()), d.selfDischargePerMonth());
        if (r.lockedOut()) {
            ChargeJob.lockOut(cell, pack, r.cellTemperatureK(), log);
        } else {
            cell.reset(r.soc(), r.cellTemperatureK());
        }
        Phone p = new Phone(d, pack, new org.battsim.model.charger.ChargerIc(d.charger(), log), log);
        p.setAmbient(r.ambientK());
        // The gauge has counted the cycles that wore the cell (what a technician reads as the cycle count).
        p.gauge().setCycleHistory(cycles);
        if (!Double.isNaN(r.gaugeLearnedCapacity())) {
            p.gauge().setLearnedCapacity(r.gaugeLearnedCapacity() * cell.capacityAh());
        }
        p.refresh();
        return p;
    }

    static LoadProfile load(String name) {
        return LoadProfile.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The phone's surroundings that the timeline acts on: source, cable, port. */
    static final class World {
        private final Scenario scenario;
        private final Phone phone;
        private final SeededRandom rnd;
        private final EventLog log;
        private PowerSource source;
        private CablePortPath path;

        Phone phone() {
            return phone;
        }

        PowerSource source() {
            return source;
        }

        CablePortPath path() {
            return path;
        }

        World(Scenario scenario, Phone phone, PowerSource source, CablePortPath path, SeededRandom rnd, EventLog log) {
            this.scenario = scenario;
            this.phone = phone;
            this.source = source;
            this.path = path;
            this.rnd = rnd;
            this.log = log;
        }

        void apply(Scenario.TimedAction a, double t) {
            log.event(t, "timeline", a.describe());
            Port port = path.port();
            Cable cable = path.cable();
            switch (a.type()) {
                case PLUG -> {
                    if (a.text("source") != null) {
                        source = SourceLibrary.load(a.text("source"), rnd);
                    }
                    if (a.text("cable") != null) {
                        path = new CablePortPath(CableLibrary.load(a.text("cable"), rnd), port, source);
                    }
                    path.source(source);
                    if (phone.plugged()) {
                        phone.unplug(t);
                    }
                    phone.plug(source, path, t);
                }
                case UNPLUG -> phone.unplug(t);
                case ADAPTER_TO_WALL -> adapter(a).mains(true);
                case ADAPTER_FROM_WALL -> adapter(a).mains(false);
                case POWER_ON -> phone.power(true, t);
                case POWER_OFF -> phone.power(false, t);
                case SET_LOAD -> phone.setLoad(load(a.text("load")), t);
                case REMOVE_BATTERY -> phone.removeBattery(t);
                case INSERT_BATTERY -> phone.insertBattery(t);
                case FACTORY_RESET -> phone.factoryReset(t);
                case CLEAN_PORT -> {
                    if (phone.path() == path) {
                        phone.cleanPort(t);
                    } else {
                        // Cleaned before it is first plugged in: the port is the phone's all the same.
                        port.clean();
                        log.event(t, "user", "port cleaned");
                    }
                }
                case REPLACE_CABLE -> {
                    path = new CablePortPath(CableLibrary.load(a.text("cable"), rnd), port, source);
                    if (phone.plugged()) {
                        phone.replaceCable(path, t);
                    }
                }
                case REPLACE_SOURCE -> {
                    source = SourceLibrary.load(a.text("source"), rnd);
                    path.source(source);
                    if (phone.plugged()) {
                        phone.unplug(t);
                        phone.plug(source, path, t);
                    }
                }
                case MOVE -> path.motionRate(a.number("rate", 0));
                case HUB_DEVICES -> {
                    if (!(source instanceof UsbHostPort hp)) {
                        throw error(a, "hub-devices needs a USB host port as the source, not " + source.name());
                    }
                    hp.hub().otherDevicesCurrent(a.number("current", 0));
                }
                case CHARGE_LIMIT ->
                    phone.batteryService().setChargeLimit((Boolean) a.params().get("enabled"));
                case SET_AMBIENT -> phone.setAmbient(a.number("temperature", 298.15));
                case DEBRIS -> port.insertDebris(a.number("depth", 0));
                case OXIDATION ->
                    port.expose(
                            a.number("duration", 0),
                            a.number("humidity", 0.5),
                            a.number("temperature", phone.ambient()));
                case HUMIDITY -> port.setHumidity(a.number("humidity", 0.5));
                case PLATING_WORN -> port.wearPlating();
                case LOOSE_PLUG -> {
                    port.intermittent(a.number("probability", 0));
                    if (a.params().containsKey("rate")) {
                        path.motionRate(a.number("rate", 0));
                    }
                }
                case WIRE_BREAK ->
                    cable.breakWire(
                            wire(a.text("wire")),
                            WireState.valueOf(
                                    a.text("state").toUpperCase(Locale.ROOT).replace('-', '_')));
                case ADAPTER_DEGRADE ->
                    adapter(a)
                            .degrade(
                                    a.number("voltageDrop", 0),
                                    a.number("extraResistance", 0),
                                    a.number("limit", Double.POSITIVE_INFINITY));
                case ADAPTER_DEAD -> adapter(a).kill();
                case INPUT_LIMIT_LATCH -> phone.charger().latchInputLimit(a.number("limit", 0.1), t);
                case CHARGE_HOLD_STUCK -> phone.batteryService().setChargeLimit(true);
                case GAUGE_DRIFT ->
                    phone.gauge()
                            .setLearnedCapacity(a.number("learnedCapacity", 1)
                                    * phone.cell().capacityAh());
                default -> throw new IllegalStateException(a.type() + " in a phone run");
            }
        }

        private WallAdapter adapter(Scenario.TimedAction a) {
            if (source instanceof WallAdapter w) {
                return w;
            }
            throw error(a, a.type().fileName() + " needs a wall adapter as the source, not " + source.name());
        }

        private InputException error(Scenario.TimedAction a, String message) {
            return new InputException(scenario.source(), a.line(), a.column(), "timeline", message);
        }

        private static Wire wire(String w) {
            return switch (w) {
                case "vbus" -> Wire.VBUS;
                case "gnd" -> Wire.GND;
                case "d+" -> Wire.D_PLUS;
                default -> Wire.D_MINUS;
            };
        }
    }

    public ScenarioRunner() {}
}
