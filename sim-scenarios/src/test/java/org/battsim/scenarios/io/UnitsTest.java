package org.battsim.scenarios.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnitsTest {
    /** Text, dimension, SI value computed by hand. */
    static List<Arguments> conversions() {
        List<Arguments> c = new ArrayList<>();
        add(c, Dimension.VOLTAGE, "1 V", 1.0);
        add(c, Dimension.VOLTAGE, "4.2V", 4.2);
        add(c, Dimension.VOLTAGE, "1 mV", 0.001);
        add(c, Dimension.VOLTAGE, "4350 mV", 4.35);
        add(c, Dimension.VOLTAGE, "0.1 mV", 1e-4);
        add(c, Dimension.CURRENT, "70 uA", 70e-6);
        add(c, Dimension.CURRENT, "3 µA", 3e-6);
        add(c, Dimension.CURRENT, "1 A", 1.0);
        add(c, Dimension.CURRENT, "1 mA", 0.001);
        add(c, Dimension.CURRENT, "-1500mA", -1.5);
        add(c, Dimension.CHARGE, "1 Ah", 3600.0);
        add(c, Dimension.CHARGE, "1 mAh", 3.6);
        add(c, Dimension.CHARGE, "3080 mAh", 11088.0);
        add(c, Dimension.CHARGE, "1 As", 1.0);
        add(c, Dimension.RESISTANCE, "1 Ohm", 1.0);
        add(c, Dimension.RESISTANCE, "50 mOhm", 0.05);
        add(c, Dimension.RESISTANCE, "1 mOhm", 0.001);
        add(c, Dimension.RESISTANCE, "1 kOhm", 1000.0);
        add(c, Dimension.RESISTANCE, "1 \u03a9", 1.0);
        add(c, Dimension.RESISTANCE, "1 m\u03a9", 0.001);
        add(c, Dimension.RESISTANCE, "4.7 k\u03a9", 4700.0);
        add(c, Dimension.CAPACITANCE, "1 F", 1.0);
        add(c, Dimension.CAPACITANCE, "1 mF", 0.001);
        add(c, Dimension.CAPACITANCE, "1 kF", 1000.0);
        add(c, Dimension.TEMPERATURE, "25 degC", 298.15);
        add(c, Dimension.TEMPERATURE, "0 degC", 273.15);
        add(c, Dimension.TEMPERATURE, "-40 degC", 233.15);
        add(c, Dimension.TEMPERATURE, "25 \u00b0C", 298.15);
        add(c, Dimension.TEMPERATURE, "298.15 K", 298.15);
        add(c, Dimension.TEMPERATURE, "0 K", 0.0);
        add(c, Dimension.TEMPERATURE_DIFFERENCE, "5 K", 5.0);
        add(c, Dimension.TEMPERATURE_DIFFERENCE, "5 degC", 5.0);
        add(c, Dimension.TEMPERATURE_DIFFERENCE, "-5 \u00b0C", -5.0);
        add(c, Dimension.TIME, "10 ms", 0.010);
        add(c, Dimension.TIME, "250ms", 0.25);
        add(c, Dimension.TIME, "1 s", 1.0);
        add(c, Dimension.TIME, "90s", 90.0);
        add(c, Dimension.TIME, "1 min", 60.0);
        add(c, Dimension.TIME, "30min", 1800.0);
        add(c, Dimension.TIME, "1 h", 3600.0);
        add(c, Dimension.TIME, "2h", 7200.0);
        add(c, Dimension.TIME, "0.5 h", 1800.0);
        add(c, Dimension.TIME, "1 d", 86400.0);
        add(c, Dimension.TIME, "1h30m", 5400.0);
        add(c, Dimension.TIME, "1h 30min", 5400.0);
        add(c, Dimension.TIME, "30m", 1800.0);
        add(c, Dimension.TIME, "1d2h3m4s", 93784.0);
        add(c, Dimension.TIME, "2m30.5s", 150.5);
        add(c, Dimension.POWER, "1 W", 1.0);
        add(c, Dimension.POWER, "1 mW", 0.001);
        add(c, Dimension.ENERGY, "1 J", 1.0);
        add(c, Dimension.ENERGY, "1 Wh", 3600.0);
        add(c, Dimension.ENERGY, "1 mWh", 3.6);
        add(c, Dimension.ENERGY, "11.9 Wh", 42840.0);
        add(c, Dimension.HEAT_CAPACITY, "40 J/K", 40.0);
        add(c, Dimension.THERMAL_RESISTANCE, "20 K/W", 20.0);
        add(c, Dimension.THERMAL_CONDUCTANCE, "0.05 W/K", 0.05);
        add(c, Dimension.MASS, "1 kg", 1.0);
        add(c, Dimension.MASS, "1 g", 0.001);
        add(c, Dimension.MASS, "45 g", 0.045);
        add(c, Dimension.ENTROPIC_COEFFICIENT, "1 V/K", 1.0);
        add(c, Dimension.ENTROPIC_COEFFICIENT, "-0.1 mV/K", -1e-4);
        add(c, Dimension.FRACTION, "0.2", 0.2);
        add(c, Dimension.FRACTION, "20%", 0.2);
        add(c, Dimension.FRACTION, "20 %", 0.2);
        add(c, Dimension.FRACTION, "150%", 1.5);
        add(c, Dimension.DIMENSIONLESS, "1.5", 1.5);
        add(c, Dimension.DIMENSIONLESS, "-2e3", -2000.0);
        add(c, Dimension.DIMENSIONLESS, "2.5E-3", 0.0025);
        add(c, Dimension.DIMENSIONLESS, ".5", 0.5);
        add(c, Dimension.DIMENSIONLESS, "+1", 1.0);
        add(c, Dimension.DIMENSIONLESS, "  7  ", 7.0);
        add(c, Dimension.VOLTAGE_RATE, "1 V/s", 1.0);
        add(c, Dimension.VOLTAGE_RATE, "2 mV/s", 0.002);
        add(c, Dimension.VOLTAGE_RATE, "4 uV/s", 4e-6);
        add(c, Dimension.FREQUENCY, "1 Hz", 1.0);
        add(c, Dimension.FREQUENCY, "1 kHz", 1000.0);
        add(c, Dimension.FREQUENCY, "1.5 MHz", 1.5e6);
        add(c, Dimension.LENGTH, "1 m", 1.0);
        add(c, Dimension.LENGTH, "1.5m", 1.5);
        add(c, Dimension.LENGTH, "1 cm", 0.01);
        add(c, Dimension.LENGTH, "1 mm", 0.001);
        add(c, Dimension.LENGTH, "0.8 mm", 8e-4);
        add(c, Dimension.MOLAR_ENERGY, "1 J/mol", 1.0);
        add(c, Dimension.MOLAR_ENERGY, "1 kJ/mol", 1000.0);
        add(c, Dimension.MOLAR_ENERGY, "67.5 kJ/mol", 67500.0);
        return c;
    }

    private static void add(List<Arguments> c, Dimension d, String text, double si) {
        c.add(Arguments.of(text, d, si));
    }

    @ParameterizedTest(name = "{0} as {1} = {2}")
    @MethodSource("conversions")
    void convertsToSi(String text, Dimension dimension, double expected) {
        // Exact: the conversion rounds once, to the double nearest the decimal value.
        assertEquals(expected, Units.parse(text, dimension), 0.0);
    }

    @Test
    void everyUnitOfEveryDimensionIsCovered() {
        Set<String> covered = new HashSet<>();
        for (Arguments a : conversions()) {
            String text = ((String) a.get()[0]).strip();
            Dimension d = (Dimension) a.get()[1];
            covered.add(d + " " + text.replaceFirst("^[-+0-9.eE]+\\s*", ""));
        }
        for (Dimension d : Dimension.values()) {
            for (String unit : d.unitSymbols()) {
                assertTrue(covered.contains(d + " " + unit), "no conversion test for " + d + " " + unit);
            }
            if (d.acceptsPlainNumber()) {
                assertTrue(covered.contains(d + " "), "no plain-number test for " + d);
            }
        }
    }

    @Test
    void unknownUnitListsAllowedUnitsAndSuggests() {
        String m = message("5 mohm", Dimension.RESISTANCE);
        assertTrue(m.contains("unknown unit \"mohm\""), m);
        assertTrue(m.contains("did you mean \"mOhm\"?"), m);
        assertTrue(m.contains("Ohm, mOhm, kOhm"), m);

        m = message("4.2 mv", Dimension.VOLTAGE);
        assertTrue(m.contains("did you mean \"mV\"?"), m);

        m = message("25 degF", Dimension.TEMPERATURE);
        assertTrue(m.contains("did you mean \"degC\"?"), m);

        m = message("5 xyz", Dimension.VOLTAGE);
        assertTrue(m.contains("unknown unit \"xyz\""), m);
        assertTrue(m.contains("units: V, mV"), m);
        assertTrue(!m.contains("did you mean"), m);
    }

    @Test
    void unitOfAnotherDimensionIsNamed() {
        String m = message("3000 mAh", Dimension.CURRENT);
        assertTrue(m.contains("\"mAh\" is a unit of charge, but a current is expected"), m);
        assertTrue(m.contains("units: A, mA"), m);
    }

    @Test
    void missingUnitIsRejectedExceptForPlainDimensions() {
        String m = message("4.2", Dimension.VOLTAGE);
        assertTrue(m.contains("\"4.2\" has no unit"), m);
        assertTrue(m.contains("units: V, mV"), m);
        assertTrue(message("5 V", Dimension.DIMENSIONLESS).contains("plain number without unit"));
        assertTrue(message("5 V", Dimension.FRACTION).contains("unit of voltage"));
    }

    @Test
    void rejectsNonFiniteHexAndMalformedNumbers() {
        for (String s : List.of("NaN", "nan V", "Infinity V", "-Infinity", "+inf", ".inf")) {
            assertTrue(message(s, Dimension.VOLTAGE).contains("not a finite number"), s);
        }
        assertTrue(message("0x1F V", Dimension.VOLTAGE).contains("hexadecimal"));
        assertTrue(message("0x10", Dimension.DIMENSIONLESS).contains("hexadecimal"));
        for (String s : List.of("1,5 V", "1_000 mAh", "1.2.3 V", "1e V5")) {
            String m = message(s, s.contains("mAh") ? Dimension.CHARGE : Dimension.VOLTAGE);
            assertTrue(m.contains("not a valid number") || m.contains("unknown unit"), s + ": " + m);
        }
        assertTrue(message("", Dimension.VOLTAGE).contains("empty value"));
        assertTrue(message("   ", Dimension.VOLTAGE).contains("empty value"));
        assertTrue(message("V", Dimension.VOLTAGE).contains("does not start with a number"));
        assertTrue(message("1e999 V", Dimension.VOLTAGE).contains("too large"));
        assertTrue(message("1e308 d", Dimension.TIME).contains("too large"));
        assertTrue(message("1".repeat(101), Dimension.DIMENSIONLESS).contains("too long"));
        assertTrue(message("-1 K", Dimension.TEMPERATURE).contains("below absolute zero"));
        assertTrue(message("-274 degC", Dimension.TEMPERATURE).contains("below absolute zero"));
        assertEquals(0.0, Units.parse("1e-999999 V", Dimension.VOLTAGE), 0.0);
        assertEquals(273.15, Units.parse("1e-999999 degC", Dimension.TEMPERATURE), 0.0);
    }

    @Test
    void durations() {
        assertEquals(5400.0, Units.parseDuration("1h30m"), 0.0);
        assertEquals(90.0, Units.parseDuration("90s"), 0.0);
        assertEquals(1800.0, Units.parseDuration("30min"), 0.0);
        assertEquals(7200.0, Units.parseDuration("2h"), 0.0);
        assertEquals(0.0, Units.parseDuration("0 s"), 0.0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Units.parseDuration("-5 s"))
                .getMessage()
                .contains("must not be negative"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Units.parseDuration("90"))
                .getMessage()
                .contains("has no unit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Units.parseDuration("30m1h"))
                .getMessage()
                .contains("largest first"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Units.parseDuration("1h1h"))
                .getMessage()
                .contains("once each"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Units.parseDuration("5 sec"))
                .getMessage()
                .contains("did you mean \"s\"?"));
    }

    @Test
    void stateOfCharge() {
        assertEquals(0.2, Units.parseStateOfCharge("0.2"), 0.0);
        assertEquals(0.2, Units.parseStateOfCharge("20%"), 0.0);
        assertEquals(1.0, Units.parseStateOfCharge("100 %"), 0.0);
        assertEquals(0.0, Units.parseStateOfCharge("0"), 0.0);
        for (String s : List.of("120%", "1.01", "-0.1", "-5%")) {
            String m = assertThrows(IllegalArgumentException.class, () -> Units.parseStateOfCharge(s))
                    .getMessage();
            assertTrue(m.contains("between 0 and 1"), m);
        }
        assertThrows(IllegalArgumentException.class, () -> Units.parseStateOfCharge("0.2 V"));
    }

    @Test
    void temperatures() {
        assertEquals(298.15, Units.parseTemperature("25 degC"), 0.0);
        assertEquals(298.15, Units.parseTemperature("298.15 K"), 0.0);
        assertEquals(298.15, Units.parseTemperature("25\u00b0C"), 0.0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Units.parseTemperature("25"))
                .getMessage()
                .contains("units: degC, \u00b0C, K"));
    }

    @Test
    void formatsWithReadableUnits() {
        assertEquals("4.2 V", Units.format(4.2, Dimension.VOLTAGE));
        assertEquals("50 mA", Units.format(0.05, Dimension.CURRENT));
        assertEquals("3.08 Ah", Units.format(11088, Dimension.CHARGE));
        assertEquals("25 degC", Units.format(298.15, Dimension.TEMPERATURE));
        assertEquals("26.85 degC", Units.format(300, Dimension.TEMPERATURE));
        assertEquals("-273.1499999999 degC", Units.format(1e-10, Dimension.TEMPERATURE));
        assertEquals("1e-300 K", Units.format(1e-300, Dimension.TEMPERATURE));
        assertEquals("1.5 h", Units.format(5400, Dimension.TIME));
        assertEquals("100 s", Units.format(100, Dimension.TIME));
        assertEquals("1 d", Units.format(86400, Dimension.TIME));
        assertEquals("0.2", Units.format(0.2, Dimension.FRACTION));
        assertEquals("0 V", Units.format(0, Dimension.VOLTAGE));
        assertEquals("0 V", Units.format(-0.0, Dimension.VOLTAGE));
        assertEquals("0.1 mV", Units.format(1e-4, Dimension.VOLTAGE));
        assertEquals("45 g", Units.format(0.045, Dimension.MASS));
        assertEquals("1.5 kOhm", Units.format(1500, Dimension.RESISTANCE));
        assertEquals("10 Wh", Units.format(36000, Dimension.ENERGY));
        assertEquals("1e20 J", Units.format(1e20, Dimension.ENERGY));
        assertEquals("0.0000015 uA", Units.format(1.5e-12, Dimension.CURRENT));
        assertThrows(IllegalArgumentException.class, () -> Units.format(Double.NaN, Dimension.VOLTAGE));
        assertThrows(IllegalArgumentException.class, () -> Units.format(Double.POSITIVE_INFINITY, Dimension.TIME));
    }

    @Test
    void formatReadsBackToTheSameDouble() {
        SplittableRandom rnd = new SplittableRandom(20260101L);
        for (int i = 0; i < 20_000; i++) {
            Dimension d = Dimension.values()[rnd.nextInt(Dimension.values().length)];
            double x = randomValue(rnd);
            if (!Double.isFinite(x)) {
                continue;
            }
            if (d == Dimension.TEMPERATURE) {
                x = Math.abs(x);
            }
            String text = Units.format(x, d);
            double back = Units.parse(text, d);
            if (Double.doubleToLongBits(back) != Double.doubleToLongBits(x + 0.0)) {
                fail(d + ": " + x + " -> \"" + text + "\" -> " + back);
            }
        }
    }

    private static double randomValue(SplittableRandom rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> rnd.nextInt(-100_000, 100_000) / 1000.0;
            case 1 -> rnd.nextDouble(-1, 1) * Math.pow(10, rnd.nextInt(-15, 16));
            case 2 -> Double.longBitsToDouble(rnd.nextLong()) % 1e30;
            default -> rnd.nextInt(0, 1000) * 0.001 * Math.pow(10, rnd.nextInt(-6, 7));
        };
    }

    @Test
    void randomTextOnlyEverThrowsIllegalArgumentException() {
        String alphabet = "0123456789+-.eE %VmAhkOFgdsCK\u00b0\u03a9/W Jx_,\u0000\t\nNaIfy";
        for (long seed = 1; seed <= 4; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int i = 0; i < 5_000; i++) {
                StringBuilder sb = new StringBuilder();
                int n = rnd.nextInt(0, 14);
                for (int k = 0; k < n; k++) {
                    sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                String text = sb.toString();
                for (Dimension d : EnumSet.allOf(Dimension.class)) {
                    try {
                        double v = Units.parse(text, d);
                        assertTrue(Double.isFinite(v), text);
                    } catch (IllegalArgumentException expected) {
                        assertTrue(!expected.getMessage().contains("\n"), expected.getMessage());
                    } catch (RuntimeException e) {
                        throw new AssertionError("seed " + seed + " input \"" + text + "\" as " + d, e);
                    }
                }
            }
        }
    }

    private static String message(String text, Dimension d) {
        return assertThrows(IllegalArgumentException.class, () -> Units.parse(text, d), text)
                .getMessage();
    }
}
