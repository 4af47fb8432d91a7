package org.battsim.model.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.battsim.model.charger.ChargePhase;
import org.battsim.model.charger.PortType;
import org.battsim.model.cycler.EventSink;
import org.battsim.model.power.DataSignature;
import org.junit.jupiter.api.Test;

class PhoneChainTest {
    static final double AWG28 = 0.213; // Ω/m, PHYSICS §2
    static final double AWG24 = 0.084;

    /** Charges for a while after plugging in; returns the largest input current seen after detection settled. */
    static double settledInputCurrent(double wireOhm) {
        Phone p = TestDevices.phone(TestDevices.device(false, false), 0.3, EventSink.NONE);
        ChargeSession s = new ChargeSession(p, 1.0, null);
        p.plug(new TestDevices.Source(5.0, 0.0, 3.0, DataSignature.DCP), new TestDevices.Path(wireOhm, 0.030), 0);
        s.run(120, 10, false);
        return p.inputCurrent();
    }

    /**
     * PHYSICS §2 worked example: 5.0 V adapter, 1 m cable, 4 × 30 mΩ contacts, VINDPM 4.4 V. With 28
     * AWG, I = 0.6 V / (2·0.213 + 0.12) Ω ≈ 1.1 A; with 24 AWG ≈ 2.1 A (here capped by the 2.0 A DCP
     * limit); 2 m of 28 AWG ≈ 0.6 A.
     */
    @Test
    void cableResistanceAndVindpmCapTheInputCurrent() {
        assertEquals(0.6 / (2 * AWG28 + 0.12), settledInputCurrent(AWG28), 0.02);
        assertEquals(1.10, settledInputCurrent(AWG28), 0.05);
        assertEquals(2.0, settledInputCurrent(AWG24), 0.01, "24 AWG: the 2 A DCP limit binds before VINDPM (2.1 A)");
        assertEquals(0.6 / (4 * AWG28 + 0.12), settledInputCurrent(2 * AWG28), 0.02);
    }

    /** Every limit holds at the end of every step; energy books close. */
    @Test
    void limitsHoldAndEnergyBalancesOverAFullCharge() {
        List<Double> terminations = new ArrayList<>();
        EventSink events = (time, source, text) -> {
            if (text.startsWith("charge terminated")) {
                terminations.add(time);
            }
        };
        Phone p = TestDevices.phone(TestDevices.device(false, false), 0.05, events);
        ChargeSession s = new ChargeSession(p, 1.0, null);
        var cp = p.charger().parameters();
        List<String> violations = new ArrayList<>();
        s.simulation().addStepHandler((ph, t, ev) -> {
            if (ph.inputCurrent() > 0) {
                double vindpm = Math.max(cp.vindpmFloor(), 5.0 - cp.vindpmOffset());
                if (ph.vbus() < vindpm - 1e-9) {
                    violations.add("VBUS " + ph.vbus() + " below VINDPM at " + t);
                }
                if (ph.inputCurrent() > ph.inputCurrentLimit() + 1e-9) {
                    violations.add("input " + ph.inputCurrent() + " above ICL at " + t);
                }
            }
            if (ph.cell().voltage() > cp.vreg() + 1e-9) {
                violations.add("battery " + ph.cell().voltage() + " above VREG at " + t);
            }
            if (ph.batteryChargeCurrent() > cp.chargeCurrent() + 1e-9) {
                violations.add("charge current above ICHG at " + t);
            }
        });
        p.plug(new TestDevices.Source(5.0, 0.05, 2.4, DataSignature.DCP), new TestDevices.Path(AWG24, 0.03), 0);
        p.setLoad(LoadProfile.SCREEN_ON, 0);
        ChargeSession.Stats st = s.run(8 * 3600, 30, true);
        assertEquals(List.of(), violations.subList(0, Math.min(5, violations.size())));
        assertEquals("charge terminated (full)", st.endReason);
        assertTrue(st.timeTo80 > 0 && st.timeToFull > st.timeTo80);
        assertEquals(List.of(st.timeToFull), terminations, "time to full is the charger's termination");
        assertTrue(s.time() > st.timeToFull && s.time() % 30 == 0, "the run ends at the next sample: " + s.time());
        double[] b = p.energyBooks();
        double cellIn = -p.cell().energy().electricalOut();
        double out = b[1] + b[2] + b[3] + b[4] + cellIn + b[6];
        assertEquals(b[0], out, 1e-6 * b[0], "source = adapter + path + converter + system + cell + drain");
        assertTrue(b[3] > 0 && b[1] > 0 && b[2] > 0);
    }

