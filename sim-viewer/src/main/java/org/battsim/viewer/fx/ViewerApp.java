package org.battsim.viewer.fx;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.battsim.viewer.ViewerData;

/** The viewer window. Started through {@link ViewerLauncher}, so the main class need not be an Application. */
public final class ViewerApp extends Application {
    static volatile List<Path> initialPaths = List.of();
    static volatile ViewerData.ParetoColumns initialColumns = ViewerData.ParetoColumns.AUTO;

    @Override
    public void start(Stage stage) {
        FxPlatform.startedElsewhere();
        var pane = new ViewerPane();
        pane.setParetoColumns(initialColumns);
        stage.setTitle("battsim view");
        stage.setScene(new Scene(pane, 1400, 950));
        stage.setOnCloseRequest(e -> {
            if (pane.lab() != null) {
                pane.lab().shutdown();
            }
            Platform.exit();
        });
        stage.show();
        if (initialPaths.isEmpty()) {
            // Nothing to open: start in the live lab.
            pane.showLab();
        } else {
            pane.open(initialPaths);
        }
    }
}
