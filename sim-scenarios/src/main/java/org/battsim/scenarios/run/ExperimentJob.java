package org.battsim.scenarios.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.battsim.model.aging.Aging;
import org.battsim.model.aging.AgingModel;
import org.battsim.model.aging.AgingState;
import org.battsim.model.aging.CyclerAging;
import org.battsim.model.cell.Cell;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.cell.spme.SpmeCell;
import org.battsim.model.cycler.ExperimentRunner;
import org.battsim.model.engine.Recorder;
import org.battsim.model.experiment.Experiment;
import org.battsim.scenarios.output.AtomicFiles;
import org.battsim.scenarios.output.BdfCsv;
import org.battsim.scenarios.output.EventLog;
import org.battsim.scenarios.output.Json;

/**
 * Runs an experiment on a bare cell (a battery cycler) and produces the standard outputs:
 * {@code timeseries.bdf.csv}, {@code events.csv} and {@code summary.json}.
 *
 * <p>Current sign in the outputs: the BDF column {@code Current / A} is positive when the cell
 * charges (the cycler convention); inside the model, positive current discharges.
 */
public final class ExperimentJob {
    /** Labels of the time series, in file order. */
    public static final String TIME = "Test Time / s";

    public static final String VOLTAGE = "Voltage / V";
    public static final String CURRENT = "Current / A";
    public static final String CYCLE = "Cycle Count / 1";
    public static final String STEP = "Step Count / 1";
    public static final String AMBIENT = "Ambient Temperature / degC";
    public static final String SOC = "State of Charge / %";
    public static final String CELL_T = "Cell Temperature / degC";
    public static final String BODY_T = "Body Temperature / degC";
    public static final String OCV = "Open Circuit Voltage / V";
    public static final String CHARGING_CAPACITY = "Charging Capacity / Ah";
    public static final String DISCHARGING_CAPACITY = "Discharging Capacity / Ah";
    public static final String POWER = "Power / W";
    public static final String HEAT = "Heat Generation / W";
    /** SPMe only: φs − φe at the negative electrode's separator side; lithium can plate below 0 V. */
    public static final String ANODE_POTENTIAL = "Anode Potential vs Li / V";

    public static final String NEG_SURFACE = "Negative Surface Stoichiometry / 1";
    public static final String POS_SURFACE = "Positive Surface Stoichiometry / 1";
    public static final String PLATED = "Plated Lithium / Ah";
    public static final String LITHIUM_LOST = "Lithium Inventory Lost / Ah";
    public static final String SEI_THICKNESS = "SEI Thickness / nm";

    /**
     * What to run.
     *
     * @param cell the model and its parameter set
     * @param initialSoc starting state of charge (fraction), or NaN for the model's own starting
     *     state (see {@link CellModel#start})
     * @param ambientK ambient (and starting) temperature (K)
     * @param experiment the steps
     * @param maxStepSeconds internal step
     * @param maxRows bound on stored time-series rows (decimated beyond)
     * @param aging aging during the run and a worn start, or null for a fresh cell that does not age
     */
    public record Options(
            CellModel cell,
            double initialSoc,
            double ambientK,
            Experiment experiment,
            double maxStepSeconds,
            int maxRows,
            AgingOptions aging) {
        public Options {
            Objects.requireNonNull(cell);
            Objects.requireNonNull(experiment);
            if (!(maxStepSeconds > 0)) {
                throw new IllegalArgumentException("step must be positive");
            }
        }

        /** A run of a fresh cell that does not age. */
        public Options(
                CellModel cell,
                double initialSoc,
                double ambientK,
                Experiment experiment,
                double maxStepSeconds,
                int maxRows) {
            this(cell, initialSoc, ambientK, experiment, maxStepSeconds, maxRows, null);
        }

        /** An equivalent-circuit run of a fresh cell that does not age. */
        public Options(
                EcmParameters cell,
                double initialSoc,
                double ambientK,
                Experiment experiment,
                double maxStepSeconds,
                int maxRows) {
            this(new CellModel.Ecm(cell), initialSoc, ambientK, experiment, maxStepSeconds, maxRows, null);
        }
    }

