package org.battsim.model.aging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Ages a cell along a stressor profile (time, state of charge, temperature) repeated for a number
 * of years: BLAST-Lite's way of driving a life model.
 *
 * <p>The profile is one period of the duty. If its last row has the state of charge and
 * temperature of its first, that row is the start of the next period (a day given as 00:00 to
 * 24:00 repeats every 24 h); otherwise the profile goes back to its first row one median time step
 * after its last, as BLAST-Lite tiles it. Years are 365 days. Windows follow the model's rules and
 * also close at the end of every period, so every period is cut the same way: the stressors of a
 * period's windows are computed once and replayed, and only the states are advanced for each
 * repeat. {@link #run(double, RowSink, boolean)} can also feed every sample of every repeat, the
 * straightforward way, which gives the same result.
 */
public final class ProfileAging {
    /** Receives one row per applied window. */
    @FunctionalInterface
    public interface RowSink {
        void row(double days, double efc, double relativeCapacity, double relativeResistance);
    }

    private static final double SECONDS_PER_YEAR = 365 * 86400.0;

    private final AgingModel model;
    private final double[] t;
    private final double[] soc;
    private final double[] tempK;
    private final double period;

    /**
     * @param model the aging model
     * @param timeSeconds strictly increasing times of one period
     * @param soc state of charge at each time (fraction)
     * @param temperatureK temperature at each time
     */
    public ProfileAging(AgingModel model, double[] timeSeconds, double[] soc, double[] temperatureK) {
        this.model = Objects.requireNonNull(model);
        int n = timeSeconds.length;
        if (n < 2 || soc.length != n || temperatureK.length != n) {
            throw new IllegalArgumentException(
                    "a profile needs at least two rows of time, state of charge and temperature");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(timeSeconds[i]) || !Double.isFinite(soc[i]) || !(temperatureK[i] > 0)) {
                throw new IllegalArgumentException(
                        "profile row " + i + " is not finite or has a temperature below 0 K");
            }
            if (i > 0 && !(timeSeconds[i] > timeSeconds[i - 1])) {
                throw new IllegalArgumentException("profile times must increase strictly (row " + i + ")");
            }
        }
        boolean closed = soc[n - 1] == soc[0] && temperatureK[n - 1] == temperatureK[0];
        if (closed) {
            this.t = timeSeconds.clone();
            this.soc = soc.clone();
            this.tempK = temperatureK.clone();
        } else {
            double[] dt = new double[n - 1];
            for (int i = 1; i < n; i++) {
                dt[i - 1] = timeSeconds[i] - timeSeconds[i - 1];
            }
            Arrays.sort(dt);
            double median = dt.length % 2 == 1 ? dt[dt.length / 2] : 0.5 * (dt[dt.length / 2 - 1] + dt[dt.length / 2]);
            this.t = Arrays.copyOf(timeSeconds, n + 1);
            this.soc = Arrays.copyOf(soc, n + 1);
            this.tempK = Arrays.copyOf(temperatureK, n + 1);
            t[n] = timeSeconds[n - 1] + median;
            this.soc[n] = soc[0];
            tempK[n] = temperatureK[0];
        }
        this.period = t[t.length - 1] - t[0];
    }

    /** Length of one period (s). */
    public double periodSeconds() {
        return period;
    }

    /** Ages a fresh cell for {@code years}. */
    public AgingState run(double years, RowSink sink, boolean replayPeriods) {
        AgingState s = new AgingState(model);
        run(s, years, sink, replayPeriods);
        return s;
    }

    /**
     * Ages {@code state} for {@code years}, calling {@code sink} after every window.
     *
     * @param replayPeriods compute each period's window stressors once and replay them (fast), or
     *     feed every sample of every repeat
     */
    public void run(AgingState state, double years, RowSink sink, boolean replayPeriods) {
        if (!(years > 0) || Double.isInfinite(years)) {
            throw new IllegalArgumentException("years must be positive, got " + years);
        }
        double total = years * SECONDS_PER_YEAR;
        long full = (long) Math.floor(total / period);
        double rest = total - full * period;
        if (rest < 1e-9 * period) {
            rest = 0;
        }
        Aging aging = new Aging(state);
        if (!replayPeriods) {
            aging.onWindow((w, st) ->
                    sink.row(st.days(), st.equivalentFullCycles(), st.relativeCapacity(), st.relativeResistance()));
            aging.start(0, soc[0], tempK[0]);
            int n = t.length;
            for (long k = 0; k < full; k++) {
                double base = k * period - t[0];
                for (int i = 1; i < n; i++) {
                    aging.sample(base + t[i], soc[i], tempK[i]);
                }
                aging.closeWindow();
            }
            feedPartial(aging, full * period - t[0], rest);
            return;
        }
        List<Window> windows = full > 0 ? windowsOf(period) : List.of();
        for (long k = 0; k < full; k++) {
            for (int j = 0, m = windows.size(); j < m; j++) {
                state.apply(windows.get(j));
                sink.row(
                        state.days(),
                        state.equivalentFullCycles(),
                        state.relativeCapacity(),
                        state.relativeResistance());
            }
        }
        if (rest > 0) {
            for (Window w : windowsOf(rest)) {
                state.apply(w);
                sink.row(
                        state.days(),
                        state.equivalentFullCycles(),
                        state.relativeCapacity(),
                        state.relativeResistance());
            }
        }
    }

    /** The windows of the first {@code span} seconds of one period, computed on a scratch state. */
    private List<Window> windowsOf(double span) {
        List<Window> out = new ArrayList<>();
        Aging scratch = new Aging(model).onWindow((w, st) -> {
            Window c = new Window(model.mechanisms().size());
            c.copyFrom(w);
            out.add(c);
        });
        scratch.start(0, soc[0], tempK[0]);
        feedPartial(scratch, -t[0], span);
        return out;
    }

    /** Feeds the samples of one period up to {@code span} seconds after its start, then closes. */
    private void feedPartial(Aging aging, double base, double span) {
        if (span <= 0) {
            return;
        }
        double end = t[0] + span * (1 + 1e-12);
        for (int i = 1; i < t.length && t[i] <= end; i++) {
            aging.sample(base + t[i], soc[i], tempK[i]);
        }
        aging.closeWindow();
    }
}
