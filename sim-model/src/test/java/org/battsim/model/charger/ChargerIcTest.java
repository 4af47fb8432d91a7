package org.battsim.model.charger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.battsim.model.power.DataSignature;
import org.junit.jupiter.api.Test;

/** The charger's state machine driven directly with sensed inputs and step results. */
class ChargerIcTest {
    static ChargerParameters params() {
        return new ChargerParameters(
                0.01, 0.5, 0.04, 0.04, 1.0, 0.5, 0.1, 0.5, 1.5, 2.0, 1.5, 0.1, 2.0, false, 9.0, 1.25, 4.4, true, 0.6,
                3.9, 0.5, 0.05, 0.1, 0.1, 3.8, 14.0, 2.5, 0.128, 0.1, 2.2, 3.0, 4.35, 0.15, 0.1, 273.15, 288.15, 318.15,
                333.15, 0.5, 0.15, 393.15, 433.15, 0.5, 20, 12 * 3600, 2 * 3600, 40, 0.134, 0.117, 3.5, false);
    }

    final List<String> events = new ArrayList<>();
    final ChargerIc ic = new ChargerIc(params(), (t, s, e) -> events.add(e));
    final ChargerInputs in = new ChargerInputs();
    final ChargerLimits lim = new ChargerLimits();
    final ChargerStep r = new ChargerStep();
    double t;

    ChargerIcTest() {
        in.plugged = true;
        in.vbusNoLoad = 5.0;
        in.vbus = 5.0;
        in.dataPlus = true;
        in.dataMinus = true;
        in.signature = DataSignature.DCP;
        in.batteryVoltage = 3.8;
        in.batteryPresent = true;
        in.batteryChargeable = true;
        in.batteryTemperature = 298.15;
        r.bodyTemperature = 298.15;
        r.batteryVoltage = 3.8;
    }

    /** One step: decide, then report a result that takes what the limits allow (or less when vindpm binds). */
    void step(double dt, double drawn, boolean inVindpm) {
        ic.decide(t, in, lim);
        r.inputCurrent = Math.min(drawn, lim.inputEnabled ? lim.inputCurrentLimit : 0);
        r.inVindpm = inVindpm;
        r.inIindpm = !inVindpm && r.inputCurrent >= lim.inputCurrentLimit - 1e-12;
        r.vbus = in.vbusNoLoad - 0.3 * r.inputCurrent;
        r.batteryCurrent = lim.chargeEnabled ? Math.min(1.0, lim.chargeCurrentLimit) : 0;
        ic.complete(t, dt, in, lim, r);
        t += dt;
    }

    void plugAndDetect() {
        ic.plug(true, 0, in.vbusNoLoad);
        for (int i = 0; i < 20; i++) {
            step(0.01, 0, false);
        }
    }

    @Test
    void aiclRampsFromItsStartToTheDetectedLimit() {
        plugAndDetect();
        assertEquals(PortType.DCP, ic.portType());
        assertTrue(ic.inputCurrentLimit() >= 0.5 && ic.inputCurrentLimit() <= 0.55 + 1e-12, "starts at 500 mA");
        for (int i = 0; i < 50; i++) {
            step(0.1, 3.0, false);
        }
        assertEquals(2.0, ic.inputCurrentLimit(), 1e-12);
    }

    @Test
    void vindpmDuringTheRampSettlesAicl() {
        plugAndDetect();
        for (int i = 0; i < 8; i++) {
            step(0.1, 3.0, false);
        }
        double reached = ic.inputCurrentLimit();
        step(0.1, reached - 0.02, true); // VBUS hit VINDPM below the limit
        assertEquals(reached - 0.02, ic.inputCurrentLimit(), 1e-9);
        for (int i = 0; i < 30; i++) {
            step(0.1, 3.0, false);
        }
        assertEquals(reached - 0.02, ic.inputCurrentLimit(), 1e-9, "settled: no more ramping");
    }

    /** The ICO trap: VBUS already at VINDPM at the start current → 100 mA, latched until re-plug. */
    @Test
    void icoLatchesAt100mAUntilReplug() {
        plugAndDetect();
        step(0.1, 0.3, true);
        assertEquals(0.1, ic.inputCurrentLimit(), 1e-12);
        for (int i = 0; i < 100; i++) {
            step(0.1, 3.0, false);
        }
        assertEquals(0.1, ic.inputCurrentLimit(), 1e-12, "still latched with a healthy input");
        ic.plug(false, t, 0);
        plugAndDetect();
        for (int i = 0; i < 50; i++) {
            step(0.1, 3.0, false);
        }
        assertEquals(2.0, ic.inputCurrentLimit(), 1e-12, "re-plug clears the latch");
    }

    /** Five under-voltage collapses within 3 s: suspend, raise VINDPM by 200 mV each time, clamp at 4.8 V. */
    @Test
    void weakAdapterStormRaisesVindpmAndClamps() {
        plugAndDetect();
        double base = lim.vindpm;
        for (int storm = 0; storm < 2; storm++) {
            for (int k = 0; k < 5; k++) {
                in.vbusNoLoad = 0; // adapter collapses
                step(0.2, 0, false);
                in.vbusNoLoad = 5.0;
                step(0.2, 0, false);
            }
        }
        step(0.1, 0, false);
        assertEquals(base + 0.4, lim.vindpm, 1e-9);
        assertTrue(events.stream().anyMatch(e -> e.contains("weak adapter")));
        assertEquals(0.1, ic.inputCurrentLimit(), 1e-12, "VINDPM reached 4.8 V: limit clamped to 100 mA");
    }