    /**
     * Aging of the cell.
     *
     * @param model the aging model the cell follows during the run, or null for no aging during the
     *     run
     * @param start the aging state the cell starts from (a worn battery), or null for a fresh one;
     *     without a model only its relative capacity and resistance are applied
     * @param startText how the start was given, for the outputs
     * @param tolerance cycle skipping's tolerance (see {@link org.battsim.model.aging.CycleSkipping}),
     *     or 0 to simulate every cycle
     * @param maxSkip most cycles extrapolated in a row
     */
    public record AgingOptions(AgingModel model, AgingState start, String startText, double tolerance, int maxSkip) {
        public AgingOptions {
            if (model == null && start == null) {
                throw new IllegalArgumentException("aging options need a model or a start state");
            }
            if (tolerance > 0 && model == null) {
                throw new IllegalArgumentException("cycle skipping needs an aging model");
            }
        }
    }

    /**
     * Everything a run produced.
     *
     * @param telemetryCsv the phone's {@code telemetry.csv} text, or null for runs without a phone
     */
    public record Outcome(
            Map<String, Object> summary,
            Recorder timeseries,
            EventLog events,
            ExperimentRunner.Result result,
            String telemetryCsv) {
        public Outcome(
                Map<String, Object> summary, Recorder timeseries, EventLog events, ExperimentRunner.Result result) {
            this(summary, timeseries, events, result, null);
        }

        /** Writes the output files into {@code dir}. */
        public void write(Path dir) {
            BdfCsv.write(dir.resolve("timeseries.bdf.csv"), timeseries);
            events.write(dir.resolve("events.csv"));
            if (telemetryCsv != null) {
                AtomicFiles.writeString(dir.resolve("telemetry.csv"), telemetryCsv);
            }
            Json.write(dir.resolve("summary.json"), summary);
        }
    }

    private ExperimentJob() {}

    public static Outcome run(Options o, ExperimentRunner.ProgressListener progress) {
        Cell cell = o.cell().newCell();
        o.cell().start(cell, o.initialSoc(), o.ambientK());
        double initialSoc = cell.soc();
        Recorder rec = new Recorder(o.maxRows());
        EventLog log = new EventLog();
        ExperimentRunner[] holder = new ExperimentRunner[1];
        rec.column(TIME, () -> holder[0].time())
                .column(VOLTAGE, cell::voltage)
                .column(CURRENT, () -> -cell.current())
                .column(CYCLE, () -> holder[0].cycleNumber())
                .column(STEP, () -> holder[0].stepNumber())
                .column(AMBIENT, () -> cell.ambientTemperature() - 273.15)
                .column(SOC, () -> 100 * cell.soc())
                .column(CELL_T, () -> cell.temperature() - 273.15)
                .column(BODY_T, () -> cell.bodyTemperature() - 273.15)
                .column(OCV, cell::openCircuitVoltage)
                .column(CHARGING_CAPACITY, () -> cell.energy().chargeIn() / 3600)
                .column(DISCHARGING_CAPACITY, () -> cell.energy().chargeOut() / 3600)
                .column(POWER, () -> -cell.current() * cell.voltage())
                .column(HEAT, cell::heatRate);
        if (cell instanceof SpmeCell spme) {
            rec.column(ANODE_POTENTIAL, spme::anodePotential)
                    .column(NEG_SURFACE, spme::negativeSurfaceStoichiometry)
                    .column(POS_SURFACE, spme::positiveSurfaceStoichiometry)
                    .column(PLATED, spme::platedLithiumAh)
                    .column(LITHIUM_LOST, spme::lithiumInventoryLostAh)
                    .column(SEI_THICKNESS, () -> spme.seiThickness() * 1e9);
        }
        ExperimentRunner runner = new ExperimentRunner(cell, o.maxStepSeconds(), rec, log);
        holder[0] = runner;
        if (progress != null) {
            runner.onProgress(progress);
        }
        log.event(
                0,
                "cycler",
                "start: " + o.cell().name() + " (" + o.cell().model() + ") at " + pct(initialSoc) + " % SoC, "
                        + round(o.ambientK() - 273.15, 2) + " degC");
        AgingOptions a = o.aging();
        CyclerAging aging = null;
        if (a != null) {
            if (a.start() != null) {
                log.event(
                        0,
                        "cell",
                        "worn cell (" + a.startText() + "): " + pct(a.start().relativeCapacity()) + " % capacity, "
                                + pct(a.start().relativeResistance()) + " % resistance");
            }
            if (a.model() != null) {
                Aging ag = a.start() != null ? new Aging(a.start().copy()) : new Aging(a.model());
                aging = new CyclerAging(runner, ag);
                if (a.tolerance() > 0) {
                    aging.accelerate(runner, a.tolerance(), a.maxSkip());
                }
                log.event(
                        0,
                        "cell",
                        "aging: " + a.model().name()
                                + (a.tolerance() > 0 ? ", cycle skipping with tolerance " + a.tolerance() : ""));
            } else {
                cell.setAging(
                        Math.max(1e-3, Math.min(1, a.start().relativeCapacity())),
                        Math.max(1, a.start().relativeResistance()));
            }
        }
        ExperimentRunner.Result r = runner.run(o.experiment());
        log.event(r.durationSeconds(), "cycler", "end: " + r.endReason());
        Map<String, Object> summary = summary(o, cell, initialSoc, r);
        if (a != null) {
            agingSummary(summary, o, cell, r, aging);
        }
        return new Outcome(summary, rec, log, r);
    }

