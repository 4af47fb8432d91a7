package org.battsim.viewer.fx;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.battsim.viewer.ViewerData;

/** Renders what the viewer would show to a PNG, without a screen, and returns. */
public final class Snapshot {
    private Snapshot() {}

    /**
     * Renders a view of {@code data} to {@code out}, replacing it atomically.
     *
     * @param view {@code timeseries}, {@code aging} or {@code pareto}; null for the first there is data for
     * @throws IllegalArgumentException if there is no data for the view asked for
     * @throws IOException if the file cannot be written
     */
    public static void render(ViewerData data, String view, Path out, int width, int height) throws IOException {
        FxPlatform.useHeadless(width, height);
        FxPlatform.start();
        ViewerPane pane = FxPlatform.call(() -> new ViewerPane());
        Stage stage = FxPlatform.call(() -> {
            pane.show(data);
            if (view != null && !pane.selectTab(tabName(view))) {
                throw new IllegalArgumentException("no " + view + " data to show (there is: "
                        + String.join(", ", pane.tabNames()).toLowerCase(java.util.Locale.ROOT) + ")");
            }
            var content = pane.currentView();
            pane.setCenter(null);
            var root = new javafx.scene.layout.StackPane(content);
            root.setMinSize(width, height);
            root.setPrefSize(width, height);
            root.setMaxSize(width, height);
            // A Group does not shrink its child to the window, which the virtual screen may bound.
            var s = new Stage();
            s.setScene(new Scene(new Group(root), width, height));
            s.show();
            root.resize(width, height);
            return s;
        });
        try {
            // Charts draw in the pulses after they are shown: layout, then the axes and the canvas.
            FxPlatform.awaitPulses(4);
            FxPlatform.run(() -> {
                try {
                    var params = new javafx.scene.SnapshotParameters();
                    params.setFill(javafx.scene.paint.Color.WHITE);
                    // Exactly the size asked for, even if the content's minimum size is larger.
                    params.setViewport(new javafx.geometry.Rectangle2D(0, 0, width, height));
                    var root =
                            ((Group) stage.getScene().getRoot()).getChildren().get(0);
                    AtomicFiles.writePng(root.snapshot(params, null), out);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } finally {
            FxPlatform.run(stage::close);
        }
    }

    private static String tabName(String view) {
        return switch (view) {
            case "timeseries" -> "Time series";
            case "aging" -> "Aging";
            case "pareto" -> "Pareto";
            default ->
                throw new IllegalArgumentException(
                        "unknown view '" + view + "' (expected timeseries, aging or pareto)");
        };
    }
}
