package org.battsim.scenarios.aging;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.battsim.model.aging.AgingModel;
import org.battsim.model.aging.AgingState;
import org.battsim.model.aging.ProfileAging;
import org.battsim.scenarios.output.AtomicFiles;
import org.battsim.scenarios.output.Json;

/**
 * Ages a cell along a stressor profile repeated for a number of years ({@code battsim age}) and
 * writes {@code aging.csv} ({@code t_days,efc,q,r}, one row per update window, starting from the
 * fresh cell) and {@code summary.json}.
 */
public final class AgeJob {
    /** Capacity that counts as end of life in the summary. */
    public static final double END_OF_LIFE = 0.8;

    /** Everything a run produced. */
    public record Outcome(
            AgingModel model,
            StressorProfile profile,
            double years,
            double periodSeconds,
            double[] days,
            double[] efc,
            double[] q,
            double[] r,
            Map<String, Object> summary) {
        /** Writes {@code aging.csv} and {@code summary.json} into {@code dir}. */
        public void write(Path dir) {
            AtomicFiles.write(dir.resolve("aging.csv"), w -> {
                w.write("t_days,efc,q,r\n");
                StringBuilder sb = new StringBuilder(96);
                for (int i = 0; i < days.length; i++) {
                    sb.setLength(0);
                    sb.append(days[i])
                            .append(',')
                            .append(efc[i])
                            .append(',')
                            .append(q[i])
                            .append(',')
                            .append(r[i])
                            .append('\n');
                    w.append(sb);
                }
            });
            Json.write(dir.resolve("summary.json"), summary);
        }

        /** Years until the relative capacity first reaches {@link #END_OF_LIFE}, or NaN if it does not. */
        public double yearsTo80Percent() {
            for (int i = 1; i < q.length; i++) {
                if (q[i] <= END_OF_LIFE) {
                    double w = (q[i - 1] - END_OF_LIFE) / (q[i - 1] - q[i]);
                    return (days[i - 1] + w * (days[i] - days[i - 1])) / 365.0;
                }
            }
            return Double.NaN;
        }
    }

    private AgeJob() {}

    public static Outcome run(AgingModel model, StressorProfile profile, double years) {
        Objects.requireNonNull(model);
        ProfileAging pa = new ProfileAging(model, profile.timeSeconds(), profile.soc(), profile.temperatureK());
        Rows rows = new Rows();
        rows.add(0, 0, 1, 1);
        AgingState end = pa.run(years, rows::add, true);
        double[] d = Arrays.copyOf(rows.d, rows.n);
        double[] e = Arrays.copyOf(rows.e, rows.n);
        double[] q = Arrays.copyOf(rows.q, rows.n);
        double[] r = Arrays.copyOf(rows.r, rows.n);
        Outcome partial = new Outcome(model, profile, years, pa.periodSeconds(), d, e, q, r, Map.of());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("model", model.name());
        s.put("profile", profile.source());
        s.put("profile_rows", profile.timeSeconds().length);
        s.put("period_seconds", pa.periodSeconds());
        s.put("years", years);
        s.put("updates", rows.n - 1);
        s.put("final_t_days", end.days());
        s.put("final_efc", end.equivalentFullCycles());
        s.put("final_q", end.relativeCapacity());
        s.put("final_r", end.relativeResistance());
        double y80 = partial.yearsTo80Percent();
        s.put("years_to_80_percent", Double.isNaN(y80) ? null : y80);
        Map<String, Object> mech = new LinkedHashMap<>();
        for (int i = 0; i < model.mechanisms().size(); i++) {
            mech.put(model.mechanisms().get(i).name(), end.mechanismState(i));
        }
        s.put("final_mechanism_states", mech);
        return new Outcome(model, profile, years, pa.periodSeconds(), d, e, q, r, s);
    }

    /** Growable columns. */
    private static final class Rows {
        double[] d = new double[1024];
        double[] e = new double[1024];
        double[] q = new double[1024];
        double[] r = new double[1024];
        int n;

        void add(double days, double efc, double qq, double rr) {
            if (n == d.length) {
                d = Arrays.copyOf(d, n * 2);
                e = Arrays.copyOf(e, n * 2);
                q = Arrays.copyOf(q, n * 2);
                r = Arrays.copyOf(r, n * 2);
            }
            d[n] = days;
            e[n] = efc;
            q[n] = qq;
            r[n] = rr;
            n++;
        }
    }
}
