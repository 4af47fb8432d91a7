package org.battsim.scenarios.devices;

import static org.battsim.scenarios.io.Dimension.CHARGE;
import static org.battsim.scenarios.io.Dimension.CURRENT;
import static org.battsim.scenarios.io.Dimension.FRACTION;
import static org.battsim.scenarios.io.Dimension.HEAT_CAPACITY;
import static org.battsim.scenarios.io.Dimension.POWER;
import static org.battsim.scenarios.io.Dimension.RESISTANCE;
import static org.battsim.scenarios.io.Dimension.TEMPERATURE;
import static org.battsim.scenarios.io.Dimension.TEMPERATURE_DIFFERENCE;
import static org.battsim.scenarios.io.Dimension.THERMAL_RESISTANCE;
import static org.battsim.scenarios.io.Dimension.TIME;
import static org.battsim.scenarios.io.Dimension.VOLTAGE;
import static org.battsim.scenarios.io.Dimension.VOLTAGE_RATE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.charger.ChargerParameters;
import org.battsim.model.device.DeviceParameters;
import org.battsim.model.gauge.GaugeParameters;
import org.battsim.model.pack.ProtectionParameters;
import org.battsim.scenarios.cells.CellLibrary;
import org.battsim.scenarios.io.Dimension;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;
import org.battsim.scenarios.io.NodeReader;
import org.battsim.scenarios.io.YamlTree;

/** Built-in phones by name, or a device file by path. */
public final class DeviceLibrary {
    public static final String DEFAULT = "xiaomi-mi4";
    private static final List<String> BUILT_IN = List.of("xiaomi-mi4", "redmi-note-4");
    private static final String DIR = "/org/battsim/devices/";

    private static final Map<String, Dimension> CHARGER = new HashMap<>();
    private static final Map<String, Dimension> PROTECTION = new HashMap<>();
    private static final Map<String, Dimension> GAUGE = new HashMap<>();

    static {
        for (String n : List.of(
                "dcdDebounce",
                "dcdTimeout",
                "primaryDetection",
                "secondaryDetection",
                "enumerationDelay",
                "quickChargeHandshake",
                "aiclStepTime",
                "safetyTimer",
                "prechargeTimer",
                "watchdog")) {
            CHARGER.put(n, TIME);
        }
        for (String n : List.of(
                "iclDefault",
                "iclSdp",
                "iclSdpEnumerated",
                "iclCdp",
                "iclDcp",
                "iclHvdcp",
                "iclFloat",
                "iclNonStandard",
                "aiclStart",
                "aiclStep",
                "icoLatchCurrent",
                "chargeCurrent",
                "prechargeCurrent",
                "batteryShortCurrent",
                "iterm")) {
            CHARGER.put(n, CURRENT);
        }
        for (String n : List.of(
                "quickChargeVoltage",
                "vindpmAbsolute",
                "vindpmOffset",
                "vindpmFloor",
                "uvloFalling",
                "ovp",
                "batteryShortVoltage",
                "batlowv",
                "vreg",
                "rechargeDrop",
                "jeitaWarmVoltageDrop",
                "minSystemVoltage")) {
            CHARGER.put(n, VOLTAGE);
        }
        for (String n : List.of("jeitaT1", "jeitaT2", "jeitaT3", "jeitaT4", "treg", "tshutdown")) {
            CHARGER.put(n, TEMPERATURE);
        }
        CHARGER.put("jeitaCoolFactor", FRACTION);
        CHARGER.put("dieHeatCapacity", HEAT_CAPACITY);
        CHARGER.put("dieToBody", THERMAL_RESISTANCE);
        CHARGER.put("lossFixed", POWER);
        CHARGER.put("lossQuadratic", RESISTANCE); // W per A² of output current
        for (String n : List.of(
                "overchargeDetect",
                "overchargeRelease",
                "overdischargeDetect",
                "overdischargeRelease",
                "zeroVoltInhibit",
                "bodyDiodeDrop")) {
            PROTECTION.put(n, VOLTAGE);
        }
        for (String n : List.of("overchargeDelay", "overdischargeDelay", "overcurrentDelay")) {
            PROTECTION.put(n, TIME);
        }
        PROTECTION.put("overcurrentDetect", CURRENT);
        PROTECTION.put("supplyCurrent", CURRENT);
        GAUGE.put("designCapacityAh", CHARGE); // read in As, converted to Ah below
        GAUGE.put("offsetCurrent", CURRENT);
        GAUGE.put("quitCurrent", CURRENT);
        GAUGE.put("relaxDvdt", VOLTAGE_RATE);
        for (String n : List.of("relaxSeconds", "maxRelaxSeconds", "smoothingSeconds", "memoryHoldSeconds")) {
            GAUGE.put(n, TIME);
        }
        for (String n : List.of(
                "gainError",
                "learnMinPassedFraction",
                "flatSocLow",
                "flatSocHigh",
                "learnStartSoc",
                "maxIncrease",
                "maxDecrease")) {
            GAUGE.put(n, FRACTION);
        }
        GAUGE.put("learnMinK", TEMPERATURE);
        GAUGE.put("learnMaxK", TEMPERATURE);
    }

