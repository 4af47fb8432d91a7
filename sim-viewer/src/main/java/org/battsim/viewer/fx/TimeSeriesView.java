package org.battsim.viewer.fx;

import static io.fair_acc.dataset.DataSet.DIM_X;
import static io.fair_acc.dataset.DataSet.DIM_Y;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.legend.spi.DefaultLegend;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.datareduction.DefaultDataReducer;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.chartfx.utils.AxisSynchronizer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.battsim.viewer.EventLog;
import org.battsim.viewer.Trace;
import org.battsim.viewer.ViewerRun;

/**
 * Stacked charts of runs that share one time axis: voltage, current, state of charge (true and reported),
 * temperatures, and VBUS and input current when the runs have them. Zooming or panning one chart moves all; the mouse
 * position is read out for every series. Long series are reduced to a few points per pixel column when drawn, so
 * millions of points stay responsive.
 */
public final class TimeSeriesView extends VBox {
    /** Runs longer than this are plotted in hours, shorter ones in minutes. */
    static final double HOURS_ABOVE_SECONDS = 2 * 3600;

    private static final double Y_AXIS_WIDTH = 84;

    static final String STYLESHEET =
            TimeSeriesView.class.getResource("viewer.css").toExternalForm();

    /** A panel: its title (a BDF-style label) and the labels of the quantities it shows. */
    record PanelSpec(String title, List<String> labels) {}

    /** One chart of the stack. */
    record Panel(PanelSpec spec, XYChart chart, DefaultNumericAxis x, EventMarkers markers) {}

    /** A plotted series: the run it belongs to, what it is and its data set. */
    record Plotted(int run, String label, DoubleDataSet dataSet, Trace trace, double[] x, Envelope envelope) {}

    /**
     * Series longer than this are handed to the charts reduced to the visible range ({@link Envelope}). The system
     * property {@code battsim.viewer.reduceAbove} changes it (the redraw benchmark's baseline turns it off).
     */
    static final int REDUCE_ABOVE = Integer.getInteger("battsim.viewer.reduceAbove", 20_000);

    private final List<Panel> panels = new ArrayList<>();
    private final List<Plotted> plotted = new ArrayList<>();
    private final AxisSynchronizer sync = new AxisSynchronizer();
    private final Label readout = new Label(" ");
    private final FlowPane runLegend = new FlowPane(14, 2);
    private List<ViewerRun> runs = List.of();
    private double secondsPerUnit = 60;
    private double fullMin;
    private double fullMax = 1;
    /** A live run: data sets grow by {@link #appendLive}; the time axis follows the end unless the user zoomed. */
    private boolean live;

    private final List<EventMarkers.Marker> liveMarkers = new ArrayList<>();
    private double liveEnd;
    private double[] followRange;
    private double[] reducedFor;
    private boolean reductionScheduled;

    public TimeSeriesView() {
        getStyleClass().add("battsim-timeseries");
        setFillWidth(true);
        readout.setPadding(new Insets(2, 8, 2, 8));
        readout.setStyle("-fx-font-family: monospace; -fx-font-size: 11px;");
        readout.setMinHeight(18);
        runLegend.setPadding(new Insets(2, 8, 0, 8));
        setStyle("-fx-background-color: white;");
        getStylesheets().add(STYLESHEET);
    }

