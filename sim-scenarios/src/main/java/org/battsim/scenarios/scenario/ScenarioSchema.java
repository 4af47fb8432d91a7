package org.battsim.scenarios.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.battsim.scenarios.io.Dimension;
import org.battsim.scenarios.output.Json;

/**
 * The JSON Schema (draft 2020-12) of scenario files, generated from the same tables the reader uses
 * (the run keys, the actions and faults with their parameters), so editors can complete and check
 * scenario files. The reader stays the authority: it also checks ranges of units, references and
 * check expressions, which a schema cannot.
 */
public final class ScenarioSchema {
    private ScenarioSchema() {}

    /** The schema as pretty-printed JSON, ending in a newline. */
    public static String generate() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://battsim.org/schema/scenario.schema.json");
        root.put("title", "battsim scenario");
        root.put("description", "A replayable situation: runs of a phone or a cradle charger, a timeline, checks.");
        root.put("type", "object");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("title", string("One line: what the scenario shows."));
        props.put(
                "explanation",
                string("For educators: what happens physically, what the user sees, what the remedy changes."));
        props.put("seed", Map.of("type", "integer", "minimum", 0, "description", "Seed of the random streams."));
        props.put(
                "references",
                Map.of(
                        "type", "object",
                        "description", "Other scenarios the checks compare with: short name -> catalogue name or file.",
                        "additionalProperties", string("A catalogue name or a file relative to this one.")));
        props.putAll(runProperties());
        Map<String, Object> variant = new LinkedHashMap<>();
        variant.put("type", "object");
        Map<String, Object> vprops = new LinkedHashMap<>();
        vprops.put("name", Map.of("type", "string", "pattern", "^[a-z0-9][a-z0-9_]*(-[a-z0-9_]+)*$"));
        vprops.put("description", string("What this variant changes."));
        vprops.putAll(runProperties());
        variant.put("properties", vprops);
        variant.put("required", List.of("name"));
        variant.put("additionalProperties", false);
        props.put(
                "runs",
                Map.of(
                        "type",
                        "array",
                        "minItems",
                        1,
                        "description",
                        "Variants: each overrides the top-level run's fields.",
                        "items",
                        variant));
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("type", "object");
        check.put(
                "properties",
                Map.of(
                        "name", string("What the check states."),
                        "expect", string("A condition, e.g. timeToFullSeconds > 3 * baseline.timeToFullSeconds."),
                        "run",
                                Map.of(
                                        "oneOf",
                                        List.of(
                                                Map.of("type", "string"),
                                                Map.of("type", "array", "items", Map.of("type", "string"))))));
        check.put("required", List.of("expect"));
        check.put("additionalProperties", false);
        props.put("checks", Map.of("type", "array", "items", check));
        root.put("properties", props);
        root.put("required", List.of("title", "explanation"));
        root.put("additionalProperties", false);
        try {
            // Sorted keys: the same schema byte for byte on every run.
            return Json.mapper()
                            .copy()
                            .enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                            .writeValueAsString(root)
                    + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> runProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(
                "kind",
                Map.of(
                        "enum",
                        List.of("phone", "cradle", "cycler"),
                        "description",
                        "A phone on a source, a pack in a cradle charger, or the cell on a cycler (with an experiment)."));
        Map<String, Object> steps = Map.of(
                "type",
                "array",
                "minItems",
                1,
                "items",
                Map.of("type", "string", "description", "A PyBaMM step, e.g. Discharge at 1C until 3.4 V"));
        p.put(
                "experiment",
                Map.of(
                        "description",
                        "For kind: cycler. PyBaMM steps, or {steps, cycles, terminations}.",
                        "oneOf",
                        List.of(
                                steps,
                                Map.of(
                                        "type",
                                        "object",
                                        "additionalProperties",
                                        false,
                                        "required",
                                        List.of("steps"),
                                        "properties",
                                        Map.of(
                                                "steps",
                                                steps,
                                                "cycles",
                                                Map.of("type", "integer", "minimum", 1, "maximum", 100000),
                                                "terminations",
                                                Map.of("type", "array", "items", Map.of("type", "string")))))));
        p.put(
                "device",
                Map.of(
                        "oneOf",
                        List.of(
                                string("A device name (xiaomi-mi4, redmi-note-4) or file."),
                                Map.of(
                                        "type",
                                        "object",
                                        "description",
                                        "Inline device parameters, as in a device file."))));
        p.put(
                "start",
                object(Map.of(
                        "soc", quantity(Dimension.FRACTION, "True state of charge at the start."),
                        "cellTemperature",
                                quantity(Dimension.TEMPERATURE, "Cell temperature at the start (default: ambient)."),
                        "cellAge", string("A worn cell: cycles=N, or capacity=X[,resistance=Y]."),
                        "gaugeLearnedCapacity",
                                quantity(
                                        Dimension.FRACTION,
                                        "The gauge's learned capacity relative to the true capacity."),
                        "lockedOut",
                                Map.of(
                                        "type",
                                        "boolean",
                                        "description",
                                        "Start drained below the protection's threshold."))));
        p.put(
                "environment",
                object(Map.of(
                        "ambient", quantity(Dimension.TEMPERATURE, "Ambient temperature."),
                        "humidity", quantity(Dimension.FRACTION, "Relative humidity around the port."))));
        p.put(
                "source",
                string(
                        "A source: adapter-5v2a, adapter-5v1a-generic, adapter-qc2-mi, usb2-port, usb3-port, usb-cdp-port (',front' for a front-panel port), or a file."));
        p.put("cable", string("A cable: 1m-24awg, 1m-28awg, 2m-28awg, length=...,awg=..., or a file."));
        p.put("port", string("The port's condition: clean, debris, oxidized, or a file."));
        p.put("load", Map.of("enum", ScenarioReader.LOADS));
        p.put(
                "plugged",
                Map.of("type", "boolean", "description", "Plugged in at the start (default: true for a phone)."));
        p.put("until", Map.of("oneOf", List.of(Map.of("const", "full"), quantity(Dimension.TIME, "A duration."))));
        p.put("limit", quantity(Dimension.TIME, "Time limit of 'until: full'."));
        p.put(
                "record",
                object(Map.of(
                        "period", quantity(Dimension.TIME, "Sampling period of the time series."),
                        "telemetry", quantity(Dimension.TIME, "Period of the telemetry frames."),
                        "step", quantity(Dimension.TIME, "Largest internal step."))));
        p.put("timeline", Map.of("type", "array", "items", Map.of("oneOf", timelineEntries())));
        return p;
    }

