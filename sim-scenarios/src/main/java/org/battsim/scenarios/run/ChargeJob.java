package org.battsim.scenarios.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.battsim.model.cell.Cell;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.charger.ChargePhase;
import org.battsim.model.charger.ChargerIc;
import org.battsim.model.device.ChargeSession;
import org.battsim.model.device.DeviceParameters;
import org.battsim.model.device.LoadProfile;
import org.battsim.model.device.Phone;
import org.battsim.model.engine.Recorder;
import org.battsim.model.pack.BatteryPack;
import org.battsim.model.pack.Ntc;
import org.battsim.model.pack.ProtectionIc;
import org.battsim.model.power.PowerPath;
import org.battsim.model.power.PowerSource;
import org.battsim.model.protocol.ChargerProtocol;
import org.battsim.model.protocol.Protocol;
import org.battsim.model.telemetry.TelemetryFrame;
import org.battsim.scenarios.output.EventLog;

/**
 * One charge session of a phone (source → cable → port → charger → pack → cell) with the standard
 * outputs plus the chain's columns and summary fields.
 */
public final class ChargeJob {
    public static final String VBUS = "VBUS / V";
    public static final String INPUT_CURRENT = "Input Current / A";
    public static final String INPUT_LIMIT = "Input Current Limit / A";
    public static final String PHASE = "Charger Phase / 1";
    public static final String CONTACT_T = "Port Contact Temperature / degC";
    public static final String DIE_T = "Charger Die Temperature / degC";
    public static final String SYSTEM_POWER = "System Power / W";

    /**
     * What to run.
     *
     * @param device the phone
     * @param source what it is plugged into
     * @param path cable and port
     * @param names labels for the summary: source, cable, port
     * @param load what the phone does while charging
     * @param initialSoc starting state of charge
     * @param ambientK ambient temperature (K)
     * @param untilFull stop when the charge terminates
     * @param durationSeconds time limit (or the duration when not until full)
     * @param periodSeconds sampling period
     * @param maxStepSeconds internal step
     * @param telemetryPeriodSeconds period of {@code telemetry.csv}
     */
    public record Options(
            DeviceParameters device,
            PowerSource source,
            PowerPath path,
            List<String> names,
            LoadProfile load,
            double initialSoc,
            double ambientK,
            boolean untilFull,
            double durationSeconds,
            double periodSeconds,
            double maxStepSeconds,
            double telemetryPeriodSeconds) {
        public Options {
            Objects.requireNonNull(device);
            Objects.requireNonNull(source);
            Objects.requireNonNull(path);
            names = List.copyOf(names);
            if (!(telemetryPeriodSeconds > 0) || Double.isInfinite(telemetryPeriodSeconds)) {
                throw new IllegalArgumentException("telemetry period must be positive");
            }
        }

        /** Telemetry every 10 s. */
        public Options(
                DeviceParameters device,
                PowerSource source,
                PowerPath path,
                List<String> names,
                LoadProfile load,
                double initialSoc,
                double ambientK,
                boolean untilFull,
                double durationSeconds,
                double periodSeconds,
                double maxStepSeconds) {
            this(
                    device,
                    source,
                    path,
                    names,
                    load,
                    initialSoc,
                    ambientK,
                    untilFull,
                    durationSeconds,
                    periodSeconds,
                    maxStepSeconds,
                    DEFAULT_TELEMETRY_PERIOD);
        }
    }

    /** Default telemetry period (s). */
    public static final double DEFAULT_TELEMETRY_PERIOD = 10;

    private ChargeJob() {}

    /** Builds a phone from its parameters at a state of charge and temperature. */
    public static Phone phone(DeviceParameters d, double soc, double ambientK, EventLog log) {
        return phone(d, soc, false, ambientK, log);
    }