    /** Shows these runs, replacing what was shown. Call on the JavaFX thread. */
    public void setRuns(List<ViewerRun> newRuns) {
        live = false;
        liveMarkers.clear();
        followRange = null;
        runs = List.copyOf(newRuns);
        panels.clear();
        plotted.clear();
        getChildren().clear();
        runLegend.getChildren().clear();
        if (runs.isEmpty()) {
            return;
        }
        double t0 = Double.POSITIVE_INFINITY;
        double t1 = Double.NEGATIVE_INFINITY;
        for (ViewerRun r : runs) {
            double[] t = r.table().time();
            if (t.length > 0) {
                t0 = Math.min(t0, t[0]);
                t1 = Math.max(t1, t[t.length - 1]);
            }
        }
        if (!(t1 >= t0)) {
            t0 = 0;
            t1 = 0;
        }
        boolean hours = t1 - t0 > HOURS_ABOVE_SECONDS;
        secondsPerUnit = hours ? 3600 : 60;
        fullMin = t0 / secondsPerUnit;
        fullMax = t1 > t0 ? t1 / secondsPerUnit : t0 / secondsPerUnit + 1;

        boolean several = runs.size() > 1;
        if (several) {
            for (int i = 0; i < runs.size(); i++) {
                var l = new Label("━ " + runs.get(i).name());
                l.setTextFill(Colours.colour(i));
                l.setStyle("-fx-font-weight: bold;");
                runLegend.getChildren().add(l);
            }
        } else {
            var l = new Label(runs.get(0).name());
            l.setStyle("-fx-font-weight: bold;");
            runLegend.getChildren().add(l);
        }
        getChildren().add(runLegend);

        List<PanelSpec> specs = panelSpecs(runs);
        var scaled = new IdentityHashMap<double[], double[]>();
        for (int p = 0; p < specs.size(); p++) {
            PanelSpec spec = specs.get(p);
            boolean last = p == specs.size() - 1;
            Panel panel = newPanel(spec, last, hours);
            var renderer = (ErrorDataSetRenderer) panel.chart().getRenderers().get(0);
            var legendShown = new java.util.HashSet<String>();
            for (int r = 0; r < runs.size(); r++) {
                ViewerRun run = runs.get(r);
                for (int s = 0; s < spec.labels().size(); s++) {
                    String label = spec.labels().get(s);
                    var trace = run.series(label);
                    if (trace.isEmpty()) {
                        continue;
                    }
                    Trace tr = trace.get();
                    var ds = new DoubleDataSet(tr.label());
                    Envelope envelope = envelope(tr);
                    double[] x = null;
                    if (envelope != null) {
                        var e = envelope.reduce(
                                fullMin * secondsPerUnit, fullMax * secondsPerUnit, 1600, 1 / secondsPerUnit);
                        ds.set(e.x(), e.y(), e.n(), false);
                    } else {
                        x = scaled.computeIfAbsent(tr.time(), this::toUnits);
                        ds.set(x, tr.values(), false);
                    }
                    // With several runs the legend above the stack gives the run colours; each panel's legend names
                    // its curves (line patterns) once, from the first run that has them.
                    boolean inLegend = !several || legendShown.add(label);
                    ds.setStyle(Colours.lineStyle(Colours.colour(several ? r : s), several ? s : 0)
                            + (inLegend ? "" : " -fx-show-in-legend: false;"));
                    renderer.getDatasets().add(ds);
                    plotted.add(new Plotted(r, tr.label(), ds, tr, x, envelope));
                }
            }
            panel.markers().setMarkers(markers());
            panels.add(panel);
            getChildren().add(panel.chart());
            VBox.setVgrow(panel.chart(), Priority.ALWAYS);
        }
        getChildren().add(readout);
        reducedFor = null;
        if (plotted.stream().anyMatch(p -> p.envelope() != null)) {
            // Zoom, pan, reset and the other charts all move the first chart's time axis.
            var axis = panels.get(0).x();
            axis.minProperty().addListener(o -> scheduleReduction());
            axis.maxProperty().addListener(o -> scheduleReduction());
        }
        resetZoom();
    }

    /**
     * Reduces the series for the new visible range before the next pulse. The charts lock their data sets from the
     * start of a pulse's layout to the end of its drawing, so the data sets are replaced between pulses, never inside
     * one; a min and a max change of one zoom give one reduction.
     */
    private void scheduleReduction() {
        if (!reductionScheduled) {
            reductionScheduled = true;
            javafx.application.Platform.runLater(() -> {
                reductionScheduled = false;
                updateReduction();
            });
        }
    }

    /**
     * Pyramids of long series, built ahead by {@link #prepare} (off the JavaFX thread), by their values array. They
     * hold indices only, so an entry goes when its values array does.
     */
    private static final Map<double[], Envelope.Pyramid> PREPARED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * Builds the reduction of every long series these runs would show, so that showing them costs the JavaFX thread
     * little: call on the thread that loads them. Optional; what is not prepared is built when first drawn.
     */
    public static void prepare(List<ViewerRun> runs) {
        for (PanelSpec spec : panelSpecs(runs)) {
            for (String label : spec.labels()) {
                for (ViewerRun run : runs) {
                    run.series(label)
                            .filter(t -> t.time().length > REDUCE_ABOVE)
                            .ifPresent(t -> PREPARED.computeIfAbsent(t.values(), Envelope::pyramid));
                }
            }
        }
    }

