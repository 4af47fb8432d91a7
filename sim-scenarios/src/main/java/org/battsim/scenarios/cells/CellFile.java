package org.battsim.scenarios.cells;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.cell.Table;
import org.battsim.scenarios.io.Dimension;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.ListNode;
import org.battsim.scenarios.io.Node;
import org.battsim.scenarios.io.NodeReader;
import org.battsim.scenarios.io.ScalarNode;
import org.battsim.scenarios.io.Units;

/**
 * Reads an equivalent-circuit parameter file (YAML or JSON) into {@link EcmParameters}.
 *
 * <p>Every scalar parameter is {@code {value: "4.35 V", source: "..."}}; every table carries a
 * {@code source} and either inline data ({@code unit}, {@code soc}, optional {@code temperature},
 * {@code values}) or a CSV file with PyBaMM-style headers ({@code SoC}, {@code Temperature
 * [degC]}, {@code Current [A]}, {@code R0 [Ohm]}) named in {@code columns}. A source must be a
 * citation or start with {@code assumption:}; an empty one is an error.
 */
public final class CellFile {
    /** Opens a file referenced by a parameter file (CSV tables), relative to it. */
    @FunctionalInterface
    public interface Resolver {
        InputStream open(String relativeName) throws IOException;

        /** Opens files in the folder of {@code file}; null for a file that does not exist. */
        static Resolver besides(Path file) {
            Path dir = file.toAbsolutePath().getParent();
            return rel -> {
                Path f = dir.resolve(rel).normalize();
                return Files.isRegularFile(f) ? Files.newInputStream(f) : null;
            };
        }
    }

    private final String source;
    private final Resolver resolver;

    private CellFile(String source, Resolver resolver) {
        this.source = source;
        this.resolver = resolver;
    }

    /** Parses a parameter file already read into a node tree. */
    public static EcmParameters read(Node root, String source, Resolver resolver) {
        return new CellFile(source, resolver).parse(NodeReader.of(root, source));
    }

    private EcmParameters parse(NodeReader r) {
        String name = r.string("name");
        String model = r.optionalString("model").orElse("ecm");
        if (!model.equals("ecm")) {
            throw r.error("model", "unknown cell model '" + model + "': allowed is ecm");
        }
        r.optionalString("description");
        double capAh = sourced(r, "nominalCapacity", Dimension.CHARGE, 1e-3 * 3600, 1e7) / 3600.0;
        NodeReader lim = r.object("limits");
        EcmParameters.VoltageLimits limits;
        double vmin = sourced(lim, "minimum", Dimension.VOLTAGE, 0.5, 10);
        double vmax = sourced(lim, "maximum", Dimension.VOLTAGE, 0.5, 10);
        double vch = sourced(lim, "chargeLimit", Dimension.VOLTAGE, 0.5, 10);
        double vcut = sourced(lim, "cutoff", Dimension.VOLTAGE, 0.5, 10);
        try {
            limits = new EcmParameters.VoltageLimits(vmin, vmax, vch, vcut);
        } catch (IllegalArgumentException e) {
            throw lim.error(lim.node(), e.getMessage());
        }
        Table ocv = table(r.object("ocv"), Dimension.VOLTAGE, null);
        Table dudt = r.has("entropicCoefficient")
                ? table(r.object("entropicCoefficient"), Dimension.ENTROPIC_COEFFICIENT, ocv)
                : Table.constant(0);
        Table r0 = table(r.object("r0"), Dimension.RESISTANCE, null);
        List<NodeReader> pairs = r.objects("rcPairs");
        if (pairs.isEmpty() || pairs.size() > 3) {
            throw r.error("rcPairs", "needs 1 to 3 RC pairs, got " + pairs.size());
        }
        List<EcmParameters.RcPair> rc = new ArrayList<>();
        for (NodeReader pr : pairs) {
            Table rt = table(pr.object("resistance"), Dimension.RESISTANCE, null);
            Table ct = table(pr.object("capacitance"), Dimension.CAPACITANCE, null);
            try {
                rc.add(new EcmParameters.RcPair(rt, ct));
            } catch (IllegalArgumentException e) {
                throw pr.error(pr.node(), e.getMessage());
            }
        }
        EcmParameters.Hysteresis hyst = EcmParameters.Hysteresis.NONE;
        if (r.has("hysteresis")) {
            NodeReader h = r.object("hysteresis");
            hyst = new EcmParameters.Hysteresis(
                    sourced(h, "maxVoltage", Dimension.VOLTAGE, 0, 1),
                    sourced(h, "rate", Dimension.DIMENSIONLESS, 0, 1e6));
        }
        NodeReader th = r.object("thermal");
        double cc = sourced(th, "cellHeatCapacity", Dimension.HEAT_CAPACITY, 1e-3, 1e9);
        double cb = sourced(th, "bodyHeatCapacity", Dimension.HEAT_CAPACITY, 1e-3, 1e9);
        double rcb = sourced(th, "cellToBody", Dimension.THERMAL_RESISTANCE, 1e-6, 1e6);
        double rba = sourced(th, "bodyToAmbient", Dimension.THERMAL_RESISTANCE, 1e-6, 1e6);
        double rca = th.has("cellToAmbient")
                ? sourced(th, "cellToAmbient", Dimension.THERMAL_RESISTANCE, 1e-6, 1e6)
                : Double.POSITIVE_INFINITY;
        boolean iso = th.has("isothermal") && th.bool("isothermal");
        r.finish();
        try {
            return new EcmParameters(
                    name,
                    capAh,
                    ocv,
                    dudt,
                    r0,
                    rc,
                    hyst,
                    new EcmParameters.Thermal(cc, cb, rcb, rba, rca, iso),
                    limits);
        } catch (IllegalArgumentException e) {
            throw r.error(r.node(), e.getMessage());
        }
    }

