package org.battsim.scenarios.aging;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.battsim.model.aging.AgingModel;
import org.battsim.model.aging.Law;
import org.battsim.model.aging.Mechanism;
import org.battsim.model.aging.Stressor;
import org.battsim.model.cell.Table;
import org.battsim.scenarios.cells.CellFile;
import org.battsim.scenarios.cells.CellLibrary;
import org.battsim.scenarios.io.Dimension;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.MapNode;
import org.battsim.scenarios.io.Node;
import org.battsim.scenarios.io.NodeReader;
import org.battsim.scenarios.io.ScalarNode;

/**
 * Reads an aging parameter file (YAML or JSON) into an {@link AgingModel}.
 *
 * <p>Layout: {@code name}, {@code description}, {@code nominalCapacity} ({@code {value, source}}),
 * {@code ocv} (a table as in a cell file, or {@code {cell: NAME, source}} to use a built-in cell's
 * OCV), {@code window} ({@code days} and {@code cycles}, each {@code {value, source}}), {@code
 * parameters} (named plain numbers, each {@code {value, source}}) and {@code mechanisms}. A
 * mechanism names what it {@code adds} to ({@code capacity-loss} or {@code resistance-gain}), its
 * {@code variable} ({@code time} in days, {@code efc}, or {@code throughput} in Ah), its {@code
 * law} ({@code power} with {@code exponent} and optional {@code update}, {@code linear}, {@code
 * sigmoid} with {@code exponent} and {@code limit}, {@code relaxation} with {@code limit}), when its
 * rate is evaluated ({@code per: sample}, then time-averaged over the window, or {@code per:
 * window}), the {@code rate} expression ({@link RateExpression}) and a {@code source}. Every source
 * is a citation or starts with {@code assumption:}.
 */
public final class AgingFile {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** What a mechanism adds to. */
    enum Adds {
        CAPACITY_LOSS,
        RESISTANCE_GAIN
    }

    enum LawKind {
        POWER,
        LINEAR,
        SIGMOID,
        RELAXATION
    }

    enum Per {
        SAMPLE,
        WINDOW
    }

    private AgingFile() {}

    /** Parses an aging file already read into a node tree. */
    public static AgingModel read(Node root, String source, CellFile.Resolver resolver) {
        NodeReader r = NodeReader.of(root, source);
        String name = r.string("name");
        r.optionalString("description");
        double capAh = CellFile.sourced(r, "nominalCapacity", Dimension.CHARGE, 1e-3 * 3600, 1e7) / 3600.0;
        Table ocv = ocv(r.object("ocv"), source, resolver);
        NodeReader w = r.object("window");
        double days = CellFile.sourced(w, "days", Dimension.DIMENSIONLESS, 1e-6, 1e4);
        double cycles = CellFile.sourced(w, "cycles", Dimension.DIMENSIONLESS, 1e-6, 1e6);
        Map<String, Double> params = parameters(r);
        List<Mechanism> mechanisms = new ArrayList<>();
        List<NodeReader> ms = r.objects("mechanisms");
        if (ms.isEmpty()) {
            throw r.error("mechanisms", "at least one mechanism is needed");
        }
        for (NodeReader m : ms) {
            mechanisms.add(mechanism(m, params));
        }
        r.finish();
        try {
            return new AgingModel(name, capAh, ocv, mechanisms, days, cycles);
        } catch (IllegalArgumentException e) {
            throw r.error(r.node(), e.getMessage());
        }
    }

    private static Table ocv(NodeReader t, String source, CellFile.Resolver resolver) {
        if (t.has("cell")) {
            String src = t.string("source");
            if (src.isBlank()) {
                throw t.error("source", "a source is required: a citation, or 'assumption:' and why");
            }
            String cell = t.string("cell");
            if (!CellLibrary.names().contains(cell)) {
                throw t.error(
                        "cell",
                        "unknown built-in cell '" + cell + "'; built-in cells are "
                                + String.join(", ", CellLibrary.names()));
            }
            return CellLibrary.load(cell).ocv();
        }
        return CellFile.readTable(t, Dimension.VOLTAGE, source, resolver);
    }

