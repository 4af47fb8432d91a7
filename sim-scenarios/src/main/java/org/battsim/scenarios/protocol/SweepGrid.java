package org.battsim.scenarios.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * A parameter grid: named axes, each with its values, and every combination of them as a point.
 * Points are numbered in row-major order (the first axis varies slowest), so a grid's points and
 * their order depend only on its axes, never on who runs them.
 */
public final class SweepGrid {
    /** One axis: a name and the labels of its values (what a results table prints). */
    public record Axis(String name, List<String> values) {
        public Axis {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("axis " + name + " needs at least one value");
            }
        }
    }

    /** A point: its number and the index of its value on each axis. */
    public record Point(int number, int[] index) {
        public int get(int axis) {
            return index[axis];
        }
    }

    private final List<Axis> axes;

    public SweepGrid(List<Axis> axes) {
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("a grid needs at least one axis");
        }
        this.axes = List.copyOf(axes);
    }

    public List<Axis> axes() {
        return axes;
    }

    /** Number of points: the product of the axes' lengths. */
    public int size() {
        long n = 1;
        for (Axis a : axes) {
            n *= a.values().size();
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("grid too large: more than " + Integer.MAX_VALUE + " points");
            }
        }
        return (int) n;
    }

    /** Every point, first axis slowest. */
    public List<Point> points() {
        int n = size();
        List<Point> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int[] idx = new int[axes.size()];
            int rest = k;
            for (int a = axes.size() - 1; a >= 0; a--) {
                int len = axes.get(a).values().size();
                idx[a] = rest % len;
                rest /= len;
            }
            out.add(new Point(k, idx));
        }
        return out;
    }
}