    /** The reduction of a long series (with its pyramid if prepared), or null for a short one. */
    private static Envelope envelope(Trace t) {
        if (t.time().length <= REDUCE_ABOVE) {
            return null;
        }
        return new Envelope(t.time(), t.values(), PREPARED.get(t.values()));
    }

    /**
     * Hands the charts the visible part of each long series, reduced to at most four points per block of about one
     * pixel column ({@link Envelope}), if the visible range changed since the last call. Call on the JavaFX thread, outside a
     * pulse (it runs after each change of the time axis); the full samples stay in the traces for the read-out and the
     * CSV.
     */
    public void updateReduction() {
        if (live || panels.isEmpty()) {
            return;
        }
        var axis = panels.get(0).x();
        double width = panels.get(0).chart().getCanvas().getWidth();
        int buckets = width > 0 ? Math.max(100, (int) Math.ceil(width)) : 1600;
        double[] range = {axis.getMin(), axis.getMax(), buckets};
        if (java.util.Arrays.equals(range, reducedFor)) {
            return;
        }
        reducedFor = range;
        for (Plotted p : plotted) {
            if (p.envelope() != null) {
                var e = p.envelope()
                        .reduce(range[0] * secondsPerUnit, range[1] * secondsPerUnit, buckets, 1 / secondsPerUnit);
                p.dataSet().set(e.x(), e.y(), e.n(), false);
            }
        }
    }

    /**
     * Starts showing a run that is still being simulated: empty panels for these quantities (BDF labels), filled by
     * {@link #appendLive}. Time is plotted in minutes. Call on the JavaFX thread.
     */
    public void startLive(String name, List<String> labels) {
        var columns = new LinkedHashMap<String, double[]>();
        columns.put(org.battsim.viewer.BdfTable.TEST_TIME, new double[0]);
        for (String l : labels) {
            columns.put(l, new double[0]);
        }
        setRuns(List.of(new ViewerRun(name, org.battsim.viewer.BdfTable.of(columns), List.of(), List.of())));
        live = true;
        liveEnd = 0;
        fullMin = 0;
        fullMax = 10;
        resetZoom();
    }

    /**
     * Appends samples and events of the live run: one batch per call, each series in one update, so the charts redraw
     * once per batch. Call on the JavaFX thread.
     *
     * @param timeSeconds sample times, after those already shown
     * @param values label → one value per sample time
     * @param events events in the batch
     */
    public void appendLive(double[] timeSeconds, Map<String, double[]> values, List<EventLog.Event> events) {
        if (!live) {
            throw new IllegalStateException("no live run is shown");
        }
        if (timeSeconds.length > 0) {
            double[] x = toUnits(timeSeconds);
            for (Plotted p : plotted) {
                double[] y = values.get(p.label());
                if (y != null) {
                    p.dataSet().add(x, y);
                }
            }
            liveEnd = Math.max(liveEnd, timeSeconds[timeSeconds.length - 1]);
        }
        for (EventLog.Event e : events) {
            String text =
                    formatTime(e.timeSeconds()) + "  " + (e.source().isEmpty() ? "" : e.source() + ": ") + e.text();
            liveMarkers.add(new EventMarkers.Marker(e.timeSeconds() / secondsPerUnit, text, Colours.EVENT));
        }
        if (!events.isEmpty()) {
            for (Panel p : panels) {
                p.markers().setMarkers(liveMarkers);
            }
        }
        // The axis grows ahead of the curves in steps, unless the user has zoomed or panned away from it.
        double end = liveEnd / secondsPerUnit;
        boolean following = followRange == null
                || panels.isEmpty()
                || (panels.get(0).x().getMin() == followRange[0]
                        && panels.get(0).x().getMax() == followRange[1]);
        fullMax = Math.max(10, Math.ceil(end * 1.25 / 10) * 10);
        if (following && (followRange == null || end > followRange[1] || fullMax != followRange[1])) {
            resetZoom();
        }
    }

    /** Whether a live run is shown. */
    public boolean isLive() {
        return live;
    }

