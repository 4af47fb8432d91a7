package org.battsim.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotRendererTest {
    @TempDir
    Path dir;

    /** A run whose columns are constant, {@code rows} samples over {@code seconds}. */
    private static RunResult constantRun(String name, double seconds, int rows, double volts, String... extra) {
        var columns = new LinkedHashMap<String, double[]>();
        double[] time = new double[rows];
        for (int i = 0; i < rows; i++) {
            time[i] = seconds * i / (rows - 1);
        }
        columns.put("Test Time / s", time);
        columns.put("Voltage / V", filled(rows, volts));
        columns.put("Current / A", filled(rows, 1.5));
        columns.put("State of Charge / %", filled(rows, 50));
        for (String label : extra) {
            columns.put(label, filled(rows, 1));
        }
        return new RunResult(name, BdfTable.of(columns), List.of());
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** A run with only time and a voltage sine of a few periods, for coverage comparisons. */
    private static RunResult sineRun(int rows) {
        double[] time = new double[rows];
        double[] volts = new double[rows];
        for (int i = 0; i < rows; i++) {
            time[i] = 3600.0 * i / (rows - 1);
            volts[i] = 3.9 + 0.3 * Math.sin(2 * Math.PI * 5.5 * i / (rows - 1));
        }
        var columns = new LinkedHashMap<String, double[]>();
        columns.put("Test Time / s", time);
        columns.put("Voltage / V", volts);
        return new RunResult("sine", BdfTable.of(columns), List.of());
    }

    private static boolean near(int rgb, Color c, int tolerance) {
        var p = new Color(rgb);
        return Math.abs(p.getRed() - c.getRed()) <= tolerance
                && Math.abs(p.getGreen() - c.getGreen()) <= tolerance
                && Math.abs(p.getBlue() - c.getBlue()) <= tolerance;
    }

    /** Pixels of a curve: coloured, unlike the white background and the grey grid, frame, text and markers. */
    private static boolean inked(int rgb) {
        var p = new Color(rgb);
        int max = Math.max(p.getRed(), Math.max(p.getGreen(), p.getBlue()));
        int min = Math.min(p.getRed(), Math.min(p.getGreen(), p.getBlue()));
        return max - min > 30;
    }

    private static PlotRenderer.Panel panel(PlotRenderer.Layout layout, String title) {
        return layout.panels().stream()
                .filter(p -> p.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void rendersTwoRunsToPngOfTheRequestedSize() throws IOException {
        var runs = List.of(constantRun("a", 3 * 3600, 500, 4.17), constantRun("b", 2 * 3600, 400, 3.83));
        Path out = dir.resolve("plot.png");
        PlotRenderer.renderPng(runs, out, 900, 700);
        assertTrue(GraphicsEnvironment.isHeadless());

        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(700, image.getHeight());
        var colours = new HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        assertTrue(colours.size() > 100, "anti-aliased curves and text give many shades, got " + colours.size());

        // Each constant voltage is a horizontal line at its value, in its run's colour, across the panel.
        PlotRenderer.Layout layout = PlotRenderer.layout(runs, 900, 700);
        PlotRenderer.Panel voltage = panel(layout, "Voltage / V");
        for (int run = 0; run < 2; run++) {
            double volts = run == 0 ? 4.17 : 3.83;
            int y = (int) Math.floor(voltage.toY(volts));
            double end = layout.toX(runs.get(run).table().time()[499 - 100 * run]);
            Rectangle r = voltage.plot();
            Color colour = PlotRenderer.runColour(run);
            int onLine = 0;
            int columns = 0;
            for (int x = r.x + 3; x < end - 3; x++) {
                columns++;
                boolean hit = false;
                for (int dy = -1; dy <= 1; dy++) {
                    hit |= near(image.getRGB(x, y + dy), colour, 40);
                }
                if (hit) {
                    onLine++;
                }
            }
            assertTrue(onLine > 0.97 * columns, "run " + run + ": " + onLine + " of " + columns + " columns on line");
            // Well above and below the line, the run's colour does not appear.
            for (int x = r.x + 3; x < end - 3; x++) {
                assertFalse(near(image.getRGB(x, y - 6), colour, 40));
                assertFalse(near(image.getRGB(x, y + 6), colour, 40));
            }
        }
        // The shorter run ends where its time ends.
        int y = (int) Math.floor(voltage.toY(3.83));
        double endB = layout.toX(2 * 3600);
        for (int x = (int) endB + 4; x < voltage.plot().x + voltage.plot().width - 2; x++) {
            assertFalse(near(image.getRGB(x, y), PlotRenderer.runColour(1), 40));
        }
        // The legend names both runs in their colours above the panels.
        assertTrue(hasColourIn(image, new Rectangle(0, 0, 900, voltage.plot().y - 16), PlotRenderer.runColour(0)));
        assertTrue(hasColourIn(image, new Rectangle(0, 0, 900, voltage.plot().y - 16), PlotRenderer.runColour(1)));
    }

    private static boolean hasColourIn(BufferedImage image, Rectangle area, Color colour) {
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if (near(image.getRGB(x, y), colour, 20)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void panelsFollowTheColumnsPresent() {
        var basic = PlotRenderer.layout(List.of(constantRun("a", 600, 10, 4)), 800, 600);
        assertEquals(
                List.of("Voltage / V", "Current / A", "State of Charge / %"),
                basic.panels().stream().map(PlotRenderer.Panel::title).toList());

        var full = PlotRenderer.layout(
                List.of(
                        constantRun("a", 600, 10, 4, "Ambient Temperature / degC", "VBUS / V"),
                        constantRun(
                                "b",
                                600,
                                10,
                                4,
                                "Cell Temperature / degC",
                                "Reported State of Charge / %",
                                "Input Current / A")),
                800,
                900);
        assertEquals(
                List.of(
                        "Voltage / V",
                        "Current / A",
                        "State of Charge / %",
                        "Temperature / degC",
                        "VBUS / V",
                        "Input Current / A"),
                full.panels().stream().map(PlotRenderer.Panel::title).toList());
        var soc = panel(full, "State of Charge / %").series();
        assertEquals("Reported State of Charge / %", soc.get(1).label());
        assertEquals(1, soc.get(1).style(), "reported state of charge is dashed");
        assertEquals(
                List.of("Ambient Temperature / degC", "Cell Temperature / degC"),
                panel(full, "Temperature / degC").series().stream()
                        .map(PlotRenderer.Series::label)
                        .toList());

        // Panels share the time axis: same left and right edges, stacked top to bottom.
        Rectangle first = full.panels().get(0).plot();
        for (PlotRenderer.Panel p : full.panels()) {
            assertEquals(first.x, p.plot().x);
            assertEquals(first.width, p.plot().width);
        }
        for (int i = 1; i < full.panels().size(); i++) {
            Rectangle above = full.panels().get(i - 1).plot();
            assertTrue(full.panels().get(i).plot().y > above.y + above.height);
        }
    }

    @Test
    void timeIsInHoursOnlyForRunsLongerThanTwoHours() {
        assertEquals(
                "Time / min",
                PlotRenderer.layout(List.of(constantRun("a", 7200, 10, 4)), 800, 600)
                        .xTitle());
        var longRun = PlotRenderer.layout(List.of(constantRun("a", 7201, 10, 4)), 800, 600);
        assertEquals("Time / h", longRun.xTitle());
        assertEquals(3600, longRun.secondsPerUnit());
    }

    @Test
    void niceAxesUseRoundSteps() {
        var axis = PlotRenderer.niceAxis(3.42, 4.35, 5, true);
        assertEquals(0.2, axis.step(), 1e-12);
        assertEquals(3.4, axis.min(), 1e-12);
        assertEquals(4.4, axis.max(), 1e-12);
        assertEquals(
                List.of("3.4", "3.6", "3.8", "4.0", "4.2", "4.4"),
                axis.ticks().stream().map(axis::format).toList());

        var percent = PlotRenderer.niceAxis(0, 100, 6, true);
        assertEquals(20, percent.step(), 1e-12);
        assertEquals(
                List.of("0", "20", "40", "60", "80", "100"),
                percent.ticks().stream().map(percent::format).toList());

        var flat = PlotRenderer.niceAxis(0, 0, 5, true);
        assertTrue(flat.min() < 0 && flat.max() > 0);

        var time = PlotRenderer.niceAxis(0, 3.2, 8, false);
        assertEquals(0.5, time.step(), 1e-12);
        assertEquals(3.2, time.max(), 1e-12);
        assertEquals("3.0", time.format(time.ticks().get(time.ticks().size() - 1)));

        for (double x : new double[] {0.013, 0.7, 1, 2.2, 4, 6.9, 9.99, 4321}) {
            double nice = PlotRenderer.niceNumber(x, true);
            double mantissa = nice / Math.pow(10, Math.floor(Math.log10(nice) + 1e-9));
            assertTrue(Stream.of(1.0, 2.0, 5.0, 10.0).anyMatch(m -> Math.abs(m - mantissa) < 1e-9), x + " → " + nice);
        }
    }

    @Test
    void eventsAreMarkedWithGreyLines() throws IOException {
        RunResult plain = constantRun("a", 3600, 100, 4.0);
        var run = new RunResult(
                "a",
                plain.table(),
                List.of(new EventLog.Event(1200, "charger", "CV phase"), new EventLog.Event(99_999, "x", "late")));
        BufferedImage image = PlotRenderer.render(List.of(run), 800, 600, true);
        PlotRenderer.Layout layout = PlotRenderer.layout(List.of(run), 800, 600);
        assertTrue(layout.eventStrip() >= 0);
        int x = (int) Math.floor(layout.toX(1200));
        for (PlotRenderer.Panel p : layout.panels()) {
            int grey = 0;
            int rows = 0;
            for (int y = p.plot().y + 2; y < p.plot().y + p.plot().height - 2; y++) {
                rows++;
                if (near(image.getRGB(x, y), PlotRenderer.EVENT_LINE, 12)) {
                    grey++;
                }
            }
            assertTrue(grey > 0.8 * rows, p.title() + ": " + grey + " of " + rows);
        }
        // A label is written next to the line in the strip above the panels.
        boolean text = false;
        for (int y = layout.eventStrip(); y < layout.eventStrip() + 12; y++) {
            for (int dx = 3; dx < 40; dx++) {
                text |= (image.getRGB(x + dx, y) & 0xffffff) != 0xffffff;
            }
        }
        assertTrue(text);
        String label = PlotRenderer.shortLabel(new EventLog.Event(0, "pd", "Renegotiated 9 V, 2 A after a hard reset"));
        assertEquals("Renegotiated 9 V, 2 A…", label);
        assertEquals(
                "Charge at 1C until…",
                PlotRenderer.shortLabel(new EventLog.Event(0, "cycler", "Charge at 1C until 4.35 V")));
        assertEquals("short", PlotRenderer.shortLabel(new EventLog.Event(0, "cycler", "  short ")));
        assertEquals("cycler", PlotRenderer.shortLabel(new EventLog.Event(0, "cycler", "")));
    }

    @Test
    void decimatedDrawingCoversTheSamePixelsAsTheRawSeries() {
        RunResult run = sineRun(2_000_000);
        int width = 900;
        int height = 400;
        BufferedImage raw = PlotRenderer.render(List.of(run), width, height, false);
        BufferedImage decimated = PlotRenderer.render(List.of(run), width, height, true);
        PlotRenderer.Layout layout = PlotRenderer.layout(List.of(run), width, height);
        Rectangle r = panel(layout, "Voltage / V").plot();

        int columns = 0;
        int matching = 0;
        long rawInk = 0;
        long decimatedInk = 0;
        for (int x = r.x + 2; x < r.x + r.width - 2; x++) {
            int[] a = extent(raw, x, r);
            int[] b = extent(decimated, x, r);
            rawInk += a[2];
            decimatedInk += b[2];
            columns++;
            if (a[2] > 0 && b[2] > 0 && Math.abs(a[0] - b[0]) <= 1 && Math.abs(a[1] - b[1]) <= 1) {
                matching++;
            }
        }
        assertTrue(matching >= 0.99 * columns, matching + " of " + columns + " columns match");
        assertEquals(rawInk, decimatedInk, 0.05 * rawInk, "inked pixels");

        // Decimation bounds the work by the plot width, not the number of samples.
        Path2D path = PlotRenderer.seriesPath(
                run.table().time(),
                run.table().column("Voltage / V").orElseThrow(),
                layout,
                panel(layout, "Voltage / V"),
                true);
        assertTrue(points(path)[0] <= 4 * r.width + 4, points(path)[0] + " points");
    }

    @Test
    void decimationKeepsASingleSampleSpike() {
        RunResult run = sineRun(2_000_000);
        double[] v = run.table().column("Voltage / V").orElseThrow();
        v[1_234_567] = 4.19;
        v[1_234_568] = 3.61;
        var layout = PlotRenderer.layout(List.of(run), 900, 400);
        var p = panel(layout, "Voltage / V");
        var bounds =
                PlotRenderer.seriesPath(run.table().time(), v, layout, p, true).getBounds2D();
        assertEquals(p.toY(4.2), bounds.getMinY(), 0.01, "top of the sine");
        v[1_234_567] = 4.5;
        v[1_234_568] = 3.3;
        var spiked =
                PlotRenderer.seriesPath(run.table().time(), v, layout, p, true).getBounds2D();
        assertEquals(p.toY(4.5), spiked.getMinY(), 1e-9);
        assertEquals(p.toY(3.3), spiked.getMaxY(), 1e-9);
    }

    /** Topmost and bottommost curve pixel in column {@code x} of the plot, and how many there are. */
    private static int[] extent(BufferedImage image, int x, Rectangle r) {
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        int count = 0;
        for (int y = r.y - 2; y <= r.y + r.height + 2; y++) {
            if (inked(image.getRGB(x, y))) {
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
                count++;
            }
        }
        return new int[] {top, bottom, count};
    }

    /** Number of points and of separate strokes (move-tos) in a path. */
    private static int[] points(Path2D path) {
        int points = 0;
        int moves = 0;
        double[] coords = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            if (it.currentSegment(coords) == PathIterator.SEG_MOVETO) {
                moves++;
            }
            points++;
        }
        return new int[] {points, moves};
    }

    @Test
    void missingValuesBreakTheLine() {
        RunResult run = constantRun("a", 600, 1000, 4.0);
        double[] v = run.table().column("Voltage / V").orElseThrow();
        for (int i = 400; i < 500; i++) {
            v[i] = Double.NaN;
        }
        var layout = PlotRenderer.layout(List.of(run), 800, 600);
        var p = panel(layout, "Voltage / V");
        assertEquals(2, points(PlotRenderer.seriesPath(run.table().time(), v, layout, p, true))[1]);
        assertEquals(2, points(PlotRenderer.seriesPath(run.table().time(), v, layout, p, false))[1]);
    }

    @Test
    void rendersTenMillionPointsQuickly() throws IOException {
        RunResult run = sineRun(10_000_000);
        Path out = dir.resolve("big.png");
        long start = System.nanoTime();
        PlotRenderer.renderPng(List.of(run), out, 1600, 900);
        double seconds = (System.nanoTime() - start) / 1e9;
        // Typically well under a second; the bound leaves room for a busy machine.
        assertTrue(seconds < 10, seconds + " s");
        assertEquals(1600, ImageIO.read(out.toFile()).getWidth());
    }

    @Test
    void replacesTheOutputAtomicallyWithoutLeftovers() throws IOException {
        Path out = dir.resolve("plot.png");
        Files.writeString(out, "old contents");
        PlotRenderer.renderPng(List.of(constantRun("a", 600, 10, 4)), out, 640, 480);
        assertEquals(640, ImageIO.read(out.toFile()).getWidth());
        PlotRenderer.renderPng(List.of(constantRun("a", 600, 10, 4)), out, 320, 480);
        assertEquals(320, ImageIO.read(out.toFile()).getWidth());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void rejectsWhatCannotBeDrawn() {
        RunResult run = constantRun("a", 600, 10, 4, "Cell Temperature / degC", "VBUS / V", "Input Current / A");
        assertThrows(IllegalArgumentException.class, () -> PlotRenderer.layout(List.of(), 800, 600));
        assertThrows(IllegalArgumentException.class, () -> PlotRenderer.layout(List.of(run), 100, 600));
        var tooShort = assertThrows(IllegalArgumentException.class, () -> PlotRenderer.layout(List.of(run), 800, 200));
        assertTrue(tooShort.getMessage().contains("6 panels"), tooShort.getMessage());
        Path missingDir = dir.resolve("no-such-dir").resolve("plot.png");
        assertThrows(IOException.class, () -> PlotRenderer.renderPng(List.of(run), missingDir, 800, 900));
    }

    @Test
    void drawsARunWithoutRows() {
        var columns = new LinkedHashMap<String, double[]>();
        columns.put("Test Time / s", new double[0]);
        columns.put("Voltage / V", new double[0]);
        var run = new RunResult("empty", BdfTable.of(columns), List.of());
        BufferedImage image = PlotRenderer.render(List.of(run), 400, 300, true);
        assertEquals(400, image.getWidth());
    }
}
