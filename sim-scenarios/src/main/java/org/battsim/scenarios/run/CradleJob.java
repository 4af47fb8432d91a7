package org.battsim.scenarios.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.device.CradleCharger;
import org.battsim.model.device.CradleParameters;
import org.battsim.model.device.DeviceParameters;
import org.battsim.model.engine.Recorder;
import org.battsim.model.engine.Simulation;
import org.battsim.model.pack.BatteryPack;
import org.battsim.model.pack.Ntc;
import org.battsim.model.pack.ProtectionIc;
import org.battsim.scenarios.output.EventLog;

/** A bare pack in the universal cradle ("frog") charger, with the cradle's LEDs as columns. */
public final class CradleJob {
    private CradleJob() {}

    /** What a scenario does with the cradle: seats the pack, presses TE, schedules its timeline. */
    public interface Setup {
        void apply(CradleCharger cradle, Simulation<CradleCharger> sim);
    }

    /**
     * @param lockedOut start with the pack drained below its protection's over-discharge threshold
     * @param correctPolarity whether the contacts are the right way round
     */
    public static ExperimentJob.Outcome run(
            DeviceParameters d,
            double soc,
            boolean lockedOut,
            boolean correctPolarity,
            double ambientK,
            double duration,
            double period,
            double dt) {
        boolean[] teGreen = {false};
        ExperimentJob.Outcome o = run(d, soc, lockedOut, ambientK, ambientK, duration, period, dt, true, (c, sim) -> {
            c.seat(correctPolarity, 0);
            teGreen[0] = c.pressTe(0);
        });
        o.summary().put("polarity", correctPolarity ? "correct" : "reversed");
        o.summary().put("teButtonGreenAtStart", teGreen[0]);
        return o;
    }

    /**
     * A pack in the cradle with what {@code setup} does to it.
     *
     * @param cellK starting cell temperature (K)
     * @param untilFull stop when the cradle shows FUL
     */
    public static ExperimentJob.Outcome run(
            DeviceParameters d,
            double soc,
            boolean lockedOut,
            double ambientK,
            double cellK,
            double duration,
            double period,
            double dt,
            boolean untilFull,
            Setup setup) {
        EventLog log = new EventLog();
        EcmCell cell = new EcmCell(d.cell());
        BatteryPack pack = new BatteryPack(
                cell, new ProtectionIc(d.protection()), new Ntc(d.ntcR25(), d.ntcBeta()), d.selfDischargePerMonth());
        if (lockedOut) {
            // A pack left in a drawer until its cell fell under the protection threshold.
            ChargeJob.lockOut(cell, pack, cellK, log);
        } else {
            cell.reset(soc, cellK);
        }
        cell.setAmbientTemperature(ambientK);
        CradleCharger cradle = new CradleCharger(CradleParameters.typical(), pack, log);
        Simulation<CradleCharger> sim = new Simulation<>(cradle, 0, dt);
        Recorder rec = new Recorder(1_000_000);
        rec.column(ExperimentJob.TIME, sim::time)
                .column(ExperimentJob.VOLTAGE, cell::voltage)
                .column(ExperimentJob.CURRENT, () -> -cell.current())
                .column(ExperimentJob.CYCLE, () -> 1)
                .column(ExperimentJob.STEP, () -> 1)
                .column(ExperimentJob.AMBIENT, () -> ambientK - 273.15)
                .column(ExperimentJob.SOC, () -> 100 * cell.soc())
                .column(ExperimentJob.CELL_T, () -> cell.temperature() - 273.15)
                .column("Pack Terminal Voltage / V", () -> pack.dischargeAllowed() ? cell.voltage() : 0)
                .column("Cradle CON / 1", () -> cradle.leds().con() ? 1 : 0)
                .column("Cradle CH / 1", () -> cradle.leds().ch() ? 1 : 0)
                .column("Cradle FUL / 1", () -> cradle.leds().ful() ? 1 : 0);
        // Charge that went in while the cell was below 0 degC at the start of a step: a JEITA charger
        // (a phone's) does not charge there, a cradle without a thermistor does (PHYSICS §3).
        double[] coldAh = {0};
        double[] last = {sim.time(), cell.temperature()};
        // The peak temperature and the time the FUL light came on, at the step they happen (not at
        // the next sample).
        double[] maxT = {cell.temperature()};
        double[] fullAt = {Double.NaN};
        sim.addStepHandler((c, t, ev) -> {
            if (cell.current() < 0 && last[1] < 273.15) {
                coldAh[0] -= cell.current() * (t - last[0]) / 3600;
            }
            last[0] = t;
            last[1] = cell.temperature();
            maxT[0] = Math.max(maxT[0], cell.temperature());
            if (Double.isNaN(fullAt[0]) && cradle.leds().ful()) {
                fullAt[0] = t;
            }
        });
        setup.apply(cradle, sim);
        rec.sample(true);
        while (sim.time() < duration) {
            sim.run(Math.min(duration, sim.time() + period));
            rec.sample(false);
            if (untilFull && !Double.isNaN(fullAt[0])) {
                break;
            }
        }
        rec.sample(true);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("device", d.name());
        m.put("source", "frog-cradle");
        m.put("startedLockedOut", lockedOut);
        m.put("currentSign", "Current / A is positive when the cell charges");
        m.put("durationSeconds", ExperimentJob.round(sim.time(), 6));
        m.put("chargeCapacityAh", ExperimentJob.round(cell.energy().chargeIn() / 3600, 9));
        m.put("dischargeCapacityAh", ExperimentJob.round(cell.energy().chargeOut() / 3600, 9));
        m.put("finalSocPercent", ExperimentJob.round(100 * cell.soc(), 6));
        // The pack is outside the phone: no gauge, so nothing is reported or learned.
        m.put("finalTrueSocPercent", ExperimentJob.round(100 * Math.max(0, Math.min(1, cell.soc())), 6));
        m.put("finalReportedSocPercent", null);
        m.put("maxSocErrorPercent", null);
        m.put("learnedCapacityAh", null);
        m.put("trueCapacityAh", ExperimentJob.round(cell.capacityAh(), 9));
        m.put("maxCellTemperatureCelsius", ExperimentJob.round(maxT[0] - 273.15, 6));
        m.put("chargedBelowFreezingAh", ExperimentJob.round(coldAh[0], 9));
        m.put("unsafeToRevive", pack.protection().timeBelow1v5() >= 7 * 86400);
        m.put("packWoken", lockedOut && !pack.protection().lockedOut());
        m.put("timeToFullSeconds", Double.isNaN(fullAt[0]) ? null : ExperimentJob.round(fullAt[0], 6));
        Map<String, Object> leds = new LinkedHashMap<>(); // fixed order: same inputs, same bytes
        leds.put("con", cradle.leds().con());
        leds.put("ch", cradle.leds().ch());
        leds.put("ful", cradle.leds().ful());
        m.put("leds", leds);
        m.put("endReason", cradle.leds().ful() ? "FUL: charge complete, output off" : "end of the requested duration");
        m.put("steps", java.util.List.of());
        return new ExperimentJob.Outcome(m, rec, log, null);
    }
}
