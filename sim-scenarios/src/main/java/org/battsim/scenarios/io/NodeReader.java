package org.battsim.scenarios.io;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cursor over one map of an input file, with typed accessors that report every problem as an
 * {@link InputException} at the offending value: file, line, column, field path and what is
 * allowed. A missing key is reported at the map that should contain it.
 *
 * <p>The reader records every key it is asked about. After reading, call {@link #finish()}: it
 * rejects keys nobody asked for (usually typos), here and in every map opened through {@link
 * #object} and {@link #objects}. An explicit empty value ({@code key:}, {@code key: null}) counts as
 * absent for {@link #has} and the optional accessors, and as missing for the required ones.
 */
public final class NodeReader {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,100}");

    private final String source;
    private final MapNode map;
    private final Set<String> known = new LinkedHashSet<>();
    private final Map<String, Object> children = new HashMap<>();
    private final List<NodeReader> childReaders = new ArrayList<>();

    private NodeReader(String source, MapNode map) {
        this.source = source;
        this.map = map;
    }

    /**
     * A reader over {@code root}, which must be a map.
     *
     * @param source the name used in messages, normally the file name
     */
    public static NodeReader of(Node root, String source) {
        if (root instanceof MapNode m) {
            return new NodeReader(source, m);
        }
        throw new InputException(
                source,
                root.line(),
                root.column(),
                root.path(),
                "expected a map of keys and values, got " + root.describe());
    }

    /** Parses {@code file} with {@link YamlTree#parse(Path)} and reads its top-level map. */
    public static NodeReader open(Path file) {
        return of(YamlTree.parse(file), file.toString());
    }

    public String source() {
        return source;
    }

    /** Path of this map, such as {@code thermal}; empty at the top level. */
    public String path() {
        return map.path();
    }

    /** The underlying map, for readers that need to walk it themselves. */
    public MapNode node() {
        return map;
    }

    /** Whether {@code key} is present with a non-empty value. Counts as knowing the key. */
    public boolean has(String key) {
        known.add(key);
        return present(key) != null;
    }

    /** The value of a required key, of any type; for values the typed accessors do not cover. */
    public Node node(String key) {
        return required(key, "a value");
    }

    /** Non-empty text. */
    public String string(String key) {
        return text(scalar(key, "text"));
    }

    public Optional<String> optionalString(String key) {
        Node n = optional(key);
        return n == null ? Optional.empty() : Optional.of(text(scalarAt(n, "text")));
    }

    /**
     * A value with a unit, in SI. A number without unit is accepted only for {@link
     * Dimension#FRACTION} and {@link Dimension#DIMENSIONLESS}.
     */
    public double quantity(String key, Dimension dimension) {
        return quantityAt(scalar(key, expected(dimension)), dimension);
    }

    /**
     * As {@link #quantity(String, Dimension)}, within {@code [min, max]} (SI, inclusive); an
     * infinite bound is open.
     */
    public double quantity(String key, Dimension dimension, double min, double max) {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("bad range [" + min + ", " + max + "]");
        }
        ScalarNode s = scalar(key, expected(dimension));
        double v = quantityAt(s, dimension);
        if (v < min || v > max) {
            String got = s.text().strip();
            String normal = Units.format(v, dimension);
            if (!normal.equals(got)) {
                got += " = " + normal;
            }
            String bounds;
            if (Double.isInfinite(min)) {
                bounds = "at most " + Units.format(max, dimension);
            } else if (Double.isInfinite(max)) {
                bounds = "at least " + Units.format(min, dimension);
            } else {
                bounds = "between " + Units.format(min, dimension) + " and " + Units.format(max, dimension);
            }
            throw error(s, "must be " + bounds + " (got " + got + ")");
        }
        return v;
    }

    /** As {@link #quantity(String, Dimension)}, empty if the key is absent. */
    public OptionalDouble optionalQuantity(String key, Dimension dimension) {
        Node n = optional(key);
        return n == null
                ? OptionalDouble.empty()
                : OptionalDouble.of(quantityAt(scalarAt(n, expected(dimension)), dimension));
    }

    /** A whole number within {@code [min, max]}. */
    public int integer(String key, int min, int max) {
        ScalarNode s = scalar(key, "a whole number");
        String t = s.text().strip();
        if (!INTEGER.matcher(t).matches()) {
            throw error(s, "expected a whole number, got " + s.describe());
        }
        BigInteger v = new BigInteger(t);
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw error(s, "must be between " + min + " and " + max + " (got " + t + ")");
        }
        return v.intValue();
    }

    /** {@code true} or {@code false} (also {@code True}, {@code TRUE}, ...); not yes/no/on/off. */
    public boolean bool(String key) {
        ScalarNode s = scalar(key, "true or false");
        return switch (s.text().strip()) {
            case "true", "True", "TRUE" -> true;
            case "false", "False", "FALSE" -> false;
            default -> throw error(s, "expected true or false, got " + s.describe());
        };
    }

    /**
     * An enum constant, written in any case with {@code -} or {@code _} between words: {@code
     * CONSTANT_CURRENT} may be written {@code constant-current}. Messages list the values in that
     * lower-case form.
     */
    public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(enumName(e));
        }
        ScalarNode s = scalar(key, "one of " + Messages.list(names));
        String wanted = s.text().strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E e : type.getEnumConstants()) {
            if (enumName(e).equals(wanted)) {
                return e;
            }
        }
        throw error(
                s,
                "unknown value " + Messages.quote(s.text()) + Messages.didYouMean(wanted, names) + "; allowed: "
                        + Messages.list(names));
    }

    /** The map under {@code key}. Asking twice returns the same reader. */
    public NodeReader object(String key) {
        Object cached = children.get(key);
        if (cached instanceof NodeReader r) {
            return r;
        }
        Node n = required(key, "a map");
        if (!(n instanceof MapNode m)) {
            throw error(n, "expected a map of keys and values, got " + n.describe());
        }
        NodeReader r = new NodeReader(source, m);
        children.put(key, r);
        childReaders.add(r);
        return r;
    }

    /** The list of maps under {@code key}; may be empty. Asking twice returns the same readers. */
    public List<NodeReader> objects(String key) {
        Object cached = children.get(key);
        if (cached instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<NodeReader> readers = (List<NodeReader>) list;
            return readers;
        }
        ListNode list = list(key, "a list of maps");
        List<NodeReader> readers = new ArrayList<>();
        for (Node item : list.items()) {
            if (!(item instanceof MapNode m)) {
                throw error(item, "expected a map of keys and values, got " + item.describe());
            }
            readers.add(new NodeReader(source, m));
        }
        readers = List.copyOf(readers);
        children.put(key, readers);
        childReaders.addAll(readers);
        return readers;
    }

    /** A list of plain numbers (no units); may be empty. */
    public double[] numbers(String key) {
        ListNode list = list(key, "a list of numbers");
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = numberAt(list.get(i));
        }
        return values;
    }

    /** A table of plain numbers: a non-empty list of non-empty rows of equal length. */
    public double[][] matrix(String key) {
        ListNode rows = list(key, "a table (a list of rows of numbers)");
        if (rows.size() == 0) {
            throw error(rows, "the table has no rows");
        }
        double[][] values = new double[rows.size()][];
        int width = -1;
        for (int i = 0; i < values.length; i++) {
            Node rowNode = rows.get(i);
            if (!(rowNode instanceof ListNode row)) {
                throw error(rowNode, "expected a row (a list of numbers), got " + rowNode.describe());
            }
            if (row.size() == 0) {
                throw error(row, "the row is empty");
            }
            if (width < 0) {
                width = row.size();
            } else if (row.size() != width) {
                throw error(
                        row,
                        "row " + i + " has " + row.size() + " values but row 0 has " + width
                                + "; every row must have the same length");
            }
            values[i] = new double[width];
            for (int j = 0; j < width; j++) {
                values[i][j] = numberAt(row.get(j));
            }
        }
        return values;
    }

    /**
     * Rejects any key of this map that no accessor asked about, then does the same for the maps
     * opened through {@link #object} and {@link #objects}.
     */
    public void finish() {
        for (MapNode.Entry e : map.entries()) {
            if (!known.contains(e.key())) {
                String allowed = known.isEmpty() ? "no keys are expected here" : "allowed: " + Messages.list(known);
                throw new InputException(
                        source,
                        e.keyLine(),
                        e.keyColumn(),
                        NodePath.child(path(), e.key()),
                        "unknown key " + Messages.quote(e.key()) + Messages.didYouMean(e.key(), known) + "; "
                                + allowed);
            }
        }
        for (NodeReader child : childReaders) {
            child.finish();
        }
    }

    /** An error at the value of {@code key}, or at this map if the key is absent. */
    public InputException error(String key, String message) {
        Node n = map.get(key).orElse(null);
        return n != null
                ? error(n, message)
                : new InputException(source, map.line(), map.column(), NodePath.child(path(), key), message);
    }

    /** An error at {@code node}, which should belong to this reader's file. */
    public InputException error(Node node, String message) {
        return new InputException(source, node.line(), node.column(), node.path(), message);
    }

    private Node present(String key) {
        Node n = map.get(key).orElse(null);
        return n instanceof ScalarNode s && s.isNull() ? null : n;
    }

    private Node optional(String key) {
        known.add(key);
        return present(key);
    }

    private Node required(String key, String expected) {
        known.add(key);
        Node n = map.get(key).orElse(null);
        if (n == null) {
            String hint = "";
            List<String> unknown = new ArrayList<>();
            for (String k : map.keys()) {
                if (!known.contains(k)) {
                    unknown.add(k);
                }
            }
            String similar = Messages.closest(key, unknown);
            if (similar != null) {
                MapNode.Entry e = map.entry(similar).orElseThrow();
                hint = "; found " + Messages.quote(similar) + " at line " + e.keyLine() + ", column " + e.keyColumn()
                        + ", misspelled?";
            }
            throw new InputException(
                    source,
                    map.line(),
                    map.column(),
                    NodePath.child(path(), key),
                    "missing key " + Messages.quote(key) + " (expected " + expected + ")" + hint);
        }
        if (n instanceof ScalarNode s && s.isNull()) {
            throw error(n, "missing value; expected " + expected);
        }
        return n;
    }

    private ScalarNode scalar(String key, String expected) {
        return scalarAt(required(key, expected), expected);
    }

    private ScalarNode scalarAt(Node n, String expected) {
        if (n instanceof ScalarNode s) {
            return s;
        }
        throw error(n, "expected " + expected + ", got " + n.describe());
    }

    private ListNode list(String key, String expected) {
        Node n = required(key, expected);
        if (n instanceof ListNode l) {
            return l;
        }
        throw error(n, "expected " + expected + ", got " + n.describe());
    }

    private String text(ScalarNode s) {
        if (s.text().isBlank()) {
            throw error(s, "must not be empty");
        }
        return s.text();
    }

    private double quantityAt(ScalarNode s, Dimension dimension) {
        try {
            return Units.parse(s.text(), dimension);
        } catch (IllegalArgumentException e) {
            throw error(s, e.getMessage());
        }
    }

    private double numberAt(Node n) {
        ScalarNode s = scalarAt(n, "a number");
        if (s.isNull()) {
            throw error(s, "missing value; expected a number");
        }
        return quantityAt(s, Dimension.DIMENSIONLESS);
    }

    private static String expected(Dimension d) {
        return d.description() + " such as " + d.example();
    }

    private static String enumName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
