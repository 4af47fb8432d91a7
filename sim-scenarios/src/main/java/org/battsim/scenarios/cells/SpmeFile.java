package org.battsim.scenarios.cells;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.battsim.model.cell.spme.Expression;
import org.battsim.model.cell.spme.ParamFunction;
import org.battsim.model.cell.spme.ParameterException;
import org.battsim.model.cell.spme.SpmeOptions;
import org.battsim.model.cell.spme.SpmeParameters;
import org.battsim.model.cell.spme.SpmeSchema;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.ListNode;
import org.battsim.scenarios.io.MapNode;
import org.battsim.scenarios.io.Messages;
import org.battsim.scenarios.io.Node;
import org.battsim.scenarios.io.NodeReader;
import org.battsim.scenarios.io.ScalarNode;
import org.battsim.scenarios.io.Units;

/**
 * Reads an SPMe parameter file (YAML or JSON) keyed by PyBaMM's parameter names.
 *
 * <pre>
 * name: my-cell
 * extends: chen2020              # optional: a built-in set or a file, relative to this one
 * description: ...
 * citations: ["..."]             # required unless extends gives them
 * options: {thermal: lumped, sei: none, plating: none}   # optional model choices
 * parameters:
 *   "Negative electrode thickness [m]": 8.52e-05
 *   "Negative electrode OCP [V]": "1.9793 * exp(-39.3631 * sto) + 0.2482 - ..."
 *   "Positive electrode OCP [V]": {table: nmc_ocp.csv}        # two columns, x then y
 *   "Electrolyte diffusivity [m2.s-1]": {x: [0, 1000, 2000], y: [4.9e-10, 1.8e-10, 6.4e-11]}
 * </pre>
 *
 * <p>Numbers are in the unit of the name's bracket. A function is a number, an expression of the
 * variables PyBaMM passes to that function (see {@link SpmeSchema}) or a table over the first
 * variable. Expressions may use {@code Parameter("name")}; with {@code extends}, they are compiled
 * after the overrides, so they see the overriding values. Every problem is reported as an {@link
 * InputException} at the offending key or value.
 */
public final class SpmeFile {
    /** What a file gives: the parameters and the model options it asks for. */
    public record Loaded(SpmeParameters parameters, SpmeOptions options) {}

    /** Loads a base set named by {@code extends}, relative to the file that names it. */
    @FunctionalInterface
    interface BaseLoader {
        RawSet load(String nameOrFile, String fromSource, CellFile.Resolver fromResolver, int depth);
    }

    /** One value as written, with where it was written. */
    record RawValue(Node node, String source, CellFile.Resolver resolver) {}

    /** A file's content before compilation, with its bases merged in. */
    record RawSet(
            String name,
            String description,
            List<String> citations,
            Map<String, Object> options,
            Map<String, RawValue> values,
            String source,
            Node parametersNode) {}

    private static final int MAX_DEPTH = 8;

    private SpmeFile() {}