    /**
     * Reads a table written as in a cell file (inline, or a CSV file with PyBaMM-style headers)
     * from another kind of parameter file.
     *
     * @param source the file name, for messages
     * @param resolver opens CSV files named by the table
     */
    public static Table readTable(NodeReader t, Dimension d, String source, Resolver resolver) {
        return new CellFile(source, resolver).table(t, d, null);
    }

    /**
     * A {@code {value, source}} pair within {@code [min, max]} (SI); returns the value in SI. The
     * source must not be blank.
     */
    public static double sourced(NodeReader parent, String key, Dimension d, double min, double max) {
        NodeReader o = parent.object(key);
        String src = o.string("source");
        if (src.isBlank()) {
            throw o.error("source", "a source is required: a citation, or 'assumption:' and why");
        }
        double v = o.quantity("value", d, min, max);
        return v;
    }

    private Table table(NodeReader t, Dimension d, Table ocvForMapping) {
        String src = t.string("source");
        if (src.isBlank()) {
            throw t.error("source", "a source is required: a citation, or 'assumption:' and why");
        }
        if (t.has("file")) {
            return csvTable(t, d, ocvForMapping);
        }
        double unit = unitFactor(t, "unit", d);
        double[] soc = t.numbers("soc");
        if (soc.length == 0) {
            throw t.error("soc", "at least one state-of-charge point is needed");
        }
        checkIncreasing(t, "soc", soc);
        try {
            if (t.has("temperature")) {
                double[] temps = temperatures(t, "temperature");
                double[][] m = t.matrix("values");
                if (m.length != soc.length || m[0].length != temps.length) {
                    throw t.error(
                            "values",
                            "needs " + soc.length + " rows (one per soc point) of " + temps.length
                                    + " values (one per temperature), got " + m.length + " rows of " + m[0].length);
                }
                for (double[] row : m) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] *= unit;
                    }
                }
                return Table.ofSocTemperature(soc, temps, m);
            }
            double[] v = t.numbers("values");
            if (v.length != soc.length) {
                throw t.error("values", "needs " + soc.length + " values (one per soc point), got " + v.length);
            }
            for (int i = 0; i < v.length; i++) {
                v[i] *= unit;
            }
            return Table.ofSoc(soc, v);
        } catch (IllegalArgumentException e) {
            throw t.error(t.node(), e.getMessage());
        }
    }

    private static void checkIncreasing(NodeReader t, String key, double[] a) {
        for (int i = 1; i < a.length; i++) {
            if (!(a[i] > a[i - 1])) {
                Node n = ((ListNode) t.node(key)).get(i);
                throw t.error(n, "values must increase strictly (" + a[i] + " after " + a[i - 1] + ")");
            }
        }
    }

    private static double unitFactor(NodeReader t, String key, Dimension d) {
        String u = t.string(key);
        try {
            return Units.parse("1 " + u, d);
        } catch (IllegalArgumentException e) {
            throw t.error(key, e.getMessage());
        }
    }

    private static double[] temperatures(NodeReader t, String key) {
        Node n = t.node(key);
        if (!(n instanceof ListNode list) || list.size() == 0) {
            throw t.error(key, "expected a list of temperatures such as [\"0 degC\", \"25 degC\"]");
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            Node item = list.get(i);
            if (!(item instanceof ScalarNode s)) {
                throw t.error(item, "expected a temperature such as \"25 degC\"");
            }
            try {
                out[i] = Units.parse(s.text(), Dimension.TEMPERATURE);
            } catch (IllegalArgumentException e) {
                throw t.error(item, e.getMessage());
            }
            if (i > 0 && !(out[i] > out[i - 1])) {
                throw t.error(item, "temperatures must increase strictly");
            }
        }
        return out;
    }

    // ---- CSV tables ----------------------------------------------------------------------

    private Table csvTable(NodeReader t, Dimension d, Table ocvForMapping) {
        String file = t.string("file");
        NodeReader cols = t.object("columns");
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        for (String role : List.of("soc", "ocv", "temperature", "current", "value")) {
            cols.optionalString(role).ifPresent(c -> roles.put(role, c));
        }
        if (!roles.containsKey("value")) {
            throw t.error("columns", "needs a 'value' column");
        }
        if (roles.containsKey("soc") == roles.containsKey("ocv")) {
            throw t.error("columns", "needs exactly one of 'soc' or 'ocv' as the first axis");
        }
        if (roles.containsKey("ocv") && ocvForMapping == null) {
            throw t.error("columns", "an 'ocv' axis is only allowed for the entropic coefficient");
        }
        String where = source + " -> " + file;
        Csv csv;
        try (InputStream in = resolver.open(file)) {
            if (in == null) {
                throw t.error("file", "file not found: " + file);
            }
            csv = Csv.read(in, where);
        } catch (IOException e) {
            throw t.error("file", "cannot read " + file + ": " + e.getMessage());
        }
        Function<String, Integer> col = role -> {
            String name = roles.get(role);
            int j = csv.header.indexOf(name);
            if (j < 0) {
                throw t.error(
                        "columns",
                        "column '" + name + "' is not in " + file + " (columns: " + String.join(", ", csv.header)
                                + ")");
            }
            return j;
        };
        int jv = col.apply("value");
        double vf = headerUnit(t, csv.header.get(jv), d);
        String axis0 = roles.containsKey("soc") ? "soc" : "ocv";
        int j0 = col.apply(axis0);
        double f0 = axis0.equals("ocv") ? headerUnit(t, csv.header.get(j0), Dimension.VOLTAGE) : 1;
        int jt = roles.containsKey("temperature") ? col.apply("temperature") : -1;
        int ji = roles.containsKey("current") ? col.apply("current") : -1;
        double fi = ji >= 0 ? headerUnit(t, csv.header.get(ji), Dimension.CURRENT) : 1;
        boolean kelvin = jt >= 0 && unitOf(csv.header.get(jt)).equals("K");
        if (jt >= 0 && !kelvin && !unitOf(csv.header.get(jt)).equals("degC")) {
            throw t.error("columns", "temperature column must be in [degC] or [K], got '" + csv.header.get(jt) + "'");
        }
        double[] a0 = axis(csv, j0, f0, 0);
        double[] at = jt >= 0 ? axis(csv, jt, 1, kelvin ? 0 : 273.15) : new double[] {298.15};
        double[] ai = ji >= 0 ? axis(csv, ji, fi, 0) : new double[] {0};
        double[] vals = new double[a0.length * at.length * ai.length];
        boolean[] seen = new boolean[vals.length];
        for (int r = 0; r < csv.rows.size(); r++) {
            double[] row = csv.rows.get(r);
            int i0 = Arrays.binarySearch(a0, row[j0] * f0);
            int it = jt >= 0 ? Arrays.binarySearch(at, row[jt] + (kelvin ? 0 : 273.15)) : 0;
            int ii = ji >= 0 ? Arrays.binarySearch(ai, row[ji] * fi) : 0;
            int k = (i0 * at.length + it) * ai.length + ii;
            if (seen[k]) {
                throw new InputException(where, csv.lines.get(r), 0, "", "duplicate grid point");
            }
            seen[k] = true;
            vals[k] = row[jv] * vf;
        }
        for (int k = 0; k < seen.length; k++) {
            if (!seen[k]) {
                throw new InputException(
                        where,
                        0,
                        0,
                        "",
                        "the table is not a full grid: " + (seen.length - csv.rows.size()) + " of " + seen.length
                                + " grid points are missing");
            }
        }
        try {
            if (axis0.equals("soc")) {
                return Table.of(a0, at, ai, vals);
            }
            return mapOcvAxis(a0, at, vals, ocvForMapping);
        } catch (IllegalArgumentException e) {
            throw t.error(t.node(), file + ": " + e.getMessage());
        }
    }

    /** Re-tabulates a table over (OCV, T) onto the OCV table's SoC grid, through OCV(SoC). */
    private static Table mapOcvAxis(double[] ocvAxis, double[] temps, double[] vals, Table ocv) {
        Table byOcv = Table.of(ocvAxis, temps, new double[] {0}, vals); // the "soc" axis holds OCV here
        double[] soc = ocv.socAxis();
        double[][] out = new double[soc.length][temps.length];
        Table.Cursor c = new Table.Cursor();
        Table.Cursor c2 = new Table.Cursor();
        for (int i = 0; i < soc.length; i++) {
            for (int j = 0; j < temps.length; j++) {
                double u = ocv.eval(soc[i], temps[j], 0, c);
                out[i][j] = byOcv.eval(u, temps[j], 0, c2);
            }
        }
        return Table.ofSocTemperature(soc, temps, out);
    }

    private static double[] axis(Csv csv, int j, double factor, double offset) {
        TreeSet<Double> s = new TreeSet<>();
        for (double[] row : csv.rows) {
            s.add(row[j] * factor + offset);
        }
        return s.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String unitOf(String header) {
        int a = header.lastIndexOf('[');
        int b = header.lastIndexOf(']');
        return (a >= 0 && b > a) ? header.substring(a + 1, b).trim() : "";
    }

    private static double headerUnit(NodeReader t, String header, Dimension d) {
        String u = unitOf(header);
        if (u.isEmpty()) {
            throw t.error(
                    "columns",
                    "column '" + header + "' has no [unit] in its name; allowed units: "
                            + String.join(", ", d.unitSymbols()));
        }
        try {
            return Units.parse("1 " + u, d);
        } catch (IllegalArgumentException e) {
            throw t.error("columns", "column '" + header + "': " + e.getMessage());
        }
    }

    /** A numeric CSV with one header line (a leading '#' on it is ignored). */
    private static final class Csv {
        final List<String> header = new ArrayList<>();
        final List<double[]> rows = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();

        static Csv read(InputStream in, String where) throws IOException {
            Csv c = new Csv();
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = br.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                if (c.header.isEmpty()) {
                    String h = line.startsWith("#") ? line.substring(1) : line;
                    for (String s : h.split(",", -1)) {
                        c.header.add(s.trim());
                    }
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != c.header.size()) {
                    throw new InputException(
                            where, n, 0, "", "expected " + c.header.size() + " fields, got " + f.length);
                }
                double[] row = new double[f.length];
                int col = 1;
                for (int j = 0; j < f.length; j++) {
                    try {
                        row[j] = Double.parseDouble(f[j].trim());
                    } catch (NumberFormatException e) {
                        throw new InputException(where, n, col, c.header.get(j), "not a number: '" + f[j].trim() + "'");
                    }
                    if (!Double.isFinite(row[j])) {
                        throw new InputException(
                                where, n, col, c.header.get(j), "not a finite number: '" + f[j].trim() + "'");
                    }
                    col += f[j].length() + 1;
                }
                c.rows.add(row);
                c.lines.add(n);
            }
            if (c.header.isEmpty() || c.rows.isEmpty()) {
                throw new InputException(where, n, 0, "", "no data rows");
            }
            return c;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