    private DeviceLibrary() {}

    public static List<String> names() {
        return BUILT_IN;
    }

    public static DeviceParameters load(String nameOrFile) {
        if (BUILT_IN.contains(nameOrFile)) {
            // Parameters are immutable: a built-in is read once (scenarios and campaigns load it per run).
            return CACHE.computeIfAbsent(
                    nameOrFile,
                    n -> read(NodeReader.of(
                            YamlTree.parseResource(DeviceLibrary.class, DIR + n + ".yaml"), n + ".yaml")));
        }
        Path p = Path.of(nameOrFile);
        if (!Files.isRegularFile(p)) {
            throw InputException.option(
                    "--device",
                    "unknown device '" + nameOrFile + "': built-in devices are " + String.join(", ", BUILT_IN)
                            + "; otherwise give the path of a device file"
                            + Messages.didYouMean(nameOrFile, BUILT_IN));
        }
        return read(NodeReader.of(YamlTree.parse(p), p.toString()));
    }

    private static final java.util.Map<String, DeviceParameters> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    public static DeviceParameters read(NodeReader r) {
        String name = r.string("name");
        r.optionalString("description");
        NodeReader cellRef = r.object("cell");
        String cellName = cellRef.string("name");
        cellRef.string("source");
        EcmParameters cell;
        try {
            cell = CellLibrary.load(cellName);
        } catch (InputException e) {
            throw cellRef.error("name", e.getMessage());
        }
        ProtectionParameters prot = RecordReader.read(r.object("protection"), ProtectionParameters.class, PROTECTION);
        NodeReader ntc = r.object("ntc");
        double r25 = sourced(ntc, "r25", RESISTANCE);
        double beta = sourced(ntc, "beta", TEMPERATURE_DIFFERENCE);
        double selfDischarge = sourced(r, "selfDischargePerMonth", FRACTION);
        ChargerParameters charger = RecordReader.read(r.object("charger"), ChargerParameters.class, CHARGER);
        NodeReader load = r.object("load");
        double idle = sourced(load, "idle", POWER);
        double screen = sourced(load, "screenOn", POWER);
        double gaming = sourced(load, "gaming", POWER);
        double offDrain = sourced(r, "offDrain", CURRENT);
        double cutoff = sourced(r, "cutoffVoltage", VOLTAGE);
        NodeReader rem = r.object("removableBattery");
        rem.string("source");
        boolean removable = rem.bool("value");
        GaugeParameters gauge = GaugeParameters.typical(cell.nominalCapacityAh());
        if (r.has("gauge")) {
            NodeReader g = r.object("gauge");
            GaugeParameters inAs = RecordReader.read(g, GaugeParameters.class, GAUGE);
            gauge = inAs.withDesignCapacity(inAs.designCapacityAh() / 3600);
        }
        r.finish();
        try {
            return new DeviceParameters(
                    name,
                    cell,
                    prot,
                    r25,
                    beta,
                    selfDischarge,
                    charger,
                    idle,
                    screen,
                    gaming,
                    offDrain,
                    cutoff,
                    removable,
                    gauge);
        } catch (IllegalArgumentException e) {
            throw r.error(r.node(), e.getMessage());
        }
    }

    private static double sourced(NodeReader parent, String key, Dimension d) {
        NodeReader o = parent.object(key);
        if (o.string("source").isBlank()) {
            throw o.error("source", "a source is required: a citation, or 'assumption:' and why");
        }
        return o.quantity("value", d);
    }
}
