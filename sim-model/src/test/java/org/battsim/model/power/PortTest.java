package org.battsim.model.power;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.battsim.model.engine.SeededRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortTest {
    static final double DAY = 86400;
    static final double R0 = 0.030;
    static final double T25 = Fixtures.KELVIN_25;

    static Port port(double rh, OxidationParameters.Law law) {
        PortParameters p = Fixtures.port(R0);
        p = new PortParameters(
                p.name(),
                R0,
                R0,
                R0,
                R0,
                p.dataOpenDepth(),
                p.powerOpenDepth(),
                p.seatingResistance(),
                Fixtures.oxidation(law),
                p.heatCapacity(),
                p.thermalResistance());
        return new Port(p, new PortCondition(0, 0, rh, 0, false), new SeededRandom(1));
    }

    static void days(Port port, double from, double n, double ambient) {
        for (int i = 0; i < n; i++) {
            port.advance((from + i) * DAY, DAY, 0, ambient);
        }
    }

    /** Contacts without a history start at the phone's surroundings; once stepped they keep their own. */
    @Test
    void settlingTakesTheSurroundingsOnlyBeforeAnyHistory() {
        Port port = Fixtures.cleanPort(R0, 1);
        port.settle(233.15);
        assertEquals(233.15, port.contactTemperature());
        port.settle(300);
        assertEquals(233.15, port.contactTemperature(), "already settled");
        Port stepped = Fixtures.cleanPort(R0, 1);
        stepped.advance(0, 1, 2.0, 310);
        double t = stepped.contactTemperature();
        stepped.settle(233.15);
        assertEquals(t, stepped.contactTemperature(), "a stepped port keeps its temperature");
    }

    @Test
    void newContactsAndDebrisDepths() {
        Port port = Fixtures.cleanPort(R0, 1);
        for (Wire w : Wire.values()) {
            assertEquals(R0, port.contactResistance(w), 0);
        }
        port.insertDebris(0.25e-3); // half-way to the data contacts' 0.5 mm
        assertEquals(R0 + 0.05, port.contactResistance(Wire.D_PLUS), 1e-12);
        assertEquals(R0 + 0.05 * 0.25 / 0.95, port.contactResistance(Wire.VBUS), 1e-12);
        port.insertDebris(0.35e-3); // 0.6 mm in all: data open, power mated
        assertFalse(port.mated(Wire.D_PLUS));
        assertFalse(port.mated(Wire.D_MINUS));
        assertTrue(port.mated(Wire.VBUS) && port.mated(Wire.GND));
        assertEquals(2, port.matedCount());
        port.insertDebris(0.7e-3); // 1.3 mm: nothing mates
        assertEquals(0, port.matedCount());
        port.clean();
        assertEquals(4, port.matedCount());
        assertEquals(R0, port.contactResistance(Wire.VBUS), 0);
    }

    @Test
    void oxidationIsFlatBeforeOnsetThenFollowsTheExponential() {
        Port port = port(0.5, OxidationParameters.Law.EXPONENTIAL); // reference conditions: age = time
        days(port, 0, 30, T25);
        assertEquals(R0, port.contactResistance(Wire.VBUS), 0, "flat until the 30-day onset");
        days(port, 30, 7, T25);
        assertEquals(R0 * Math.E, port.contactResistance(Wire.VBUS), 1e-12, "one growth time after onset");
        days(port, 37, 35, T25); // 6 τ after onset: 0.03·e^6 = 12 Ω > 10 Ω
        assertEquals(0, port.matedCount(), "the film reached open circuit");
    }

    @Test
    void powerLawGrowthAfterOnset() {
        Port port = port(0.5, OxidationParameters.Law.POWER);
        days(port, 0, 30, T25);
        assertEquals(R0, port.contactResistance(Wire.GND), 0);
        days(port, 30, 14, T25); // (2τ/τ)^2 = 4
        assertEquals(R0 * 5, port.contactResistance(Wire.GND), 1e-12);
    }

    @Test
    void higherHumidityBringsTheOnsetEarlierAndGrowsFaster() {
        Port dry = port(0.5, OxidationParameters.Law.EXPONENTIAL);
        Port damp = port(0.65, OxidationParameters.Law.EXPONENTIAL);
        Port wet = port(0.8, OxidationParameters.Law.EXPONENTIAL);
        // At 80 % the age runs (0.8/0.5)^3 = 4.1 times faster: onset after 7.3 days.
        days(wet, 0, 7, T25);
        assertEquals(R0, wet.contactResistance(Wire.VBUS), 0);
        days(wet, 7, 1, T25);
        days(dry, 0, 8, T25);
        days(damp, 0, 8, T25);
        assertTrue(wet.contactResistance(Wire.VBUS) > R0);
        assertEquals(R0, dry.contactResistance(Wire.VBUS), 0);
        days(wet, 8, 12, T25);
        days(damp, 8, 12, T25);
        days(dry, 8, 12, T25);
        double rDry = dry.contactResistance(Wire.VBUS);
        double rDamp = damp.contactResistance(Wire.VBUS);
        double rWet = wet.contactResistance(Wire.VBUS);
        assertTrue(rDry < rDamp && rDamp < rWet, rDry + " " + rDamp + " " + rWet);
        assertEquals(20 * DAY * Math.pow(0.8 / 0.5, 3), wet.oxidationAge(), 1e-6);
    }

    @Test
    void higherTemperatureGrowsFaster() {
        Port cool = port(0.5, OxidationParameters.Law.EXPONENTIAL);
        Port warm = port(0.5, OxidationParameters.Law.EXPONENTIAL);
        cool.contactTemperature(T25);
        warm.contactTemperature(T25 + 10);
        days(cool, 0, 20, T25);
        days(warm, 0, 20, T25 + 10);
        double arrhenius = Math.exp(67.5e3 / OxidationParameters.GAS_CONSTANT * (1 / T25 - 1 / (T25 + 10)));
        assertEquals(2.42, arrhenius, 0.01);
        assertEquals(20 * DAY * arrhenius, warm.oxidationAge(), 1e-6 * warm.oxidationAge());
        assertTrue(warm.contactResistance(Wire.VBUS) > 2 * cool.contactResistance(Wire.VBUS));
    }

    /** Random humidity, temperature and current: resistance never falls until the port is cleaned. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void oxidationNeverDecreasesWithoutCleaning(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Port port = port(0.5, r.nextBoolean() ? OxidationParameters.Law.EXPONENTIAL : OxidationParameters.Law.POWER);
        double last = port.contactResistance(Wire.VBUS);
        double t = 0;
        for (int i = 0; i < 400 && port.mated(Wire.VBUS); i++) {
            port.setHumidity(r.nextDouble());
            double dt = r.nextDouble() * DAY;
            port.advance(t, dt, 3 * r.nextDouble(), 273.15 + 45 * r.nextDouble());
            t += dt;
            double now = port.contactResistance(Wire.VBUS);
            assertTrue(now >= last, "step " + i + ": " + now + " < " + last);
            last = now;
        }
        assertTrue(last > R0, "grew at all");
        port.clean();
        assertEquals(R0, port.contactResistance(Wire.VBUS), 0, "alcohol restores the plated contact");
    }

    @Test
    void cleaningCannotRestoreContactsWhosePlatingIsGone() {
        Port port = port(0.8, OxidationParameters.Law.EXPONENTIAL);
        days(port, 0, 10, T25); // age 41 days: 11 days past onset, still closed
        port.insertDebris(0.3e-3);
        port.wearPlating();
        double oxidised = port.parameters().vbusContact() * port.oxidationFactor();
        assertTrue(oxidised > 3 * R0);
        port.clean();
        assertEquals(0, port.depthLoss());
        assertEquals(oxidised, port.contactResistance(Wire.VBUS), 1e-12, "debris gone, oxide stays");
    }

    @Test
    void contactHeatingReachesTheClosedFormSteadyState() {
        Port port = Fixtures.cleanPort(R0, 1);
        double amps = 2.0;
        double power = amps * amps * 2 * R0; // VBUS and GND contacts
        double rth = 40;
        double tau = rth * 0.5;
        port.advance(0, tau, amps, T25);
        assertEquals(power, port.heatPower(), 1e-15);
        assertEquals(power * rth * (1 - Math.exp(-1)), port.contactTemperature() - T25, 1e-12);

        Port fine = Fixtures.cleanPort(R0, 1);
        for (int i = 0; i < 100; i++) {
            fine.advance(i * tau / 100, tau / 100, amps, T25);
        }
        assertEquals(port.contactTemperature(), fine.contactTemperature(), 1e-9, "exact for any step");

        port.advance(tau, 50 * tau, amps, T25);
        assertEquals(power * rth, port.contactTemperature() - T25, 1e-9, "P · R_th");
        port.advance(51 * tau, 50 * tau, 0, T25);
        assertEquals(T25, port.contactTemperature(), 1e-9, "cools back without current");
    }

    @Test
    void loosePlugDropsEveryContactReproducibly() {
        int n = 5000;
        boolean[] a = plugTrace(11, n);
        boolean[] b = plugTrace(11, n);
        boolean[] c = plugTrace(12, n);
        assertArrayEquals(a, b);
        assertFalse(java.util.Arrays.equals(a, c));
        int open = 0;
        for (boolean o : a) {
            open += o ? 1 : 0;
        }
        double sigma = Math.sqrt(0.2 * 0.8 / n);
        assertEquals(0.2, (double) open / n, 4.5 * sigma);
    }

    static boolean[] plugTrace(long seed, int n) {
        Port port = new Port(Fixtures.port(R0), new PortCondition(0.3e-3, 0, 0.5, 0.2, false), new SeededRandom(seed));
        port.motionRate(0.5);
        boolean[] open = new boolean[n];
        for (int i = 0; i < n; i++) {
            port.advance(i * 20.0, 20, 0.5, T25);
            open[i] = port.plugOpen();
            assertEquals(open[i] ? 0 : 4, port.matedCount());
        }
        return open;
    }

    @Test
    void invalidParametersNameTheQuantity() {
        PortParameters p = Fixtures.port(R0);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new PortParameters("x", R0, R0, R0, R0, 1.2e-3, 0.5e-3, 0.05, p.oxidation(), 0.5, 40));
        assertTrue(e.getMessage().contains("mate first"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new PortCondition(0, 0, 1.5, 0, false));
        assertTrue(e.getMessage().contains("relative humidity"), e.getMessage());
    }

    @Test
    void addedPowerContactResistanceRaisesOnlyThePowerContactsAndHeatsThem() {
        Port port = Fixtures.cleanPort(R0, 1);
        port.addedPowerContactResistance(0.2);
        assertEquals(R0 + 0.2, port.contactResistance(Wire.VBUS), 1e-15);
        assertEquals(R0 + 0.2, port.contactResistance(Wire.GND), 1e-15);
        assertEquals(R0, port.contactResistance(Wire.D_PLUS), 0);
        // Joule: I² (R_VBUS + R_GND) at 1.5 A.
        port.advance(0, 1, 1.5, T25);
        assertEquals(1.5 * 1.5 * 2 * (R0 + 0.2), port.heatPower(), 1e-12);
        port.addedPowerContactResistance(0);
        assertEquals(R0, port.contactResistance(Wire.VBUS), 0);
        assertThrows(IllegalArgumentException.class, () -> port.addedPowerContactResistance(-1));
    }
}
