package org.battsim.scenarios.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.battsim.model.cell.spme.SpmeOptions;
import org.battsim.model.cell.spme.SpmeParameters;
import org.battsim.model.experiment.Experiment;
import org.battsim.scenarios.cells.SpmeFile;
import org.battsim.scenarios.cells.SpmeLibrary;
import org.battsim.scenarios.experiment.ExperimentParser;
import org.battsim.scenarios.run.CellModel;
import org.battsim.scenarios.run.ExperimentJob;

/**
 * The SPMe against reference voltages: COMSOL's DFN for Marquis2019 at 1C and 3C under COMSOL's
 * conditions, and the Ecker et al. 1C measurement; plus mesh and time-step convergence. Every run
 * goes through the same cycler as {@code battsim experiment}.
 */
public final class ModelValidation {
    /** Time (s) and voltage (V). */
    public record Series(double[] time, double[] voltage) {}

    /**
     * One comparison.
     *
     * @param id short name (file names)
     * @param title what is compared
     * @param conditions how the model was run
     * @param reference the reference curve
     * @param model the model curve (every recorded sample)
     * @param comparedTimes reference times where both exist
     * @param errors model − reference at those times (V)
     * @param rmse root-mean-square error (V)
     * @param maxError largest absolute error (V)
     * @param maxErrorTime where it occurs (s)
     * @param notCovered reference points the model run did not reach
     * @param seconds wall time of the model run (s)
     */
    public record Comparison(
            String id,
            String title,
            String conditions,
            Series reference,
            Series model,
            double[] comparedTimes,
            double[] errors,
            double rmse,
            double maxError,
            double maxErrorTime,
            int notCovered,
            double seconds) {}

    /** Mesh convergence: one mesh. */
    public record MeshRow(int perRegion, int perParticle, double maxDifference, double rmseVsReference) {}

    /** Time-step convergence: one internal step. */
    public record StepRow(double dt, double maxDifference, double endVoltageDifference) {}

    /** The COMSOL comparison runs at 1C = 24 A. */
    public static final double COMSOL_1C_AMPS = 24.0;

    private ModelValidation() {}

    /**
     * The folder holding PyBaMM's reference data ({@code comsol/}, {@code ecker2015/}), found by
     * walking up from {@code start} to a {@code shared/data/pybamm} folder.
     */
    public static Optional<Path> findReferenceData(Path start) {
        Path p = start.toAbsolutePath().normalize();
        while (p != null) {
            Path candidate = p.resolve("shared").resolve("data").resolve("pybamm");
            if (Files.isDirectory(candidate.resolve("comsol"))) {
                return Optional.of(candidate);
            }
            if (p.getFileName() != null && p.getFileName().toString().equals("shared")) {
                Path c2 = p.resolve("data").resolve("pybamm");
                if (Files.isDirectory(c2.resolve("comsol"))) {
                    return Optional.of(c2);
                }
            }
            p = p.getParent();
        }
        return Optional.empty();
    }

