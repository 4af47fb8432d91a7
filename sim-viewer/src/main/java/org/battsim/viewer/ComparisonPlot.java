package org.battsim.viewer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A model against a reference, as two panels side by side: both curves over time on the left (the
 * reference as markers at its own points, the model as a line), the model's error at the reference
 * points on the right.
 */
public final class ComparisonPlot {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** One curve: times (s) and values. */
    public record Curve(String label, double[] time, double[] value) {
        public Curve {
            Objects.requireNonNull(label);
            if (time.length != value.length) {
                throw new IllegalArgumentException("time and value lengths differ");
            }
        }
    }

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font PANEL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Color GRID = new Color(232, 232, 232);
    private static final Color FRAME = new Color(150, 150, 150);
    private static final Color TEXT = new Color(50, 50, 50);

    private ComparisonPlot() {}

    /**
     * Renders the comparison to a PNG, replacing the file atomically.
     *
     * @param reference the reference (markers)
     * @param model the model (line)
     * @param errorTime times of the errors (s)
     * @param errorMv model − reference at those times (mV)
     */
    public static void renderPng(
            String title,
            Curve reference,
            Curve model,
            double[] errorTime,
            double[] errorMv,
            Path out,
            int width,
            int height)
            throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(TITLE_FONT);
            g.setColor(TEXT);
            g.drawString(title, 10, 18);
            int top = 44;
            int bottom = height - 40;
            int half = width / 2;
            Rectangle left = new Rectangle(60, top, half - 80, bottom - top);
            Rectangle right = new Rectangle(half + 50, top, width - half - 70, bottom - top);
            double tMax = Math.max(max(reference.time()), max(model.time()));
            PlotRenderer.Axis tx = PlotRenderer.niceAxis(0, tMax, 7, true);
            double vlo = Math.min(min(reference.value()), min(model.value()));
            double vhi = Math.max(max(reference.value()), max(model.value()));
            PlotRenderer.Axis vy = PlotRenderer.niceAxis(vlo, vhi, 8, true);
            double elo = Math.min(0, min(errorMv));
            double ehi = Math.max(0, max(errorMv));
            PlotRenderer.Axis ey = PlotRenderer.niceAxis(elo, ehi, 8, true);
            frame(g, left, tx, vy, "Voltage / V", "Time / s");
            frame(g, right, tx, ey, "Model − reference / mV", "Time / s");
            Color refColour = PlotRenderer.PALETTE[1];
            Color modelColour = PlotRenderer.PALETTE[0];
            // Reference markers.
            g.setColor(refColour);
            for (int i = 0; i < reference.time().length; i++) {
                double x = toX(left, tx, reference.time()[i]);
                double y = toY(left, vy, reference.value()[i]);
                g.draw(new Ellipse2D.Double(x - 2.5, y - 2.5, 5, 5));
            }
            // Model line.
            g.setColor(modelColour);
            g.setStroke(new BasicStroke(1.6f));
            g.draw(path(left, tx, vy, model.time(), model.value()));
            // Zero line and errors.
            g.setColor(FRAME);
            g.setStroke(new BasicStroke(1f));
            double y0 = toY(right, ey, 0);
            g.draw(new Line2D.Double(right.x, y0, right.x + right.width, y0));
            g.setColor(modelColour);
            g.setStroke(new BasicStroke(1.4f));
            g.draw(path(right, tx, ey, errorTime, errorMv));
            for (int i = 0; i < errorTime.length; i++) {
                double x = toX(right, tx, errorTime[i]);
                double y = toY(right, ey, errorMv[i]);
                g.fill(new Ellipse2D.Double(x - 1.8, y - 1.8, 3.6, 3.6));
            }
            // Legend.
            g.setFont(TICK_FONT);
            int lx = left.x + 8;
            int ly = top - 8;
            g.setColor(refColour);
            g.draw(new Ellipse2D.Double(lx, ly - 7, 6, 6));
            g.setColor(TEXT);
            g.drawString(reference.label(), lx + 12, ly);
            int w2 = g.getFontMetrics().stringWidth(reference.label()) + 30;
            g.setColor(modelColour);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(lx + w2, ly - 4, lx + w2 + 16, ly - 4));
            g.setColor(TEXT);
            g.drawString(model.label(), lx + w2 + 22, ly);
        } finally {
            g.dispose();
        }
        PlotRenderer.writeAtomically(img, out);
    }

    private static void frame(
            Graphics2D g, Rectangle r, PlotRenderer.Axis x, PlotRenderer.Axis y, String yTitle, String xTitle) {
        g.setStroke(new BasicStroke(1f));
        g.setFont(TICK_FONT);
        FontMetrics fm = g.getFontMetrics();
        for (double t : y.ticks()) {
            double py = toY(r, y, t);
            g.setColor(GRID);
            g.draw(new Line2D.Double(r.x, py, r.x + r.width, py));
            g.setColor(TEXT);
            String s = y.format(t);
            g.drawString(s, r.x - 6 - fm.stringWidth(s), (float) py + 4);
        }
        for (double t : x.ticks()) {
            double px = toX(r, x, t);
            g.setColor(GRID);
            g.draw(new Line2D.Double(px, r.y, px, r.y + r.height));
            g.setColor(TEXT);
            String s = x.format(t);
            g.drawString(s, (float) px - fm.stringWidth(s) / 2f, r.y + r.height + 14);
        }
        g.setColor(FRAME);
        g.drawRect(r.x, r.y, r.width, r.height);
        g.setColor(TEXT);
        g.setFont(PANEL_FONT);
        g.drawString(yTitle, r.x + r.width - g.getFontMetrics().stringWidth(yTitle), r.y - 6);
        g.setFont(TICK_FONT);
        g.drawString(xTitle, r.x + r.width / 2f - fm.stringWidth(xTitle) / 2f, r.y + r.height + 30);
    }

    private static Path2D path(Rectangle r, PlotRenderer.Axis x, PlotRenderer.Axis y, double[] t, double[] v) {
        Path2D p = new Path2D.Double();
        boolean started = false;
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(v[i])) {
                started = false;
                continue;
            }
            double px = toX(r, x, t[i]);
            double py = toY(r, y, v[i]);
            if (started) {
                p.lineTo(px, py);
            } else {
                p.moveTo(px, py);
                started = true;
            }
        }
        return p;
    }

    private static double toX(Rectangle r, PlotRenderer.Axis a, double v) {
        return r.x + (v - a.min()) * r.width / (a.max() - a.min());
    }

    private static double toY(Rectangle r, PlotRenderer.Axis a, double v) {
        return r.y + r.height - (v - a.min()) * r.height / (a.max() - a.min());
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : a) {
            if (Double.isFinite(x)) {
                m = Math.min(m, x);
            }
        }
        return m;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : a) {
            if (Double.isFinite(x)) {
                m = Math.max(m, x);
            }
        }
        return m;
    }
}
