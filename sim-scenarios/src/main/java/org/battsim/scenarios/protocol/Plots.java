package org.battsim.scenarios.protocol;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.battsim.scenarios.output.AtomicFiles;

/**
 * Small headless Java2D charts for the benchmark: a scatter with the Pareto front and a line chart
 * of capacity against cycle. Drawn in the style of the viewer's plots (white background, grey
 * grid, labelled axes, a fixed colour cycle), without anti-aliased text so the bytes do not depend
 * on the platform's font smoothing. (The viewer's renderer draws time series of run folders, and
 * sim-scenarios cannot depend on the viewer; these two charts are small enough to draw here.)
 */
final class Plots {
    static {
        // Charts are rendered into images, also on machines without a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static final int WIDTH = 1000;
    static final int HEIGHT = 640;
    private static final int LEFT = 90;
    private static final int RIGHT = 300;
    private static final int TOP = 50;
    private static final int BOTTOM = 70;
    private static final Color[] COLOURS = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)
    };

    private Plots() {}

    static Color colour(int i) {
        return COLOURS[i % COLOURS.length];
    }

    /** A series: label and points. */
    record Series(String label, double[] x, double[] y, boolean line, boolean markers) {}

    /** Renders series to a PNG written atomically. */
    static void write(Path file, String title, String xLabel, String yLabel, List<Series> series, Series overlay) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            double[] xr = range(series, true);
            double[] yr = range(series, false);
            int pw = WIDTH - LEFT - RIGHT;
            int ph = HEIGHT - TOP - BOTTOM;
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            FontMetrics fm = g.getFontMetrics();
            // Grid and ticks.
            for (double tx : ticks(xr[0], xr[1])) {
                int px = LEFT + (int) Math.round((tx - xr[0]) / (xr[1] - xr[0]) * pw);
                g.setColor(new Color(0xdddddd));
                g.drawLine(px, TOP, px, TOP + ph);
                g.setColor(Color.DARK_GRAY);
                String s = tick(tx);
                g.drawString(s, px - fm.stringWidth(s) / 2, TOP + ph + 18);
            }
            for (double ty : ticks(yr[0], yr[1])) {
                int py = TOP + ph - (int) Math.round((ty - yr[0]) / (yr[1] - yr[0]) * ph);
                g.setColor(new Color(0xdddddd));
                g.drawLine(LEFT, py, LEFT + pw, py);
                g.setColor(Color.DARK_GRAY);
                String s = tick(ty);
                g.drawString(s, LEFT - 8 - fm.stringWidth(s), py + 4);
            }
            g.setColor(Color.BLACK);
            g.drawRect(LEFT, TOP, pw, ph);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(title, LEFT, TOP - 18);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            fm = g.getFontMetrics();
            g.drawString(xLabel, LEFT + pw / 2 - fm.stringWidth(xLabel) / 2, HEIGHT - 25);
            Graphics2D gy = (Graphics2D) g.create();
            gy.rotate(-Math.PI / 2);
            gy.drawString(yLabel, -(TOP + ph / 2) - fm.stringWidth(yLabel) / 2, 25);
            gy.dispose();
            if (overlay != null) {
                g.setColor(new Color(0x444444));
                g.setStroke(
                        new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
                drawLine(g, overlay, xr, yr, pw, ph);
            }
            g.setStroke(new BasicStroke(2f));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            fm = g.getFontMetrics();
            int ly = TOP + 10;
            for (int i = 0; i < series.size(); i++) {
                Series s = series.get(i);
                g.setColor(colour(i));
                if (s.line()) {
                    drawLine(g, s, xr, yr, pw, ph);
                }
                if (s.markers()) {
                    for (int k = 0; k < s.x().length; k++) {
                        if (Double.isFinite(s.x()[k]) && Double.isFinite(s.y()[k])) {
                            int px = LEFT + (int) Math.round((s.x()[k] - xr[0]) / (xr[1] - xr[0]) * pw);
                            int py = TOP + ph - (int) Math.round((s.y()[k] - yr[0]) / (yr[1] - yr[0]) * ph);
                            g.fillOval(px - 5, py - 5, 10, 10);
                        }
                    }
                }
                // Legend.
                g.fillRect(LEFT + pw + 15, ly - 8, 14, 10);
                g.setColor(Color.BLACK);
                String label = s.label().length() > 40 ? s.label().substring(0, 39) + "…" : s.label();
                g.drawString(label, LEFT + pw + 35, ly + 1);
                ly += fm.getHeight() + 4;
            }
            if (overlay != null) {
                g.setColor(new Color(0x444444));
                g.draw(new Line2D.Double(LEFT + pw + 15, ly - 3, LEFT + pw + 29, ly - 3));
                g.setColor(Color.BLACK);
                g.drawString(overlay.label(), LEFT + pw + 35, ly + 1);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicFiles.writeBytes(file, bytes.toByteArray());
    }

    private static void drawLine(Graphics2D g, Series s, double[] xr, double[] yr, int pw, int ph) {
        Path2D.Double path = new Path2D.Double();
        boolean started = false;
        for (int k = 0; k < s.x().length; k++) {
            if (!Double.isFinite(s.x()[k]) || !Double.isFinite(s.y()[k])) {
                continue;
            }
            double px = LEFT + (s.x()[k] - xr[0]) / (xr[1] - xr[0]) * pw;
            double py = TOP + ph - (s.y()[k] - yr[0]) / (yr[1] - yr[0]) * ph;
            if (started) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                started = true;
            }
        }
        g.draw(path);
    }

    private static double[] range(List<Series> series, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            double[] v = x ? s.x() : s.y();
            for (double d : v) {
                if (Double.isFinite(d)) {
                    lo = Math.min(lo, d);
                    hi = Math.max(hi, d);
                }
            }
        }
        if (!(lo <= hi)) {
            return new double[] {0, 1};
        }
        double pad = hi > lo ? 0.06 * (hi - lo) : Math.max(1e-3, 0.05 * Math.abs(hi)) + 1e-9;
        return new double[] {lo - pad, hi + pad};
    }

    /** About six ticks at 1, 2 or 5 × 10^k. */
    static double[] ticks(double lo, double hi) {
        double raw = (hi - lo) / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        double first = Math.ceil(lo / step) * step;
        int n = (int) Math.floor((hi - first) / step) + 1;
        double[] t = new double[Math.max(0, Math.min(n, 50))];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * step;
        }
        return t;
    }

    private static String tick(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e6 || a < 1e-3)) {
            return String.format(Locale.ROOT, "%.2g", v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }
}
