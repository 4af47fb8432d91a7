package org.battsim.viewer.fx;

import java.util.Arrays;

/**
 * A long series reduced to what can be seen at a given width. The samples within the visible range are cut into
 * blocks of a power-of-two number of samples, and each block is drawn as its first, lowest, highest and last sample in
 * time order, so peaks, steps and gaps (NaN) survive. The index of each block's lowest and highest sample is kept for
 * every power of two (a min/max pyramid, built ahead or on first use: about one int per sample for each of the two), so a
 * reduction costs in proportion to the number of blocks drawn, not to the number of samples.
 */
final class Envelope {
    /** Reduced points: x and y, {@code n} used. */
    record Points(double[] x, double[] y, int n) {}

    private final double[] x;
    private final double[] y;
    /**
     * The min/max pyramid of a series of {@code n} values: {@code min[l][b]} is the index of the lowest non-NaN value
     * of block {@code b} of {@code 2^l} samples, or -1; {@code max} likewise. It holds indices only, so it may be kept
     * by the values array in a weak map without keeping the array alive.
     */
    record Pyramid(int n, int[][] min, int[][] max) {}

    private Pyramid pyramid;

    /**
     * @param x sorted, finite
     * @param y one value per x, NaN for a gap
     */
    Envelope(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y lengths differ");
        }
        this.x = x;
        this.y = y;
    }

    /** With a pyramid built ahead for {@code y} (ignored if null or built for another length). */
    Envelope(double[] x, double[] y, Pyramid prepared) {
        this(x, y);
        if (prepared != null && prepared.n() == y.length) {
            pyramid = prepared;
        }
    }

    /**
     * The points to draw for {@code [from, to]} with about {@code buckets} to {@code 2 × buckets} blocks (one per pixel
     * column or so), plus one sample either side so that lines run to the edges; all samples in the range if there
     * are at most {@code 4 × buckets}.
     */
    Points reduce(double from, double to, int buckets) {
        return reduce(from, to, buckets, 1);
    }

    /** As {@link #reduce(double, double, int)}, with the x of the points returned multiplied by {@code scale}. */
    Points reduce(double from, double to, int buckets, double scale) {
        int n = x.length;
        int i0 = Math.max(0, lowerBound(x, from) - 1);
        int i1 = Math.min(n, upperBound(x, to) + 1);
        int m = i1 - i0;
        if (m <= 4 * Math.max(1, buckets)) {
            double[] ox = Arrays.copyOfRange(x, i0, i1);
            if (scale != 1) {
                for (int i = 0; i < ox.length; i++) {
                    ox[i] *= scale;
                }
            }
            return new Points(ox, Arrays.copyOfRange(y, i0, i1), Math.max(0, m));
        }
        Pyramid pyr = pyramid();
        int level = 31 - Integer.numberOfLeadingZeros(m / buckets);
        int b0 = i0 >> level;
        int b1 = (i1 - 1) >> level;
        double[] ox = new double[4 * (b1 - b0 + 1)];
        double[] oy = new double[ox.length];
        int out = 0;
        for (int b = b0; b <= b1; b++) {
            int first = Math.max(b << level, i0);
            int last = Math.min(((b + 1) << level) - 1, i1 - 1);
            int min;
            int max;
            if (first == b << level && last == Math.min(((b + 1) << level) - 1, n - 1)) {
                min = pyr.min()[level][b];
                max = pyr.max()[level][b];
            } else {
                // A block cut by the edge of the range: scanned.
                min = -1;
                max = -1;
                for (int i = first; i <= last; i++) {
                    double v = y[i];
                    if (v == v) {
                        if (min < 0 || v < y[min]) {
                            min = i;
                        }
                        if (max < 0 || v > y[max]) {
                            max = i;
                        }
                    }
                }
            }
            int lo = min < 0 ? first : Math.min(min, max);
            int hi = min < 0 ? first : Math.max(min, max);
            out = put(ox, oy, out, first, scale);
            if (lo != first) {
                out = put(ox, oy, out, lo, scale);
            }
            if (hi != lo && hi != first) {
                out = put(ox, oy, out, hi, scale);
            }
            if (last != hi && last != lo && last != first) {
                out = put(ox, oy, out, last, scale);
            }
        }
        return new Points(ox, oy, out);
    }

    private int put(double[] ox, double[] oy, int out, int i, double scale) {
        ox[out] = x[i] * scale;
        oy[out] = y[i];
        return out + 1;
    }

    private synchronized Pyramid pyramid() {
        if (pyramid == null) {
            pyramid = pyramid(y);
        }
        return pyramid;
    }

    /** Builds the pyramid of {@code y}: level {@code l} from level {@code l - 1}, level 0 being the samples. */
    static Pyramid pyramid(double[] y) {
        int n = y.length;
        int levels = 32 - Integer.numberOfLeadingZeros(n);
        int[][] mins = new int[levels][];
        int[][] maxs = new int[levels][];
        for (int l = 1; l < levels; l++) {
            int blocks = ((n - 1) >> l) + 1;
            int[] mn = new int[blocks];
            int[] mx = new int[blocks];
            for (int b = 0; b < blocks; b++) {
                int c1 = 2 * b;
                int c2 = c1 + 1;
                mn[b] = lower(y, child(y, mins, l - 1, c1), child(y, mins, l - 1, c2));
                mx[b] = higher(y, child(y, maxs, l - 1, c1), child(y, maxs, l - 1, c2));
            }
            mins[l] = mn;
            maxs[l] = mx;
        }
        return new Pyramid(n, mins, maxs);
    }

    /** The min (or max) index of block {@code j} at {@code level}; -1 for none or a NaN sample. */
    private static int child(double[] y, int[][] idx, int level, int j) {
        if (level == 0) {
            return j < y.length && y[j] == y[j] ? j : -1;
        }
        return j < idx[level].length ? idx[level][j] : -1;
    }

    private static int lower(double[] y, int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 || y[a] <= y[b] ? a : b;
    }

    private static int higher(double[] y, int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 || y[a] >= y[b] ? a : b;
    }

    /** First index with {@code x[i] >= v}. */
    static int lowerBound(double[] x, double v) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index with {@code x[i] > v}. */
    static int upperBound(double[] x, double v) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
