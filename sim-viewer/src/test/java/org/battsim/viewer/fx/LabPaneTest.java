package org.battsim.viewer.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fair_acc.dataset.DataSet;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.battsim.scenarios.run.ChargeJob;
import org.battsim.scenarios.run.ExperimentJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Drives one live-lab run through the window: run, watch it grow, change a fault, speed up, finish, export. */
class LabPaneTest {
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
        if (pane != null && pane.lab() != null) {
            FxPlatform.run(pane.lab()::shutdown);
        }
        if (stage != null) {
            FxPlatform.run(stage::close);
        }
    }

    private static int points(LabPane lab, String label) {
        return FxPlatform.call(() -> dataSet(lab, label).getDataCount());
    }

    private static DataSet dataSet(LabPane lab, String label) {
        return lab.timeSeries().plotted().stream()
                .filter(p -> p.label().equals(label))
                .findFirst()
                .orElseThrow()
                .dataSet();
    }

    /** Waits, off the JavaFX thread, until the condition holds on it; fails after {@code seconds}. */
    private static void await(java.util.concurrent.Callable<Boolean> condition, double seconds, String what)
            throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (!FxPlatform.call(condition)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void oneLiveRunGrowsTakesAFaultWhileRunningAndFinishes() throws Exception {
        pane = FxPlatform.call(ViewerPane::new);
        stage = FxPlatform.call(() -> {
            var s = new Stage();
            s.setScene(new Scene(pane, 1400, 900));
            s.show();
            return s;
        });
        LabPane lab = FxPlatform.call(pane::showLab);
        assertEquals(List.of(ViewerPane.LAB_TAB), FxPlatform.call(pane::tabNames));
        var robot = new FxRobot();
        robot.clickOn("#lab-speed-x100");
        robot.clickOn("#lab-run");
        await(() -> lab.currentRun() != null && lab.batches() > 0, 30, "the first batch");
        assertEquals(
                List.of(
                        "Voltage / V",
                        "Current / A",
                        "State of Charge / %",
                        "Temperature / degC",
                        "VBUS / V",
                        "Input Current / A"),
                FxPlatform.call(lab.timeSeries()::panelTitles));

        // At 100x the curves grow while the JavaFX thread keeps answering quickly.
        int before = points(lab, ExperimentJob.VOLTAGE);
        long worstNanos = 0;
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            FxPlatform.awaitPulses(1);
            worstNanos = Math.max(worstNanos, System.nanoTime() - t0);
            Thread.sleep(50);
        }
        int after = points(lab, ExperimentJob.VOLTAGE);
        assertTrue(after > before, before + " -> " + after);
        assertTrue(worstNanos < 2_000_000_000L, "a pulse took " + worstNanos / 1e6 + " ms");
        assertTrue(FxPlatform.call(lab::batches) > 3);
        assertTrue(FxPlatform.call(lab::statusText).startsWith("Running, t = "), FxPlatform.call(lab::statusText));

        // Pause: simulated time holds.
        robot.clickOn("#lab-speed-pause");
        await(() -> lab.statusText().startsWith("Paused"), 10, "the pause");
        Thread.sleep(200);
        double heldAt = lab.currentRun().time();
        Thread.sleep(300);
        assertEquals(heldAt, lab.currentRun().time());

        // A fault while it runs: 0.5 Ohm per power contact cuts the input current.
        double changedAt = heldAt;
        FxPlatform.run(() -> lab.setContactOhms(0.5));
        robot.clickOn("#lab-speed-x100");
        await(
                () -> lab.timeSeries().eventMarkers().stream()
                        .anyMatch(m -> m.text().contains("lab: port contact resistance +0.50 Ohm")),
                30,
                "the fault's event marker");
        await(() -> lab.currentRun().time() > changedAt + 120, 30, "two more minutes");
        assertTrue(FxPlatform.call(lab::explanationText).contains("Contact resistance (+0.50 Ω"));

        // Mended again, the charge completes.
        FxPlatform.run(() -> lab.setContactOhms(0));
        robot.clickOn("#lab-speed-max");
        await(lab::finished, 120, "the end of the charge");
        assertEquals("charge terminated (full)", FxPlatform.call(lab::endReason));
        assertTrue(FxPlatform.call(lab::statusText).startsWith("Finished (charge terminated (full))"));

        DataSet input = FxPlatform.call(() -> dataSet(lab, ChargeJob.INPUT_CURRENT));
        DataSet soc = FxPlatform.call(() -> dataSet(lab, ExperimentJob.SOC));
        int n = FxPlatform.call(input::getDataCount);
        assertTrue(n > 500, "points: " + n);
        double minutes = changedAt / 60;
        double beforeFault = FxPlatform.call(() -> valueAt(input, minutes - 0.5));
        double afterFault = FxPlatform.call(() -> valueAt(input, minutes + 1.5));
        assertTrue(
                afterFault < beforeFault - 0.2,
                "input current " + beforeFault + " A before the fault, " + afterFault + " A after");
        assertTrue(FxPlatform.call(() -> soc.get(DataSet.DIM_Y, n - 1)) > 95);
        var markers = FxPlatform.call(lab.timeSeries()::eventMarkers);
        assertTrue(
                markers.stream().anyMatch(m -> m.text().contains("user: plugged into adapter-5v2a")),
                markers.toString());

        // The live view exports like any other.
        Path out = dir.resolve("lab.png");
        FxPlatform.run(() -> {
            try {
                pane.exportPng(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var img = ImageIO.read(out.toFile());
        assertNotNull(img);
        assertTrue(Fixtures.pixelsNear(img, Colours.colour(0)) > 500);
        Path csv = dir.resolve("lab.bdf.csv");
        FxPlatform.run(() -> {
            try {
                pane.selectedTimeSeries().exportVisibleCsv(csv);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var table = org.battsim.viewer.BdfTable.read(csv);
        assertEquals(n, table.rows());
    }

    @Test
    void aCatalogueScenarioRunsLiveBesideItsExplanation() throws Exception {
        pane = FxPlatform.call(ViewerPane::new);
        stage = FxPlatform.call(() -> {
            var s = new Stage();
            s.setScene(new Scene(pane, 1400, 900));
            s.show();
            return s;
        });
        LabPane lab = FxPlatform.call(pane::showLab);
        FxPlatform.run(() -> lab.chooseScenario("port-debris", "cleaned"));
        String text = FxPlatform.call(lab::explanationText);
        assertTrue(text.startsWith("port-debris: Debris in the charging port"), text);
        assertTrue(text.contains("The remedy (unplug, blow out and brush the port, plug back in) really works"), text);
        new FxRobot().clickOn("#lab-speed-max");
        new FxRobot().clickOn("#lab-run");
        await(lab::finished, 120, "the end of the scenario run");
        assertEquals("charge terminated (full)", FxPlatform.call(lab::endReason));
        var markers = FxPlatform.call(lab.timeSeries()::eventMarkers).stream()
                .map(EventMarkers.Marker::text)
                .toList();
        assertTrue(markers.stream().anyMatch(m -> m.contains("timeline: clean-port")), markers.toString());
        assertTrue(markers.stream().anyMatch(m -> m.contains("port cleaned")), markers.toString());
        // Before cleaning the input is held at the fallback limit, after it the full current returns.
        DataSet input = FxPlatform.call(() -> dataSet(lab, ChargeJob.INPUT_CURRENT));
        assertTrue(FxPlatform.call(() -> valueAt(input, 20)) <= 0.55);
        assertTrue(FxPlatform.call(() -> valueAt(input, 45)) > 1.2);
    }

    private static double valueAt(DataSet ds, double x) {
        return TimeSeriesView.valueAt((io.fair_acc.dataset.spi.DoubleDataSet) ds, x);
    }
}
