package org.battsim.scenarios.chain;

import org.battsim.model.power.OxidationParameters;
import org.battsim.model.power.PortCondition;
import org.battsim.model.power.PortParameters;
import org.battsim.scenarios.io.Dimension;
import org.battsim.scenarios.io.Node;
import org.battsim.scenarios.io.NodeReader;

/**
 * The phone port's files: a parameter file (the receptacle: contacts, insertion depths,
 * oxidation, thermal node) and a condition file (the state it is in: debris, oxidation age,
 * humidity, a loose plug, worn plating), which names its parameter file in {@code port}.
 */
public final class PortFile {
    private PortFile() {}

    /**
     * A condition file: its {@code port} reference (and where it is written, for messages) and the
     * condition.
     */
    public record Condition(String name, String port, Node portNode, String source, PortCondition condition) {}

    /** Parses a port parameter file. */
    public static PortParameters readParameters(Node root, String source) {
        NodeReader r = NodeReader.of(root, source);
        String name = r.string("name");
        r.optionalString("description");
        NodeReader c = r.object("contacts");
        double vbus = Sourced.quantity(c, "vbus", Dimension.RESISTANCE, 1e-6, 1);
        double gnd = Sourced.quantity(c, "gnd", Dimension.RESISTANCE, 1e-6, 1);
        double dp = Sourced.quantity(c, "dPlus", Dimension.RESISTANCE, 1e-6, 1);
        double dm = Sourced.quantity(c, "dMinus", Dimension.RESISTANCE, 1e-6, 1);
        double dataOpen = Sourced.quantity(r, "dataOpenDepth", Dimension.LENGTH, 1e-6, 0.01);
        double powerOpen = Sourced.quantity(r, "powerOpenDepth", Dimension.LENGTH, 1e-6, 0.01);
        double seating = Sourced.quantity(r, "seatingResistance", Dimension.RESISTANCE, 0, 10);
        OxidationParameters ox = oxidation(r.object("oxidation"));
        NodeReader th = r.object("thermal");
        double heat = Sourced.quantity(th, "heatCapacity", Dimension.HEAT_CAPACITY, 1e-4, 1e3);
        double rth = Sourced.quantity(th, "thermalResistance", Dimension.THERMAL_RESISTANCE, 1e-3, 1e4);
        r.finish();
        return Sourced.build(
                r, () -> new PortParameters(name, vbus, gnd, dp, dm, dataOpen, powerOpen, seating, ox, heat, rth));
    }

    private static OxidationParameters oxidation(NodeReader o) {
        OxidationParameters.Law law = Sourced.choice(o, "law", OxidationParameters.Law.class);
        double onset = Sourced.quantity(o, "onset", Dimension.TIME, 0, 1e10);
        double growth = Sourced.quantity(o, "growthTime", Dimension.TIME, 1, 1e10);
        double exponent = 1;
        if (law == OxidationParameters.Law.POWER) {
            exponent = Sourced.number(o, "exponent", 0.01, 10);
        } else if (o.has("exponent")) {
            throw o.error("exponent", "only the power law has an exponent (law is exponential)");
        }
        double rhRef = Sourced.quantity(o, "referenceHumidity", Dimension.FRACTION, 1e-3, 1);
        double n = Sourced.number(o, "humidityExponent", 0, 20);
        double tRef = Sourced.quantity(o, "referenceTemperature", Dimension.TEMPERATURE, 200, 500);
        double ea = Sourced.quantity(o, "activationEnergy", Dimension.MOLAR_ENERGY, 0, 5e5);
        double open = o.has("openResistance")
                ? Sourced.quantity(o, "openResistance", Dimension.RESISTANCE, 1e-3, 1e9)
                : Double.POSITIVE_INFINITY;
        double k = exponent;
        return Sourced.build(o, () -> new OxidationParameters(law, onset, growth, k, rhRef, n, tRef, ea, open));
    }

    /** Parses a port condition file. */
    public static Condition readCondition(Node root, String source) {
        NodeReader r = NodeReader.of(root, source);
        String name = r.string("name");
        r.optionalString("description");
        String port = r.string("port");
        double depth = Sourced.quantity(r, "depthLoss", Dimension.LENGTH, 0, 0.01);
        double age = Sourced.quantity(r, "oxidationAge", Dimension.TIME, 0, 1e10);
        double rh = Sourced.fraction(r, "relativeHumidity");
        double p = Sourced.fraction(r, "intermittentOpenProbability");
        boolean plating = Sourced.flag(r, "platingGone");
        r.finish();
        PortCondition c = Sourced.build(r, () -> new PortCondition(depth, age, rh, p, plating));
        return new Condition(name, port, r.node("port"), source, c);
    }
}
