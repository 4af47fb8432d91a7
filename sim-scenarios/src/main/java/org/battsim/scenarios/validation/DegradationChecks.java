package org.battsim.scenarios.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.battsim.model.cell.Cell;
import org.battsim.model.cell.spme.SpmeCell;
import org.battsim.model.cell.spme.SpmeOptions;
import org.battsim.model.experiment.Experiment;
import org.battsim.scenarios.cells.SpmeFile;
import org.battsim.scenarios.cells.SpmeLibrary;
import org.battsim.scenarios.experiment.ExperimentParser;
import org.battsim.scenarios.run.CellModel;
import org.battsim.scenarios.run.ExperimentJob;

/**
 * The degradation and conservation cases of the SPMe validation: where lithium plating appears
 * (cold, fast charging) and where it does not (0.5C at 25 °C), how the SEI grows in storage (√t
 * when solvent-diffusion limited, linear when reaction limited), and how well lithium is conserved
 * without degradation. Runs through the same cycler as {@code battsim experiment}.
 */
public final class DegradationChecks {
    /** One charge and what plated. */
    public record PlatingCase(
            String set,
            double cRate,
            double temperatureC,
            SpmeOptions.PlatingModel model,
            double chargedAh,
            double platedAh,
            double deadAh,
            double timeBelowZeroSeconds,
            double minAnodePotential) {}

    /** SEI growth in storage: thickness and lithium taken at some times. */
    public record SeiCase(SpmeOptions.SeiModel model, double[] days, double[] thicknessNm, double[] lithiumLostAh) {}

    /** Largest relative change of the cell's lithium over a cycle, without degradation. */
    public record Conservation(String set, double maxRelativeDrift, int steps) {}

    public record Report(List<PlatingCase> plating, List<SeiCase> sei, List<Conservation> conservation) {}

    private DegradationChecks() {}

    /** Charges chen2020 from 10 % at a C-rate and temperature until 4.2 V with a plating model. */
    public static PlatingCase charge(double cRate, double temperatureC, SpmeOptions.PlatingModel model) {
        SpmeFile.Loaded l = SpmeLibrary.load("chen2020");
        CellModel.Spme cm = new CellModel.Spme(
                l.parameters(), l.options().withPlating(model).withSei(SpmeOptions.SeiModel.SOLVENT_DIFFUSION_LIMITED));
        String step = "Charge at " + ModelValidation.fmt(cRate) + "C until 4.2 V";
        Experiment exp = ExperimentParser.build(List.of(List.of(step)), 1, List.of(), 60);
        ExperimentJob.Outcome o =
                ExperimentJob.run(new ExperimentJob.Options(cm, 0.1, 273.15 + temperatureC, exp, 1.0, 100_000), null);
        Map<String, Object> s = o.summary();
        return new PlatingCase(
                "chen2020",
                cRate,
                temperatureC,
                model,
                (Double) s.get("chargeCapacityAh"),
                (Double) s.get("platedLithiumAh"),
                (Double) s.get("deadLithiumAh"),
                (Double) s.get("timeBelowPlatingPotentialSeconds"),
                (Double) s.get("minAnodePotentialV"));
    }

    /** Stores chen2020 fully charged at 25 °C, isothermal, and samples the SEI at the given days. */
    public static SeiCase storage(SpmeOptions.SeiModel model, double[] days) {
        SpmeFile.Loaded l = SpmeLibrary.load("chen2020");
        SpmeCell cell =
                new SpmeCell(l.parameters(), l.options().withSei(model).withThermal(SpmeOptions.Thermal.ISOTHERMAL));
        cell.reset(1.0, 298.15);
        double[] nm = new double[days.length];
        double[] lost = new double[days.length];
        double t = 0;
        for (int k = 0; k < days.length; k++) {
            double end = days[k] * 86400;
            while (t < end - 1e-6) {
                double dt = Math.min(600, end - t);
                cell.trial(Cell.Control.CURRENT, 0, dt);
                cell.commit();
                t += dt;
            }
            nm[k] = cell.seiThickness() * 1e9;
            lost[k] = cell.lithiumInventoryLostAh();
        }
        return new SeiCase(model, days.clone(), nm, lost);
    }

    /**
     * A 1C discharge to the lower cut-off, a rest, a 1C charge and a hold at the upper cut-off to
     * C/50, with lumped thermal: the largest relative change of the cell's lithium.
     */
    public static Conservation conservation(String set) {
        SpmeFile.Loaded l = SpmeLibrary.load(set);
        SpmeCell cell = new SpmeCell(l.parameters(), l.options().withThermal(SpmeOptions.Thermal.LUMPED));
        cell.resetToInitial(298.15);
        double li0 = cell.lithiumInventory();
        double c = l.parameters().nominalCapacityAh;
        double worst = 0;
        int steps = 0;
        int phase = 0;
        while (phase < 4 && steps < 100_000) {
            switch (phase) {
                case 0 -> cell.trial(Cell.Control.CURRENT, c, 1);
                case 1 -> cell.trial(Cell.Control.CURRENT, 0, 1);
                case 2 -> cell.trial(Cell.Control.CURRENT, -c, 1);
                default -> cell.trial(Cell.Control.VOLTAGE, l.parameters().upperCutoff, 1);
            }
            boolean next = switch (phase) {
                case 0 -> cell.voltage() < l.parameters().lowerCutoff;
                case 1 -> steps > 0 && steps % 1800 == 0;
                case 2 -> cell.voltage() > l.parameters().upperCutoff;
                default -> Math.abs(cell.current()) < c / 50;
            };
            if (next) {
                phase++;
                continue;
            }
            cell.commit();
            steps++;
            worst = Math.max(worst, Math.abs(cell.lithiumInventory() - li0) / li0);
        }
        return new Conservation(set, worst, steps);
    }

    public static Report run() {
        List<PlatingCase> plating = new ArrayList<>();
        plating.add(charge(3, -10, SpmeOptions.PlatingModel.IRREVERSIBLE));
        plating.add(charge(3, -10, SpmeOptions.PlatingModel.PARTIALLY_REVERSIBLE));
        plating.add(charge(1, 0, SpmeOptions.PlatingModel.IRREVERSIBLE));
        plating.add(charge(2, 25, SpmeOptions.PlatingModel.IRREVERSIBLE));
        plating.add(charge(0.5, 25, SpmeOptions.PlatingModel.IRREVERSIBLE));
        plating.add(charge(0.5, 25, SpmeOptions.PlatingModel.PARTIALLY_REVERSIBLE));
        double[] days = {1, 4, 16, 64};
        List<SeiCase> sei = List.of(
                storage(SpmeOptions.SeiModel.SOLVENT_DIFFUSION_LIMITED, days),
                storage(SpmeOptions.SeiModel.REACTION_LIMITED, days));
        List<Conservation> cons = new ArrayList<>();
        for (String set : List.of("marquis2019", "chen2020", "ecker2015")) {
            cons.add(conservation(set));
        }
        return new Report(plating, sei, cons);
    }
}