    /**
     * Builds a phone from its parameters at a state of charge and temperature, or, when {@code
     * lockedOut}, with its pack drained below the protection's over-discharge threshold and locked
     * out (the state of charge is then the cell's lowest).
     */
    public static Phone phone(DeviceParameters d, double soc, boolean lockedOut, double ambientK, EventLog log) {
        EcmCell cell = new EcmCell(d.cell());
        BatteryPack pack = new BatteryPack(
                cell, new ProtectionIc(d.protection()), new Ntc(d.ntcR25(), d.ntcBeta()), d.selfDischargePerMonth());
        if (lockedOut) {
            lockOut(cell, pack, ambientK, log);
        } else {
            cell.reset(soc, ambientK);
        }
        ChargerIc charger = new ChargerIc(d.charger(), log);
        Phone p = new Phone(d, pack, charger, log);
        p.setAmbient(ambientK);
        p.refresh();
        return p;
    }

    /**
     * Drains the pack's cell to its lowest state of charge (below every protection's over-discharge
     * threshold) and lets the protection see it: the pack is locked out, its terminals read 0 V.
     */
    public static void lockOut(EcmCell cell, BatteryPack pack, double temperatureK, EventLog log) {
        cell.reset(cell.minSoc(), temperatureK);
        cell.trial(Cell.Control.CURRENT, 0, 1);
        cell.commit();
        pack.afterStep(0, 1.0, 0, false, log);
    }

    /** What a scenario does to the session before it runs: schedules its timeline. */
    public interface Setup {
        void apply(Phone phone, ChargeSession session);
    }

    public static ExperimentJob.Outcome run(Options o) {
        return run(o, null);
    }

    /**
     * Runs a charge session with a charging protocol as the charger IC's algorithm (it sets ICHG
     * and VREG from what the charger measures and the gauge's SoC; the IC's input, thermal and JEITA
     * limits still apply), or with the IC's own algorithm when {@code protocol} is null.
     */
    public static ExperimentJob.Outcome run(Options o, Protocol protocol) {
        return run(o, protocol, false);
    }

    /** As {@link #run(Options, Protocol)}, with the phone's pack locked out at the start if asked. */
    public static ExperimentJob.Outcome run(Options o, Protocol protocol, boolean lockedOut) {
        EventLog log = new EventLog();
        Phone phone = phone(o.device(), o.initialSoc(), lockedOut, o.ambientK(), log);
        if (protocol != null) {
            phone.charger()
                    .setAlgorithm(new ChargerProtocol(
                            protocol,
                            o.device().cell().nominalCapacityAh(),
                            o.device().charger().vreg(),
                            phone.gauge()::estimatedSoc));
        }
        return run(o, phone, log, true, 0, (p, s) -> {}, protocol);
    }

    /**
     * Runs a prepared phone.
     *
     * @param log the events log the phone writes to
     * @param plugAtStart plug the source in at time 0
     * @param fullAfter a terminated charge ends the run only from this time on
     * @param setup schedules actions before the run
     */
    public static ExperimentJob.Outcome run(
            Options o, Phone phone, EventLog log, boolean plugAtStart, double fullAfter, Setup setup) {
        return run(o, phone, log, plugAtStart, fullAfter, setup, null);
    }