    static RawSet readRaw(Node root, String source, CellFile.Resolver resolver, BaseLoader bases, int depth) {
        if (depth > MAX_DEPTH) {
            throw InputException.withoutPosition(source, "extends", "too many levels of 'extends' (a cycle?)");
        }
        NodeReader r = NodeReader.of(root, source);
        String name = r.string("name");
        RawSet base = null;
        if (r.has("extends")) {
            String ext = r.string("extends");
            try {
                base = bases.load(ext, source, resolver, depth + 1);
            } catch (InputException e) {
                if (e.source().equals(source) || e.line() > 0) {
                    throw e;
                }
                throw r.error("extends", e.detail());
            }
        }
        String description = r.optionalString("description").orElse(base != null ? base.description() : "");
        List<String> citations = new ArrayList<>();
        if (base != null) {
            citations.addAll(base.citations());
        }
        if (r.has("citations")) {
            Node cn = r.node("citations");
            if (!(cn instanceof ListNode list)) {
                throw r.error(cn, "expected a list of citations");
            }
            for (Node item : list.items()) {
                if (!(item instanceof ScalarNode s) || s.isNull() || s.text().isBlank()) {
                    throw r.error(item, "a citation must be non-empty text");
                }
                citations.add(s.text().strip());
            }
        }
        if (citations.isEmpty()) {
            throw r.error("citations", "a parameter set needs at least one citation (where its values come from)");
        }
        r.optionalString("source");
        Map<String, Object> options = new LinkedHashMap<>();
        if (base != null) {
            options.putAll(base.options());
        }
        if (r.has("options")) {
            NodeReader or = r.object("options");
            if (or.has("thermal")) {
                options.put("thermal", or.enumValue("thermal", SpmeOptions.Thermal.class));
            }
            if (or.has("sei")) {
                options.put("sei", or.enumValue("sei", SpmeOptions.SeiModel.class));
            }
            if (or.has("plating")) {
                options.put("plating", or.enumValue("plating", SpmeOptions.PlatingModel.class));
            }
        }
        Map<String, RawValue> values = new LinkedHashMap<>();
        if (base != null) {
            values.putAll(base.values());
        }
        Node parametersNode;
        if (base == null || r.has("parameters")) {
            NodeReader pr = r.object("parameters");
            MapNode map = pr.node();
            parametersNode = map;
            List<String> names = SpmeSchema.names();
            for (MapNode.Entry e : map.entries()) {
                String key = e.key();
                pr.has(key);
                if (SpmeSchema.entry(key).isEmpty()) {
                    throw new InputException(
                            source,
                            e.keyLine(),
                            e.keyColumn(),
                            e.value().path(),
                            "unknown parameter " + Messages.quote(key) + Messages.didYouMean(key, names)
                                    + "; names are PyBaMM's, with the unit in brackets");
                }
                values.put(key, new RawValue(e.value(), source, resolver));
            }
        } else {
            parametersNode = base.parametersNode();
        }
        r.finish();
        return new RawSet(name, description, citations, options, values, source, parametersNode);
    }

