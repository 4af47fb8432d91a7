package org.battsim.scenarios.diagnose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.battsim.model.cell.Cell;
import org.battsim.model.charger.ChargePhase;
import org.battsim.model.device.Phone;
import org.battsim.model.engine.SeededRandom;
import org.battsim.model.power.Port;
import org.battsim.model.power.UsbHostPort;
import org.battsim.model.telemetry.TelemetryFrame;
import org.battsim.scenarios.output.EventLog;
import org.battsim.scenarios.run.CradleJob;
import org.battsim.scenarios.run.ExperimentJob;
import org.battsim.scenarios.scenario.ActionType;
import org.battsim.scenarios.scenario.LiveRun;
import org.battsim.scenarios.scenario.Scenario;

/**
 * A case on the bench: the simulated world behind a {@link Bench}. Each look advances the world by
 * a window and collects what the phone reports; each action changes the world as it would the real
 * one (a cleaned port, another cable, a reset OS, a revived or new pack). Sensor noise follows the
 * scenario's seed, so a case replays to the same observations.
 */
public final class Trial implements Bench {
    /** Length of a look at the phone after plugging in or after an action (s). */
    public static final double WINDOW = 600;
    /** Length of a look after an action that does not touch the phone's charging (s). */
    public static final double SHORT_WINDOW = 120;
    /** Telemetry period (s). */
    public static final double TELEMETRY_PERIOD = 10;
    /** Default action budget. */
    public static final int MAX_ACTIONS = 12;

    private static final List<String> OBSERVABLE = List.of("user", "charger", "os", "phone");

    private final Scenario scenario;
    private final Setup setup;
    private final int maxActions;
    private final UniformRandomProvider noise;
    private final double sigmaV;
    private final double sigmaI;
    private final List<Observation> history = new ArrayList<>();
    private final List<Remedy> actions = new ArrayList<>();
    private final List<Frame> window = new ArrayList<>();
    private LiveRun live;
    private int mark;

    public Trial(Scenario scenario, int maxActions) {
        this.scenario = scenario;
        this.maxActions = maxActions;
        Scenario.Run r = scenario.runs().get(0);
        this.setup = setupOf(r);
        SeededRandom rnd = new SeededRandom(scenario.seed());
        this.noise = rnd.stream("sensor noise");
        // How noisy this phone's sensors are: drawn per case (assumption: 0-15 mV, 0-40 mA rms).
        double level = noise.nextDouble();
        this.sigmaV = 0.015 * level;
        this.sigmaI = 0.040 * level;
    }

    @Override
    public Setup setup() {
        return setup;
    }

    @Override
    public Observation first() {
        if (live == null) {
            live = LiveRun.start(scenario);
            live.telemetry(TELEMETRY_PERIOD, this::frame);
            history.add(look(null, WINDOW, Map.of()));
        }
        return history.get(0);
    }

