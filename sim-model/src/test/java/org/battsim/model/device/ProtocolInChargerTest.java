package org.battsim.model.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.battsim.model.charger.ChargePhase;
import org.battsim.model.cycler.EventSink;
import org.battsim.model.power.DataSignature;
import org.battsim.model.protocol.CcCv;
import org.battsim.model.protocol.ChargerProtocol;
import org.battsim.model.protocol.StagedCc;
import org.junit.jupiter.api.Test;

/** A charging protocol as the charger IC's algorithm: it sets ICHG/VREG, the IC's limits still apply. */
class ProtocolInChargerTest {
    static final double AWG24 = 0.084; // Ω/m, PHYSICS §2

    static ChargerProtocol install(Phone p, org.battsim.model.protocol.Protocol protocol) {
        ChargerProtocol a = new ChargerProtocol(
                protocol, p.cell().nominalCapacityAh(), p.charger().parameters().vreg(), p.gauge()::estimatedSoc);
        p.charger().setAlgorithm(a);
        return a;
    }

    /**
     * 3C asked of a 2 A adapter: the input limit caps the current. The battery gets at most what 2 A
     * at VBUS allows after the converter (P_in = VBUS·I_in ≥ V_bat·I_bat), far below 3C, and the
     * input current never exceeds the IC's input limit.
     */
    @Test
    void inputLimitStillCapsTheProtocolCurrent() {
        Phone p = TestDevices.phone(TestDevices.device(false, false), 0.2, EventSink.NONE);
        ChargerProtocol a = install(p, new CcCv("cccv:3C", 3, Double.NaN, 0.05));
        ChargeSession s = new ChargeSession(p, 1.0, null);
        List<String> bad = new ArrayList<>();
        double[] maxBattery = new double[1];
        s.simulation().addStepHandler((ph, t, ev) -> {
            if (ph.inputCurrent() > ph.inputCurrentLimit() + 1e-9) {
                bad.add("input " + ph.inputCurrent() + " A above the limit " + ph.inputCurrentLimit() + " at " + t);
            }
            double ib = ph.batteryChargeCurrent();
            if (ib > 0 && ph.vbus() * ph.inputCurrent() < ph.cell().voltage() * ib - 1e-9) {
                bad.add("battery power above input power at " + t);
            }
            maxBattery[0] = Math.max(maxBattery[0], ib);
        });
        p.plug(new TestDevices.Source(5.0, 0.05, 2.4, DataSignature.DCP), new TestDevices.Path(AWG24, 0.03), 0);
        s.run(1800, 30, false);
        assertEquals(List.of(), bad.subList(0, Math.min(3, bad.size())));
        assertEquals(3 * 3.08, a.command().current, 1e-12, "the protocol asks for 3C");
        assertTrue(p.inputCurrentLimit() <= 2.0 + 1e-12);
        assertTrue(maxBattery[0] < 2.0 * 5.0 / 3.4, "battery current " + maxBattery[0] + " A");
        assertTrue(maxBattery[0] > 1.0, "the charge runs: " + maxBattery[0] + " A");
    }

    /**
     * A protocol below the IC's own ICHG is what binds: two stages (1C to 50 %, then 0.3C) give at
     * most 0.3C once the gauge reads 50 %, the protocol ends the charge (the IC's own termination
     * is off), and the voltage never exceeds VREG.
     */
    @Test
    void protocolCurrentBindsAndEndsTheCharge() {
        Phone p = TestDevices.phone(TestDevices.device(false, false), 0.3, EventSink.NONE);
        StagedCc two = new StagedCc(
                "mscc",
                new double[] {1.0, 0.3},
                new double[] {0.5, 0.8},
                new double[] {Double.NaN, Double.NaN},
                0.3,
                Double.NaN,
                0.05);
        ChargerProtocol a = install(p, two);
        ChargeSession s = new ChargeSession(p, 1.0, null);
        double vreg = p.charger().parameters().vreg();
        List<String> bad = new ArrayList<>();
        double[] maxLate = new double[1];
        // The command in force during a step is the one set after the previous step.
        double[] inForce = {0, 0};
        s.simulation().addStepHandler((ph, t, ev) -> {
            double ib = ph.batteryChargeCurrent();
            if (ib > inForce[0] + 1e-9) {
                bad.add("battery " + ib + " A above the protocol's " + inForce[0] + " A at " + t);
            }
            if (ph.cell().voltage() > vreg + 1e-9) {
                bad.add("battery " + ph.cell().voltage() + " V above VREG at " + t);
            }
            if (inForce[1] > 0) {
                maxLate[0] = Math.max(maxLate[0], ib);
            }
            inForce[0] = a.finished() ? 0 : a.command().current;
            inForce[1] = two.stage();
        });
        p.plug(new TestDevices.Source(5.0, 0.05, 2.4, DataSignature.DCP), new TestDevices.Path(AWG24, 0.03), 0);
        s.run(10 * 3600, 30, false);
        assertEquals(List.of(), bad.subList(0, Math.min(3, bad.size())));
        assertTrue(maxLate[0] <= 0.3 * 3.08 + 1e-6 && maxLate[0] > 0.25 * 3.08, "late current " + maxLate[0]);
        assertTrue(a.finished(), "the protocol ended the charge");
        assertTrue(p.charger().phase() != ChargePhase.FAST_CC && p.charger().phase() != ChargePhase.CV);
        assertTrue(p.cell().soc() > 0.95, "soc " + p.cell().soc());
    }

    /** A session run until full stops when the protocol ends the charge, and says so. */
    @Test
    void sessionStopsWhenTheProtocolEndsTheCharge() {
        Phone p = TestDevices.phone(TestDevices.device(false, false), 0.5, EventSink.NONE);
        ChargerProtocol a = install(p, new CcCv("cccv:0.5C", 0.5, Double.NaN, 0.05));
        ChargeSession s = new ChargeSession(p, 1.0, null);
        p.plug(new TestDevices.Source(5.0, 0.05, 2.4, DataSignature.DCP), new TestDevices.Path(AWG24, 0.03), 0);
        ChargeSession.Stats st = s.run(10 * 3600, 30, true);
        assertTrue(a.finished());
        assertEquals("the charging algorithm ended the charge (full)", st.endReason);
        assertTrue(st.timeToFull < 10 * 3600 && st.timeToFull > 3600, "time to full " + st.timeToFull);
        assertEquals(st.timeToFull, s.time(), 31.0, "stopped within a sample period of the end");
    }
}
