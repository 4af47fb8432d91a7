package org.battsim.viewer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws runs as stacked panels that share one time axis: voltage, current, state of charge, temperatures, and VBUS
 * and input current when the runs have them. Runs are overlaid in distinct colours; events are marked with thin
 * vertical lines. Long series are reduced to the minimum and maximum per pixel column before drawing, which keeps
 * every peak visible and the cost bounded by the image width.
 */
public final class PlotRenderer {
    static {
        // Plots are rendered into images, also on machines without a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static final int MIN_WIDTH = 240;
    static final int MIN_HEIGHT = 160;
    static final int MAX_SIDE = 16384;
    /** Runs longer than this are plotted in hours, shorter ones in minutes. */
    static final double HOURS_ABOVE_SECONDS = 2 * 3600;

    static final Color[] PALETTE = {
        new Color(0x1f77b4),
        new Color(0xd62728),
        new Color(0x2ca02c),
        new Color(0xff7f0e),
        new Color(0x9467bd),
        new Color(0x8c564b),
        new Color(0xe377c2),
        new Color(0x17becf),
        new Color(0xbcbd22),
    };
    private static final float[][] DASHES = {null, {6f, 4f}, {1.5f, 3f}, {7f, 3f, 1.5f, 3f}};

    static final Color BACKGROUND = Color.WHITE;
    static final Color EVENT_LINE = new Color(165, 165, 165);
    private static final Color GRID = new Color(232, 232, 232);
    private static final Color FRAME = new Color(150, 150, 150);
    private static final Color TEXT = new Color(50, 50, 50);
    private static final Color EVENT_TEXT = new Color(100, 100, 100);

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font PANEL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Font KEY_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font EVENT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 9);

    private static final int MARGIN = 8;
    private static final int PANEL_TITLE_HEIGHT = 16;
    private static final int PANEL_GAP = 8;
    private static final int EVENT_STRIP_HEIGHT = 14;
    private static final int MIN_PLOT_HEIGHT = 24;
    private static final int MAX_EVENT_LABEL = 22;
    private static final float CURVE_WIDTH = 1.5f;

    private static final AtomicLong TEMP_COUNTER = new AtomicLong();

    private PlotRenderer() {}

    /**
     * Renders the runs to a PNG file, replacing it atomically: readers see the old file or the new one, never a part.
     *
     * @param runs one or more runs, overlaid on the same axes
     * @param width image width in pixels
     * @param height image height in pixels
     * @throws IllegalArgumentException if there are no runs or the size is too small for the panels
     * @throws IOException if the file cannot be written
     */
    public static void renderPng(List<RunResult> runs, Path out, int width, int height) throws IOException {
        writeAtomically(render(runs, width, height, true), out);
    }

    // ---- layout

    /** A quantity drawn in a panel, with its line style (index into the dash patterns). */
    record Series(String label, String name, int style) {}

    /** A panel to draw: title, series, and where. */
    record Panel(String title, List<Series> series, Rectangle plot, Axis y) {
        double toY(double v) {
            return plot.y + plot.height - (v - y.min) * plot.height / (y.max - y.min);
        }
    }

    /** A legend entry for one run. */
    record LegendEntry(int x, int baseline, String text, Color colour) {}

    /**
     * Where everything goes. {@code x} is in display units: {@code secondsPerUnit} seconds each.
     *
     * @param eventStrip top of the strip above the first panel that holds event labels; -1 if there are no events
     */
    record Layout(
            int width,
            int height,
            List<LegendEntry> legend,
            int eventStrip,
            List<Panel> panels,
            Axis x,
            double secondsPerUnit,
            String xTitle) {
        double toX(double seconds) {
            Rectangle p = panels.get(0).plot();
            return p.x + (seconds / secondsPerUnit - x.min) * p.width / (x.max - x.min);
        }
    }

    /** An axis range with the spacing of its ticks. */
    record Axis(double min, double max, double step) {
        /** Tick values: the multiples of {@code step} within the range. */
        List<Double> ticks() {
            var ticks = new ArrayList<Double>();
            long first = (long) Math.ceil(min / step - 1e-9);
            long last = (long) Math.floor(max / step + 1e-9);
            for (long k = first; k <= last && ticks.size() < 1000; k++) {
                ticks.add(k * step);
            }
            return ticks;
        }

