package org.battsim.model.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.battsim.model.cycler.EventSink;
import org.battsim.model.os.BatteryStatus;
import org.battsim.model.os.ChargeType;
import org.battsim.model.power.DataSignature;
import org.junit.jupiter.api.Test;

/** The must-holds of the gauge and the OS battery service on a whole phone. */
class GaugeAndOsTest {
    static final double TRUE_AH = 3.08;

    static final class Log implements EventSink {
        final List<String> lines = new ArrayList<>();

        @Override
        public void event(double t, String source, String message) {
            lines.add(source + ": " + message);
        }

        boolean has(String part) {
            return lines.stream().anyMatch(l -> l.contains(part));
        }
    }

    /** A full phone on battery, screen on, from a full cell, with the gauge's learned capacity drifted by {@code k}. */
    static ChargeSession.Stats dischargeFromFull(double k, Log log) {
        Phone p = TestDevices.phone(TestDevices.device(false, false), 1.0, log);
        p.gauge().setLearnedCapacity(k * TRUE_AH);
        ChargeSession s = new ChargeSession(p, 10, null);
        p.setLoad(LoadProfile.SCREEN_ON, 0);
        ChargeSession.Stats st = s.run(14 * 3600, 60, false);
        assertFalse(p.isOn(), "the phone must have shut down");
        return st;
    }

    @Test
    void accurateGaugeShutsDownAtCutoffWithTheTrueLevel() {
        Log log = new Log();
        ChargeSession.Stats st = dischargeFromFull(1.0, log);
        // The cell reaches the cut-off under load with a few per cent left; the gauge counted the same.
        assertEquals(st.shutdownTrueSoc, st.shutdownReportedSoc, 0.01);
        assertTrue(st.maxSocError < 0.02, "max SoC error " + st.maxSocError);
        assertTrue(
                log.has("low battery warning at 15 %") && log.has("critical battery warning at 5 %"),
                log.lines.toString());
    }

    /** Learned capacity 15 % high: the gauge reads high; the cell hits the cut-off while the phone still shows ~15 %. */
    @Test
    void learnedCapacityTooHighShutsDownWithChargeStillReported() {
        ChargeSession.Stats ok = dischargeFromFull(1.0, new Log());
        Log log = new Log();
        ChargeSession.Stats st = dischargeFromFull(1.15, log);
        assertTrue(log.has("shut down: battery at cut-off"), log.lines.toString());
        double expected = 1 - (1 - st.shutdownTrueSoc) * 1.005 / 1.15; // 0.5 % counter gain error
        assertEquals(expected, st.shutdownReportedSoc, 0.01);
        assertEquals(0.15, st.shutdownReportedSoc, 0.03, "about 15 % is still shown");
        // The cell empties at the same time as with an accurate gauge: the phone dies "early" by what it still shows.
        assertEquals(ok.shutdownTime, st.shutdownTime, 0.01 * ok.shutdownTime);
    }

    /** Learned capacity 15 % low: the reported level reaches 0 % with 15 % of the cell left; the OS shuts down early. */
    @Test
    void learnedCapacityTooLowShutsDownEarly() {
        ChargeSession.Stats ok = dischargeFromFull(1.0, new Log());
        Log log = new Log();
        ChargeSession.Stats st = dischargeFromFull(0.85, log);
        assertTrue(log.has("shut down: reported battery level 0 %"), log.lines.toString());
        assertEquals(1 - 0.85 / 1.005, st.shutdownTrueSoc, 0.01);
        // Time on battery shrinks by the charge the gauge never showed.
        double used = 1 - st.shutdownTrueSoc;
        double usedOk = 1 - ok.shutdownTrueSoc;
        assertEquals(used / usedOk, st.shutdownTime / ok.shutdownTime, 0.02);
    }