    private static Map<String, Double> parameters(NodeReader r) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!r.has("parameters")) {
            return out;
        }
        NodeReader p = r.object("parameters");
        Set<String> reserved = new java.util.HashSet<>(List.of("exp", "ln", "sqrt", "abs", "min", "max"));
        for (Stressor s : Stressor.values()) {
            reserved.add(s.symbol());
        }
        for (MapNode.Entry e : p.node().entries()) {
            String key = e.key();
            if (!IDENTIFIER.matcher(key).matches()) {
                throw new InputException(
                        p.source(),
                        e.keyLine(),
                        e.keyColumn(),
                        p.path() + "." + key,
                        "a parameter name must be a letter or '_' followed by letters, digits or '_'");
            }
            if (reserved.contains(key)) {
                throw new InputException(
                        p.source(),
                        e.keyLine(),
                        e.keyColumn(),
                        p.path() + "." + key,
                        "'" + key + "' is the name of a stressor or function; choose another name");
            }
            out.put(
                    key,
                    CellFile.sourced(
                            p, key, Dimension.DIMENSIONLESS, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        }
        return out;
    }

    private static Mechanism mechanism(NodeReader m, Map<String, Double> params) {
        String name = m.string("name");
        String src = m.string("source");
        if (src.isBlank()) {
            throw m.error("source", "a source is required: a citation, or 'assumption:' and why");
        }
        Adds adds = m.enumValue("adds", Adds.class);
        Mechanism.Variable variable = m.enumValue("variable", Mechanism.Variable.class);
        LawKind kind = m.enumValue("law", LawKind.class);
        Law law;
        try {
            law = switch (kind) {
                case POWER ->
                    new Law.Power(
                            constant(m, "exponent", params),
                            m.has("update") ? m.enumValue("update", Law.Update.class) : Law.Update.EQUIVALENT);
                case LINEAR -> new Law.Linear();
                case SIGMOID -> new Law.Sigmoid(constant(m, "limit", params), constant(m, "exponent", params));
                case RELAXATION -> new Law.Relaxation(constant(m, "limit", params));
            };
        } catch (IllegalArgumentException e) {
            throw m.error("law", e.getMessage());
        }
        Per per = m.enumValue("per", Per.class);
        Set<Stressor> allowed = EnumSet.noneOf(Stressor.class);
        for (Stressor s : Stressor.values()) {
            if (s.perSample() == (per == Per.SAMPLE)) {
                allowed.add(s);
            }
        }
        RateExpression rate = expression(m, "rate", params, allowed);
        return new Mechanism(
                name,
                adds == Adds.CAPACITY_LOSS ? Mechanism.Target.CAPACITY : Mechanism.Target.RESISTANCE,
                variable,
                law,
                rate,
                per == Per.SAMPLE);
    }

    private static double constant(NodeReader m, String key, Map<String, Double> params) {
        return expression(m, key, params, EnumSet.noneOf(Stressor.class)).value(new double[0]);
    }

    private static RateExpression expression(
            NodeReader m, String key, Map<String, Double> params, Set<Stressor> allowed) {
        Node n = m.node(key);
        if (!(n instanceof ScalarNode s) || s.isNull() || s.text().isBlank()) {
            throw m.error(n, "expected an expression such as \"k*exp(-6976/T)\", got " + n.describe());
        }
        try {
            return RateExpression.parse(s.text(), params, allowed);
        } catch (RateExpression.SyntaxException e) {
            int col = s.column();
            if (s.text().indexOf('\n') < 0) {
                col += e.offset() + (s.quoted() ? 1 : 0);
            }
            throw new InputException(m.source(), s.line(), col, s.path(), e.getMessage());
        }
    }
}