    /** The live run's data so far as a run (copies), or the first run shown. */
    ViewerRun liveSnapshot() {
        if (!live || plotted.isEmpty()) {
            return runs.isEmpty() ? null : runs.get(0);
        }
        var columns = new LinkedHashMap<String, double[]>();
        DoubleDataSet first = plotted.get(0).dataSet();
        int n = first.getDataCount();
        double[] t = java.util.Arrays.copyOf(first.getValues(DIM_X), n);
        for (int i = 0; i < n; i++) {
            t[i] *= secondsPerUnit;
        }
        columns.put(org.battsim.viewer.BdfTable.TEST_TIME, t);
        for (Plotted p : plotted) {
            columns.put(p.label(), java.util.Arrays.copyOf(p.dataSet().getValues(DIM_Y), n));
        }
        var events = liveMarkers.stream()
                .map(m -> new EventLog.Event(m.x() * secondsPerUnit, "", m.text()))
                .toList();
        return new ViewerRun(runs.get(0).name(), org.battsim.viewer.BdfTable.of(columns), events, List.of());
    }

    private double[] toUnits(double[] seconds) {
        double[] x = new double[seconds.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = seconds[i] / secondsPerUnit;
        }
        return x;
    }

    private List<EventMarkers.Marker> markers() {
        var list = new ArrayList<EventMarkers.Marker>();
        for (int r = 0; r < runs.size(); r++) {
            ViewerRun run = runs.get(r);
            Color c = runs.size() > 1 ? Colours.colour(r).deriveColor(0, 1, 1, 0.55) : Colours.EVENT;
            for (EventLog.Event e : run.events()) {
                String text = (runs.size() > 1 ? run.name() + " " : "")
                        + formatTime(e.timeSeconds()) + "  " + (e.source().isEmpty() ? "" : e.source() + ": ")
                        + e.text();
                list.add(new EventMarkers.Marker(e.timeSeconds() / secondsPerUnit, text, c));
            }
        }
        return list;
    }

