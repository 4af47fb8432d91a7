package org.battsim.model.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.battsim.model.engine.SeededRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CablePortPathTest {
    static final double VINDPM = 4.4;

    static CablePortPath path(double length, double awg, PowerSource source) {
        SeededRandom rnd = new SeededRandom(1);
        return new CablePortPath(
                new Cable(Fixtures.cable(length, awg), rnd),
                new Port(Fixtures.port(0.030), PortCondition.CLEAN, rnd),
                source);
    }

    /** PHYSICS §2: 5.0 V adapter, VINDPM 4.4 V, cable of {length} m {awg} AWG + 4 × 30 mΩ contacts. */
    @ParameterizedTest(name = "{0} m of {1} AWG: {2} A")
    @CsvSource({"1, 28, 1.1", "1, 24, 2.1", "2, 28, 0.6"})
    void physicsWorkedExample(double length, double awg, double expectedAmps) {
        WallAdapter src = Fixtures.idealFiveVolts();
        CablePortPath p = path(length, awg, src);
        double loop = 2 * length * Awg.ohmsPerMetre(awg) + 4 * 0.030;
        assertEquals(loop, p.loopResistance(), 1e-12);
        double i = (src.emf() - VINDPM) / (src.outputResistance() + p.loopResistance());
        assertEquals(expectedAmps, i, 0.1);
        assertEquals(i, p.maxCurrentFor(src.emf(), src.outputResistance(), VINDPM), 1e-12);
        // At that current the phone sees exactly VINDPM.
        assertEquals(VINDPM, src.emf() - i * p.loopResistance(), 1e-12);
    }

    @ParameterizedTest(name = "2 A over 1.8 m of {0} AWG drops {1} V on one wire")
    @CsvSource({"28, 0.77", "24, 0.30"})
    void physicsWireDrop(double awg, double volts) {
        CableParameters c = Fixtures.cable(1.8, awg);
        assertEquals(volts, 2 * c.wireResistance(Wire.VBUS), 0.005);
    }

    @Test
    void debrisOpensDataLinesWhilePowerMatesAndCleaningRestores() {
        CablePortPath p = path(1, 24, Fixtures.idealFiveVolts());
        double cleanLoop = p.loopResistance();
        assertTrue(p.dataPlusConnected() && p.dataMinusConnected());

        p.port().insertDebris(0.8e-3); // past the data contacts' 0.5 mm, short of the power contacts' 1.2 mm
        assertTrue(p.powerConnected(), "VBUS and GND still mate");
        assertFalse(p.dataPlusConnected(), "D+ open");
        assertFalse(p.dataMinusConnected(), "D- open");
        // Each power contact gains 50 mΩ · 0.8 / (1.2 − 0.8) = 100 mΩ.
        assertEquals(cleanLoop + 2 * 0.100, p.loopResistance(), 1e-12);

        p.port().clean();
        assertEquals(cleanLoop, p.loopResistance(), 1e-12);
        assertTrue(p.dataPlusConnected() && p.dataMinusConnected());
    }

    @Test
    void openPowerWireStopsPowerAndBrokenDataWireOnlyThatLine() {
        CablePortPath p = path(1, 28, Fixtures.idealFiveVolts());
        p.cable().breakWire(Wire.D_PLUS, WireState.OPEN);
        assertTrue(p.powerConnected());
        assertFalse(p.dataPlusConnected());
        assertTrue(p.dataMinusConnected());
        p.cable().breakWire(Wire.GND, WireState.OPEN);
        assertFalse(p.powerConnected());
        assertEquals(Double.POSITIVE_INFINITY, p.loopResistance());
        assertEquals(0, p.maxCurrentFor(5, 0, VINDPM));
        p.cable().repair();
        assertTrue(p.powerConnected() && p.dataPlusConnected());
    }

    @Test
    void brokenStrandsRaiseTheLoopByTheFactorOnTheWireOnly() {
        CablePortPath p = path(1, 28, Fixtures.idealFiveVolts());
        double before = p.vbusResistance();
        p.cable().breakWire(Wire.VBUS, WireState.STRANDS_BROKEN);
        assertEquals(before + 9 * 0.213, p.vbusResistance(), 1e-12);
        assertTrue(p.powerConnected());
    }

    @Test
    void frontPanelExtensionJoinsTheLoopAndLowersTheCurrentAtVindpm() {
        UsbHostPortParameters rear = UsbPorts.usb2();
        UsbHostPort rearPort = new UsbHostPort(rear);
        UsbHostPort frontPort = new UsbHostPort(rear.withFrontPanel(0.45, 28));
        CablePortPath viaRear = path(1, 28, rearPort);
        CablePortPath viaFront = path(1, 28, frontPort);
        assertEquals(2 * 0.45 * 0.213, viaFront.loopResistance() - viaRear.loopResistance(), 1e-12);
        double iRear = viaRear.maxCurrentFor(rearPort.emf(), rearPort.outputResistance(), VINDPM);
        double iFront = viaFront.maxCurrentFor(frontPort.emf(), frontPort.outputResistance(), VINDPM);
        assertTrue(iFront < iRear - 0.1, iFront + " vs " + iRear);
        // The same cable unplugged from the source has no extension.
        viaFront.source(null);
        assertEquals(viaRear.loopResistance(), viaFront.loopResistance(), 1e-12);
    }

    @Test
    void contactTemperatureIsThePorts() {
        CablePortPath p = path(1, 28, Fixtures.idealFiveVolts());
        p.advance(0, 1000, 2.0, Fixtures.KELVIN_25);
        assertEquals(p.port().contactTemperature(), p.contactTemperature(), 0);
        assertTrue(p.contactTemperature() > Fixtures.KELVIN_25);
    }
}
