package org.battsim.scenarios.io;

import java.math.BigDecimal;
import java.util.List;

/**
 * The physical dimension of a value in an input file, with the units it may be written in.
 *
 * <p>Values are converted to SI: volts, amperes, coulombs (A·s), ohms, farads, kelvin, seconds,
 * watts, joules, J/K, K/W, W/K, kilograms, V/K, hertz, metres, J/mol; fractions as plain numbers (20% = 0.2).
 * Unit symbols are case-sensitive ({@code mOhm} is not {@code MOhm}). The coulomb symbol "C" is
 * not accepted because it is too easily confused with a C-rate or with degrees Celsius.
 */
public enum Dimension {
    VOLTAGE("a voltage", "4.2 V", false, unit("V", "1"), unit("mV", "0.001")),
    CURRENT(
            "a current",
            "1.5 A",
            false,
            unit("A", "1"),
            unit("mA", "0.001"),
            unit("uA", "0.000001"),
            unit("µA", "0.000001")),
    CHARGE("a charge", "3080 mAh", false, unit("Ah", "3600"), unit("mAh", "3.6"), unit("As", "1")),
    RESISTANCE(
            "a resistance",
            "50 mOhm",
            false,
            unit("Ohm", "1"),
            unit("mOhm", "0.001"),
            unit("kOhm", "1000"),
            alias("\u03a9", "1"),
            alias("m\u03a9", "0.001"),
            alias("k\u03a9", "1000")),
    CAPACITANCE("a capacitance", "4.7 mF", false, unit("F", "1"), unit("mF", "0.001"), unit("kF", "1000")),
    /** Absolute temperature; values below 0 K are rejected. */
    TEMPERATURE(
            "a temperature",
            "25 degC",
            false,
            new Unit("degC", BigDecimal.ONE, new BigDecimal("273.15"), true),
            new Unit("\u00b0C", BigDecimal.ONE, new BigDecimal("273.15"), false),
            unit("K", "1")),
    TEMPERATURE_DIFFERENCE(
            "a temperature difference", "5 K", false, unit("K", "1"), unit("degC", "1"), alias("\u00b0C", "1")),
    /** Also combined forms such as {@code 1h30m} or {@code 2d12h}; {@code m} means minutes there. */
    TIME(
            "a time",
            "30 min",
            false,
            unit("ms", "0.001"),
            unit("s", "1"),
            unit("min", "60"),
            unit("h", "3600"),
            unit("d", "86400")),
    POWER("a power", "10 W", false, unit("W", "1"), unit("mW", "0.001")),
    VOLTAGE_RATE(
            "a rate of voltage change",
            "4 uV/s",
            false,
            unit("V/s", "1"),
            unit("mV/s", "0.001"),
            unit("uV/s", "0.000001")),
    ENERGY("an energy", "11.9 Wh", false, unit("J", "1"), unit("Wh", "3600"), unit("mWh", "3.6")),
    HEAT_CAPACITY("a heat capacity", "40 J/K", false, unit("J/K", "1")),
    THERMAL_RESISTANCE("a thermal resistance", "20 K/W", false, unit("K/W", "1")),
    THERMAL_CONDUCTANCE("a thermal conductance", "0.05 W/K", false, unit("W/K", "1")),
    MASS("a mass", "45 g", false, unit("kg", "1"), unit("g", "0.001")),
    ENTROPIC_COEFFICIENT("an entropic coefficient", "-0.1 mV/K", false, unit("V/K", "1"), unit("mV/K", "0.001")),
    /** A plain number or a percentage: {@code 0.2} and {@code 20%} are the same value. */
    FRACTION("a fraction", "0.2", true, alias("%", "0.01")),
    /** A plain number without unit. */
    DIMENSIONLESS("a plain number", "1.5", true),
    FREQUENCY("a frequency", "1.5 MHz", false, unit("Hz", "1"), unit("kHz", "1000"), unit("MHz", "1000000")),
    LENGTH("a length", "1.5 m", false, unit("m", "1"), unit("cm", "0.01"), unit("mm", "0.001")),
    /** Activation energies of Arrhenius laws. */
    MOLAR_ENERGY("a molar energy", "65 kJ/mol", false, unit("J/mol", "1"), unit("kJ/mol", "1000"));

    /** One way of writing a value: SI = number × factor + offset. */
    record Unit(String symbol, BigDecimal factor, BigDecimal offset, boolean forOutput) {}

    private final String description;
    private final String example;
    private final boolean plainNumber;
    private final List<Unit> units;

    Dimension(String description, String example, boolean plainNumber, Unit... units) {
        this.description = description;
        this.example = example;
        this.plainNumber = plainNumber;
        this.units = List.of(units);
    }

    private static Unit unit(String symbol, String factor) {
        return new Unit(symbol, new BigDecimal(factor), BigDecimal.ZERO, true);
    }

    /** Accepted on input, never written. */
    private static Unit alias(String symbol, String factor) {
        return new Unit(symbol, new BigDecimal(factor), BigDecimal.ZERO, false);
    }

    /** The unit symbols accepted for this dimension, in the order they are listed in messages. */
    public List<String> unitSymbols() {
        return units.stream().map(Unit::symbol).toList();
    }

    /** Whether a number without unit is accepted (only {@link #FRACTION} and {@link #DIMENSIONLESS}). */
    public boolean acceptsPlainNumber() {
        return plainNumber;
    }

    /** For messages: "a voltage". */
    public String description() {
        return description;
    }

    /** For messages: a typical value such as {@code 4.2 V}. */
    public String example() {
        return example;
    }

    /** For messages: what may be written, such as "units: V, mV". */
    String allowed() {
        return switch (this) {
            case DIMENSIONLESS -> "a plain number without unit";
            case FRACTION -> "a plain number such as 0.2 or a percentage such as 20%";
            case TIME -> "units: s, min, h, d, or combined such as 1h30m";
            default -> "units: " + Messages.list(unitSymbols());
        };
    }

    List<Unit> units() {
        return units;
    }

    Unit find(String symbol) {
        for (Unit u : units) {
            if (u.symbol().equals(symbol)) {
                return u;
            }
        }
        return null;
    }
}