    /** Compiles a raw set into parameters and options. */
    static Loaded compile(RawSet raw) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (var e : raw.values().entrySet()) {
            SpmeSchema.Entry se = SpmeSchema.entry(e.getKey()).orElseThrow();
            if (se.kind() == SpmeSchema.Kind.NUMBER) {
                numbers.put(e.getKey(), number(e.getValue(), e.getKey()));
            } else if (se.kind() == SpmeSchema.Kind.FUNCTION
                    && isNumber(e.getValue().node())) {
                // Functions given as plain numbers can also be referenced by Parameter("...").
                numbers.put(e.getKey(), number(e.getValue(), e.getKey()));
            }
        }
        Map<String, Double> scalarNumbers = new LinkedHashMap<>();
        Map<String, ParamFunction> functions = new LinkedHashMap<>();
        for (var e : raw.values().entrySet()) {
            SpmeSchema.Entry se = SpmeSchema.entry(e.getKey()).orElseThrow();
            switch (se.kind()) {
                case NUMBER -> scalarNumbers.put(e.getKey(), numbers.get(e.getKey()));
                case FUNCTION -> functions.put(e.getKey(), function(e.getValue(), se, numbers));
                case IGNORED -> {}
            }
        }
        SpmeParameters params;
        try {
            params = SpmeParameters.of(raw.name(), raw.description(), raw.citations(), scalarNumbers, functions);
        } catch (ParameterException e) {
            RawValue rv = e.parameter() == null ? null : raw.values().get(e.parameter());
            if (rv != null) {
                throw at(rv, e.detail());
            }
            Node pn = raw.parametersNode();
            String what = e.parameter() == null
                    ? e.getMessage()
                    : "parameter " + Messages.quote(e.parameter()) + ": " + e.detail();
            throw new InputException(raw.source(), pn.line(), pn.column(), pn.path(), what);
        } catch (IllegalArgumentException e) {
            Node pn = raw.parametersNode();
            throw new InputException(raw.source(), pn.line(), pn.column(), pn.path(), e.getMessage());
        }
        SpmeOptions opts = SpmeOptions.DEFAULT;
        if (raw.options().get("thermal") instanceof SpmeOptions.Thermal t) {
            opts = opts.withThermal(t);
        }
        if (raw.options().get("sei") instanceof SpmeOptions.SeiModel s) {
            opts = opts.withSei(s);
        }
        if (raw.options().get("plating") instanceof SpmeOptions.PlatingModel pm) {
            opts = opts.withPlating(pm);
        }
        return new Loaded(params, opts);
    }

    private static boolean isNumber(Node n) {
        if (!(n instanceof ScalarNode s) || s.isNull()) {
            return false;
        }
        if (s.number()) {
            return true;
        }
        try {
            Double.parseDouble(s.text().strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static InputException at(RawValue rv, String message) {
        Node n = rv.node();
        return new InputException(rv.source(), n.line(), n.column(), n.path(), message);
    }

    private static double number(RawValue rv, String name) {
        Node n = rv.node();
        if (!(n instanceof ScalarNode s) || s.isNull()) {
            throw at(rv, "expected a number (in the unit of the name's bracket), got " + n.describe());
        }
        try {
            double v = Units.parseNumber(s.text());
            if (!Double.isFinite(v)) {
                throw at(rv, "must be finite");
            }
            return v;
        } catch (IllegalArgumentException e) {
            throw at(rv, "expected a number (in the unit of the name's bracket, so no unit here), got " + s.describe());
        }
    }

    private static ParamFunction function(RawValue rv, SpmeSchema.Entry se, Map<String, Double> numbers) {
        Node n = rv.node();
        if (n instanceof ScalarNode s) {
            if (s.isNull() || s.text().isBlank()) {
                throw at(rv, "expected a number, an expression or a table");
            }
            if (isNumber(s)) {
                return ParamFunction.constant(Units.parseNumber(s.text()));
            }
            try {
                return ParamFunction.of(Expression.compile(s.text(), se.variables(), numbers::get));
            } catch (IllegalArgumentException e) {
                throw at(rv, e.getMessage() + "; variables here: " + String.join(", ", se.variables()));
            }
        }
        if (n instanceof MapNode) {
            NodeReader t = NodeReader.of(n, rv.source());
            double[] x;
            double[] y;
            String from;
            if (t.has("table")) {
                from = t.string("table");
                double[][] xy = csv(t, from, rv.resolver());
                x = xy[0];
                y = xy[1];
            } else {
                x = t.numbers("x");
                y = t.numbers("y");
                from = null;
                if (x.length != y.length) {
                    throw t.error("y", "needs as many values as x (" + x.length + "), got " + y.length);
                }
            }
            t.optionalString("source");
            t.finish();
            try {
                return ParamFunction.table(x, y, from);
            } catch (IllegalArgumentException e) {
                throw t.error(t.node(), e.getMessage());
            }
        }
        throw at(rv, "expected a number, an expression or a table, got " + n.describe());
    }

    /** A two-column CSV (x, y); '#' lines and a non-numeric header line are skipped. */
    private static double[][] csv(NodeReader t, String file, CellFile.Resolver resolver) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        try (InputStream in = resolver.open(file)) {
            if (in == null) {
                throw t.error("table", "no such file " + Messages.quote(file) + " (relative to the parameter file)");
            }
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            boolean headerAllowed = true;
            while ((line = br.readLine()) != null) {
                lineNo++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s*[,;\\t]\\s*|\\s+");
                if (parts.length < 2) {
                    throw t.error("table", file + " line " + lineNo + ": expected two columns (x, y)");
                }
                double a;
                double b;
                try {
                    a = Double.parseDouble(parts[0]);
                    b = Double.parseDouble(parts[1]);
                } catch (NumberFormatException e) {
                    if (headerAllowed) {
                        headerAllowed = false;
                        continue;
                    }
                    throw t.error("table", file + " line " + lineNo + ": not a number in " + Messages.quote(l));
                }
                headerAllowed = false;
                xs.add(a);
                ys.add(b);
            }
        } catch (IOException e) {
            throw t.error("table", "cannot read " + file + ": " + e.getMessage());
        }
        if (xs.size() < 2) {
            throw t.error("table", file + " needs at least two rows");
        }
        double[][] out = new double[2][xs.size()];
        for (int i = 0; i < xs.size(); i++) {
            out[0][i] = xs.get(i);
            out[1][i] = ys.get(i);
        }
        return out;
    }
}
