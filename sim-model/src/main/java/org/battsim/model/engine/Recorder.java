package org.battsim.model.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Columnar store of sampled values, with bounded memory.
 *
 * <p>Columns are registered once with a supplier that reads the model; {@link #sample(double)}
 * appends one row. When {@code maxRows} is reached the recorder keeps every other row (rows marked
 * as events are always kept) and from then on accepts only every second sample, so a run of any
 * length stays within the bound and keeps an even coverage of time. Sampling allocates nothing
 * except when a column has to grow.
 */
public final class Recorder {
    private final List<String> labels = new ArrayList<>();
    private final List<DoubleSupplier> suppliers = new ArrayList<>();
    private double[][] data = new double[0][];
    private boolean[] keep = new boolean[0];
    private int rows;
    private final int maxRows;
    private int stride = 1;
    private long offered;

    /** @param maxRows bound on stored rows (at least 16) */
    public Recorder(int maxRows) {
        if (maxRows < 16) {
            throw new IllegalArgumentException("maxRows must be at least 16");
        }
        this.maxRows = maxRows;
    }

    /** Adds a column; only before the first sample. Labels follow the BDF style {@code Name / unit}. */
    public Recorder column(String label, DoubleSupplier supplier) {
        if (rows > 0) {
            throw new IllegalStateException("columns must be added before sampling");
        }
        if (labels.contains(label)) {
            throw new IllegalArgumentException("duplicate column " + label);
        }
        labels.add(Objects.requireNonNull(label));
        suppliers.add(Objects.requireNonNull(supplier));
        return this;
    }

    /** Appends a row unless thinned out by decimation. */
    public void sample() {
        sample(false);
    }

    /** Appends a row; {@code important} rows (events, step ends) survive decimation. */
    public void sample(boolean important) {
        long n = offered++;
        if (!important && n % stride != 0) {
            return;
        }
        ensureCapacity();
        int c = suppliers.size();
        for (int j = 0; j < c; j++) {
            data[j][rows] = suppliers.get(j).getAsDouble();
        }
        keep[rows] = important;
        rows++;
        if (rows >= maxRows) {
            decimate();
        }
    }

    private void ensureCapacity() {
        if (data.length != suppliers.size()) {
            data = new double[suppliers.size()][Math.min(maxRows, 1024)];
            keep = new boolean[data.length == 0 ? 0 : data[0].length];
        }
        if (data.length > 0 && rows == data[0].length) {
            int cap = Math.min(maxRows, data[0].length * 2);
            for (int j = 0; j < data.length; j++) {
                data[j] = Arrays.copyOf(data[j], cap);
            }
            keep = Arrays.copyOf(keep, cap);
        }
    }

    private void decimate() {
        int w = 0;
        for (int r = 0; r < rows; r++) {
            if (keep[r] || r % 2 == 0 || r == rows - 1) {
                for (double[] col : data) {
                    col[w] = col[r];
                }
                keep[w] = keep[r];
                w++;
            }
        }
        rows = w;
        stride *= 2;
        if (rows >= maxRows - 1) {
            throw new IllegalStateException("too many event rows to stay within " + maxRows + " rows");
        }
    }

    public List<String> labels() {
        return List.copyOf(labels);
    }

    public int rows() {
        return rows;
    }

    /** Current decimation stride: 1 until the bound was first reached. */
    public int stride() {
        return stride;
    }

    /** A copy of one column's stored values. */
    public double[] column(String label) {
        int j = labels.indexOf(label);
        if (j < 0) {
            throw new IllegalArgumentException("no column " + label);
        }
        return rows == 0 ? new double[0] : Arrays.copyOf(data[j], rows);
    }

    /** Value at row {@code r} of column {@code j} (in registration order). */
    public double value(int j, int r) {
        if (r >= rows) {
            throw new IndexOutOfBoundsException(r);
        }
        return data[j][r];
    }
}