    private Panel newPanel(PanelSpec spec, boolean last, boolean hours) {
        var x = new DefaultNumericAxis("Time", hours ? "h" : "min");
        x.setSide(Side.BOTTOM);
        x.setAutoRanging(false);
        x.setAnimated(false);
        x.getTickLabelStyle().setVisible(last);
        x.setAxisLabelGap(last ? 3 : 0);
        if (!last) {
            x.setName(null);
            x.setUnit(null);
        }
        // No axis title: the legend above the panel names each curve with its unit, and a fixed axis width keeps
        // the stacked plot areas aligned in time.
        var y = new DefaultNumericAxis();
        y.setSide(Side.LEFT);
        y.setAutoRanging(true);
        y.setAutoRangePadding(0.05);
        y.setForceZeroInRange(false);
        y.setAnimated(false);
        y.setMinWidth(Y_AXIS_WIDTH);
        y.setPrefWidth(Y_AXIS_WIDTH);

        var renderer = new ErrorDataSetRenderer();
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setPolyLineStyle(LineStyle.NORMAL);
        renderer.setDrawMarker(false);
        renderer.setPointReduction(true);
        renderer.setAssumeSortedData(true);
        renderer.setAllowNaNs(true);
        renderer.setRendererDataReducer(new DefaultDataReducer());
        // Keep at least two points per pixel column: minimum and maximum, so no peak is lost.
        renderer.setMinRequiredReductionSize(2);

        var chart = new XYChart(x, y);
        chart.getRenderers().setAll(renderer);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        if (chart.getLegend() instanceof DefaultLegend legend) {
            legend.setSide(Side.TOP);
        }
        chart.setMinHeight(60);
        chart.setPrefHeight(180);
        var zoomer = new Zoomer();
        zoomer.setAnimated(false);
        zoomer.setSliderVisible(false);
        zoomer.setAddButtonsToToolBar(false);
        chart.getPlugins().add(zoomer);
        var markers = new EventMarkers(x);
        chart.getPlugins().add(markers);
        sync.add(x);
        chart.getPlotArea().addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointAt(chart, x, e));
        chart.getPlotArea().addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> pointAt(chart, x, e));
        chart.getPlotArea().addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointAtTime(Double.NaN));
        return new Panel(spec, chart, x, markers);
    }

    private void pointAt(XYChart chart, DefaultNumericAxis x, MouseEvent e) {
        var local = chart.getCanvas().sceneToLocal(e.getSceneX(), e.getSceneY());
        pointAtTime(x.getValueForDisplay(local.getX()));
    }

    /** Moves the cursor to {@code x} (time axis units) on every chart and reads out every series there. */
    void pointAtTime(double x) {
        for (Panel p : panels) {
            p.markers().setCursor(x);
        }
        if (Double.isNaN(x)) {
            readout.setText(" ");
            return;
        }
        double seconds = x * secondsPerUnit;
        var sb = new StringBuilder(formatTime(seconds));
        for (int r = 0; r < runs.size(); r++) {
            if (runs.size() > 1) {
                sb.append("\n").append(runs.get(r).name()).append(":");
            }
            for (Plotted pl : plotted) {
                if (pl.run() != r) {
                    continue;
                }
                double v = live ? valueAt(pl.dataSet(), x) : valueAt(pl.trace(), seconds);
                if (Double.isFinite(v)) {
                    sb.append("   ")
                            .append(quantity(pl.label()))
                            .append(' ')
                            .append(String.format(Locale.ROOT, "%.4g", v))
                            .append(unit(pl.label()).isEmpty() ? "" : " " + unit(pl.label()));
                }
            }
        }
        readout.setText(sb.toString());
    }

    /** The last point at or before {@code x} (axis units); NaN outside the data set. */
    static double valueAt(DoubleDataSet ds, double x) {
        int n = ds.getDataCount();
        double[] xs = ds.getValues(DIM_X);
        if (n == 0 || x < xs[0] || x > xs[n - 1]) {
            return Double.NaN;
        }
        int i = java.util.Arrays.binarySearch(xs, 0, n, x);
        if (i < 0) {
            i = -i - 2;
        }
        return ds.getValues(DIM_Y)[Math.max(0, i)];
    }

    /** The last sample at or before {@code seconds}; NaN outside the trace. */
    static double valueAt(Trace t, double seconds) {
        double[] time = t.time();
        if (time.length == 0 || seconds < time[0] || seconds > time[time.length - 1]) {
            return Double.NaN;
        }
        int i = java.util.Arrays.binarySearch(time, seconds);
        if (i < 0) {
            i = -i - 2;
        }
        return t.values()[Math.max(0, i)];
    }

    /** Shows the whole time range on every chart. */
    public void resetZoom() {
        for (Panel p : panels) {
            p.x().set(fullMin, fullMax);
            p.chart().getYAxis().setAutoRanging(true);
        }
        followRange = live ? new double[] {fullMin, fullMax} : null;
        for (Panel p : panels) {
            p.chart().invalidate();
        }
    }

    /** Shows {@code [from, to]} seconds on every chart. */
    public void showTime(double fromSeconds, double toSeconds) {
        for (Panel p : panels) {
            p.x().set(fromSeconds / secondsPerUnit, toSeconds / secondsPerUnit);
        }
        for (Panel p : panels) {
            p.chart().invalidate();
        }
    }

    /** The visible time range, in seconds. */
    public double[] visibleSeconds() {
        if (panels.isEmpty()) {
            return new double[] {0, 0};
        }
        var x = panels.get(0).x();
        return new double[] {x.getMin() * secondsPerUnit, x.getMax() * secondsPerUnit};
    }

    /** The charts, top to bottom. */
    public List<XYChart> charts() {
        return panels.stream().map(Panel::chart).toList();
    }

    /** The panels' titles, top to bottom. */
    List<String> panelTitles() {
        return panels.stream().map(p -> p.spec().title()).toList();
    }

    /** Event markers of the first panel (all panels mark the same events). */
    List<EventMarkers.Marker> eventMarkers() {
        return panels.isEmpty() ? List.of() : panels.get(0).markers().markers();
    }

    /** The seconds each unit of the time axis stands for (60 or 3600). */
    double secondsPerUnit() {
        return secondsPerUnit;
    }

    /** The plotted series, in drawing order. */
    List<Plotted> plotted() {
        return List.copyOf(plotted);
    }

    /** Text of the read-out line. */
    String readoutText() {
        return readout.getText();
    }

    /**
     * Writes the samples within the visible time range, each run's plotted columns, as CSV: a BDF file for one run;
     * for several, a first column {@code Run} names the run of each row, runs one after another.
     */
    public void exportVisibleCsv(Path out) throws IOException {
        double[] range = visibleSeconds();
        List<ViewerRun> shown = live ? List.of(liveSnapshot()) : runs;
        AtomicFiles.write(out, w -> writeCsv(w, shown, range[0], range[1]));
    }

    private void writeCsv(BufferedWriter w, List<ViewerRun> runs, double from, double to) throws IOException {
        // Columns: the union of plotted labels, in plotting order.
        var columns = new LinkedHashMap<String, Boolean>();
        for (Plotted p : plotted) {
            columns.put(p.label(), Boolean.TRUE);
        }
        boolean several = runs.size() > 1;
        var header = new StringBuilder(several ? "Run," : "").append(org.battsim.viewer.BdfTable.TEST_TIME);
        for (String c : columns.keySet()) {
            header.append(',').append(csvText(c));
        }
        w.write(header.toString());
        w.write('\n');
        for (int r = 0; r < runs.size(); r++) {
            ViewerRun run = runs.get(r);
            Map<String, Trace> traces = new LinkedHashMap<>();
            for (String c : columns.keySet()) {
                run.series(c).ifPresent(t -> traces.put(c, t));
            }
            // Rows at the run's main time base, with side traces (telemetry) at their last sample.
            double[] time = run.table().time();
            for (int i = 0; i < time.length; i++) {
                if (time[i] < from || time[i] > to) {
                    continue;
                }
                var row = new StringBuilder();
                if (several) {
                    row.append(csvText(run.name())).append(',');
                }
                row.append(number(time[i]));
                for (String c : columns.keySet()) {
                    row.append(',');
                    Trace t = traces.get(c);
                    if (t != null) {
                        double v = t.time() == time ? t.values()[i] : valueAt(t, time[i]);
                        if (!Double.isNaN(v)) {
                            row.append(number(v));
                        }
                    }
                }
                w.write(row.toString());
                w.write('\n');
            }
        }
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String csvText(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** Which panels to draw for these runs, in order; the same as the PNG plots. */
    static List<PanelSpec> panelSpecs(List<ViewerRun> runs) {
        var specs = new ArrayList<PanelSpec>();
        single(specs, runs, "Voltage / V");
        single(specs, runs, "Current / A");
        var soc = new ArrayList<String>();
        if (anyHas(runs, "State of Charge / %")) {
            soc.add("State of Charge / %");
        }
        if (anyHas(runs, ViewerRun.REPORTED_SOC)) {
            soc.add(ViewerRun.REPORTED_SOC);
        }
        if (!soc.isEmpty()) {
            specs.add(new PanelSpec("State of Charge / %", soc));
        }
        var temperatures = new LinkedHashMap<String, String>();
        for (ViewerRun run : runs) {
            for (String label : run.table().labels()) {
                if (label.toLowerCase(Locale.ROOT).contains("temperature")) {
                    temperatures.putIfAbsent(label, unit(label));
                }
            }
        }
        if (!temperatures.isEmpty()) {
            var units = temperatures.values().stream().distinct().toList();
            String title = units.size() == 1 ? "Temperature / " + units.get(0) : "Temperature";
            specs.add(new PanelSpec(title, List.copyOf(temperatures.keySet())));
        }
        single(specs, runs, "VBUS / V");
        var input = new ArrayList<String>();
        if (anyHas(runs, "Input Current / A")) {
            input.add("Input Current / A");
        }
        if (anyHas(runs, "Input Current Limit / A")) {
            input.add("Input Current Limit / A");
        }
        if (!input.isEmpty()) {
            specs.add(new PanelSpec("Input Current / A", input));
        }
        return specs;
    }

    private static void single(List<PanelSpec> specs, List<ViewerRun> runs, String label) {
        if (anyHas(runs, label)) {
            specs.add(new PanelSpec(label, List.of(label)));
        }
    }

    private static boolean anyHas(List<ViewerRun> runs, String label) {
        return runs.stream().anyMatch(r -> r.has(label));
    }

    static String quantity(String label) {
        int slash = label.lastIndexOf(" / ");
        return slash < 0 ? label : label.substring(0, slash);
    }

    static String unit(String label) {
        int slash = label.lastIndexOf(" / ");
        return slash < 0 ? "" : label.substring(slash + 3);
    }

    /** A time as {@code 1 h 02 min 03.4 s} with the seconds since the start. */
    static String formatTime(double seconds) {
        double s = Math.abs(seconds);
        long h = (long) (s / 3600);
        long m = (long) ((s - h * 3600) / 60);
        double sec = s - h * 3600 - m * 60;
        String sign = seconds < 0 ? "-" : "";
        String hms = h > 0
                ? String.format(Locale.ROOT, "%s%d h %02d min %04.1f s", sign, h, m, sec)
                : String.format(Locale.ROOT, "%s%d min %04.1f s", sign, m, sec);
        return "t = " + hms + " (" + String.format(Locale.ROOT, "%.1f", seconds) + " s)";
    }
}