    @Override
    public Observation act(Remedy a) {
        first();
        if (actions.size() >= maxActions) {
            throw new IllegalStateException("the action budget of " + maxActions + " is spent");
        }
        actions.add(a);
        Map<String, Object> findings = new LinkedHashMap<>();
        Phone p = live.phone();
        double window = WINDOW;
        switch (a) {
            case INSPECT_PORT -> {
                Port port = live.path().port();
                findings.put("lintVisible", port.depthLoss() > 0);
                findings.put("contactsDiscoloured", port.oxidationFactor() > 2 || port.platingGone());
                window = SHORT_WINDOW;
            }
            case CLEAN_PORT -> {
                live.act(ActionType.UNPLUG);
                live.act(ActionType.CLEAN_PORT);
                live.act(ActionType.PLUG);
            }
            case TRY_ANOTHER_CABLE -> live.act(ActionType.REPLACE_CABLE, Map.of("cable", "1m-24awg"));
            case TRY_ANOTHER_ADAPTER -> live.act(ActionType.REPLACE_SOURCE, Map.of("source", "adapter-5v2a"));
            case MOVE_TO_REAR_USB3 -> live.act(ActionType.REPLACE_SOURCE, Map.of("source", "usb3-port"));
            case UNPLUG_OTHER_DEVICES -> {
                boolean any =
                        live.source() instanceof UsbHostPort hp && hp.hub().otherDevicesCurrent() > 0;
                findings.put("otherDevicesUnplugged", any);
                if (live.source() instanceof UsbHostPort) {
                    live.act(ActionType.HUB_DEVICES, Map.of("current", 0.0));
                }
            }
            case FACTORY_RESET -> {
                live.act(ActionType.FACTORY_RESET);
                findings.put("dataLost", true);
            }
            case CALIBRATE_GAUGE -> calibrate(findings);
            case MEASURE_BATTERY -> {
                Cell c = p.cell();
                // A locked-out pack's discharge FET is open: its terminals read about 0 V.
                double v = p.pack().protection().lockedOut() ? 0 : c.voltage();
                findings.put("packVolts", round(v + gauss() * 0.005, 3));
                window = SHORT_WINDOW;
            }
            case CRADLE_CHARGE -> cradle(findings);
            case REPLACE_BATTERY -> replaceBattery();
            case TRY_ANOTHER_DEVICE -> {
                anotherDevice(findings);
                window = SHORT_WINDOW;
            }
        }
        Observation o = look(a, window, findings);
        history.add(o);
        return o;
    }

    @Override
    public List<Observation> history() {
        return List.copyOf(history);
    }

    @Override
    public int maxActions() {
        return maxActions;
    }

    /** The actions taken so far. */
    public List<Remedy> actions() {
        return List.copyOf(actions);
    }

    /** Total cost of the actions taken so far ({@link Remedy#cost()}). */
    public double cost() {
        double c = 0;
        for (Remedy r : actions) {
            c += r.cost();
        }
        return c;
    }

    private Observation look(Remedy after, double seconds, Map<String, Object> findings) {
        window.clear();
        mark = live.events().entries().size();
        frameNow();
        live.advance(seconds);
        frameNow();
        List<String> events = new ArrayList<>();
        for (EventLog.Entry e : live.eventsFrom(mark)) {
            if (OBSERVABLE.contains(e.source())) {
                events.add(String.format(Locale.ROOT, "%.0f s: %s: %s", e.time(), e.source(), e.text()));
            }
        }
        Phone p = live.phone();
        boolean icon = p.isOn()
                ? "Charging".equals(p.batteryService().status().linuxName())
                : p.plugged() && charging(p.charger().phase());
        return new Observation(after, p.isOn(), icon, List.copyOf(window), events, findings);
    }

    private void frameNow() {
        frame(live.session().frame());
    }

    private void frame(TelemetryFrame f) {
        if (!live.phone().isOn()) {
            return; // no OS, no telemetry
        }
        if (!window.isEmpty() && window.get(window.size() - 1).time() == f.time) {
            return;
        }
        window.add(new Frame(
                f.time,
                f.status.linuxName(),
                f.health.linuxName(),
                f.capacity,
                round(f.voltageNow * 1e-6 + gauss() * sigmaV, 4),
                round(-f.currentNow * 1e-6 + gauss() * sigmaI, 4),
                f.temp / 10.0,
                f.chargeFull * 1e-6,
                f.chargeFullDesign * 1e-6,
                f.cycleCount,
                f.chargeType.linuxName(),
                f.usbOnline,
                f.usbType,
                round(Math.max(0, f.usbVoltageNow * 1e-6 + (f.usbOnline ? gauss() * sigmaV : 0)), 4),
                round(Math.max(0, f.usbCurrentNow * 1e-6 + (f.usbOnline ? gauss() * sigmaI : 0)), 4),
                f.usbInputCurrentLimit * 1e-6));
    }

