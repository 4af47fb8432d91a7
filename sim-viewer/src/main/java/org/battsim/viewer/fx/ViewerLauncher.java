package org.battsim.viewer.fx;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import org.battsim.viewer.ViewerData;

/** Opens the viewer window and returns when it is closed. */
public final class ViewerLauncher {
    private ViewerLauncher() {}

    /** Opens the viewer on these paths (loaded in the background once the window shows). Blocks until closed. */
    public static void launch(List<Path> paths, ViewerData.ParetoColumns columns) {
        ViewerApp.initialPaths = List.copyOf(paths);
        ViewerApp.initialColumns = columns;
        FxPlatform.quiet();
        Application.launch(ViewerApp.class);
    }
}
