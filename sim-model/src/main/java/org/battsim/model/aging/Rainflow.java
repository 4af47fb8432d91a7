package org.battsim.model.aging;

import java.util.Arrays;

/**
 * Rainflow cycle counting (ASTM E1049-85, section 5.4.4) over a stream of samples, for the depth of
 * discharge of the cycles inside one window.
 *
 * <p>Samples go in one at a time; reversals are found on the fly (a flat stretch counts once).
 * {@link #finish()} ends the series: the last sample is a reversal, and the ranges left on the
 * stack count as half cycles, as the standard does at the end of a record. The counter keeps the
 * sums a depth-of-discharge stressor needs, not the cycles themselves; {@link #listener} may
 * observe each counted cycle. Nothing is allocated except when the reversal stack grows.
 */
public final class Rainflow {
    /** Observes counted cycles. */
    @FunctionalInterface
    public interface CycleListener {
        void cycle(double range, double count);
    }

    private double[] stack = new double[16];
    private int n;
    private boolean started;
    private double last;
    private int direction;

    private double sumCountRange;
    private double sumCountRange2;
    private double cycles;
    private CycleListener listener;

    /** Sets an observer of counted cycles (null for none). */
    public Rainflow listener(CycleListener l) {
        this.listener = l;
        return this;
    }

    /** Starts a new series. */
    public void reset() {
        n = 0;
        started = false;
        direction = 0;
        sumCountRange = 0;
        sumCountRange2 = 0;
        cycles = 0;
    }

    /** Adds the next sample of the series. */
    public void add(double x) {
        if (!started) {
            started = true;
            last = x;
            push(x);
            return;
        }
        if (x == last) {
            return;
        }
        int d = x > last ? 1 : -1;
        if (direction != 0 && d != direction) {
            push(last);
        }
        direction = d;
        last = x;
    }

    /** Ends the series: the last sample is a reversal, what remains counts as half cycles. */
    public void finish() {
        if (!started) {
            return;
        }
        if (direction != 0) {
            push(last);
        }
        for (int i = 0; i + 1 < n; i++) {
            count(Math.abs(stack[i + 1] - stack[i]), 0.5);
        }
        n = 0;
        started = false;
        direction = 0;
    }

    /** Number of cycles counted (half cycles count one half). */
    public double cycles() {
        return cycles;
    }

    /** Σ count × range: the state-of-charge throughput of the counted cycles divided by two. */
    public double sumCountRange() {
        return sumCountRange;
    }

    /** Throughput-weighted mean range Σ c·r² / Σ c·r, or 0 without cycles. */
    public double weightedMeanRange() {
        return sumCountRange > 0 ? sumCountRange2 / sumCountRange : 0;
    }

    private void push(double x) {
        if (n == stack.length) {
            stack = Arrays.copyOf(stack, n * 2);
        }
        stack[n++] = x;
        while (n >= 3) {
            double xr = Math.abs(stack[n - 1] - stack[n - 2]);
            double yr = Math.abs(stack[n - 2] - stack[n - 3]);
            if (xr < yr) {
                break;
            }
            if (n == 3) {
                // Y holds the start of the series: half a cycle, and the start goes.
                count(yr, 0.5);
                stack[0] = stack[1];
                stack[1] = stack[2];
                n = 2;
            } else {
                count(yr, 1.0);
                stack[n - 3] = stack[n - 1];
                n -= 2;
            }
        }
    }

    private void count(double range, double c) {
        sumCountRange += c * range;
        sumCountRange2 += c * range * range;
        cycles += c;
        if (listener != null) {
            listener.cycle(range, c);
        }
    }
}
