package org.battsim.model.aging;

import java.util.Arrays;
import java.util.Objects;

/**
 * Cycle skipping for long aging studies: representative cycles are simulated in full, and the
 * aging of the cycles between them is extrapolated from the last one.
 *
 * <p>A driver (the cycler now, a phone-level run later) calls {@link #cycleEnded()} at the end of
 * every simulated cycle, once the cycle's last window is closed; the windows applied since the
 * previous call are that cycle's stressors. For each cycle it then skips, it calls {@link
 * #extrapolateCycle()}, which advances the aging state over the same windows again: same times,
 * temperatures, voltages and depths, with the throughput scaled by the relative capacity at that
 * point, as in a simulated cycle. The driver moves its own clock on and restarts the sample
 * stream.
 *
 * <p>Error control: each cycle's aging drive is, per mechanism, the sum over its windows of the
 * rate times the independent variable (throughput before the capacity scaling). After each
 * simulated cycle it is compared with that of the previous simulated cycle; the largest relative
 * change must stay within the tolerance. The number of cycles skipped doubles (up to the maximum)
 * while the change stays below half the tolerance, and halves when it exceeds it. The rates used
 * over a skipped stretch therefore differ from the true ones by at most the tolerance, so the
 * capacity lost over the stretch is off by at most about tolerance/(2p) of it for a power law of
 * exponent p (the error of holding a rate that drifts linearly), and the total error by as much of
 * the total loss.
 */
public final class CycleSkipping {
    private final Aging aging;
    private final double tolerance;
    private final int maxSkip;

    private Window[] current = new Window[4];
    private int currentCount;
    private Window[] last = new Window[4];
    private int lastCount;
    private final double[] drive;
    private final double[] previousDrive;
    private boolean havePrevious;
    private int skip;
    private double lastChange = Double.NaN;

    /**
     * @param aging the aging of the cell; its window listener is taken over
     * @param tolerance largest relative change of a mechanism's drive between representative
     *     cycles, for example 0.01
     * @param maxSkip most cycles extrapolated in a row
     */
    public CycleSkipping(Aging aging, double tolerance, int maxSkip) {
        this.aging = Objects.requireNonNull(aging);
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be between 0 and 1, got " + tolerance);
        }
        if (maxSkip < 1) {
            throw new IllegalArgumentException("maximum skip must be at least 1, got " + maxSkip);
        }
        this.tolerance = tolerance;
        this.maxSkip = maxSkip;
        int n = aging.model().mechanisms().size();
        this.drive = new double[n];
        this.previousDrive = new double[n];
        aging.onWindow(this::record);
    }

    public double tolerance() {
        return tolerance;
    }

    /** Largest relative change of a mechanism's drive at the last comparison (NaN before the second cycle). */
    public double lastChange() {
        return lastChange;
    }

    private void record(Window w, AgingState state) {
        if (currentCount == current.length) {
            current = Arrays.copyOf(current, currentCount * 2);
        }
        if (current[currentCount] == null) {
            current[currentCount] = new Window(w.sampleRates.length);
        }
        current[currentCount++].copyFrom(w);
    }

    /**
     * Ends a simulated cycle whose windows have all been applied.
     *
     * @return how many of the following cycles to extrapolate
     */
    public int cycleEnded() {
        Window[] tmp = last;
        last = current;
        lastCount = currentCount;
        current = tmp;
        currentCount = 0;
        if (lastCount == 0) {
            return 0;
        }
        driveOf(last, lastCount, drive);
        if (havePrevious) {
            double change = 0;
            for (int i = 0; i < drive.length; i++) {
                double ref = Math.max(Math.abs(previousDrive[i]), Math.abs(drive[i]));
                if (ref > 0) {
                    change = Math.max(change, Math.abs(drive[i] - previousDrive[i]) / ref);
                }
            }
            lastChange = change;
            if (change > tolerance) {
                skip /= 2;
            } else if (change < 0.5 * tolerance) {
                skip = Math.min(maxSkip, Math.max(1, 2 * skip));
            }
        }
        System.arraycopy(drive, 0, previousDrive, 0, drive.length);
        havePrevious = true;
        return skip;
    }

    /** Advances the aging state over one extrapolated cycle: the last simulated cycle's windows again. */
    public void extrapolateCycle() {
        AgingState s = aging.state();
        for (int j = 0; j < lastCount; j++) {
            s.apply(last[j]);
        }
    }

    private void driveOf(Window[] ws, int count, double[] out) {
        Arrays.fill(out, 0);
        AgingModel m = aging.model();
        for (int j = 0; j < count; j++) {
            Window w = ws[j];
            for (int i = 0; i < out.length; i++) {
                Mechanism mech = m.mechanisms().get(i);
                double k = mech.perSample() ? w.sampleRates[i] : mech.rate().value(w.stressors);
                double x = switch (mech.variable()) {
                    case TIME -> w.days();
                    case EFC, THROUGHPUT -> w.halfSocThroughput;
                };
                out[i] += Math.max(k, 0) * x;
            }
        }
    }
}
