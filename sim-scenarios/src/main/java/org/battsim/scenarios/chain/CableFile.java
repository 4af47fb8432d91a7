package org.battsim.scenarios.chain;

import org.battsim.model.power.CableParameters;
import org.battsim.scenarios.io.Dimension;
import org.battsim.scenarios.io.Node;
import org.battsim.scenarios.io.NodeReader;

/**
 * A cable parameter file: {@code name}, {@code length}, {@code powerAwg}, {@code dataAwg}, {@code
 * plugContactResistance} (one contact of the source-side plug), {@code strandsBrokenFactor} and
 * {@code intermittentOpenProbability}, each {@code {value, source}}.
 */
public final class CableFile {
    private CableFile() {}

    /** Parses a cable file already read into a node tree; {@code source} names it in messages. */
    public static CableParameters read(Node root, String source) {
        NodeReader r = NodeReader.of(root, source);
        String name = r.string("name");
        r.optionalString("description");
        double length = Sourced.quantity(r, "length", Dimension.LENGTH, 0.01, 10);
        double power = Sourced.number(r, "powerAwg", 10, 40);
        double data = Sourced.number(r, "dataAwg", 10, 40);
        double plug = Sourced.quantity(r, "plugContactResistance", Dimension.RESISTANCE, 0, 1);
        double broken = Sourced.number(r, "strandsBrokenFactor", 1, 1e6);
        double p = Sourced.fraction(r, "intermittentOpenProbability");
        r.finish();
        return Sourced.build(r, () -> new CableParameters(name, length, power, data, plug, broken, p));
    }
}
