package org.battsim.viewer.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.battsim.viewer.BdfTable;
import org.battsim.viewer.ViewerData;
import org.battsim.viewer.ViewerRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class ViewerPaneTest {
    @TempDir
    Path dir;

    private Stage stage;
    private ViewerPane pane;

    @BeforeAll
    static void fx() throws Exception {
        Fixtures.startFx();
    }

    @AfterEach
    void close() {
        if (stage != null) {
            FxPlatform.run(stage::close);
        }
    }

    private ViewerPane showPane() {
        pane = FxPlatform.call(ViewerPane::new);
        stage = FxPlatform.call(() -> {
            var s = new Stage();
            s.setScene(new Scene(pane, 1200, 900));
            s.show();
            return s;
        });
        return pane;
    }

    private ViewerData open(Path... paths) throws Exception {
        var errors = new java.util.ArrayList<String>();
        FxPlatform.run(() -> pane.setErrorHandler(errors::add));
        var task = FxPlatform.call(() -> pane.open(List.of(paths)));
        try {
            task.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            // reported through the handler
        }
        // The task's result is shown by a handler that runs on the JavaFX thread after it completes.
        FxPlatform.awaitPulses(3);
        return pane.data();
    }

    @Test
    void opensAResultFolderWithPanelsSeriesAndEvents() throws Exception {
        Path run = Fixtures.resultFolder(dir, "base", 1);
        showPane();
        open(run);
        FxPlatform.awaitPulses(3);
        TimeSeriesView ts = pane.timeSeries();
        assertEquals(List.of("Time series"), FxPlatform.call(pane::tabNames));
        assertEquals(
                List.of(
                        "Voltage / V",
                        "Current / A",
                        "State of Charge / %",
                        "Temperature / degC",
                        "VBUS / V",
                        "Input Current / A"),
                FxPlatform.call(ts::panelTitles));
        var plotted = FxPlatform.call(ts::plotted);
        var names = plotted.stream().map(p -> p.dataSet().getName()).toList();
        assertEquals(
                List.of(
                        "Voltage / V",
                        "Current / A",
                        "State of Charge / %",
                        ViewerRun.REPORTED_SOC,
                        "Cell Temperature / degC",
                        "Body Temperature / degC",
                        "VBUS / V",
                        "Input Current / A",
                        "Input Current Limit / A"),
                names);
        for (var p : plotted) {
            int expected = p.label().equals(ViewerRun.REPORTED_SOC) ? 61 : Fixtures.ROWS;
            assertEquals(expected, p.dataSet().getDataCount(), p.label());
        }
        // An hour is plotted in minutes.
        assertEquals(60.0, FxPlatform.call(ts::secondsPerUnit));
        var markers = FxPlatform.call(ts::eventMarkers);
        assertEquals(3, markers.size());
        assertEquals(30.0, markers.get(2).x(), 1e-12);
        assertTrue(
                markers.get(2).text().contains("charger: phase CC -> CV, at 4.35 V"),
                markers.get(2).text());
        assertTrue(markers.get(2).text().contains("30 min"), markers.get(2).text());
    }

    @Test
    void overlaysRunsInDistinctColours() throws Exception {
        Path a = Fixtures.resultFolder(dir, "base", 1);
        Path b = Fixtures.resultFolder(dir, "thin", 0.6);
        showPane();
        open(a, b);
        var plotted = FxPlatform.call(pane.timeSeries()::plotted);
        assertEquals(18, plotted.size());
        var voltage =
                plotted.stream().filter(p -> p.label().equals("Voltage / V")).toList();
        assertEquals(2, voltage.size());
        assertFalse(voltage.get(0)
                .dataSet()
                .getStyle()
                .equals(voltage.get(1).dataSet().getStyle()));
        assertEquals(6, FxPlatform.call(pane.timeSeries()::eventMarkers).size());
    }

    @Test
    void exportsANonBlankPngOfTheView() throws Exception {
        Path run = Fixtures.resultFolder(dir, "base", 1);
        showPane();
        open(run);
        FxPlatform.awaitPulses(3);
        Path out = dir.resolve("view.png");
        FxPlatform.run(() -> {
            try {
                pane.exportPng(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var img = ImageIO.read(out.toFile());
        assertNotNull(img);
        assertTrue(Fixtures.inkPixels(img) > img.getWidth() * img.getHeight() / 20, "mostly blank");
        assertTrue(Fixtures.colours(img) > 20, "too few colours: " + Fixtures.colours(img));
        // The curves are drawn: the first palette colour covers a fair number of pixels.
        assertTrue(Fixtures.pixelsNear(img, Colours.colour(0)) > 1000);
    }

    @Test
    void exportsTheVisibleRangeAsCsv() throws Exception {
        Path run = Fixtures.resultFolder(dir, "base", 1);
        showPane();
        open(run);
        FxPlatform.run(() -> pane.timeSeries().showTime(600, 1200));
        Path out = dir.resolve("visible.bdf.csv");
        FxPlatform.run(() -> {
            try {
                pane.timeSeries().exportVisibleCsv(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BdfTable t = BdfTable.read(out);
        assertEquals(61, t.rows());
        assertEquals(600.0, t.time()[0], 1e-9);
        assertEquals(1200.0, t.time()[60], 1e-9);
        assertTrue(t.column(ViewerRun.REPORTED_SOC).isPresent());
        assertEquals(3.6 + 0.006 * (600 / 36.0), t.column("Voltage / V").get()[0], 1e-4);
        // The other charts followed the zoom.
        for (var c : FxPlatform.call(pane.timeSeries()::charts)) {
            assertEquals(10.0, c.getXAxis().getMin(), 1e-9);
            assertEquals(20.0, c.getXAxis().getMax(), 1e-9);
        }
    }

    @Test
    void aMalformedCsvIsReportedWithFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.bdf.csv");
        Files.writeString(bad, "Test Time / s,Voltage / V\n0,3.7\n10,abc\n");
        showPane();
        open(bad);
        String msg = FxPlatform.call(pane::lastError);
        assertEquals(
                bad + ":3: \"Voltage / V\" value \"abc\" is not a number"
                        + " (expected a decimal number such as 3.85, or an empty cell)",
                msg);
        assertTrue(FxPlatform.call(pane::tabNames).isEmpty());
    }

    @Test
    void loadingRunsOffTheJavaFxThread() throws Exception {
        Path run = Fixtures.resultFolder(dir, "base", 1);
        showPane();
        var entered = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var loaderThread = new java.util.concurrent.atomic.AtomicReference<String>();
        FxPlatform.run(() -> pane.setLoader((paths, columns) -> {
            loaderThread.set(Thread.currentThread().getName());
            entered.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ViewerData.load(paths, columns);
        }));
        var task = FxPlatform.call(() -> pane.open(List.of(run)));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        // While the load is held open, the JavaFX thread still answers, draws and says it is loading.
        long t0 = System.nanoTime();
        FxPlatform.awaitPulses(3);
        String status = FxPlatform.call(pane::statusText);
        assertTrue((System.nanoTime() - t0) / 1e9 < 10, "the JavaFX thread was blocked");
        assertTrue(status.startsWith("Loading "), status);
        assertFalse(javafx.application.Platform.isFxApplicationThread());
        assertEquals("battsim-viewer-load", loaderThread.get());
        assertTrue(FxPlatform.call(pane::tabNames).isEmpty());
        release.countDown();
        task.get(60, TimeUnit.SECONDS);
        FxPlatform.awaitPulses(3);
        assertEquals(List.of("Time series"), FxPlatform.call(pane::tabNames));
    }

    @Test
    void aLongRunReachesTheChartsReducedToTheVisibleRange() throws Exception {
        int rows = 300_000;
        double[] t = new double[rows];
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) {
            t[i] = i;
            v[i] = 3.7 + 0.1 * Math.sin(i * 1e-3) + (i == 123_457 ? 0.5 : 0);
        }
        var columns = new java.util.LinkedHashMap<String, double[]>();
        columns.put(BdfTable.TEST_TIME, t);
        columns.put("Voltage / V", v);
        var run = new ViewerRun("long", BdfTable.of(columns), List.of(), List.of());
        showPane();
        FxPlatform.run(() -> pane.show(new ViewerData(List.of(run), List.of(), java.util.Optional.empty())));
        FxPlatform.awaitPulses(3);
        var ds = FxPlatform.call(() -> pane.timeSeries().plotted().get(0).dataSet());
        int whole = FxPlatform.call(ds::getDataCount);
        assertTrue(whole > 1000 && whole < 20_000, "points handed to the chart: " + whole);
        // The spike survives the reduction.
        double max = FxPlatform.call(() -> {
            double m = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < ds.getDataCount(); i++) {
                m = Math.max(m, ds.get(io.fair_acc.dataset.DataSet.DIM_Y, i));
            }
            return m;
        });
        assertEquals(v[123_457], max);
        // Zoomed in to 10 minutes: the chart gets the samples of that range, one either side.
        FxPlatform.run(() -> pane.timeSeries().showTime(100_000, 100_600));
        FxPlatform.awaitPulses(3);
        assertEquals(603, FxPlatform.call(ds::getDataCount));
        double unit = FxPlatform.call(pane.timeSeries()::secondsPerUnit);
        assertEquals(99_999 / unit, FxPlatform.call(() -> ds.get(io.fair_acc.dataset.DataSet.DIM_X, 0)), 1e-9);
        // The read-out reads the full samples, not the reduced ones.
        FxPlatform.run(() -> pane.timeSeries().pointAtTime(150_000.5 / unit));
        String text = FxPlatform.call(pane.timeSeries()::readoutText);
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "Voltage %.4g V", v[150_000])), text);
    }

    @Test
    void theReadoutFollowsTheMouse() throws Exception {
        Path run = Fixtures.resultFolder(dir, "base", 1);
        showPane();
        open(run);
        FxPlatform.awaitPulses(3);
        var chart = FxPlatform.call(() -> pane.timeSeries().charts().get(0));
        new FxRobot().moveTo(chart.getCanvas());
        FxPlatform.awaitPulses(2);
        String text = FxPlatform.call(pane.timeSeries()::readoutText);
        assertTrue(text.startsWith("t = "), text);
        assertTrue(text.contains("Voltage ") && text.contains(" V"), text);
        assertTrue(text.contains("Reported State of Charge "), text);
    }

    @Test
    void snapshotRendersWithoutAWindowOfItsOwn() throws Exception {
        Path run = Fixtures.resultFolder(dir, "base", 1);
        Path out = dir.resolve("snap.png");
        Snapshot.render(ViewerData.load(List.of(run), ViewerData.ParetoColumns.AUTO), null, out, 800, 600);
        var img = ImageIO.read(out.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(600, img.getHeight());
        assertTrue(Fixtures.pixelsNear(img, Colours.colour(0)) > 500);
        try (var files = Files.list(dir)) {
            assertEquals(
                    0,
                    files.filter(f -> f.getFileName().toString().endsWith(".tmp"))
                            .count());
        }
    }
}
