package org.battsim.scenarios.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.battsim.scenarios.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** Each troubleshooting action changes the world as it would the real one, and the bench shows only what a phone reports. */
class BenchTest {
    static Trial bench(String extra) {
        String yaml = """
                title: t
                explanation: e
                seed: 5
                device: xiaomi-mi4
                start:
                  soc: 30%
                source: adapter-5v2a
                cable: 1m-24awg
                load: idle
                until: 1 h
                """ + extra;
        return new Trial(ScenarioReader.read(yaml, "t.yaml", "t", null), Trial.MAX_ACTIONS);
    }

    @Test
    void cleaningADebrisPortRestoresDedicatedChargerDetection() {
        Trial t = bench("port: debris\n");
        Observation o = t.first();
        assertNotEquals("DCP", o.last().usbType());
        assertTrue(o.last().usbInputLimitAmps() <= 0.5);
        assertTrue(Signs.finding(t.act(Remedy.INSPECT_PORT), "lintVisible"));
        Observation c = t.act(Remedy.CLEAN_PORT);
        assertEquals("DCP", c.last().usbType());
        assertEquals("Good", c.last().health());
        assertTrue(c.last().usbInputLimitAmps() >= 1.9, "full limit after cleaning");
        assertTrue(Signs.normal(c));
    }

    @Test
    void anotherCableCuresABrokenDataWireAndTheFaultTravelsWithTheCable() {
        Trial t = bench("timeline:\n  - fault: wire-break\n    wire: d+\n    state: open\n");
        assertNotEquals("DCP", t.first().last().usbType());
        Observation other = t.act(Remedy.TRY_ANOTHER_DEVICE);
        assertNotEquals("DCP", other.findings().get("otherUsbType"), "another phone on the same cable shows the same");
        assertEquals("DCP", t.act(Remedy.TRY_ANOTHER_CABLE).last().usbType());
    }

    @Test
    void anotherAdapterRevivesADeadSupply() {
        Trial t = bench("timeline:\n  - fault: adapter-dead\n");
        Observation o = t.first();
        assertFalse(o.last().usbOnline());
        assertFalse(o.chargingIcon());
        assertFalse(t.act(Remedy.TRY_ANOTHER_CABLE).last().usbOnline(), "the cable was not the problem");
        Observation a = t.act(Remedy.TRY_ANOTHER_ADAPTER);
        assertTrue(a.last().usbOnline());
        assertTrue(a.chargingIcon());
    }

    @Test
    void aFactoryResetClearsALatchedInputLimit() {
        Trial t = bench("timeline:\n  - fault: input-limit-latch\n    limit: 100 mA\n");
        Observation o = t.first();
        assertEquals("DCP", o.last().usbType());
        assertEquals(0.1, o.last().usbInputLimitAmps(), 1e-6);
        Observation r = t.act(Remedy.FACTORY_RESET);
        assertTrue(r.last().usbInputLimitAmps() > 1.5, "the reset re-runs detection and ICO");
        assertEquals(true, r.findings().get("dataLost"));
        assertTrue(t.cost() >= Remedy.DATA_LOSS_MINUTES, "the lost data is a cost");
    }

    static Trial trial(String yaml, int maxActions) {
        return new Trial(ScenarioReader.read("title: t\nexplanation: e\n" + yaml, "t.yaml", "t", null), maxActions);
    }

    @Test
    void aLockedOutPackReadsZeroAndTheCradleRevivesIt() {
        Trial t = trial("""
                device: xiaomi-mi4
                start:
                  lockedOut: true
                source: adapter-5v2a
                cable: 1m-24awg
                load: off
                until: 1 h
                """, Trial.MAX_ACTIONS);
        Observation o = t.first();
        assertFalse(o.phoneOn());
        assertTrue(o.frames().isEmpty(), "a phone that is off reports nothing");
        assertEquals(0, Signs.number(t.act(Remedy.MEASURE_BATTERY), "packVolts"), 0.05);
        Observation c = t.act(Remedy.CRADLE_CHARGE);
        assertEquals(true, c.findings().get("packWoken"));
        assertTrue(c.phoneOn());
        assertTrue(c.chargingIcon(), "back in the phone, the revived pack charges");
        assertTrue(Signs.number(t.act(Remedy.MEASURE_BATTERY), "packVolts") > 3.0);
    }

    @Test
    void aNewBatteryBringsBackTheDesignCapacity() {
        Trial t = trial("""
                device: xiaomi-mi4
                start:
                  soc: 30%
                  cellAge: cycles=1000
                  gaugeLearnedCapacity: 100%
                source: adapter-5v2a
                cable: 1m-24awg
                load: idle
                until: 1 h
                """, Trial.MAX_ACTIONS);
        Frame f = t.first().last();
        assertTrue(f.cycleCount() >= 999, "the gauge counted the cycles: " + f.cycleCount());
        assertTrue(f.chargeFullAh() < 0.9 * f.chargeFullDesignAh());
        Frame g = t.act(Remedy.REPLACE_BATTERY).last();
        assertEquals(g.chargeFullDesignAh(), g.chargeFullAh(), 1e-6);
        assertEquals(0, g.cycleCount());
    }

    @Test
    void calibrationBringsTheLearnedCapacityToTheTruth() {
        Trial t = bench("timeline:\n  - fault: gauge-drift\n    learnedCapacity: 60%\n");
        Frame f = t.first().last();
        double truth = f.chargeFullAh() / 0.6;
        Observation c = t.act(Remedy.CALIBRATE_GAUGE);
        double after = Signs.number(c, "learnedCapacityAfterAh");
        assertEquals(truth, after, 0.1 * truth, "learned " + after + " Ah, true about " + truth);
    }

    @Test
    void unpluggingHubDevicesAndMovingToAnAdapterRaiseAComputerPortsLimit() {
        Trial u = trial("""
                device: xiaomi-mi4
                start:
                  soc: 30%
                source: usb3-port
                cable: 1m-24awg
                load: idle
                until: 1 h
                timeline:
                  - do: hub-devices
                    current: 1.5 A
                """, Trial.MAX_ACTIONS);
        double before = u.first().settled(Frame::usbAmps);
        Observation o = u.act(Remedy.UNPLUG_OTHER_DEVICES);
        assertEquals(true, o.findings().get("otherDevicesUnplugged"));
        assertTrue(o.settled(Frame::usbAmps) > before + 0.15, before + " -> " + o.settled(Frame::usbAmps));
        assertEquals("DCP", u.act(Remedy.TRY_ANOTHER_ADAPTER).last().usbType());
    }

    @Test
    void theActionBudgetIsEnforced() {
        Trial t = trial("device: xiaomi-mi4\nsource: adapter-5v2a\nuntil: 1 h\n", 1);
        t.act(Remedy.INSPECT_PORT);
        assertThrows(IllegalStateException.class, () -> t.act(Remedy.INSPECT_PORT));
    }
}