    private static ExperimentJob.Outcome run(
            Options o,
            Phone phone,
            EventLog log,
            boolean plugAtStart,
            double fullAfter,
            Setup setup,
            Protocol protocol) {
        Recorder rec = new Recorder(1_000_000);
        ChargeSession[] s = new ChargeSession[1];
        var cell = phone.cell();
        rec.column(ExperimentJob.TIME, () -> s[0].time())
                .column(ExperimentJob.VOLTAGE, cell::voltage)
                .column(ExperimentJob.CURRENT, () -> -cell.current())
                .column(ExperimentJob.CYCLE, () -> 1)
                .column(ExperimentJob.STEP, () -> 1)
                .column(ExperimentJob.AMBIENT, () -> phone.ambient() - 273.15)
                .column(ExperimentJob.SOC, () -> 100 * cell.soc())
                .column(ExperimentJob.CELL_T, () -> cell.temperature() - 273.15)
                .column(ExperimentJob.BODY_T, () -> cell.bodyTemperature() - 273.15)
                .column(VBUS, phone::vbus)
                .column(INPUT_CURRENT, phone::inputCurrent)
                .column(INPUT_LIMIT, phone::inputCurrentLimit)
                .column(PHASE, () -> phone.charger().phase().code())
                .column(
                        CONTACT_T,
                        () -> (phone.path() != null ? phone.path().contactTemperature() : phone.ambient()) - 273.15)
                .column(DIE_T, () -> phone.charger().dieTemperature() - 273.15)
                .column(SYSTEM_POWER, phone::systemPower);
        ChargeSession session = new ChargeSession(phone, o.maxStepSeconds(), rec);
        s[0] = session;
        double startSoc = cell.soc(); // the options' value, or a locked-out pack's lowest
        boolean startLockedOut = phone.pack().protection().lockedOut();
        StringBuilder telemetry = new StringBuilder(String.join(",", TelemetryFrame.COLUMNS)).append('\n');
        session.telemetry(o.telemetryPeriodSeconds(), f -> {
            f.appendCsv(telemetry);
            telemetry.append('\n');
        });
        // Phase segments, and the input limit while charging, for the summary.
        List<Map<String, Object>> phases = new ArrayList<>();
        double[] chargingLimit = {Double.NaN};
        ChargePhase[] last = {null};
        double[] segStart = {0};
        session.simulation().addStepHandler((p, t, ev) -> {
            ChargePhase ph = p.charger().phase();
            if (ph == ChargePhase.FAST_CC || ph == ChargePhase.CV) {
                chargingLimit[0] = p.inputCurrentLimit();
            }
            if (ph != last[0]) {
                if (last[0] != null) {
                    phases.add(segment(last[0], segStart[0], t));
                }
                last[0] = ph;
                segStart[0] = t;
            }
        });
        if (plugAtStart) {
            phone.plug(o.source(), o.path(), 0);
        }
        // After the plug: a phone whose battery is below its cut-off can still be switched on from
        // the input, as a real one is on its charger.
        if (o.load() != LoadProfile.OFF) {
            phone.setLoad(o.load(), 0);
        }
        setup.apply(phone, session);
        ChargeSession.Stats st = session.run(o.durationSeconds(), o.periodSeconds(), o.untilFull(), fullAfter);
        if (last[0] != null) {
            phases.add(segment(last[0], segStart[0], session.time()));
        }
        log.event(session.time(), "session", "end: " + st.endReason);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("device", o.device().name());
        m.put("source", o.names().size() > 0 ? o.names().get(0) : o.source().name());
        m.put("cable", o.names().size() > 1 ? o.names().get(1) : "");
        m.put("port", o.names().size() > 2 ? o.names().get(2) : "");
        m.put("load", o.load().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (protocol != null) {
            m.put("chargingProtocol", protocol.spec());
        }
        m.put("currentSign", "Current / A is positive when the cell charges");
        m.put("initialSocPercent", ExperimentJob.round(100 * startSoc, 6));
        m.put("startedLockedOut", startLockedOut);
        m.put("ambientTemperatureCelsius", ExperimentJob.round(o.ambientK() - 273.15, 6));
        m.put("durationSeconds", ExperimentJob.round(session.time(), 6));
        m.put("dischargeCapacityAh", ExperimentJob.round(cell.energy().chargeOut() / 3600, 9));
        m.put("chargeCapacityAh", ExperimentJob.round(cell.energy().chargeIn() / 3600, 9));
        m.put("finalSocPercent", ExperimentJob.round(100 * cell.soc(), 6));
        gaugeSummary(m, phone, st);
        m.put("detectedPortType", phone.charger().portType().name());
        m.put(
                "inputCurrentLimitA",
                ExperimentJob.round(Double.isNaN(chargingLimit[0]) ? phone.inputCurrentLimit() : chargingLimit[0], 9));
        m.put("timeTo80PercentSeconds", nullable(st.timeTo80));
        m.put("timeToFullSeconds", nullable(st.timeToFull));
        m.put("minVbusVolts", Double.isInfinite(st.minVbus) ? null : ExperimentJob.round(st.minVbus, 9));
        m.put("maxInputCurrentA", ExperimentJob.round(st.maxInputCurrent, 9));
        m.put("maxCellTemperatureCelsius", ExperimentJob.round(st.maxCellTemperature - 273.15, 6));
        m.put("maxBodyTemperatureCelsius", ExperimentJob.round(st.maxBodyTemperature - 273.15, 6));
        m.put(
                "maxPortContactTemperatureCelsius",
                ExperimentJob.round(Math.max(st.maxContactTemperature, o.ambientK()) - 273.15, 6));
        m.put("maxChargerDieTemperatureCelsius", ExperimentJob.round(st.maxDieTemperature - 273.15, 6));
        m.put("endReason", st.endReason);
        m.put("finalChargerPhase", phone.charger().phase().name());
        m.put("phoneOnAtEnd", phone.isOn());
        m.put("protectionLockedOut", phone.pack().protection().lockedOut());
        m.put("shutdownTimeSeconds", nullable(st.shutdownTime));
        m.put("shutdownReportedSocPercent", nullable(100 * st.shutdownReportedSoc));
        m.put("shutdownTrueSocPercent", nullable(100 * st.shutdownTrueSoc));
        m.put(
                "chargerFaults",
                phone.charger().peekFaults().stream().map(Enum::name).sorted().toList());
        double[] b = phone.energyBooks();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("sourceWh", ExperimentJob.round(b[0] / 3600, 9));
        e.put("adapterLossWh", ExperimentJob.round(b[1] / 3600, 9));
        e.put("cableAndContactLossWh", ExperimentJob.round(b[2] / 3600, 9));
        e.put("chargerLossWh", ExperimentJob.round(b[3] / 3600, 9));
        e.put("systemWh", ExperimentJob.round(b[4] / 3600, 9));
        e.put("intoCellWh", ExperimentJob.round(-cell.energy().electricalOut() / 3600, 9));
        e.put("packDrainWh", ExperimentJob.round(b[6] / 3600, 9));
        m.put("energy", e);
        m.put("steps", phases);
        return new ExperimentJob.Outcome(m, rec, log, null, telemetry.toString());
    }

    /** What the phone reports against the truth: SoC, error, learned and true capacity. */
    static void gaugeSummary(Map<String, Object> m, Phone phone, ChargeSession.Stats st) {
        m.put(
                "finalTrueSocPercent",
                ExperimentJob.round(100 * Math.max(0, Math.min(1, phone.cell().soc())), 6));
        m.put("finalReportedSocPercent", ExperimentJob.round(100 * phone.gauge().reportedSoc(), 6));
        m.put("maxSocErrorPercent", ExperimentJob.round(100 * st.maxSocError, 6));
        m.put("learnedCapacityAh", ExperimentJob.round(phone.gauge().learnedCapacityAh(), 9));
        m.put("trueCapacityAh", ExperimentJob.round(phone.cell().capacityAh(), 9));
    }

    private static Map<String, Object> segment(ChargePhase ph, double start, double end) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phase", ph.name());
        m.put("code", ph.code());
        m.put("startSeconds", ExperimentJob.round(start, 6));
        m.put("endSeconds", ExperimentJob.round(end, 6));
        m.put("endReason", "phase change");
        return m;
    }

    private static Double nullable(double x) {
        return Double.isNaN(x) ? null : ExperimentJob.round(x, 6);
    }
}
