package org.battsim.scenarios.io;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses values with units ({@code "4.2 V"}, {@code "3080 mAh"}, {@code "1h30m"}) into SI doubles
 * and formats SI doubles back.
 *
 * <p>A value is a number in Java/JSON decimal syntax (optional sign, optional fraction and
 * exponent), optionally followed by spaces, then the unit. NaN, infinities, hexadecimal, digit
 * separators and decimal commas are rejected. The conversion is done in exact decimal arithmetic and
 * rounded once, so {@code "25 degC"} is exactly the double nearest 298.15 and {@link #format} output
 * parses back to the same double.
 *
 * <p>All methods throw {@link IllegalArgumentException} with a one-line message that names what is
 * allowed; file readers wrap it into an {@link InputException} with the position.
 */
public final class Units {
    /** Longest accepted number text; longer ones are almost certainly not meant as numbers. */
    private static final int MAX_NUMBER_LENGTH = 100;

    private static final int MAX_CELSIUS_LENGTH = 24;

    private static final Pattern NUMBER_THEN_UNIT =
            Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*)", Pattern.DOTALL);
    private static final Pattern NOT_FINITE =
            Pattern.compile("[+-]?\\.?(?:nan|inf|infinity)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEX = Pattern.compile("[+-]?0[xX].*", Pattern.DOTALL);
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(d|h|min|m|s)\\s*");
    private static final BigDecimal KELVIN_AT_ZERO_CELSIUS = new BigDecimal("273.15");

    private Units() {}

    /**
     * The SI value of {@code text} in dimension {@code dimension}.
     *
     * @throws IllegalArgumentException if the text is not a finite number with an allowed unit
     */
    public static double parse(String text, Dimension dimension) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty value; expected " + expected(dimension));
        }
        String t = text.strip();
        Matcher m = NUMBER_THEN_UNIT.matcher(t);
        if (!m.matches()) {
            throw notANumber(t, dimension);
        }
        String number = m.group(1);
        String symbol = m.group(2);
        if (symbol.isEmpty()) {
            if (!dimension.acceptsPlainNumber()) {
                throw new IllegalArgumentException(
                        quote(t) + " has no unit; expected " + expected(dimension) + " (" + dimension.allowed() + ")");
            }
            return toDouble(decimal(number), t);
        }
        Dimension.Unit unit = dimension.find(symbol);
        if (unit == null) {
            if (dimension == Dimension.TIME) {
                BigDecimal seconds = combinedDuration(t);
                if (seconds != null) {
                    return toDouble(seconds, t);
                }
            }
            throw unknownUnit(t, symbol, dimension);
        }
        double si = toDouble(decimal(number).multiply(unit.factor()).add(unit.offset()), t);
        if (dimension == Dimension.TEMPERATURE && si < 0) {
            throw new IllegalArgumentException(quote(t) + " is below absolute zero");
        }
        return si;
    }

    /** A plain number (no unit), as used in tables. */
    public static double parseNumber(String text) {
        return parse(text, Dimension.DIMENSIONLESS);
    }

    /** A duration in seconds, at least 0: {@code "90s"}, {@code "30 min"}, {@code "2h"}, {@code "1h30m"}. */
    public static double parseDuration(String text) {
        double s = parse(text, Dimension.TIME);
        if (s < 0) {
            throw new IllegalArgumentException("duration " + quote(text.strip()) + " must not be negative");
        }
        return s;
    }

    /** A state of charge between 0 and 1: {@code "0.2"} or {@code "20%"}. */
    public static double parseStateOfCharge(String text) {
        double soc = parse(text, Dimension.FRACTION);
        if (soc < 0 || soc > 1) {
            throw new IllegalArgumentException(
                    "state of charge must be between 0 and 1 (0% and 100%), got " + quote(text.strip()));
        }
        return soc;
    }

    /** A temperature in kelvin: {@code "25 degC"}, {@code "25 °C"} or {@code "298.15 K"}. */
    public static double parseTemperature(String text) {
        return parse(text, Dimension.TEMPERATURE);
    }

    /**
     * Text for an SI value that {@link #parse} reads back to exactly the same double. The unit is
     * the largest output unit of the dimension that gives a number of at least 1 without rounding
     * ({@code 0.05 A} is written {@code 50 mA}, {@code 5400 s} is {@code 1.5 h}); temperatures are
     * written in degC (in K close to absolute zero), fractions as plain numbers.
     *
     * @throws IllegalArgumentException if {@code si} is NaN or infinite
     */
    public static String format(double si, Dimension dimension) {
        if (!Double.isFinite(si)) {
            throw new IllegalArgumentException("cannot write a non-finite value: " + si);
        }
        // Double.toString gives the shortest decimal that reads back to the same double.
        BigDecimal exact = new BigDecimal(Double.toString(si + 0.0));
        if (dimension == Dimension.TEMPERATURE) {
            String celsius = number(exact.subtract(KELVIN_AT_ZERO_CELSIUS));
            // Near absolute zero degC would need long digit strings such as -273.1499999999999.
            return celsius.length() <= MAX_CELSIUS_LENGTH ? celsius + " degC" : number(exact) + " K";
        }
        if (dimension.acceptsPlainNumber()) {
            return number(exact);
        }
        Dimension.Unit best = null;
        BigDecimal bestValue = null;
        Dimension.Unit smallest = null;
        BigDecimal smallestValue = null;
        for (Dimension.Unit u : dimension.units()) {
            if (!u.forOutput()) {
                continue;
            }
            if (exact.signum() == 0 && u.factor().compareTo(BigDecimal.ONE) == 0) {
                return "0 " + u.symbol();
            }
            BigDecimal v;
            try {
                v = exact.divide(u.factor());
            } catch (ArithmeticException nonTerminating) {
                continue;
            }
            if (v.abs().compareTo(BigDecimal.ONE) >= 0
                    && (best == null || u.factor().compareTo(best.factor()) > 0)) {
                best = u;
                bestValue = v;
            }
            if (smallest == null || u.factor().compareTo(smallest.factor()) < 0) {
                smallest = u;
                smallestValue = v;
            }
        }
        // Every dimension with units has a unit of factor 1, which always divides exactly.
        return best != null ? number(bestValue) + " " + best.symbol() : number(smallestValue) + " " + smallest.symbol();
    }

    /** Shortest plain decimal, or e-notation outside 1e-6 .. 1e15. */
    static String number(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        BigDecimal s = v.stripTrailingZeros();
        int exponent = s.precision() - s.scale() - 1;
        if (exponent >= -6 && exponent < 15) {
            return s.toPlainString();
        }
        return s.toString().replace("E+", "e").replace('E', 'e');
    }

    private static BigDecimal decimal(String number) {
        if (number.length() > MAX_NUMBER_LENGTH) {
            throw new IllegalArgumentException(
                    "number is too long (" + number.length() + " characters, at most " + MAX_NUMBER_LENGTH + ")");
        }
        double d = Double.parseDouble(number);
        if (Double.isInfinite(d)) {
            throw new IllegalArgumentException("number " + quote(number) + " is too large");
        }
        // Keeps values like 1e-999999 from becoming huge BigDecimal operations below.
        return d == 0 ? BigDecimal.ZERO : new BigDecimal(number);
    }

    private static double toDouble(BigDecimal v, String text) {
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(quote(text) + " is too large");
        }
        return d + 0.0; // no negative zero
    }

    /** Seconds of {@code 1h30m}, {@code 2d 12h}, {@code 1m30s}; null if {@code t} is not of that form. */
    private static BigDecimal combinedDuration(String t) {
        Matcher m = DURATION_PART.matcher(t);
        BigDecimal total = BigDecimal.ZERO;
        int pos = 0;
        int lastRank = Integer.MAX_VALUE;
        while (pos < t.length()) {
            m.region(pos, t.length());
            if (!m.lookingAt()) {
                return null;
            }
            String unit = m.group(2);
            int rank = switch (unit) {
                case "d" -> 4;
                case "h" -> 3;
                case "min", "m" -> 2;
                default -> 1;
            };
            if (rank >= lastRank) {
                throw new IllegalArgumentException("in " + quote(t)
                        + ", write the parts of a combined duration once each, largest first, as in 1d2h30m15s");
            }
            lastRank = rank;
            BigDecimal factor = BigDecimal.valueOf(
                    switch (rank) {
                        case 4 -> 86400;
                        case 3 -> 3600;
                        case 2 -> 60;
                        default -> 1;
                    });
            total = total.add(decimal(m.group(1)).multiply(factor));
            pos = m.end();
        }
        return total;
    }

    private static IllegalArgumentException notANumber(String t, Dimension dimension) {
        if (NOT_FINITE.matcher(t).matches()) {
            return new IllegalArgumentException(quote(t) + " is not a finite number; expected " + expected(dimension));
        }
        return new IllegalArgumentException(
                "expected " + expected(dimension) + ", got " + quote(t) + " which does not start with a number");
    }

    private static IllegalArgumentException unknownUnit(String t, String symbol, Dimension dimension) {
        if (HEX.matcher(t).matches()) {
            return new IllegalArgumentException(
                    quote(t) + ": hexadecimal numbers are not allowed; expected " + expected(dimension));
        }
        int first = symbol.codePointAt(0);
        if (!Character.isLetter(first) && first != '%' && first != '\u00b0') {
            // "1_000", "1,5 V", "1.2.3", "5 - 3": the number itself is malformed.
            return new IllegalArgumentException(quote(t) + " is not a valid number with a unit; expected "
                    + expected(dimension) + " (decimal point, no digit separators)");
        }
        if (dimension == Dimension.DIMENSIONLESS) {
            return new IllegalArgumentException("expected a plain number without unit, got " + quote(t));
        }
        for (Dimension other : Dimension.values()) {
            if (other != dimension && other.find(symbol) != null) {
                return new IllegalArgumentException(quote(symbol) + " is a unit of " + noun(other) + ", but "
                        + dimension.description() + " is expected here (" + dimension.allowed() + ")");
            }
        }
        return new IllegalArgumentException("unknown unit " + quote(symbol) + " for " + dimension.description()
                + Messages.didYouMean(symbol, dimension.unitSymbols()) + "; " + dimension.allowed());
    }

    private static String expected(Dimension d) {
        return d.description() + " such as " + d.example();
    }

    /** "a voltage" → "voltage". */
    private static String noun(Dimension d) {
        String s = d.description();
        return s.substring(s.indexOf(' ') + 1);
    }

    private static String quote(String s) {
        return Messages.quote(s);
    }
}