    /** A two-column CSV of time and voltage; a header line and '#' comments are skipped. */
    public static Series readCsv(Path file) {
        List<double[]> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split(",");
                try {
                    rows.add(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])});
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    if (!rows.isEmpty()) {
                        throw new IllegalArgumentException(file + ": not a number in " + l);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] t = new double[rows.size()];
        double[] v = new double[rows.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = rows.get(i)[0];
            v[i] = rows.get(i)[1];
        }
        return new Series(t, v);
    }

    /** Runs one step string through the cycler; returns every recorded (time, voltage) sample. */
    public static Series simulate(CellModel model, double temperatureK, String step, double dt) {
        Experiment exp = ExperimentParser.build(List.of(List.of(step)), 1, List.of(), 1.0);
        ExperimentJob.Outcome o =
                ExperimentJob.run(new ExperimentJob.Options(model, Double.NaN, temperatureK, exp, dt, 2_000_000), null);
        return new Series(
                o.timeseries().column(ExperimentJob.TIME), o.timeseries().column(ExperimentJob.VOLTAGE));
    }

    /** Linear interpolation of a series at t; NaN beyond its end. */
    public static double interpolate(Series s, double t) {
        double[] x = s.time();
        double[] y = s.voltage();
        int n = x.length;
        if (n == 0 || t > x[n - 1] + 1e-9 || t < x[0] - 1e-9) {
            return Double.NaN;
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // Keep the last of duplicated times (a step end and its sample).
        while (hi + 1 < n && x[hi + 1] == x[hi] && x[hi] <= t) {
            hi++;
        }
        if (x[hi] == x[lo]) {
            return y[hi];
        }
        double f = (t - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + Math.max(0, Math.min(1, f)) * (y[hi] - y[lo]);
    }

    /**
     * Compares at the reference's times after {@code tMin} (exclusive): the cycler's sample at t = 0
     * is the cell at rest, while references report the voltage under load there.
     */
    public static Comparison compare(
            String id, String title, String conditions, Series ref, Series model, double tMin, double seconds) {
        List<Double> ts = new ArrayList<>();
        List<Double> es = new ArrayList<>();
        int notCovered = 0;
        double se = 0;
        double max = 0;
        double maxAt = Double.NaN;
        for (int i = 0; i < ref.time().length; i++) {
            double t = ref.time()[i];
            if (!(t > tMin)) {
                continue;
            }
            double v = interpolate(model, t);
            if (Double.isNaN(v)) {
                notCovered++;
                continue;
            }
            double e = v - ref.voltage()[i];
            ts.add(t);
            es.add(e);
            se += e * e;
            if (Math.abs(e) > max) {
                max = Math.abs(e);
                maxAt = t;
            }
        }
        double[] tArr = ts.stream().mapToDouble(Double::doubleValue).toArray();
        double[] eArr = es.stream().mapToDouble(Double::doubleValue).toArray();
        double rmse = tArr.length == 0 ? Double.NaN : Math.sqrt(se / tArr.length);
        return new Comparison(id, title, conditions, ref, model, tArr, eArr, rmse, max, maxAt, notCovered, seconds);
    }

    /** The COMSOL conditions: marquis2019-comsol, isothermal at 25 °C (its reference temperature). */
    public static CellModel.Spme comsolModel(int perRegion, int perParticle, double lowerCutoff) {
        SpmeFile.Loaded l = SpmeLibrary.load("marquis2019-comsol");
        SpmeParameters p = l.parameters();
        if (lowerCutoff != p.lowerCutoff) {
            p = p.with(p.name(), Map.of("Lower voltage cut-off [V]", lowerCutoff), Map.of());
        }
        return new CellModel.Spme(
                p, l.options().withThermal(SpmeOptions.Thermal.ISOTHERMAL).withMesh(perRegion, perParticle));
    }

    /**
     * SPMe against COMSOL's DFN at {@code cRate} (1 or 3). The reference runs for exactly one hour
     * at 1C and twenty minutes at 3C, the second to 2.25 V, below Marquis2019's 3.105 V cut-off;
     * so the model's cut-off is lowered to 2.0 V for that comparison and both curves are compared
     * over COMSOL's whole time span.
     */
    public static Comparison comsol(Path data, int cRate, int perRegion, int perParticle, double dt) {
        Series ref = readCsv(data.resolve("comsol").resolve("comsol_" + cRate + "C_voltage.csv"));
        double tEnd = ref.time()[ref.time().length - 1];
        double amps = COMSOL_1C_AMPS * cRate;
        double cutoff = cRate == 1 ? 3.105 : 2.0;
        CellModel.Spme model = comsolModel(perRegion, perParticle, cutoff);
        String step = "Discharge at " + fmt(amps) + " A for " + fmt(tEnd) + " seconds or until " + fmt(cutoff)
                + " V (1 second period)";
        long t0 = System.nanoTime();
        Series sim = simulate(model, 298.15, step, dt);
        double seconds = (System.nanoTime() - t0) / 1e9;
        String cond = "marquis2019-comsol, isothermal 25 degC, \"" + step + "\", mesh " + perRegion + " per region / "
                + perParticle + " per particle, internal step " + fmt(dt) + " s";
        return compare(
                "comsol-" + cRate + "C",
                "SPMe vs COMSOL DFN, Marquis2019, " + cRate + "C (" + fmt(amps) + " A)",
                cond,
                ref,
                sim,
                0,
                seconds);
    }

    /**
     * SPMe against the Ecker et al. 2015 1C discharge at 25 °C (digitised), with the ecker2015 set,
     * isothermal at 25 °C as in PyBaMM's comparison, from the set's initial concentrations.
     */
    public static Comparison ecker(Path data, int perRegion, int perParticle, double dt) {
        Series ref = readCsv(data.resolve("ecker2015").resolve("Ecker_1C.csv"));
        SpmeFile.Loaded l = SpmeLibrary.load("ecker2015");
        CellModel.Spme model = new CellModel.Spme(
                l.parameters(),
                l.options().withThermal(SpmeOptions.Thermal.ISOTHERMAL).withMesh(perRegion, perParticle));
        double amps = l.parameters().nominalCapacityAh;
        String step = "Discharge at " + fmt(amps) + " A until 2.5 V (1 second period)";
        long t0 = System.nanoTime();
        Series sim = simulate(model, 298.15, step, dt);
        double seconds = (System.nanoTime() - t0) / 1e9;
        String cond = "ecker2015, isothermal 25 degC, \"" + step + "\", mesh " + perRegion + " per region / "
                + perParticle + " per particle, internal step " + fmt(dt) + " s";
        return compare("ecker-1C", "SPMe vs Ecker et al. 2015 measurement, 1C", cond, ref, sim, 0, seconds);
    }

    /**
     * Mesh convergence on the COMSOL 1C case: each mesh's largest voltage difference from a fine
     * mesh (at COMSOL's output times), and its RMSE against COMSOL.
     */
    public static List<MeshRow> meshConvergence(Path data, int[][] meshes, int[] reference, double dt) {
        Series ref = readCsv(data.resolve("comsol").resolve("comsol_1C_voltage.csv"));
        Comparison fine = comsol(data, 1, reference[0], reference[1], dt);
        List<MeshRow> rows = new ArrayList<>();
        for (int[] m : meshes) {
            Comparison c = comsol(data, 1, m[0], m[1], dt);
            double max = 0;
            for (double t : ref.time()) {
                if (t > 0) {
                    double d = interpolate(c.model(), t) - interpolate(fine.model(), t);
                    if (Double.isFinite(d)) {
                        max = Math.max(max, Math.abs(d));
                    }
                }
            }
            rows.add(new MeshRow(m[0], m[1], max, c.rmse()));
        }
        return rows;
    }

    /**
     * Time-step convergence on the COMSOL 1C case against a run with a much smaller step. Samples
     * are taken at COMSOL's output times (every 3600/199 s), which also bounds the internal step.
     */
    public static List<StepRow> stepConvergence(Path data, double[] steps, double referenceStep) {
        Series ref = readCsv(data.resolve("comsol").resolve("comsol_1C_voltage.csv"));
        double period = ref.time()[1] - ref.time()[0];
        CellModel.Spme model = comsolModel(20, 30, 3.105);
        String step = "Discharge at 24 A for 3600 seconds or until 3.105 V (" + fmt(period) + " second period)";
        Comparison fine = compare("", "", "", ref, simulate(model, 298.15, step, referenceStep), 0, 0);
        List<StepRow> rows = new ArrayList<>();
        for (double dt : steps) {
            Comparison c = compare("", "", "", ref, simulate(model, 298.15, step, dt), 0, 0);
            double max = 0;
            for (double t : ref.time()) {
                if (t > 0) {
                    double d = interpolate(c.model(), t) - interpolate(fine.model(), t);
                    if (Double.isFinite(d)) {
                        max = Math.max(max, Math.abs(d));
                    }
                }
            }
            double[] tf = fine.model().voltage();
            double[] tc = c.model().voltage();
            rows.add(new StepRow(dt, max, tc[tc.length - 1] - tf[tf.length - 1]));
        }
        return rows;
    }

    static String fmt(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e12) {
            return Long.toString((long) x);
        }
        return String.format(java.util.Locale.ROOT, "%.12g", x).replaceAll("\\.?0+$", "");
    }
}