    private static List<Object> timelineEntries() {
        List<Object> out = new ArrayList<>();
        Map<String, Object> wait = new LinkedHashMap<>();
        wait.put("type", "object");
        wait.put(
                "properties",
                Map.of("at", quantity(Dimension.TIME, "When."), "wait", quantity(Dimension.TIME, "Let time pass.")));
        wait.put("required", List.of("wait"));
        wait.put("additionalProperties", false);
        out.add(wait);
        for (ActionType a : ActionType.values()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("type", "object");
            e.put("description", a.description());
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("at", quantity(Dimension.TIME, "When (default: after the previous entry)."));
            props.put(a.kind().key(), Map.of("const", a.fileName()));
            List<String> required = new ArrayList<>(List.of(a.kind().key()));
            for (ActionType.Param p : a.params()) {
                props.put(
                        p.key(),
                        switch (p.type()) {
                            case "quantity" -> quantity(p.dimension(), p.description());
                            case "boolean" -> Map.of("type", "boolean");
                            case "choice" -> Map.of("enum", p.choices());
                            default -> string(p.description());
                        });
                if (p.required()) {
                    required.add(p.key());
                }
            }
            e.put("properties", props);
            e.put("required", required);
            e.put("additionalProperties", false);
            out.add(e);
        }
        return out;
    }

    private static Map<String, Object> object(Map<String, Object> properties) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "object");
        m.put("properties", new java.util.TreeMap<>(properties));
        m.put("additionalProperties", false);
        return m;
    }

    private static Map<String, Object> string(String description) {
        return Map.of("type", "string", "description", description);
    }

    private static Map<String, Object> quantity(Dimension d, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", d.acceptsPlainNumber() ? List.of("string", "number") : "string");
        m.put(
                "description",
                description + " " + capital(d.description()) + " such as '" + d.example() + "'"
                        + (d.unitSymbols().isEmpty() ? "" : "; units: " + String.join(", ", d.unitSymbols())) + ".");
        return m;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