    private static void agingSummary(
            Map<String, Object> m, Options o, Cell cell, ExperimentRunner.Result r, CyclerAging aging) {
        AgingOptions a = o.aging();
        if (a.start() != null) {
            Map<String, Object> start = new LinkedHashMap<>();
            start.put("spec", a.startText());
            start.put("relativeCapacity", round(a.start().relativeCapacity(), 9));
            start.put("relativeResistance", round(a.start().relativeResistance(), 9));
            m.put("cellAge", start);
        }
        if (aging != null) {
            int simulated = 0;
            for (boolean b : r.cycleSimulated()) {
                simulated += b ? 1 : 0;
            }
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("model", a.model().name());
            am.put("accelerated", a.tolerance() > 0);
            if (a.tolerance() > 0) {
                am.put("tolerance", a.tolerance());
                am.put("maxSkip", a.maxSkip());
            }
            am.put("cyclesSimulated", simulated);
            am.put("cyclesExtrapolated", r.cyclesCompleted() - simulated);
            am.put("days", round(aging.aging().state().days(), 9));
            am.put("equivalentFullCycles", round(aging.aging().state().equivalentFullCycles(), 9));
            m.put("aging", am);
        }
        List<Double> capAh = new ArrayList<>();
        List<Double> rel = new ArrayList<>();
        for (double c : r.cycleCapacityAh()) {
            capAh.add(round(c, 9));
            rel.add(round(c / cell.nominalCapacityAh(), 9));
        }
        m.put("cycleCapacityAh", capAh);
        m.put("cycleRelativeCapacity", rel);
        List<Boolean> sim = new ArrayList<>();
        for (boolean b : r.cycleSimulated()) {
            sim.add(b);
        }
        m.put("cycleSimulated", sim);
        m.put("finalRelativeCapacity", round(cell.capacityAh() / cell.nominalCapacityAh(), 9));
        m.put(
                "finalRelativeResistance",
                round(
                        aging != null
                                ? aging.aging().relativeResistance()
                                : a.start().relativeResistance(),
                        9));
    }

