package org.battsim.bench;

import java.util.concurrent.TimeUnit;
import org.battsim.model.aging.AgingModel;
import org.battsim.model.aging.ProfileAging;
import org.battsim.scenarios.aging.AgingLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures ten years of BLAST-Lite's case A (one 100 % cycle a day at 25 degC, 15-minute samples)
 * through the sanyo-nmc-2014 model: 3650 daily updates. {@code replayed} computes the stressors of
 * the day's window once and replays them; the baseline {@code everySample} feeds all 350,400
 * samples of the ten years through the stressor accumulator, as a straightforward per-sample
 * implementation of the same model would. Both return the final relative capacity.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AgingProfileBenchmark {
    double years = 10;
    ProfileAging profile;
    double sum;

    @Setup
    public void setup() {
        AgingModel model = AgingLibrary.load("sanyo-nmc-2014", "--model");
        int n = 97;
        double[] t = new double[n];
        double[] soc = new double[n];
        double[] temp = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 900.0 * i;
            soc[i] = i <= 4 ? 1 - 0.25 * i : (i <= 12 ? 0.125 * (i - 4) : 1);
            temp[i] = 298.15;
        }
        profile = new ProfileAging(model, t, soc, temp);
    }

    private void row(double days, double efc, double q, double r) {
        sum += q + r;
    }

    @Benchmark
    public double replayed() {
        return profile.run(years, this::row, true).relativeCapacity() + sum;
    }

    @Benchmark
    public double everySample() {
        return profile.run(years, this::row, false).relativeCapacity() + sum;
    }
}
