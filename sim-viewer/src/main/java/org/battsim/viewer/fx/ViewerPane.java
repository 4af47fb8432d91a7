package org.battsim.viewer.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.battsim.viewer.BdfFormatException;
import org.battsim.viewer.ViewerData;

/**
 * The viewer's window content: a tool bar (open, export, reset zoom), tabs for the time series, the aging view and
 * the Pareto view (each only when there is data for it), and a status line. Files load on a background thread.
 */
public final class ViewerPane extends BorderPane {
    private final TimeSeriesView timeSeries = new TimeSeriesView();
    private final TabPane tabs = new TabPane();
    private final Tab timeTab = new Tab("Time series", timeSeries);
    private LabPane lab;
    private Tab labTab;
    private final Label status = new Label("Open a result folder or a BDF CSV file.");
    private final ToolBar toolBar;
    private final List<Path> opened = new ArrayList<>();
    private ViewerData.ParetoColumns columns = ViewerData.ParetoColumns.AUTO;
    private ViewerData data = ViewerData.empty();
    private Consumer<String> errorHandler = this::showError;
    private String lastError;
    private Task<ViewerData> loading;
    private Loader loader = ViewerData::load;

    /** How paths become data; replaced in tests to hold a load open. */
    interface Loader {
        ViewerData load(List<Path> paths, ViewerData.ParetoColumns columns) throws IOException;
    }

    public ViewerPane() {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var open = new Button("Open folder…");
        open.setOnAction(e -> chooseFolder());
        var openFile = new Button("Open file…");
        openFile.setOnAction(e -> chooseFile());
        var png = new Button("Export PNG…");
        png.setOnAction(e -> choosePng());
        var csv = new Button("Export CSV…");
        csv.setOnAction(e -> chooseCsv());
        var reset = new Button("Reset zoom");
        reset.setOnAction(e -> selectedTimeSeries().resetZoom());
        var labButton = new Button("Live lab");
        labButton.setOnAction(e -> showLab());
        var help = new Label("drag: zoom · right-click: back · middle-drag: pan · wheel: zoom");
        help.setTextFill(Color.GRAY);
        toolBar = new ToolBar(open, openFile, labButton, png, csv, reset, help);
        setTop(toolBar);
        setCenter(tabs);
        status.setPadding(new Insets(2, 8, 2, 8));
        setBottom(status);
        setStyle("-fx-background-color: white;");
    }

    /** Sets how the leaderboard's columns are chosen. */
    public void setParetoColumns(ViewerData.ParetoColumns c) {
        columns = c;
    }

    /** Replaces what is shown. Call on the JavaFX thread. */
    public void show(ViewerData d) {
        data = d;
        var list = new ArrayList<Tab>();
        timeSeries.setRuns(d.runs());
        if (!d.runs().isEmpty()) {
            list.add(timeTab);
        }
        if (!d.aging().isEmpty()) {
            list.add(new Tab("Aging", XyViews.aging(d.aging())));
        }
        d.leaderboard().ifPresent(b -> list.add(new Tab("Pareto", XyViews.pareto(b))));
        if (labTab != null) {
            list.add(labTab);
        }
        tabs.getTabs().setAll(list);
        if (!list.isEmpty()) {
            tabs.getSelectionModel().select(0);
        }
        int points = 0;
        for (var r : d.runs()) {
            points += r.table().rows();
        }
        status.setText(d.runs().size() + (d.runs().size() == 1 ? " run, " : " runs, ") + points + " samples"
                + (d.aging().isEmpty() ? "" : ", aging data")
                + (d.leaderboard().isPresent() ? ", leaderboard" : ""));
    }