    private static Map<String, Object> summary(Options o, Cell cell, double initialSoc, ExperimentRunner.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cell", o.cell().name());
        m.put("model", o.cell().model());
        m.put("currentSign", "Current / A is positive when the cell charges");
        m.put("initialSocPercent", round(100 * initialSoc, 6));
        m.put("ambientTemperatureCelsius", round(o.ambientK() - 273.15, 6));
        m.put("durationSeconds", round(r.durationSeconds(), 6));
        m.put("dischargeCapacityAh", round(cell.energy().chargeOut() / 3600, 9));
        m.put("chargeCapacityAh", round(cell.energy().chargeIn() / 3600, 9));
        m.put("dischargeEnergyWh", round(cell.energy().discharged() / 3600, 9));
        m.put("chargeEnergyWh", round(cell.energy().charged() / 3600, 9));
        m.put("maxCellTemperatureCelsius", round(r.maxCellTemperatureK() - 273.15, 6));
        m.put("minVoltage", round(r.minVoltage(), 9));
        m.put("maxVoltage", round(r.maxVoltage(), 9));
        m.put("finalSocPercent", round(100 * cell.soc(), 6));
        // A bare cell on a cycler has no fuel gauge: what a phone would report is absent (null).
        m.put("finalTrueSocPercent", round(100 * cell.soc(), 6));
        m.put("finalReportedSocPercent", null);
        m.put("maxSocErrorPercent", null);
        m.put("learnedCapacityAh", null);
        m.put("trueCapacityAh", round(cell.capacityAh(), 9));
        m.put("finalVoltage", round(cell.voltage(), 9));
        m.put("endReason", r.endReason());
        m.put("cyclesCompleted", r.cyclesCompleted());
        List<Double> perCycle = new ArrayList<>();
        for (double c : r.cycleDischargeAh()) {
            perCycle.add(round(c, 9));
        }
        m.put("cycleDischargeCapacityAh", perCycle);
        if (cell instanceof SpmeCell spme) {
            Map<String, Object> opts = new LinkedHashMap<>();
            var so = spme.options();
            opts.put("thermal", enumName(so.thermal()));
            opts.put("sei", enumName(so.sei()));
            opts.put("plating", enumName(so.plating()));
            opts.put(
                    "mesh",
                    List.of(
                            so.negativePoints(),
                            so.separatorPoints(),
                            so.positivePoints(),
                            so.negativeParticlePoints(),
                            so.positiveParticlePoints()));
            m.put("spmeOptions", opts);
            m.put("lithiumInventoryLostAh", round(spme.lithiumInventoryLostAh(), 12));
            m.put(
                    "lithiumInventoryLostPercent",
                    round(100 * spme.lithiumInventoryLostAh() / spme.initialCyclableLithiumAh(), 9));
            m.put("seiLithiumAh", round(spme.seiLithiumAh(), 12));
            m.put("platedLithiumAh", round(spme.platedLithiumAh(), 12));
            m.put("deadLithiumAh", round(spme.deadLithiumAh(), 12));
            m.put("timeBelowPlatingPotentialSeconds", round(spme.timeBelowPlatingPotential(), 6));
            m.put("minAnodePotentialV", round(spme.minAnodePotential(), 9));
            m.put("finalSeiThicknessNm", round(spme.seiThickness() * 1e9, 9));
        }
        List<Map<String, Object>> steps = new ArrayList<>();
        for (ExperimentRunner.StepResult s : r.steps()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("cycle", s.cycle());
            sm.put("step", s.index());
            sm.put("text", s.step().text());
            sm.put("normalised", s.step().normalised());
            sm.put("startSeconds", round(s.startSeconds(), 6));
            sm.put("endSeconds", round(s.endSeconds(), 6));
            sm.put("endReason", s.endReason());
            sm.put("chargeAh", round(s.chargeAh(), 9));
            sm.put("dischargeAh", round(s.dischargeAh(), 9));
            sm.put("minVoltage", round(s.minVoltage(), 9));
            sm.put("maxVoltage", round(s.maxVoltage(), 9));
            steps.add(sm);
        }
        m.put("steps", steps);
        return m;
    }

    public static double round(double x, int digits) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return new java.math.BigDecimal(x)
                .setScale(digits, java.math.RoundingMode.HALF_EVEN)
                .doubleValue();
    }

    private static String enumName(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String pct(double f) {
        double p = round(100 * f, 4);
        return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
    }
}
