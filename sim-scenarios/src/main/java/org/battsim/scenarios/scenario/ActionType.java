package org.battsim.scenarios.scenario;

import java.util.List;
import org.battsim.scenarios.io.Dimension;

/**
 * Everything a scenario's timeline can do: user actions ({@code do:}) and faults ({@code fault:}),
 * each with its parameters. The reader, the runner and the generated JSON Schema all read this one
 * table, so a new action is declared once.
 */
public enum ActionType {
    // ---- user actions ----------------------------------------------------------------------
    PLUG(
            Kind.ACTION,
            World.PHONE,
            "plug the cable into the phone (optionally another source or cable)",
            Param.text("source", false, "a source name or file; default: the run's source"),
            Param.text("cable", false, "a cable name or spec; default: the run's cable")),
    UNPLUG(Kind.ACTION, World.PHONE, "pull the cable out of the phone"),
    ADAPTER_TO_WALL(Kind.ACTION, World.PHONE, "plug the adapter into the wall socket"),
    ADAPTER_FROM_WALL(Kind.ACTION, World.PHONE, "pull the adapter out of the wall socket"),
    POWER_ON(Kind.ACTION, World.PHONE, "switch the phone on"),
    POWER_OFF(Kind.ACTION, World.PHONE, "switch the phone off"),
    SET_LOAD(
            Kind.ACTION,
            World.PHONE,
            "what the phone does: off, idle, screen-on or gaming",
            Param.choice("load", true, "off", "idle", "screen-on", "gaming")),
    REMOVE_BATTERY(Kind.ACTION, World.PHONE, "take the battery out (removable packs)"),
    INSERT_BATTERY(Kind.ACTION, World.PHONE, "put the battery back"),
    FACTORY_RESET(
            Kind.ACTION,
            World.PHONE,
            "erase the OS's data (battery statistics, charge settings, unbacked user data) and reboot"),
    CLEAN_PORT(Kind.ACTION, World.PHONE, "blow out, brush and alcohol-clean the phone's port"),
    REPLACE_CABLE(Kind.ACTION, World.PHONE, "swap in another cable", Param.text("cable", true, "a cable name or spec")),
    REPLACE_SOURCE(
            Kind.ACTION,
            World.PHONE,
            "swap in another adapter or USB port",
            Param.text("source", true, "a source name or file")),
    MOVE(
            Kind.ACTION,
            World.PHONE,
            "handle the phone: movements per second (0 to put it down)",
            Param.quantity("rate", true, Dimension.FREQUENCY, 0, 10)),
    HUB_DEVICES(
            Kind.ACTION,
            World.PHONE,
            "current drawn by other devices on the same USB hub",
            Param.quantity("current", true, Dimension.CURRENT, 0, 10)),
    CHARGE_LIMIT(Kind.ACTION, World.PHONE, "switch the OS's 80 % charge limit on or off", Param.bool("enabled", true)),
    SET_AMBIENT(
            Kind.ACTION,
            World.ANY,
            "move the phone somewhere else",
            Param.quantity("temperature", true, Dimension.TEMPERATURE, 233.15, 343.15)),
    SEAT(
            Kind.ACTION,
            World.CRADLE,
            "clip the pack into the cradle charger",
            Param.choice("polarity", false, "correct", "reversed")),
    PRESS_TE(Kind.ACTION, World.CRADLE, "press the cradle's TE (test) button"),
    REMOVE_PACK(Kind.ACTION, World.CRADLE, "take the pack out of the cradle"),
    // ---- faults ------------------------------------------------------------------------------
    DEBRIS(
            Kind.FAULT,
            World.PHONE,
            "lint packs into the port and keeps the plug proud",
            Param.quantity("depth", true, Dimension.LENGTH, 0, 0.01)),
    OXIDATION(
            Kind.FAULT,
            World.PHONE,
            "the contacts age unplugged for a while in damp air (oxide grows by the port's law)",
            Param.quantity("duration", true, Dimension.TIME, 0, 10 * 365 * 86400.0),
            Param.quantity("humidity", true, Dimension.FRACTION, 0, 1),
            Param.quantity("temperature", false, Dimension.TEMPERATURE, 233.15, 343.15)),
    HUMIDITY(
            Kind.FAULT,
            World.PHONE,
            "relative humidity around the port from now on",
            Param.quantity("humidity", true, Dimension.FRACTION, 0, 1)),
    PLATING_WORN(Kind.FAULT, World.PHONE, "the contacts' plating is worn through: cleaning cannot restore them"),
    LOOSE_PLUG(
            Kind.FAULT,
            World.PHONE,
            "the plug loses contact at a movement with a probability",
            Param.quantity("probability", true, Dimension.FRACTION, 0, 1),
            Param.quantity("rate", false, Dimension.FREQUENCY, 0, 10)),
    WIRE_BREAK(
            Kind.FAULT,
            World.PHONE,
            "a wire of the cable breaks",
            Param.choice("wire", true, "vbus", "gnd", "d+", "d-"),
            Param.choice("state", true, "strands-broken", "open", "intermittent")),
    ADAPTER_DEGRADE(
            Kind.FAULT,
            World.PHONE,
            "the adapter weakens (dried capacitors, drifting reference)",
            Param.quantity("voltageDrop", false, Dimension.VOLTAGE, 0, 5),
            Param.quantity("extraResistance", false, Dimension.RESISTANCE, 0, 10),
            Param.quantity("limit", false, Dimension.CURRENT, 0.001, 10)),
    ADAPTER_DEAD(Kind.FAULT, World.PHONE, "the adapter's output dies"),
    INPUT_LIMIT_LATCH(
            Kind.FAULT,
            World.PHONE,
            "the charger controller latches a wrong input current limit (ICO stuck)",
            Param.quantity("limit", true, Dimension.CURRENT, 0, 5)),
    CHARGE_HOLD_STUCK(
            Kind.FAULT,
            World.PHONE,
            "the OS's charge-limit setting is stuck on (a corrupted setting): charging holds at 80 %"),
    GAUGE_DRIFT(
            Kind.FAULT,
            World.PHONE,
            "the fuel gauge's learned capacity drifts, relative to the true capacity",
            Param.quantity("learnedCapacity", true, Dimension.FRACTION, 0.2, 2));

