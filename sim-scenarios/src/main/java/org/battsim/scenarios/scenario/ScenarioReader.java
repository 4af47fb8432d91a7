package org.battsim.scenarios.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.battsim.model.device.DeviceParameters;
import org.battsim.model.engine.SeededRandom;
import org.battsim.model.experiment.Experiment;
import org.battsim.scenarios.aging.CellAge;
import org.battsim.scenarios.chain.CableLibrary;
import org.battsim.scenarios.chain.PortLibrary;
import org.battsim.scenarios.chain.SourceLibrary;
import org.battsim.scenarios.devices.DeviceLibrary;
import org.battsim.scenarios.experiment.ExperimentParser;
import org.battsim.scenarios.experiment.StepParser;
import org.battsim.scenarios.experiment.StepSyntaxException;
import org.battsim.scenarios.io.Dimension;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.ListNode;
import org.battsim.scenarios.io.MapNode;
import org.battsim.scenarios.io.Messages;
import org.battsim.scenarios.io.Node;
import org.battsim.scenarios.io.NodeReader;
import org.battsim.scenarios.io.ScalarNode;
import org.battsim.scenarios.io.YamlTree;

/**
 * Reads a scenario file strictly: unknown keys, wrong units, values out of range and bad references
 * are rejected at their line and column with the field path, what is allowed and a "did you mean".
 *
 * <p>The top level describes the run; a {@code runs:} list names variants, each overriding any of
 * the run's fields ({@code start} and {@code environment} and {@code record} key by key, the
 * others whole).
 */
public final class ScenarioReader {
    /** The keys a run may set, at the top level or in a variant. */
    static final List<String> RUN_KEYS = List.of(
            "kind",
            "device",
            "start",
            "environment",
            "source",
            "cable",
            "port",
            "load",
            "plugged",
            "timeline",
            "until",
            "limit",
            "record",
            "experiment");

    static final List<String> START_KEYS =
            List.of("soc", "cellTemperature", "cellAge", "gaugeLearnedCapacity", "lockedOut");
    static final List<String> ENVIRONMENT_KEYS = List.of("ambient", "humidity");
    static final List<String> RECORD_KEYS = List.of("period", "telemetry", "step");
    static final List<String> LOADS = List.of("off", "idle", "screen-on", "gaming");
    private static final Pattern RUN_NAME = Pattern.compile("[a-z0-9][a-z0-9_]*(-[a-z0-9_]+)*");
    private static final double MAX_LIMIT = 400 * 86400.0;

    private final String source;
    private final Path dir;

    private ScenarioReader(String source, Path dir) {
        this.source = source;
        this.dir = dir;
    }