    /** The forum's five steps, then the phone back on its charger. */
    private void calibrate(Map<String, Object> findings) {
        double learnedBefore = live.phone().gauge().learnedCapacityAh();
        live.act(ActionType.UNPLUG);
        if (live.phone().isOn()) {
            live.act(ActionType.SET_LOAD, Map.of("load", "gaming"));
            live.advanceUntilOff(24 * 3600, 1800);
        }
        live.phone().disconnectBattery(live.time());
        live.advance(300);
        live.act(ActionType.INSERT_BATTERY);
        live.act(ActionType.PLUG, Map.of("source", "adapter-5v2a", "cable", "1m-24awg"));
        double t0 = live.time();
        while (live.phone().charger().phase() != ChargePhase.DONE && live.time() - t0 < 6 * 3600) {
            live.advance(1800);
        }
        live.act(ActionType.UNPLUG);
        live.phone().disconnectBattery(live.time());
        live.advance(120);
        live.act(ActionType.INSERT_BATTERY);
        live.act(ActionType.POWER_ON);
        live.act(ActionType.SET_LOAD, Map.of("load", "idle"));
        // Back on the charger the user brought.
        Scenario.Run r = live.run();
        live.act(ActionType.PLUG, Map.of("source", r.source(), "cable", r.cable()));
        findings.put("learnedCapacityBeforeAh", round(learnedBefore, 4));
        findings.put("learnedCapacityAfterAh", round(live.phone().gauge().learnedCapacityAh(), 4));
    }

    /** The bare pack in a universal cradle charger for half an hour, then back in the phone. */
    private void cradle(Map<String, Object> findings) {
        Phone p = live.phone();
        Scenario.Run r = live.run();
        boolean locked = p.pack().protection().lockedOut();
        var out = CradleJob.run(r.device(), p.cell().soc(), locked, true, p.ambient(), 1800, 60, r.stepSeconds());
        Map<String, Object> m = out.summary();
        findings.put("teGreen", m.get("teButtonGreenAtStart"));
        findings.put("leds", m.get("leds"));
        boolean woken = Boolean.TRUE.equals(m.get("packWoken"));
        findings.put("packWoken", woken);
        live.act(ActionType.UNPLUG);
        p.disconnectBattery(live.time());
        double soc = ((Number) m.get("finalSocPercent")).doubleValue() / 100;
        if (!locked || woken) {
            // The cradle's charge, carried back into the phone's own cell.
            p.cell().reset(Math.max(p.cell().minSoc(), soc), p.cell().temperature());
            p.pack().protection().update(live.time(), 0, p.cell().voltage(), 0, true, live.events());
        }
        live.act(ActionType.INSERT_BATTERY);
        live.act(ActionType.POWER_ON);
        live.act(ActionType.PLUG);
    }

    /** A new pack of the same model, half charged, with the gauge restarted on it. */
    private void replaceBattery() {
        Phone p = live.phone();
        live.act(ActionType.UNPLUG);
        p.disconnectBattery(live.time());
        if (p.cell() instanceof org.battsim.model.cell.EcmCell e) {
            e.setAging(1, 1);
        }
        p.cell().reset(0.5, p.ambient());
        p.pack().protection().update(live.time(), 0, p.cell().voltage(), 0, true, live.events());
        p.gauge().setLearnedCapacity(p.gauge().parameters().designCapacityAh());
        p.gauge().setCycleHistory(0);
        live.act(ActionType.INSERT_BATTERY);
        live.act(ActionType.POWER_ON);
        live.act(ActionType.PLUG);
    }