    /** A user action or a fault. */
    public enum Kind {
        ACTION("do"),
        FAULT("fault");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The timeline key that names it. */
        public String key() {
            return key;
        }
    }

    /** Which run kinds it applies to. */
    public enum World {
        PHONE,
        CRADLE,
        ANY
    }

    /** One parameter of an action. */
    public record Param(
            String key,
            boolean required,
            String type,
            Dimension dimension,
            double min,
            double max,
            List<String> choices,
            String description) {
        static Param text(String key, boolean required, String description) {
            return new Param(key, required, "text", null, 0, 0, List.of(), description);
        }

        static Param choice(String key, boolean required, String... choices) {
            return new Param(
                    key, required, "choice", null, 0, 0, List.of(choices), "one of " + String.join(", ", choices));
        }

        static Param quantity(String key, boolean required, Dimension d, double min, double max) {
            return new Param(key, required, "quantity", d, min, max, List.of(), d.description());
        }

        static Param bool(String key, boolean required) {
            return new Param(key, required, "boolean", null, 0, 0, List.of(), "true or false");
        }
    }

    private final Kind kind;
    private final World world;
    private final String description;
    private final List<Param> params;

    ActionType(Kind kind, World world, String description, Param... params) {
        this.kind = kind;
        this.world = world;
        this.description = description;
        this.params = List.of(params);
    }

    public Kind kind() {
        return kind;
    }

    public World world() {
        return world;
    }

    public String description() {
        return description;
    }

    public List<Param> params() {
        return params;
    }

    /** The name used in files: {@code clean-port}. */
    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The names of the actions of a kind, in declaration order. */
    public static List<String> names(Kind kind) {
        return java.util.Arrays.stream(values())
                .filter(a -> a.kind == kind)
                .map(ActionType::fileName)
                .toList();
    }

    /** The action of a kind by file name, or null. */
    public static ActionType of(Kind kind, String name) {
        for (ActionType a : values()) {
            if (a.kind == kind && a.fileName().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