        /** A tick label with as many decimals as the tick spacing needs. */
        String format(double v) {
            int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
            String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
            return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
        }
    }

    /** The "nice number" near {@code x}: 1, 2 or 5 (or 10) times a power of ten (Heckbert, Graphics Gems, 1990). */
    static double niceNumber(double x, boolean round) {
        double exponent = Math.floor(Math.log10(x));
        double power = Math.pow(10, exponent);
        double fraction = x / power;
        double nice;
        if (round) {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        }
        return nice * power;
    }

    /**
     * An axis for data from {@code lo} to {@code hi} with about {@code maxTicks} ticks.
     *
     * @param expand whether to widen the range to whole ticks (value axes) or keep it (the time axis)
     */
    static Axis niceAxis(double lo, double hi, int maxTicks, boolean expand) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (!(hi > lo)) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.05;
            lo -= pad;
            hi += pad;
        }
        double step = niceNumber((hi - lo) / Math.max(1, maxTicks - 1), true);
        if (!expand) {
            return new Axis(lo, hi, step);
        }
        return new Axis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    private record PanelSpec(String title, List<Series> series) {}

    private static List<PanelSpec> panelSpecs(List<RunResult> runs) {
        var specs = new ArrayList<PanelSpec>();
        single(specs, runs, "Voltage / V");
        single(specs, runs, "Current / A");
        var soc = new ArrayList<Series>();
        if (anyHas(runs, "State of Charge / %")) {
            soc.add(new Series("State of Charge / %", "State of Charge", 0));
        }
        if (anyHas(runs, "Reported State of Charge / %")) {
            soc.add(new Series("Reported State of Charge / %", "Reported State of Charge", 1));
        }
        if (!soc.isEmpty()) {
            specs.add(new PanelSpec("State of Charge / %", soc));
        }
        var temperatures = new LinkedHashMap<String, String>();
        for (RunResult run : runs) {
            for (String label : run.table().labels()) {
                if (label.toLowerCase(Locale.ROOT).contains("temperature")) {
                    temperatures.putIfAbsent(label, run.table().unit(label).orElse(""));
                }
            }
        }
        if (!temperatures.isEmpty()) {
            var units = temperatures.values().stream().distinct().toList();
            String title =
                    units.size() == 1 && !units.get(0).isEmpty() ? "Temperature / " + units.get(0) : "Temperature";
            var series = new ArrayList<Series>();
            for (var e : temperatures.entrySet()) {
                String label = e.getKey();
                String name = units.size() == 1 ? quantity(label) : label;
                series.add(new Series(label, name, series.size() % DASHES.length));
            }
            specs.add(new PanelSpec(title, series));
        }
        single(specs, runs, "VBUS / V");
        single(specs, runs, "Input Current / A");
        if (specs.isEmpty()) {
            specs.add(new PanelSpec("No voltage, current, state of charge or temperature columns", List.of()));
        }
        return specs;
    }

    private static void single(List<PanelSpec> specs, List<RunResult> runs, String label) {
        if (anyHas(runs, label)) {
            specs.add(new PanelSpec(label, List.of(new Series(label, quantity(label), 0))));
        }
    }

    private static boolean anyHas(List<RunResult> runs, String label) {
        return runs.stream().anyMatch(r -> r.table().column(label).isPresent());
    }

    private static String quantity(String label) {
        int slash = label.lastIndexOf(" / ");
        return slash < 0 ? label : label.substring(0, slash);
    }

    /** Computes the layout of a plot of {@code runs} in an image of the given size. */
    static Layout layout(List<RunResult> runs, int width, int height) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to plot (expected at least one)");
        }
        if (width < MIN_WIDTH || height < MIN_HEIGHT || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("image size " + width + "×" + height + " px is out of range (expected "
                    + MIN_WIDTH + "–" + MAX_SIDE + " × " + MIN_HEIGHT + "–" + MAX_SIDE + ")");
        }
        var scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            hints(g);
            return layout(g, runs, width, height);
        } finally {
            g.dispose();
        }
    }

    private static Layout layout(Graphics2D g, List<RunResult> runs, int width, int height) {
        List<PanelSpec> specs = panelSpecs(runs);

        double t0 = Double.POSITIVE_INFINITY;
        double t1 = Double.NEGATIVE_INFINITY;
        for (RunResult run : runs) {
            double[] time = run.table().time();
            if (time.length > 0) {
                t0 = Math.min(t0, time[0]);
                t1 = Math.max(t1, time[time.length - 1]);
            }
        }
        if (t0 > t1) {
            t0 = 0;
            t1 = 0;
        }
        boolean hours = t1 - t0 > HOURS_ABOVE_SECONDS;
        double secondsPerUnit = hours ? 3600 : 60;
        String xTitle = hours ? "Time / h" : "Time / min";

        // Header: the run's name, or a legend of all runs wrapped over as many rows as needed.
        var legend = new ArrayList<LegendEntry>();
        FontMetrics title = g.getFontMetrics(TITLE_FONT);
        int rowHeight = title.getHeight() + 2;
        int y = MARGIN;
        if (runs.size() == 1) {
            legend.add(
                    new LegendEntry(MARGIN, y + title.getAscent(), runs.get(0).name(), TEXT));
            y += rowHeight;
        } else {
            int x = MARGIN;
            y += rowHeight;
            for (int i = 0; i < runs.size(); i++) {
                String name = runs.get(i).name();
                int w = 26 + title.stringWidth(name) + 18;
                if (x > MARGIN && x + w > width - MARGIN) {
                    x = MARGIN;
                    y += rowHeight;
                }
                legend.add(new LegendEntry(x, y - rowHeight + title.getAscent(), name, runColour(i)));
                x += w;
            }
        }
        boolean anyEvents = false;
        for (RunResult run : runs) {
            for (EventLog.Event e : run.events()) {
                anyEvents |= e.timeSeconds() >= t0 && e.timeSeconds() <= t1;
            }
        }
        int eventStrip = -1;
        if (anyEvents) {
            eventStrip = y;
            y += EVENT_STRIP_HEIGHT;
        }

        FontMetrics ticks = g.getFontMetrics(TICK_FONT);
        int bottom = 4 + ticks.getHeight() + 2 + g.getFontMetrics(PANEL_FONT).getHeight() + MARGIN;
        int n = specs.size();
        int plotHeight = (height - y - bottom - n * PANEL_TITLE_HEIGHT - (n - 1) * PANEL_GAP) / n;
        if (plotHeight < MIN_PLOT_HEIGHT) {
            int needed = height + (MIN_PLOT_HEIGHT - plotHeight) * n;
            throw new IllegalArgumentException("image height " + height + " px is too small for " + n
                    + " panels (expected at least " + needed + " px)");
        }

        // Value axes first: their tick labels decide the left margin.
        var axes = new ArrayList<Axis>();
        int labelWidth = 0;
        for (PanelSpec spec : specs) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (RunResult run : runs) {
                for (Series s : spec.series()) {
                    double[] v = run.table().column(s.label()).orElse(null);
                    if (v != null) {
                        for (double d : v) {
                            if (Double.isFinite(d)) {
                                lo = Math.min(lo, d);
                                hi = Math.max(hi, d);
                            }
                        }
                    }
                }
            }
            Axis axis = niceAxis(lo, hi, Math.max(2, Math.min(8, plotHeight / 28)), true);
            axes.add(axis);
            for (double tick : axis.ticks()) {
                labelWidth = Math.max(labelWidth, ticks.stringWidth(axis.format(tick)));
            }
        }
        int left = Math.max(36, labelWidth + 12);
        int right = 16;
        int plotWidth = width - left - right;

        double x0 = t0 / secondsPerUnit;
        double x1 = t1 / secondsPerUnit;
        if (!(x1 > x0)) {
            x1 = x0 + 1;
        }
        Axis x = niceAxis(x0, x1, Math.max(2, Math.min(12, plotWidth / 90)), false);

        var panels = new ArrayList<Panel>();
        for (int i = 0; i < n; i++) {
            y += PANEL_TITLE_HEIGHT;
            var plot = new Rectangle(left, y, plotWidth, plotHeight);
            panels.add(new Panel(specs.get(i).title(), specs.get(i).series(), plot, axes.get(i)));
            y += plotHeight + PANEL_GAP;
        }
        return new Layout(width, height, legend, eventStrip, panels, x, secondsPerUnit, xTitle);
    }

    // ---- drawing

    /** Colour of run {@code i} when several runs are overlaid. */
    static Color runColour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /**
     * Colour of the {@code index}th series of a panel: per run when runs are overlaid, else per series so that a
     * panel's lines differ.
     */
    static Color seriesColour(int run, int runCount, int index) {
        return runCount > 1 ? runColour(run) : PALETTE[index % PALETTE.length];
    }

    static BufferedImage render(List<RunResult> runs, int width, int height, boolean decimate) {
        Layout layout = layout(runs, width, height);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);
            drawHeader(g, layout, runs.size());
            for (Panel p : layout.panels()) {
                drawGrid(g, layout, p);
            }
            drawEventLines(g, layout, runs);
            for (Panel p : layout.panels()) {
                g.setColor(FRAME);
                g.setStroke(new BasicStroke(1f));
                // Just outside the plot area, on whole pixels, so the frame is crisp and never hides a curve.
                Rectangle r = p.plot();
                g.draw(new Rectangle2D.Double(r.x - 0.5, r.y - 0.5, r.width + 1, r.height + 1));
                drawCurves(g, layout, p, runs, decimate);
                drawPanelText(g, p, runs.size());
            }
            drawTimeAxis(g, layout);
            drawEventLabels(g, layout, runs);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    private static void drawHeader(Graphics2D g, Layout layout, int runCount) {
        g.setFont(TITLE_FONT);
        FontMetrics fm = g.getFontMetrics();
        for (LegendEntry e : layout.legend()) {
            int textX = e.x();
            if (runCount > 1) {
                g.setColor(e.colour());
                g.setStroke(new BasicStroke(3f));
                int lineY = e.baseline() - fm.getAscent() / 2 + 1;
                g.draw(new Line2D.Double(e.x(), lineY, e.x() + 20, lineY));
                textX += 26;
            }
            g.setColor(TEXT);
            g.drawString(e.text(), textX, e.baseline());
        }
    }

    private static void drawGrid(Graphics2D g, Layout layout, Panel p) {
        g.setColor(GRID);
        g.setStroke(new BasicStroke(1f));
        Rectangle r = p.plot();
        for (double tick : p.y().ticks()) {
            double y = p.toY(tick);
            g.draw(new Line2D.Double(r.x, y, r.x + r.width, y));
        }
        for (double tick : layout.x().ticks()) {
            double x = layout.toX(tick * layout.secondsPerUnit());
            g.draw(new Line2D.Double(x, r.y, x, r.y + r.height));
        }
    }

    private static void drawEventLines(Graphics2D g, Layout layout, List<RunResult> runs) {
        if (layout.eventStrip() < 0) {
            return;
        }
        Rectangle first = layout.panels().get(0).plot();
        Rectangle last = layout.panels().get(layout.panels().size() - 1).plot();
        g.setColor(EVENT_LINE);
        g.setStroke(new BasicStroke(1f));
        for (RunResult run : runs) {
            for (EventLog.Event e : run.events()) {
                double x = eventX(layout, e);
                if (x >= first.x && x <= first.x + first.width) {
                    g.draw(new Line2D.Double(x, layout.eventStrip() + 2, x, last.y + last.height));
                }
            }
        }
    }

    private static double eventX(Layout layout, EventLog.Event e) {
        // Whole pixels keep the thin line crisp instead of smearing it over two columns.
        return Math.floor(layout.toX(e.timeSeconds())) + 0.5;
    }

    private static void drawEventLabels(Graphics2D g, Layout layout, List<RunResult> runs) {
        if (layout.eventStrip() < 0) {
            return;
        }
        Rectangle plot = layout.panels().get(0).plot();
        g.setFont(EVENT_FONT);
        FontMetrics fm = g.getFontMetrics();
        record Mark(double x, String text, Color colour) {}
        var marks = new ArrayList<Mark>();
        for (int r = 0; r < runs.size(); r++) {
            for (EventLog.Event e : runs.get(r).events()) {
                double x = eventX(layout, e);
                if (x >= plot.x && x <= plot.x + plot.width) {
                    marks.add(new Mark(
                            x, shortLabel(e), runs.size() > 1 ? runColour(r).darker() : EVENT_TEXT));
                }
            }
        }
        marks.sort((a, b) -> Double.compare(a.x, b.x));
        double freeFrom = Double.NEGATIVE_INFINITY;
        int baseline = layout.eventStrip() + fm.getAscent();
        for (Mark m : marks) {
            int w = fm.stringWidth(m.text);
            double x = m.x + 3;
            if (x + w > layout.width() - 2) {
                x = m.x - 3 - w;
            }
            if (x < freeFrom) {
                continue; // would overlap the previous label; the line alone still marks the event
            }
            // A white underlay keeps the label readable where it crosses other event lines.
            g.setColor(BACKGROUND);
            g.fillRect((int) x - 1, layout.eventStrip(), w + 2, fm.getHeight());
            g.setColor(m.colour);
            g.drawString(m.text, (float) x, baseline);
            freeFrom = x + w + 6;
        }
    }

    static String shortLabel(EventLog.Event e) {
        String text = e.text().strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            text = e.source();
        }
        if (text.length() <= MAX_EVENT_LABEL) {
            return text;
        }
        String cut = text.substring(0, MAX_EVENT_LABEL - 1);
        int space = cut.lastIndexOf(' ');
        if (text.charAt(cut.length()) != ' ' && space > MAX_EVENT_LABEL / 2) {
            cut = cut.substring(0, space); // end on a whole word: "until…", not "until 4.…"
        }
        return cut.strip() + "…";
    }

    private static void drawCurves(Graphics2D g, Layout layout, Panel p, List<RunResult> runs, boolean decimate) {
        Rectangle r = p.plot();
        var clip = g.getClip();
        g.clipRect(r.x - 2, r.y - 2, r.width + 5, r.height + 5);
        for (int run = 0; run < runs.size(); run++) {
            BdfTable table = runs.get(run).table();
            for (int i = 0; i < p.series().size(); i++) {
                Series s = p.series().get(i);
                double[] v = table.column(s.label()).orElse(null);
                if (v == null) {
                    continue;
                }
                Path2D path = seriesPath(table.time(), v, layout, p, decimate);
                g.setColor(seriesColour(run, runs.size(), i));
                g.setStroke(curveStroke(s.style()));
                g.draw(path);
            }
        }
        g.setClip(clip);
    }

    private static Stroke curveStroke(int style) {
        float[] dash = DASHES[style % DASHES.length];
        return new BasicStroke(CURVE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /**
     * The outline of a series in pixel coordinates. Decimated, each pixel column keeps at most four samples — the
     * first, the minimum and maximum in the order they occur, and the last — which draws the same pixels as the full
     * series at a cost bounded by the plot width. Non-finite values break the line.
     */
    static Path2D seriesPath(double[] time, double[] values, Layout layout, Panel p, boolean decimate) {
        Rectangle r = p.plot();
        Axis x = layout.x();
        Axis y = p.y();
        double xScale = r.width / ((x.max - x.min) * layout.secondsPerUnit());
        double xOffset = r.x - x.min * r.width / (x.max - x.min);
        double yScale = -r.height / (y.max - y.min);
        double yOffset = r.y + r.height + y.min * r.height / (y.max - y.min);
        var path = new Path2D.Double(Path2D.WIND_NON_ZERO, decimate ? 4 * r.width + 16 : values.length + 16);
        int n = Math.min(time.length, values.length);
        if (!decimate) {
            boolean penDown = false;
            for (int i = 0; i < n; i++) {
                double v = values[i];
                if (!Double.isFinite(v)) {
                    penDown = false;
                    continue;
                }
                double px = time[i] * xScale + xOffset;
                double py = v * yScale + yOffset;
                if (penDown) {
                    path.lineTo(px, py);
                } else {
                    path.moveTo(px, py);
                    penDown = true;
                }
            }
            return path;
        }
        var bucket = new Bucket(path, yScale, yOffset);
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                bucket.flush();
                bucket.penDown = false;
                continue;
            }
            double px = time[i] * xScale + xOffset;
            bucket.add((int) Math.floor(px), i, px, v);
        }
        bucket.flush();
        return path;
    }

    /**
     * Samples falling in one pixel column, reduced to the first, minimum, maximum and last, each at its own x (M4
     * aggregation, Jugel et al., VLDB 2014). Placing them at the column centre instead would turn slopes into steps.
     */
    private static final class Bucket {
        final Path2D path;
        final double yScale;
        final double yOffset;
        boolean penDown;
        boolean open;
        int column;
        double firstX;
        double first;
        double lastX;
        double last;
        double minX;
        double min;
        double maxX;
        double max;
        int minIndex;
        int maxIndex;

        Bucket(Path2D path, double yScale, double yOffset) {
            this.path = path;
            this.yScale = yScale;
            this.yOffset = yOffset;
        }

        void add(int col, int i, double x, double v) {
            if (open && col == column) {
                if (v < min) {
                    min = v;
                    minX = x;
                    minIndex = i;
                }
                if (v > max) {
                    max = v;
                    maxX = x;
                    maxIndex = i;
                }
                last = v;
                lastX = x;
                return;
            }
            flush();
            open = true;
            column = col;
            first = last = min = max = v;
            firstX = lastX = minX = maxX = x;
            minIndex = maxIndex = i;
        }

        void flush() {
            if (!open) {
                return;
            }
            open = false;
            point(firstX, first);
            if (minIndex < maxIndex) {
                point(minX, min);
                point(maxX, max);
            } else if (maxIndex < minIndex) {
                point(maxX, max);
                point(minX, min);
            }
            point(lastX, last);
        }

        private void point(double x, double v) {
            double y = v * yScale + yOffset;
            if (penDown) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                penDown = true;
            }
        }
    }

    private static void drawPanelText(Graphics2D g, Panel p, int runCount) {
        Rectangle r = p.plot();
        g.setFont(PANEL_FONT);
        g.setColor(TEXT);
        g.drawString(p.title(), r.x, r.y - 4);
        int titleEnd = r.x + g.getFontMetrics().stringWidth(p.title());

        g.setFont(TICK_FONT);
        FontMetrics fm = g.getFontMetrics();
        for (double tick : p.y().ticks()) {
            String label = p.y().format(tick);
            double y = p.toY(tick);
            g.drawString(label, r.x - 6 - fm.stringWidth(label), (float) (y + fm.getAscent() / 2.0 - 1));
        }

        if (p.series().size() > 1) {
            // Key to the line styles, right-aligned in the title row.
            g.setFont(KEY_FONT);
            FontMetrics km = g.getFontMetrics();
            int x = r.x + r.width;
            int baseline = r.y - 4;
            for (int i = p.series().size() - 1; i >= 0; i--) {
                Series s = p.series().get(i);
                int w = km.stringWidth(s.name());
                if (x - w - 26 < titleEnd + 12) {
                    break; // no room left beside the title
                }
                x -= w;
                g.setColor(TEXT);
                g.drawString(s.name(), x, baseline);
                x -= 26;
                g.setColor(runCount > 1 ? TEXT : seriesColour(0, 1, i));
                g.setStroke(curveStroke(s.style()));
                double lineY = baseline - km.getAscent() / 2.0 + 1;
                g.draw(new Line2D.Double(x, lineY, x + 22, lineY));
                x -= 12;
            }
        }
    }

    private static void drawTimeAxis(Graphics2D g, Layout layout) {
        Rectangle r = layout.panels().get(layout.panels().size() - 1).plot();
        g.setFont(TICK_FONT);
        g.setColor(TEXT);
        FontMetrics fm = g.getFontMetrics();
        int baseline = r.y + r.height + 4 + fm.getAscent();
        for (double tick : layout.x().ticks()) {
            String label = layout.x().format(tick);
            double x = layout.toX(tick * layout.secondsPerUnit());
            float left = (float)
                    Math.max(2, Math.min(x - fm.stringWidth(label) / 2.0, layout.width() - 2 - fm.stringWidth(label)));
            g.drawString(label, left, baseline);
        }
        g.setFont(PANEL_FONT);
        FontMetrics tm = g.getFontMetrics();
        int titleBaseline = baseline + fm.getDescent() + 2 + tm.getAscent();
        g.drawString(layout.xTitle(), r.x + (r.width - tm.stringWidth(layout.xTitle())) / 2f, titleBaseline);
    }

    // ---- output

    /**
     * Writes the image as PNG next to {@code out}, flushes it to disk, then renames it over {@code out} in one step.
     */
    public static void writeAtomically(BufferedImage image, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "."
                + ProcessHandle.current().pid() + "." + TEMP_COUNTER.incrementAndGet() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream os = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                // An in-memory cache: the default would create its own temporary file.
                try (ImageOutputStream ios = new MemoryCacheImageOutputStream(os)) {
                    if (!ImageIO.write(image, "png", ios)) {
                        throw new IOException("no PNG encoder available in this Java runtime");
                    }
                }
                os.flush();
                channel.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
