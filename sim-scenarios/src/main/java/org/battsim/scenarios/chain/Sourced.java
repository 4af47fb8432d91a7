package org.battsim.scenarios.chain;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.battsim.scenarios.io.Dimension;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.NodeReader;
import org.battsim.scenarios.io.Units;

/**
 * Values of the chain's parameter files: every one is {@code {value: ..., source: ...}}, the source
 * a citation or {@code assumption:} and why.
 */
final class Sourced {
    private Sourced() {}

    /** The {@code {value, source}} map under {@code key}, its source checked. */
    static NodeReader entry(NodeReader parent, String key) {
        NodeReader o = parent.object(key);
        o.string("source"); // required and non-blank
        return o;
    }

    static double quantity(NodeReader parent, String key, Dimension d, double min, double max) {
        return entry(parent, key).quantity("value", d, min, max);
    }

    static double number(NodeReader parent, String key, double min, double max) {
        return quantity(parent, key, Dimension.DIMENSIONLESS, min, max);
    }

    static double fraction(NodeReader parent, String key) {
        return quantity(parent, key, Dimension.FRACTION, 0, 1);
    }

    static boolean flag(NodeReader parent, String key) {
        return entry(parent, key).bool("value");
    }

    static <E extends Enum<E>> E choice(NodeReader parent, String key, Class<E> type) {
        return entry(parent, key).enumValue("value", type);
    }

    /** Builds a model record, reporting its validation message at the map it was read from. */
    static <T> T build(NodeReader at, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw at.error(at.node(), e.getMessage());
        }
    }

    /** Splits {@code a=b} options of a spec such as {@code usb2-port,front=0.6m}. */
    static String[] option(String optionName, String token) {
        int eq = token.indexOf('=');
        String key = (eq < 0 ? token : token.substring(0, eq)).strip();
        String value = eq < 0 ? null : token.substring(eq + 1).strip();
        if (key.isEmpty()) {
            throw InputException.option(optionName, "empty option in '" + token + "'");
        }
        return new String[] {key, value};
    }

    /** A value with unit given in a spec string. */
    static double parse(String optionName, String key, String text, Dimension d, double min, double max) {
        if (text == null || text.isEmpty()) {
            throw InputException.option(optionName, key + " needs a value, such as " + key + "=" + d.example());
        }
        double v;
        try {
            v = Units.parse(text, d);
        } catch (IllegalArgumentException e) {
            throw InputException.option(optionName, key + ": " + e.getMessage());
        }
        if (!(v >= min && v <= max)) {
            throw InputException.option(
                    optionName,
                    key + " must be between " + Units.format(min, d) + " and " + Units.format(max, d) + ", got "
                            + text);
        }
        return v;
    }

    /** The file named by {@code text}, or null if there is none (also for text that is no path). */
    static Path existingFile(String text) {
        try {
            Path p = Path.of(text);
            return !text.isBlank() && Files.isRegularFile(p) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