    /**
     * Loads the paths on a background thread and shows them, added to what is open. A malformed file is reported
     * with its name and line in a dialog and nothing changes.
     */
    public Task<ViewerData> open(List<Path> paths) {
        var all = new ArrayList<>(opened);
        all.addAll(paths);
        var cols = columns;
        var load = loader;
        Task<ViewerData> task = new Task<>() {
            @Override
            protected ViewerData call() throws IOException {
                ViewerData d = load.load(all, cols);
                // The reduction of long series is built here, not on the JavaFX thread.
                TimeSeriesView.prepare(d.runs());
                return d;
            }
        };
        status.setText("Loading " + paths + "…");
        task.setOnSucceeded(e -> {
            opened.clear();
            opened.addAll(all);
            show(task.getValue());
        });
        task.setOnFailed(e -> {
            status.setText("Could not open " + paths);
            error(message(task.getException()));
        });
        loading = task;
        var thread = new Thread(task, "battsim-viewer-load");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The message to show for a failure to load: the file, line and problem, never a stack trace. */
    public static String message(Throwable t) {
        if (t instanceof UncheckedIOException u) {
            t = u.getCause();
        }
        if (t instanceof BdfFormatException) {
            return t.getMessage();
        }
        if (t instanceof NoSuchFileException n) {
            return n.getFile() + ": " + (n.getReason() == null ? "no such file or folder" : n.getReason());
        }
        if (t instanceof IOException) {
            return "cannot read: " + t.getMessage();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private void error(String message) {
        lastError = message;
        errorHandler.accept(message);
    }

    private void showError(String message) {
        var alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText("Cannot open");
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.show();
    }

    /** Replaces the error dialog (tests). */
    void setErrorHandler(Consumer<String> handler) {
        errorHandler = handler;
    }

    /** Replaces how files are loaded (tests). */
    void setLoader(Loader l) {
        loader = l;
    }

    /** The status line. */
    String statusText() {
        return status.getText();
    }

    /** The last error shown, or null. */
    public String lastError() {
        return lastError;
    }

    /** The time-series tab's content. */
    public TimeSeriesView timeSeries() {
        return timeSeries;
    }

    /** What is shown. */
    public ViewerData data() {
        return data;
    }

    /** The task loading files, if any was started. */
    Task<ViewerData> loading() {
        return loading;
    }

    /** Adds the live lab's tab (once) and selects it. Call on the JavaFX thread. */
    public LabPane showLab() {
        if (lab == null) {
            lab = new LabPane();
            labTab = new Tab(LAB_TAB, lab);
            tabs.getTabs().add(labTab);
        }
        tabs.getSelectionModel().select(labTab);
        return lab;
    }

    /** The live lab, or null if its tab was never opened. */
    public LabPane lab() {
        return lab;
    }

    /** Name of the live lab's tab. */
    public static final String LAB_TAB = "Live lab";

    /** Names of the tabs shown. */
    public List<String> tabNames() {
        return tabs.getTabs().stream().map(Tab::getText).toList();
    }

    /** Selects a tab by name; false if there is none. */
    public boolean selectTab(String name) {
        for (Tab t : tabs.getTabs()) {
            if (t.getText().equalsIgnoreCase(name)) {
                tabs.getSelectionModel().select(t);
                return true;
            }
        }
        return false;
    }

    /** The time series of the selected tab: the live lab's when it is selected. */
    TimeSeriesView selectedTimeSeries() {
        return lab != null && currentView() == lab ? lab.timeSeries() : timeSeries;
    }

    /** The content of the selected tab, as it would be exported. */
    public Node currentView() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == null ? tabs : t.getContent();
    }

    /** Renders the selected view to an image. Call on the JavaFX thread. */
    public WritableImage snapshotCurrentView() {
        var params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        return currentView().snapshot(params, null);
    }

    /** Writes the selected view as PNG, atomically. Call on the JavaFX thread. */
    public void exportPng(Path out) throws IOException {
        AtomicFiles.writePng(snapshotCurrentView(), out);
    }

    private void chooseFolder() {
        var chooser = new DirectoryChooser();
        chooser.setTitle("Open a result folder");
        var dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            open(List.of(dir.toPath()));
        }
    }

    private void chooseFile() {
        var chooser = new FileChooser();
        chooser.setTitle("Open a BDF CSV, aging or leaderboard file");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        var files = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (files != null) {
            open(files.stream().map(java.io.File::toPath).toList());
        }
    }

    private void choosePng() {
        var chooser = new FileChooser();
        chooser.setTitle("Export the view as PNG");
        chooser.setInitialFileName("view.png");
        var f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            try {
                exportPng(f.toPath());
                status.setText("Wrote " + f);
            } catch (IOException e) {
                error("cannot write " + f + ": " + e.getMessage());
            }
        }
    }

    private void chooseCsv() {
        var chooser = new FileChooser();
        chooser.setTitle("Export the visible data as CSV");
        chooser.setInitialFileName("visible.bdf.csv");
        var f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            try {
                selectedTimeSeries().exportVisibleCsv(f.toPath());
                status.setText("Wrote " + f);
            } catch (IOException e) {
                error("cannot write " + f + ": " + e.getMessage());
            }
        }
    }
}