    /**
     * Calibration: discharge to shutdown, rest, full charge with termination, rest. The learned capacity comes
     * within the update clamp of the truth (here much closer), the SoC error of the next discharge falls, and
     * the cell's true capacity does not change.
     */
    @Test
    void calibrationCycleBringsLearnedCapacityBackAndLeavesTheCellAlone() {
        Log log = new Log();
        Phone p = TestDevices.phone(TestDevices.device(false, false), 1.0, log);
        p.gauge().setLearnedCapacity(1.15 * TRUE_AH);
        ChargeSession s = new ChargeSession(p, 10, null);
        p.setLoad(LoadProfile.SCREEN_ON, 0);
        // Discharge to shutdown, then rest (the phone is off).
        ChargeSession.Stats st = s.run(14 * 3600, 60, false);
        double errorBefore = st.shutdownReportedSoc - st.shutdownTrueSoc;
        assertTrue(errorBefore > 0.10, "drifted gauge error " + errorBefore);
        assertTrue(
                p.gauge().lastOcvSoc() < 0.1,
                "a relaxed OCV point near empty: " + p.gauge().lastOcvSoc());
        // Full charge to termination, phone off.
        p.plug(new TestDevices.Source(5.0, 0.05, 2.0, DataSignature.DCP), new TestDevices.Path(0.084, 0.03), s.time());
        p.refresh();
        st = s.run(s.time() + 8 * 3600, 60, true);
        assertEquals("charge terminated (full)", st.endReason);
        assertEquals(100, p.gauge().capacityPercent());
        // Rest, unplugged.
        p.unplug(s.time());
        p.refresh();
        s.run(s.time() + 3 * 3600, 60, false);
        double learned = p.gauge().learnedCapacityAh();
        assertTrue(p.gauge().learningUpdates() >= 1);
        assertTrue(Math.abs(learned - TRUE_AH) <= 0.10 * TRUE_AH, "within the −10 % clamp: " + learned);
        assertEquals(TRUE_AH, learned, 0.03 * TRUE_AH, "two updates bring it close: " + learned);
        assertEquals(TRUE_AH, p.cell().capacityAh(), 0.0, "calibration does not restore or change chemistry");
        // The next discharge: the error is small.
        st.maxSocError = 0;
        st.shutdownTime = Double.NaN;
        p.setLoad(LoadProfile.SCREEN_ON, s.time());
        p.refresh();
        st = s.run(s.time() + 14 * 3600, 60, false);
        assertFalse(Double.isNaN(st.shutdownTime));
        double errorAfter = Math.abs(st.shutdownReportedSoc - st.shutdownTrueSoc);
        assertTrue(errorAfter < 0.04 && errorAfter < errorBefore / 3, "error " + errorBefore + " -> " + errorAfter);
        assertTrue(st.maxSocError < 0.05, "max SoC error after calibration " + st.maxSocError);
    }

    /** Teaches the OS three long overnight plug-ins (5 h each). */
    static void teachAdaptive(Phone p) {
        for (int i = 0; i < 3; i++) {
            double t0 = -100_000 + i * 24 * 3600.0;
            p.plug(new TestDevices.Source(5.0, 0.05, 2.0, DataSignature.DCP), new TestDevices.Path(0.084, 0.03), t0);
            p.unplug(t0 + 5 * 3600);
        }
    }

    @Test
    void factoryResetClearsTheAdaptiveHoldButNotTheGaugeLearning() {
        Log log = new Log();
        Phone p = TestDevices.phone(TestDevices.device(false, false), 0.5, log);
        p.gauge().setLearnedCapacity(0.97 * TRUE_AH);
        teachAdaptive(p);
        assertEquals(3, p.batteryService().adaptiveHistorySize());
        ChargeSession s = new ChargeSession(p, 5, null);
        p.setLoad(LoadProfile.IDLE, 0);
        p.plug(new TestDevices.Source(5.0, 0.05, 2.0, DataSignature.DCP), new TestDevices.Path(0.084, 0.03), 0);
        s.run(2 * 3600, 60, false);
        var os = p.batteryService();
        assertTrue(os.holding(), log.lines.toString());
        assertEquals(BatteryStatus.NOT_CHARGING, os.status());
        assertEquals(ChargeType.ADAPTIVE, os.chargeType());
        assertEquals(80, p.gauge().capacityPercent(), 2);
        double learned = p.gauge().learnedCapacityAh();
        int cycles = p.gauge().cycleCount();
        s.at(2 * 3600 + 1, (ph, t) -> {
            ph.factoryReset(t);
            return org.battsim.model.engine.Action.CONTINUE;
        });
        ChargeSession.Stats st = s.run(10 * 3600, 60, true);
        assertEquals("charge terminated (full)", st.endReason);
        assertFalse(os.holding());
        assertEquals(0, os.adaptiveHistorySize(), "the OS history is erased");
        assertEquals(learned, p.gauge().learnedCapacityAh(), 0.0, "the gauge keeps its learning");
        assertEquals(cycles, p.gauge().cycleCount());
        assertEquals(100, p.gauge().capacityPercent());
        assertEquals(BatteryStatus.FULL, os.status());
    }