    @Test
    void constantVoltageHoldsWithoutChatteringAndTerminates() {
        Phone p = TestDevices.phone(TestDevices.device(false, false), 0.7, EventSink.NONE);
        ChargeSession s = new ChargeSession(p, 1.0, null);
        double[] last = {Double.NaN};
        boolean[] monotone = {true};
        s.simulation().addStepHandler((ph, t, ev) -> {
            if (ph.charger().phase() == ChargePhase.CV) {
                assertEquals(4.35, ph.cell().voltage(), 1e-9);
                double i = ph.batteryChargeCurrent();
                if (!Double.isNaN(last[0]) && i > last[0] + 1e-12) {
                    monotone[0] = false;
                }
                last[0] = i;
            }
        });
        p.plug(new TestDevices.Source(5.0, 0.05, 2.4, DataSignature.DCP), new TestDevices.Path(AWG24, 0.01), 0);
        ChargeSession.Stats st = s.run(6 * 3600, 60, true);
        assertTrue(monotone[0], "CV current decreases monotonically");
        assertEquals(ChargePhase.DONE, p.charger().phase());
        assertTrue(p.batteryChargeCurrent() < 0.15 + 1e-9);
        assertFalse(Double.isNaN(st.timeToFull));
    }

    @Test
    void detectionResultsSetTheInputLimit() {
        // DCP at the wall.
        Phone p = TestDevices.phone(TestDevices.device(false, false), 0.3, EventSink.NONE);
        ChargeSession s = new ChargeSession(p, 1.0, null);
        p.plug(new TestDevices.Source(5.0, 0.05, 2.4, DataSignature.DCP), new TestDevices.Path(AWG24, 0.01), 0);
        s.run(60, 10, false);
        assertEquals(PortType.DCP, p.charger().portType());
        assertEquals(2.0, p.inputCurrentLimit(), 1e-12);
        // A PC port: 100 mA until enumeration, then 500 mA.
        Phone q = TestDevices.phone(TestDevices.device(false, false), 0.3, EventSink.NONE);
        ChargeSession s2 = new ChargeSession(q, 1.0, null);
        TestDevices.Source host = new TestDevices.Source(5.0, 0.1, 0.5, DataSignature.SDP);
        q.plug(host, new TestDevices.Path(AWG28, 0.01), 0);
        s2.run(0.5, 0.1, false);
        assertEquals(PortType.SDP, q.charger().portType());
        assertTrue(q.inputCurrent() <= 0.1 + 1e-9);
        s2.run(60, 10, false);
        assertTrue(host.enumerated);
        assertTrue(q.inputCurrent() <= 0.5 + 1e-9 && q.inputCurrent() > 0.45, "after enumeration: " + q.inputCurrent());
        // Debris: D+/D- open, VBUS mates -> float, 100 mA.
        Phone r = TestDevices.phone(TestDevices.device(false, false), 0.3, EventSink.NONE);
        ChargeSession s3 = new ChargeSession(r, 1.0, null);
        TestDevices.Path debris = new TestDevices.Path(AWG24, 0.05);
        debris.dPlus = false;
        debris.dMinus = false;
        r.plug(new TestDevices.Source(5.0, 0.05, 2.4, DataSignature.DCP), debris, 0);
        s3.run(60, 10, false);
        assertEquals(PortType.FLOAT, r.charger().portType());
        assertTrue(r.inputCurrent() <= 0.1 + 1e-9);
    }

    @Test
    void lockedOutPackIsInvisibleUnlessTheChargerCanWakeIt() {
        for (boolean canWake : new boolean[] {false, true}) {
            Phone p = TestDevices.phone(TestDevices.device(false, canWake), 0.0, EventSink.NONE);
            // Drive the pack into over-discharge lockout: discharge below 2.4 V.
            p.cell().reset(0.0, 298.15);
            // A 20 A pulse pulls the terminal voltage under 2.4 V for longer than the 10 ms delay.
            for (int i = 0; i < 5 && !p.pack().protection().lockedOut(); i++) {
                p.cell().trial(org.battsim.model.cell.Cell.Control.CURRENT, 20.0, 0.01);
                p.cell().commit();
                p.pack().afterStep(i * 0.01, 0.01, 20.0, false, EventSink.NONE);
            }
            assertTrue(p.pack().protection().lockedOut());
            p.refresh();
            ChargeSession s = new ChargeSession(p, 1.0, null);
            p.plug(new TestDevices.Source(5.0, 0.05, 2.4, DataSignature.DCP), new TestDevices.Path(AWG24, 0.01), 0);
            s.run(1800, 60, false);
            if (canWake) {
                assertFalse(p.pack().protection().lockedOut(), "woken through the body diode");
            } else {
                assertTrue(p.pack().protection().lockedOut());
                assertTrue(p.charger().phase() != ChargePhase.FAST_CC
                        && p.charger().phase() != ChargePhase.PRECHARGE);
                assertEquals(0, p.batteryChargeCurrent(), 1e-3);
            }
        }
    }
}
