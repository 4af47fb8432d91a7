package org.battsim.model.aging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.battsim.model.cell.Table;

/** Aging models written out in Java for the framework's tests, and the shared reference data. */
final class TestModels {
    private TestModels() {}

    static final int SOC = Stressor.SOC.ordinal();
    static final int V = Stressor.VOLTAGE.ordinal();
    static final int T = Stressor.TEMPERATURE.ordinal();

    /** Schmalstieg et al. 2014 as PHYSICS.md section 7 states it, with BLAST-Lite's explicit update. */
    static AgingModel sanyo(Table ocv) {
        return sanyo(ocv, Law.Update.EXPLICIT);
    }

    /** The same mechanisms with another power-law update. */
    static AgingModel sanyo(Table ocv, Law.Update u) {
        int vrms = Stressor.VOLTAGE_RMS.ordinal();
        int dod = Stressor.DOD.ordinal();
        return new AgingModel(
                "sanyo",
                2.15,
                ocv,
                List.of(
                        new Mechanism(
                                "calendar capacity",
                                Mechanism.Target.CAPACITY,
                                Mechanism.Variable.TIME,
                                new Law.Power(0.75, u),
                                x -> (7.543 * x[V] - 23.75) * 1e6 * Math.exp(-6976 / x[T]),
                                true),
                        new Mechanism(
                                "cycle capacity",
                                Mechanism.Target.CAPACITY,
                                Mechanism.Variable.THROUGHPUT,
                                new Law.Power(0.5, u),
                                x -> 7.348e-3 * sq(x[vrms] - 3.667) + 7.6e-4 + 4.081e-3 * x[dod],
                                false),
                        new Mechanism(
                                "calendar resistance",
                                Mechanism.Target.RESISTANCE,
                                Mechanism.Variable.TIME,
                                new Law.Power(0.75, u),
                                x -> (5.270 * x[V] - 16.32) * 1e5 * Math.exp(-5986 / x[T]),
                                true),
                        new Mechanism(
                                "cycle resistance",
                                Mechanism.Target.RESISTANCE,
                                Mechanism.Variable.THROUGHPUT,
                                new Law.Linear(),
                                x -> 2.153e-4 * sq(x[vrms] - 3.725) - 1.521e-5 + 2.798e-4 * x[dod],
                                false)),
                1,
                1);
    }

    static double sq(double x) {
        return x * x;
    }

    /** A straight OCV line, for tests that need no particular cell. */
    static Table linearOcv() {
        return Table.ofSoc(new double[] {0, 1}, new double[] {3.4, 4.2});
    }

    /** The shared reference folder {@code ../shared/data/blast}, looked for upwards from here, or null. */
    static Path blastData() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path d = p.resolve("shared/data/blast");
            if (Files.isDirectory(d)) {
                return d;
            }
            d = p.resolve("../shared/data/blast").normalize();
            if (Files.isDirectory(d)) {
                return d;
            }
            p = p.getParent();
        }
        return null;
    }

    /** Numeric columns of a CSV file with one header line. */
    static double[][] csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int cols = lines.get(0).split(",").length;
        List<double[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            if (!l.isBlank()) {
                String[] f = l.split(",");
                double[] r = new double[cols];
                for (int j = 0; j < cols; j++) {
                    r[j] = Double.parseDouble(f[j].trim());
                }
                rows.add(r);
            }
        }
        double[][] out = new double[cols][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < cols; j++) {
                out[j][i] = rows.get(i)[j];
            }
        }
        return out;
    }
}