    @Test
    void chargeLimitHoldsAtEightyAndResumes() {
        Phone p = TestDevices.phone(TestDevices.device(false, false), 0.6, EventSink.NONE);
        p.batteryService().setChargeLimit(true);
        ChargeSession s = new ChargeSession(p, 5, null);
        p.setLoad(LoadProfile.IDLE, 0);
        p.plug(new TestDevices.Source(5.0, 0.05, 2.0, DataSignature.DCP), new TestDevices.Path(0.084, 0.03), 0);
        s.run(3 * 3600, 60, false);
        assertTrue(p.batteryService().holding());
        int pct = p.gauge().capacityPercent();
        assertTrue(pct >= 77 && pct <= 80, "held at " + pct);
        assertEquals(ChargeType.LONG_LIFE, p.batteryService().chargeType());
        assertEquals(BatteryStatus.NOT_CHARGING, p.batteryService().status());
        assertTrue(p.cell().soc() < 0.82);
    }

    @Test
    void reportedLevelHoldsAt99UntilTermination() {
        Phone p = TestDevices.phone(TestDevices.device(false, false), 0.9, EventSink.NONE);
        ChargeSession s = new ChargeSession(p, 2, null);
        p.plug(new TestDevices.Source(5.0, 0.05, 2.0, DataSignature.DCP), new TestDevices.Path(0.084, 0.03), 0);
        int[] maxBeforeDone = {0};
        s.simulation().addStepHandler((ph, t, ev) -> {
            if (ph.charger().phase() != org.battsim.model.charger.ChargePhase.DONE) {
                maxBeforeDone[0] = Math.max(maxBeforeDone[0], ph.gauge().capacityPercent());
            }
        });
        s.run(4 * 3600, 60, true);
        assertEquals(99, maxBeforeDone[0]);
        assertEquals(100, p.gauge().capacityPercent());
    }

    @Test
    void removingTheBatteryLongEnoughLosesTheGaugeLearning() {
        Log log = new Log();
        Phone p = TestDevices.phone(TestDevices.device(false, false), 0.5, log);
        p.gauge().setLearnedCapacity(0.9 * TRUE_AH);
        ChargeSession s = new ChargeSession(p, 5, null);
        p.setLoad(LoadProfile.IDLE, 0);
        s.at(600, (ph, t) -> {
            ph.removeBattery(t);
            return org.battsim.model.engine.Action.CONTINUE;
        });
        s.at(630, (ph, t) -> {
            ph.insertBattery(t);
            return org.battsim.model.engine.Action.CONTINUE;
        });
        s.run(620, 10, false);
        assertFalse(p.isOn());
        assertEquals(BatteryStatus.UNKNOWN, p.batteryService().status());
        s.run(700, 10, false);
        assertEquals(0.9 * TRUE_AH, p.gauge().learnedCapacityAh(), 1e-12, "30 s out: kept");
        s.at(800, (ph, t) -> {
            ph.removeBattery(t);
            return org.battsim.model.engine.Action.CONTINUE;
        });
        s.at(1800, (ph, t) -> {
            ph.insertBattery(t);
            return org.battsim.model.engine.Action.CONTINUE;
        });
        s.run(1900, 10, false);
        assertEquals(TRUE_AH, p.gauge().learnedCapacityAh(), 1e-12, "1000 s out: back to design");
        assertEquals(
                org.battsim.model.os.BatteryHealth.CALIBRATION_REQUIRED,
                p.batteryService().health());
        assertTrue(log.has("battery removed") && log.has("battery inserted"));
    }

    @Test
    void telemetryStreamsOneReusedFrameAtThePeriodWithDischargeNegative() {
        Phone p = TestDevices.phone(TestDevices.device(false, false), 0.7, EventSink.NONE);
        ChargeSession s = new ChargeSession(p, 1, null);
        p.setLoad(LoadProfile.GAMING, 0);
        List<Object> seen = new ArrayList<>();
        List<Long> currents = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        s.telemetry(15, f -> {
            seen.add(f);
            currents.add(f.currentNow);
            times.add(f.time);
            assertEquals(BatteryStatus.DISCHARGING, f.status);
        });
        s.run(300, 60, false);
        assertEquals(1 + 300 / 15, seen.size());
        assertTrue(seen.stream().allMatch(o -> o == seen.get(0)), "one frame object, reused");
        for (int k = 0; k < times.size(); k++) {
            assertEquals(15.0 * k, times.get(k), 1e-9);
        }
        // 3.5 W at about 3.9 V: close to -0.9 A, in µA.
        assertTrue(currents.get(currents.size() - 1) < -800_000 && currents.get(currents.size() - 1) > -1_000_000);
    }
}