    /** Reads a scenario file. */
    public static Scenario read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw InputException.withoutPosition(file.toString(), "", "not UTF-8 text");
        } catch (java.io.IOException e) {
            throw InputException.withoutPosition(file.toString(), "", "cannot read the file: " + e.getMessage());
        }
        Path abs = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        return new ScenarioReader(file.toString(), abs).read(YamlTree.parse(file), name, text);
    }

    /** Reads a scenario from text (a built-in, or a test); {@code dir} resolves relative files (may be null). */
    public static Scenario read(String text, String source, String name, Path dir) {
        YamlTree.Format f = source.endsWith(".json") ? YamlTree.Format.JSON : YamlTree.Format.YAML;
        return new ScenarioReader(source, dir).read(YamlTree.parse(text, source, f), name, text);
    }

    private Scenario read(Node root, String name, String text) {
        NodeReader r = NodeReader.of(root, source);
        String title = r.string("title");
        String explanation = r.string("explanation");
        long seed = r.has("seed") ? r.integer("seed", 0, Integer.MAX_VALUE) : 1;
        Map<String, String> refs = new LinkedHashMap<>();
        if (r.has("references")) {
            NodeReader refReader = r.object("references");
            for (MapNode.Entry e : refReader.node().entries()) {
                String ref = refReader.string(e.key());
                if (!RUN_NAME.matcher(e.key()).matches()) {
                    throw refReader.error(e.key(), "a reference name is lower-case letters, digits and '-'");
                }
                refs.put(e.key(), resolveReference(refReader, e.key(), ref));
            }
        }
        List<Scenario.Run> runs = new ArrayList<>();
        if (r.has("runs")) {
            List<NodeReader> variants = r.objects("runs");
            if (variants.isEmpty()) {
                throw r.error("runs", "give at least one run, or leave 'runs' out");
            }
            Set<String> names = new HashSet<>();
            for (NodeReader v : variants) {
                String rn = v.string("name");
                if (!RUN_NAME.matcher(rn).matches()) {
                    throw v.error("name", "a run name is lower-case letters, digits, '_' and '-' (got '" + rn + "')");
                }
                if (!names.add(rn)) {
                    throw v.error("name", "run '" + rn + "' is named twice");
                }
                if (refs.containsKey(rn)) {
                    throw v.error("name", "'" + rn + "' already names a reference");
                }
                v.optionalString("description");
                runs.add(run(rn, List.of(v, r)));
            }
        } else {
            runs.add(run(name.substring(name.lastIndexOf('/') + 1), List.of(r)));
        }
        List<Scenario.Check> checks = new ArrayList<>();
        if (r.has("checks")) {
            for (NodeReader c : r.objects("checks")) {
                checks.add(check(c, runs, refs));
            }
        }
        r.finish();
        return new Scenario(name, source, dir, title, explanation, seed, runs, refs, checks, text);
    }

    // ---- runs --------------------------------------------------------------------------------

    /** Reads one run from layered maps: the first that sets a key wins. */
    private Scenario.Run run(String name, List<NodeReader> layers) {
        Layers l = new Layers(layers);
        Scenario.Kind kind =
                l.has("kind") ? l.reader("kind").enumValue("kind", Scenario.Kind.class) : Scenario.Kind.PHONE;
        String deviceName = DeviceLibrary.DEFAULT;
        DeviceParameters device;
        if (l.has("device")) {
            NodeReader at = l.reader("device");
            Node n = at.node("device");
            if (n instanceof MapNode m && m.containsKey("base")) {
                device = derived(at.object("device"));
                deviceName = device.name();
            } else if (n instanceof MapNode) {
                device = DeviceLibrary.read(at.object("device"));
                deviceName = device.name();
            } else {
                deviceName = at.string("device");
                String ref = resolveFile(deviceName, DeviceLibrary.names());
                device = located(at, "device", () -> DeviceLibrary.load(ref));
            }
        } else {
            device = DeviceLibrary.load(deviceName);
        }
        // start
        double soc = 0.2;
        double cellT = Double.NaN;
        String cellAge = null;
        double gauge = Double.NaN;
        boolean lockedOut = false;
        NodeReader s;
        if ((s = l.nested("start", "soc")) != null) {
            soc = s.quantity("soc", Dimension.FRACTION, 0, 1);
        }
        if ((s = l.nested("start", "cellTemperature")) != null) {
            cellT = s.quantity("cellTemperature", Dimension.TEMPERATURE, 233.15, 343.15);
        }
        if ((s = l.nested("start", "cellAge")) != null) {
            cellAge = s.string("cellAge");
            NodeReader at = s;
            String spec = cellAge;
            located(at, "cellAge", () -> CellAge.parse(spec, "cellAge"));
        }
        if ((s = l.nested("start", "gaugeLearnedCapacity")) != null) {
            gauge = s.quantity("gaugeLearnedCapacity", Dimension.FRACTION, 0.2, 2);
        }
        if ((s = l.nested("start", "lockedOut")) != null) {
            lockedOut = s.bool("lockedOut");
        }
        l.closeNested("start", START_KEYS);
        double ambient = 298.15;
        double humidity = Double.NaN;
        if ((s = l.nested("environment", "ambient")) != null) {
            ambient = s.quantity("ambient", Dimension.TEMPERATURE, 233.15, 343.15);
        }
        if ((s = l.nested("environment", "humidity")) != null) {
            humidity = s.quantity("humidity", Dimension.FRACTION, 0, 1);
        }
        l.closeNested("environment", ENVIRONMENT_KEYS);
        if (Double.isNaN(cellT)) {
            cellT = ambient;
        }
        String src = l.has("source") ? text(l.reader("source"), "source", this::checkSource) : SourceLibrary.DEFAULT;
        String cable = l.has("cable") ? text(l.reader("cable"), "cable", this::checkCable) : "1m-24awg";
        String port = l.has("port") ? text(l.reader("port"), "port", this::checkPort) : "clean";
        String load = "off";
        if (l.has("load")) {
            NodeReader at = l.reader("load");
            load = at.string("load");
            if (!LOADS.contains(load)) {
                throw at.error(
                        "load",
                        "unknown load '" + load + "'" + Messages.didYouMean(load, LOADS) + "; allowed: "
                                + Messages.list(LOADS));
            }
        }
        boolean plugged = kind == Scenario.Kind.PHONE;
        if (l.has("plugged")) {
            plugged = l.reader("plugged").bool("plugged");
        }
        boolean untilFull = true;
        double limit = 12 * 3600;
        if (l.has("until")) {
            NodeReader at = l.reader("until");
            Node n = at.node("until");
            if (n instanceof ScalarNode sn && sn.text().strip().equals("full")) {
                untilFull = true;
            } else {
                if (!(n instanceof ScalarNode)) {
                    throw at.error(n, "expected 'full' or a duration such as 2 h");
                }
                untilFull = false;
                try {
                    limit = at.quantity("until", Dimension.TIME, 1, MAX_LIMIT);
                } catch (InputException e) {
                    throw at.error(n, e.detail() + "; or 'full'");
                }
            }
        }
        if (l.has("limit")) {
            NodeReader at = l.reader("limit");
            // A variant's duration replaces the top level's 'until: full' and its limit.
            boolean sameMap = l.has("until") && l.reader("until") == at;
            if (!untilFull && sameMap) {
                throw at.error(
                        "limit",
                        "'limit' is the time limit of 'until: full'; with a duration, the duration is the limit");
            }
            double lim = at.quantity("limit", Dimension.TIME, 1, MAX_LIMIT);
            if (untilFull) {
                limit = lim;
            }
        }
        double period = 10;
        double telemetry = 10;
        double step = 5;
        if ((s = l.nested("record", "period")) != null) {
            period = s.quantity("period", Dimension.TIME, 0.1, 86400);
        }
        if ((s = l.nested("record", "telemetry")) != null) {
            telemetry = s.quantity("telemetry", Dimension.TIME, 0.1, 86400);
        }
        if ((s = l.nested("record", "step")) != null) {
            step = s.quantity("step", Dimension.TIME, 0.01, 600);
        }
        l.closeNested("record", RECORD_KEYS);
        List<Scenario.TimedAction> timeline =
                l.has("timeline") ? timeline(l.reader("timeline"), kind, limit, device) : List.of();
        Experiment experiment = null;
        if (l.has("experiment")) {
            NodeReader at = l.reader("experiment");
            if (kind != Scenario.Kind.CYCLER) {
                throw at.error("experiment", "an experiment runs the cell on a battery cycler: add 'kind: cycler'");
            }
            experiment = experiment(at, period);
        } else if (kind == Scenario.Kind.CYCLER) {
            throw l.reader("kind")
                    .error(
                            "kind",
                            "a cycler run needs an 'experiment': a list of PyBaMM steps such as"
                                    + " \"Charge at 1C until 4.35 V\"");
        }
        if (kind == Scenario.Kind.CYCLER) {
            // Keys set beside 'kind: cycler' are mistakes; a phone scenario's keys above a cycler variant are not its.
            for (String k : List.of("source", "cable", "port", "load", "plugged", "timeline")) {
                if (l.has(k) && l.reader(k) == l.reader("kind")) {
                    throw l.reader(k).error(k, "a cycler run has no " + k + ": the experiment drives the cell");
                }
            }
        }
        if (kind == Scenario.Kind.CRADLE) {
            for (String k : List.of("source", "cable", "port", "load", "plugged")) {
                if (l.has(k)) {
                    throw l.reader(k).error(k, "a cradle run has no " + k + ": the pack sits in the cradle");
                }
            }
            if (!device.removableBattery()) {
                String why = device.name() + " has no removable battery: it cannot go into a cradle charger";
                throw l.has("device")
                        ? l.reader("device").error("device", why)
                        : l.reader("kind").error("kind", why);
            }
        }
        return new Scenario.Run(
                name,
                kind,
                deviceName,
                device,
                soc,
                cellT,
                cellAge,
                gauge,
                lockedOut,
                ambient,
                humidity,
                src,
                cable,
                port,
                load,
                plugged,
                timeline,
                untilFull,
                limit,
                period,
                telemetry,
                step,
                experiment);
    }

    /**
     * An experiment: a list of steps, or {@code {steps: [...], cycles: N, terminations: [...]}}. Each
     * step is parsed where it is written, so an error points at its line and column.
     */
    private Experiment experiment(NodeReader at, double period) {
        Node n = at.node("experiment");
        List<String> steps;
        int cycles = 1;
        List<String> terminations = List.of();
        if (n instanceof MapNode) {
            NodeReader e = at.object("experiment");
            steps = stepTexts(e, "steps", true);
            if (e.has("cycles")) {
                cycles = e.integer("cycles", 1, 100_000);
            }
            if (e.has("terminations")) {
                terminations = stepTexts(e, "terminations", false);
            }
        } else {
            steps = stepTexts(at, "experiment", true);
        }
        try {
            return ExperimentParser.build(List.of(steps), cycles, terminations, period);
        } catch (IllegalArgumentException e) {
            throw at.error("experiment", e.getMessage());
        }
    }

    private static List<String> stepTexts(NodeReader at, String key, boolean steps) {
        Node n = at.node(key);
        if (!(n instanceof ListNode list) || list.items().isEmpty()) {
            throw at.error(
                    n,
                    "expected a list of " + (steps ? "steps such as \"Discharge at 1C until 3.4 V\"" : "conditions")
                            + ", got " + n.describe());
        }
        List<String> texts = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof ScalarNode sn)) {
                throw at.error(item, "expected a step as text, got " + item.describe());
            }
            try {
                if (steps) {
                    StepParser.parse(sn.text());
                } else {
                    ExperimentParser.parseTermination(sn.text());
                }
            } catch (StepSyntaxException e) {
                throw at.error(
                        item, e.reason() + " (at character " + (e.position() + 1) + " of \"" + sn.text() + "\")");
            }
            texts.add(sn.text());
        }
        return texts;
    }

    /** A built-in or file device with some of its top-level values replaced. */
    private DeviceParameters derived(NodeReader r) {
        String base = r.string("base");
        String ref = resolveFile(base, DeviceLibrary.names());
        DeviceParameters d = located(r, "base", () -> DeviceLibrary.load(ref));
        String name = r.optionalString("name").orElse(d.name());
        double idle = r.has("idlePower") ? r.quantity("idlePower", Dimension.POWER, 0, 50) : d.idlePower();
        double screen =
                r.has("screenOnPower") ? r.quantity("screenOnPower", Dimension.POWER, 0, 50) : d.screenOnPower();
        double gaming = r.has("gamingPower") ? r.quantity("gamingPower", Dimension.POWER, 0, 50) : d.gamingPower();
        double cutoff =
                r.has("cutoffVoltage") ? r.quantity("cutoffVoltage", Dimension.VOLTAGE, 2.5, 4) : d.cutoffVoltage();
        boolean removable = r.has("removableBattery") ? r.bool("removableBattery") : d.removableBattery();
        if (!(idle <= screen && screen <= gaming)) {
            throw r.error(r.node(), "load powers must satisfy idlePower <= screenOnPower <= gamingPower");
        }
        return new DeviceParameters(
                name,
                d.cell(),
                d.protection(),
                d.ntcR25(),
                d.ntcBeta(),
                d.selfDischargePerMonth(),
                d.charger(),
                idle,
                screen,
                gaming,
                d.offDrain(),
                cutoff,
                removable,
                d.gauge());
    }

    private List<Scenario.TimedAction> timeline(
            NodeReader at, Scenario.Kind kind, double limit, DeviceParameters device) {
        List<Scenario.TimedAction> out = new ArrayList<>();
        double cursor = 0;
        for (NodeReader e : at.objects("timeline")) {
            MapNode node = e.node();
            if (e.has("at")) {
                double t = e.quantity("at", Dimension.TIME, 0, MAX_LIMIT);
                if (t < cursor) {
                    throw e.error(
                            "at",
                            "entries are in time order: this one is at " + fmtTime(t)
                                    + " but the timeline is already at " + fmtTime(cursor));
                }
                cursor = t;
            }
            boolean hasDo = e.has("do");
            boolean hasFault = e.has("fault");
            boolean hasWait = e.has("wait");
            int n = (hasDo ? 1 : 0) + (hasFault ? 1 : 0) + (hasWait ? 1 : 0);
            if (n != 1) {
                throw e.error(
                        node,
                        n == 0
                                ? "each timeline entry has one of 'do' (a user action), 'fault' or 'wait'"
                                : "a timeline entry has only one of 'do', 'fault' and 'wait': write two entries");
            }
            if (hasWait) {
                cursor += e.quantity("wait", Dimension.TIME, 0, MAX_LIMIT);
                continue;
            }
            ActionType.Kind k = hasDo ? ActionType.Kind.ACTION : ActionType.Kind.FAULT;
            String name = e.string(k.key());
            ActionType type = ActionType.of(k, name);
            if (type == null) {
                List<String> names = ActionType.names(k);
                ActionType other = ActionType.of(
                        k == ActionType.Kind.ACTION ? ActionType.Kind.FAULT : ActionType.Kind.ACTION, name);
                throw e.error(
                        k.key(),
                        "unknown " + (hasDo ? "action" : "fault") + " '" + name + "'"
                                + (other != null
                                        ? " (it is a" + (hasDo ? " fault: write 'fault: " : "n action: write 'do: ")
                                                + name + "')"
                                        : Messages.didYouMean(name, names))
                                + "; allowed: " + Messages.list(names));
            }
            boolean fits = type.world() == ActionType.World.ANY
                    || (type.world() == ActionType.World.CRADLE) == (kind == Scenario.Kind.CRADLE);
            if (!fits) {
                throw e.error(
                        k.key(),
                        "'" + name + "' applies to "
                                + (type.world() == ActionType.World.CRADLE
                                        ? "a cradle run (kind: cradle)"
                                        : "a phone run, not to the cradle"));
            }
            if ((type == ActionType.REMOVE_BATTERY || type == ActionType.INSERT_BATTERY)
                    && !device.removableBattery()) {
                throw e.error(
                        k.key(),
                        device.name() + " has a built-in battery; use a device with removableBattery: true"
                                + " (for example device: {base: " + device.name() + ", removableBattery: true})");
            }
            Map<String, Object> params = new LinkedHashMap<>();
            for (ActionType.Param p : type.params()) {
                if (!p.required() && !e.has(p.key())) {
                    continue;
                }
                params.put(p.key(), param(e, p));
            }
            if (type == ActionType.ADAPTER_DEGRADE && params.isEmpty()) {
                throw e.error(node, "give at least one of voltageDrop, extraResistance, limit");
            }
            if (cursor > limit) {
                throw e.error(
                        node,
                        "at " + fmtTime(cursor) + " this entry is after the end of the run (" + fmtTime(limit) + ")");
            }
            out.add(new Scenario.TimedAction(cursor, type, params, node.line(), node.column()));
        }
        return out;
    }

    private Object param(NodeReader e, ActionType.Param p) {
        return switch (p.type()) {
            case "quantity" -> e.quantity(p.key(), p.dimension(), p.min(), p.max());
            case "boolean" -> e.bool(p.key());
            case "choice" -> {
                String v = e.string(p.key()).toLowerCase(Locale.ROOT);
                if (!p.choices().contains(v)) {
                    throw e.error(
                            p.key(),
                            "unknown value '" + v + "'" + Messages.didYouMean(v, p.choices()) + "; allowed: "
                                    + Messages.list(p.choices()));
                }
                yield v;
            }
            default -> {
                String v = e.string(p.key());
                yield switch (p.key()) {
                    case "source" -> text(e, p.key(), this::checkSource);
                    case "cable" -> text(e, p.key(), this::checkCable);
                    default -> v;
                };
            }
        };
    }

    // ---- checks --------------------------------------------------------------------------------

    private Scenario.Check check(NodeReader c, List<Scenario.Run> runs, Map<String, String> refs) {
        String expr = c.string("expect");
        CheckExpression e;
        try {
            e = CheckExpression.parse(expr);
        } catch (CheckExpression.SyntaxException ex) {
            throw c.error("expect", ex.getMessage() + " (at character " + (ex.position() + 1) + " of the expression)");
        }
        String name = c.optionalString("name").orElse(expr);
        List<String> on = new ArrayList<>();
        if (c.has("run")) {
            Node n = c.node("run");
            List<Node> items = n instanceof ListNode ln ? ln.items() : List.of(n);
            for (Node item : items) {
                if (!(item instanceof ScalarNode sn)) {
                    throw c.error(item, "expected a run name");
                }
                String rn = sn.text().strip();
                if (runs.stream().noneMatch(r -> r.name().equals(rn))) {
                    List<String> names = runs.stream().map(Scenario.Run::name).toList();
                    throw c.error(
                            item,
                            "unknown run '" + rn + "'" + Messages.didYouMean(rn, names) + "; runs: "
                                    + Messages.list(names));
                }
                on.add(rn);
            }
        }
        for (String q : e.qualifiers()) {
            if (!refs.containsKey(q) && runs.stream().noneMatch(r -> r.name().equals(q))) {
                List<String> names = new ArrayList<>(refs.keySet());
                runs.forEach(r -> names.add(r.name()));
                throw c.error(
                        "expect",
                        "'" + q + "' names no run or reference" + Messages.didYouMean(q, names) + "; known: "
                                + Messages.list(names));
            }
        }
        for (List<String> n : e.names()) {
            String first = n.get(0);
            boolean known = refs.containsKey(first)
                    || runs.stream().anyMatch(r -> r.name().equals(first));
            if (!known && n.size() > 1 && !SummaryFields.NESTED.contains(first)) {
                List<String> names = new ArrayList<>(refs.keySet());
                runs.forEach(r -> names.add(r.name()));
                names.addAll(SummaryFields.NESTED);
                throw c.error(
                        "expect",
                        "'" + first + "' names no run, reference or summary object" + Messages.didYouMean(first, names)
                                + "; known: " + Messages.list(names));
            }
            if (!known && n.size() == 1 && !SummaryFields.ALL.contains(first)) {
                throw c.error(
                        "expect",
                        "unknown summary field '" + first + "'" + Messages.didYouMean(first, SummaryFields.ALL)
                                + "; see the README for the fields");
            }
        }
        return new Scenario.Check(name, e, on, c.node().line(), c.node().column());
    }

    // ---- references to other files ------------------------------------------------------------

    private String resolveReference(NodeReader r, String key, String ref) {
        if (Catalogue.names().contains(ref)) {
            return ref;
        }
        if (dir != null) {
            Path p = dir.resolve(ref).normalize();
            if (Files.isRegularFile(p)) {
                return p.toString();
            }
        }
        throw r.error(
                key,
                "unknown scenario '" + ref + "': give a catalogue name or a file relative to this one"
                        + Messages.didYouMean(ref, Catalogue.names()));
    }

    /** A file relative to the scenario when it exists there, otherwise the value as written. */
    String resolveFile(String value, List<String> builtIns) {
        if (builtIns.contains(value) || dir == null) {
            return value;
        }
        Path p = dir.resolve(value).normalize();
        return Files.isRegularFile(p) ? p.toString() : value;
    }

    private String text(NodeReader at, String key, java.util.function.Function<String, Object> check) {
        String v = at.string(key);
        String resolved = resolveSpec(v);
        located(at, key, () -> check.apply(resolved));
        return resolved;
    }

    /** The first comma-separated part of a spec may be a file relative to the scenario. */
    private String resolveSpec(String v) {
        int comma = v.indexOf(',');
        String head = comma < 0 ? v : v.substring(0, comma);
        String rest = comma < 0 ? "" : v.substring(comma);
        if (head.contains("=")) {
            return v;
        }
        return resolveFile(head.strip(), List.of()) + rest;
    }

    private Object checkSource(String spec) {
        return SourceLibrary.load(spec, new SeededRandom(0));
    }

    private Object checkCable(String spec) {
        return CableLibrary.parameters(spec);
    }

    private Object checkPort(String spec) {
        return PortLibrary.load(spec, new SeededRandom(0));
    }

    /** Runs a library load and moves an option-style error to the value's place in this file. */
    private static <T> T located(NodeReader at, String key, Supplier<T> load) {
        try {
            return load.get();
        } catch (InputException e) {
            if (e.source().startsWith("option ")) {
                throw at.error(key, e.detail());
            }
            throw e;
        }
    }

    private static String fmtTime(double s) {
        return org.battsim.scenarios.io.Units.format(s, Dimension.TIME);
    }

    /** A run's keys looked up in the variant first, then in the top level. */
    private static final class Layers {
        final List<NodeReader> layers;

        Layers(List<NodeReader> layers) {
            this.layers = layers;
        }

        boolean has(String key) {
            boolean any = false;
            for (NodeReader r : layers) {
                any |= r.has(key);
            }
            return any;
        }

        /** The first layer that sets the key. */
        NodeReader reader(String key) {
            for (NodeReader r : layers) {
                if (r.has(key)) {
                    return r;
                }
            }
            throw new IllegalStateException(key);
        }

        /** The first layer's map {@code object} that sets {@code key}, or null. */
        NodeReader nested(String object, String key) {
            for (NodeReader r : layers) {
                if (r.has(object)) {
                    NodeReader o = r.object(object);
                    if (o.has(key)) {
                        return o;
                    }
                }
            }
            return null;
        }

        /** Marks the nested maps' allowed keys as known, so that finish() rejects only typos. */
        void closeNested(String object, List<String> keys) {
            for (NodeReader r : layers) {
                if (r.has(object)) {
                    NodeReader o = r.object(object);
                    keys.forEach(o::has);
                }
            }
        }
    }
}