    @Test
    void watchdogExpiryRestoresTheDefaultLimit() {
        plugAndDetect();
        for (int i = 0; i < 50; i++) {
            step(0.1, 3.0, false);
        }
        ic.setHostAlive(false);
        for (int i = 0; i < 39; i++) {
            step(1, 3.0, false);
        }
        assertEquals(2.0, ic.inputCurrentLimit(), 1e-12);
        step(1, 3.0, false);
        assertEquals(0.5, ic.inputCurrentLimit(), 1e-12);
        assertTrue(ic.readFaults().contains(ChargerFault.WATCHDOG));
        assertFalse(ic.peekFaults().contains(ChargerFault.WATCHDOG), "register clears on read");
    }

    @Test
    void jeitaZonesGateAndScaleCharging() {
        plugAndDetect();
        in.batteryTemperature = 273.15 - 5;
        ic.decide(t, in, lim);
        assertFalse(lim.chargeEnabled, "cold: no charge");
        in.batteryTemperature = 273.15 + 10;
        ic.decide(t, in, lim);
        assertTrue(lim.chargeEnabled);
        assertEquals(2.5 * 0.5, lim.chargeCurrentLimit, 1e-12, "cool: reduced current");
        in.batteryTemperature = 273.15 + 50;
        ic.decide(t, in, lim);
        assertEquals(4.35 - 0.15, lim.chargeVoltageLimit, 1e-12, "warm: reduced VREG");
        in.batteryTemperature = 273.15 + 65;
        ic.decide(t, in, lim);
        assertFalse(lim.chargeEnabled, "hot: no charge");
    }

    @Test
    void safetyTimerRunsAtHalfSpeedUnderDpm() {
        plugAndDetect();
        for (int i = 0; i < 12 * 3600 / 60 + 5; i++) {
            step(60, 3.0, true); // limited by VINDPM the whole time
        }
        assertFalse(ic.peekFaults().contains(ChargerFault.SAFETY_TIMER), "12 h under DPM counts as 6 h");
        for (int i = 0; i < 12 * 3600 / 60; i++) {
            step(60, 3.0, true);
        }
        assertTrue(ic.peekFaults().contains(ChargerFault.SAFETY_TIMER));
        assertEquals(ChargePhase.FAULT, ic.phase());
    }

    @Test
    void preChargeBelowBatlowvAndTerminationThenRecharge() {
        in.batteryVoltage = 2.8;
        plugAndDetect();
        ic.decide(t, in, lim);
        assertEquals(0.128, lim.chargeCurrentLimit, 1e-12);
        in.batteryVoltage = 4.35;
        r.batteryVoltage = 4.35;
        ic.decide(t, in, lim);
        r.inCv = true;
        r.inVindpm = false;
        r.inIindpm = false;
        r.batteryCurrent = 0.1;
        ic.complete(t, 1, in, lim, r);
        assertEquals(ChargePhase.DONE, ic.phase());
        assertTrue(
                events.contains("charge terminated: battery current 100.00 mA, below ITERM 150.00 mA"),
                events.toString());
        ic.decide(t, in, lim);
        assertFalse(lim.chargeEnabled, "terminated");
        r.inCv = false;
        r.batteryCurrent = 0;
        r.batteryVoltage = 4.20; // fell more than 100 mV below VREG
        ic.complete(t, 1, in, lim, r);
        assertEquals(ChargePhase.FAST_CC, ic.phase());
    }

    @Test
    void dieThermalRegulationAndShutdown() {
        plugAndDetect();
        r.converterLoss = 6.0; // far above normal: 20 K/W → +120 K
        for (int i = 0; i < 20; i++) {
            step(1, 3.0, false);
        }
        ic.decide(t, in, lim);
        assertTrue(lim.thermalRegulation || !lim.inputEnabled);
        r.converterLoss = 10.0;
        for (int i = 0; i < 20; i++) {
            step(1, 3.0, false);
        }
        assertTrue(ic.peekFaults().contains(ChargerFault.THERMAL_SHUTDOWN));
        ic.decide(t, in, lim);
        assertFalse(lim.inputEnabled);
    }

    @Test
    void overVoltageInputIsCut() {
        plugAndDetect();
        in.vbusNoLoad = 20;
        step(1, 0, false);
        ic.decide(t, in, lim);
        assertFalse(lim.inputEnabled);
        assertTrue(ic.peekFaults().contains(ChargerFault.INPUT_OVER_VOLTAGE));
    }

    @Test
    void dataLinesDecideTheDetectedType() {
        in.dataPlus = false;
        plugAndDetect();
        for (int i = 0; i < 60; i++) {
            step(0.01, 0, false);
        }
        assertEquals(PortType.FLOAT, ic.portType(), "D+ open: DCD times out, float");
        assertTrue(events.stream().anyMatch(e -> e.contains("timed out")));
    }

    @Test
    void dataLinesAreReadOnlyWhileDetectionRuns() {
        assertFalse(ic.sensesDataLines(), "nothing plugged");
        ic.plug(true, 0, in.vbusNoLoad);
        assertTrue(ic.sensesDataLines(), "contact detection from the plug on");
        for (int i = 0; i < 200 && ic.sensesDataLines(); i++) {
            step(0.01, 0, false);
        }
        assertEquals(PortType.DCP, ic.portType());
        assertFalse(ic.sensesDataLines(), "detection over: the data lines no longer matter");
        // What the data lines do now changes nothing until the next detection.
        in.dataPlus = false;
        in.signature = DataSignature.FLOAT;
        step(1, 1.0, false);
        assertEquals(PortType.DCP, ic.portType());
        ic.plug(false, t, 0);
        assertFalse(ic.sensesDataLines());
        ic.plug(true, t, in.vbusNoLoad);
        assertTrue(ic.sensesDataLines(), "a new plug detects again");
    }
}