    /**
     * The same cable and adapter on a healthy phone of the same model: only the faults that live in
     * the cable or the source travel with them.
     */
    private void anotherDevice(Map<String, Object> findings) {
        Scenario.Run r = live.run();
        List<Scenario.TimedAction> carried = new ArrayList<>();
        for (Scenario.TimedAction a : r.timeline()) {
            switch (a.type()) {
                case WIRE_BREAK, ADAPTER_DEGRADE, ADAPTER_DEAD, HUB_DEVICES, MOVE -> carried.add(a);
                default -> {}
            }
        }
        Scenario.Run other = new Scenario.Run(
                "other-device",
                Scenario.Kind.PHONE,
                r.deviceName(),
                r.device(),
                0.5,
                r.ambientK(),
                null,
                Double.NaN,
                false,
                r.ambientK(),
                r.humidity(),
                r.source(),
                r.cable(),
                "clean",
                "idle",
                true,
                carried,
                false,
                WINDOW,
                WINDOW,
                TELEMETRY_PERIOD,
                r.stepSeconds(),
                null);
        LiveRun o = LiveRun.start(scenario, other);
        o.advance(WINDOW);
        Phone q = o.phone();
        findings.put("otherCharging", q.plugged() && charging(q.charger().phase()));
        findings.put("otherUsbType", TelemetryFrame.usbType(q.charger().portType()));
        findings.put("otherInputLimitAmps", round(q.inputCurrentLimit(), 3));
        findings.put("otherInputAmps", round(q.inputCurrent(), 3));
        findings.put("otherUsbVolts", round(q.plugged() ? q.vbus() : 0, 3));
        int drops = 0;
        for (EventLog.Entry e : o.events().entries()) {
            if (e.text().startsWith("VBUS collapsed")) {
                drops++;
            }
        }
        findings.put("otherDropouts", drops);
    }

    private static boolean charging(ChargePhase ph) {
        return ph == ChargePhase.PRECHARGE || ph == ChargePhase.FAST_CC || ph == ChargePhase.CV;
    }

    private double gauss() {
        // Box-Muller on the case's own stream: reproducible, no shared state.
        double u1 = Math.max(noise.nextDouble(), 1e-300);
        double u2 = noise.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static double round(double x, int digits) {
        return ExperimentJob.round(x, digits);
    }

    /** What is visible of a run's setup: labels, not faults. */
    static Setup setupOf(Scenario.Run r) {
        String src = r.source();
        String kind = src.startsWith("adapter") ? "wall-adapter" : "usb-port";
        String label;
        boolean nativeAdapter;
        double rated;
        switch (src.split(",")[0]) {
            case "adapter-5v2a" -> {
                label = "5 V 2 A (the phone's own)";
                nativeAdapter = true;
                rated = 2;
            }
            case "adapter-qc2-mi" -> {
                label = "Quick Charge 2.0, 5 V 2 A / 9 V 1.2 A / 12 V 1 A (the phone's own)";
                nativeAdapter = true;
                rated = 2;
            }
            case "adapter-5v1a-generic" -> {
                label = "5 V 1 A (no brand)";
                nativeAdapter = false;
                rated = 1;
            }
            case "usb2-port" -> {
                label = "a computer's USB 2.0 port (black)";
                nativeAdapter = false;
                rated = 0.5;
            }
            case "usb3-port" -> {
                label = "a computer's USB 3.0 port (blue)";
                nativeAdapter = false;
                rated = 0.9;
            }
            case "usb-cdp-port" -> {
                label = "a computer's charging USB port";
                nativeAdapter = false;
                rated = 1.5;
            }
            default -> {
                label = src;
                nativeAdapter = false;
                rated = Double.NaN;
            }
        }
        if (src.contains(",front")) {
            label += ", front panel";
        } else if (kind.equals("usb-port")) {
            label += ", rear";
        }
        String cable = switch (r.cable()) {
            case "1m-24awg" -> "1 m, 24 AWG (the phone's own)";
            case "1m-28awg" -> "1 m, 28 AWG (no brand)";
            case "2m-28awg" -> "2 m, 28 AWG (no brand)";
            default -> r.cable();
        };
        return new Setup(
                r.deviceName(),
                kind,
                label,
                nativeAdapter,
                rated,
                cable,
                round(r.ambientK() - 273.15, 2),
                "it does not charge properly");
    }
}
