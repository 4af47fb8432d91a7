package org.battsim.bench;

import io.fair_acc.chartfx.Chart;
import io.fair_acc.chartfx.XYChart;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.battsim.viewer.BdfTable;
import org.battsim.viewer.ViewerRun;
import org.battsim.viewer.fx.FxPlatform;
import org.battsim.viewer.fx.TimeSeriesView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The viewer's redraw with 10 million points: one run of {@code rows} samples in ten series (voltage, current, state
 * of charge, four temperatures, VBUS, input current and its limit), in the stacked charts of {@code battsim view}
 * (1600 × 1000 px, headless Monocle, software rendering), redrawn after a change of the visible time range, as a zoom
 * or a pan does: the view's reduction of each series to the visible range (first, lowest, highest and last sample of
 * about two buckets per pixel column), every chart's pre-layout (axis ranges), the layout pass and every chart's
 * post-layout (axes, canvas drawing), all on the JavaFX thread, which is what the user waits for. {@code wholeRun} shows all the samples (the worst case: every point goes through the reduction), {@code
 * tenthOfTheRun} a window of a tenth that moves at each redraw.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx3g"})
public class ViewerRedrawBenchmark {
    static final List<String> SERIES = List.of(
            "Voltage / V",
            "Current / A",
            "State of Charge / %",
            "Cell Temperature / degC",
            "Body Temperature / degC",
            "Port Contact Temperature / degC",
            "Ambient Temperature / degC",
            "VBUS / V",
            "Input Current / A",
            "Input Current Limit / A");

    /** Samples per series: 1 000 000 × 10 series = 10 million points. */
    @Param({"1000000"})
    int rows;

    /**
     * {@code view}: the viewer as shipped, which hands the charts each series reduced to the visible range; {@code
     * chartfx} (baseline): the whole series handed to ChartFX, which reduces it itself while drawing.
     */
    @Param({"view", "chartfx"})
    String reduction;

    TimeSeriesView view;
    ViewerRun run;
    ViewerRun preparedRun;
    Stage stage;
    double duration;
    int redraws;
    private Method preLayout;
    private Method postLayout;

    @Setup(Level.Trial)
    public void open() throws Exception {
        if (reduction.equals("chartfx")) {
            // Read when the view's class loads; each JMH fork is a new JVM.
            System.setProperty("battsim.viewer.reduceAbove", Integer.toString(Integer.MAX_VALUE));
        }
        FxPlatform.useHeadless(1600, 1000);
        FxPlatform.start();
        var columns = new LinkedHashMap<String, double[]>();
        double[] t = new double[rows];
        for (int i = 0; i < rows; i++) {
            t[i] = 0.1 * i;
        }
        duration = t[rows - 1];
        columns.put(BdfTable.TEST_TIME, t);
        var rnd = new java.util.SplittableRandom(1);
        for (int s = 0; s < SERIES.size(); s++) {
            double[] v = new double[rows];
            double x = 1 + s;
            for (int i = 0; i < rows; i++) {
                // A slow trend with noise, so that every pixel column has a real minimum and maximum.
                x += 0.001 * (rnd.nextDouble() - 0.5);
                v[i] = x + 0.05 * Math.sin(i * 1e-4 * (s + 1)) + 0.01 * rnd.nextDouble();
            }
            columns.put(SERIES.get(s), v);
        }
        run = new ViewerRun("10M points", BdfTable.of(columns), List.of(), List.of());
        var copies = new LinkedHashMap<String, double[]>();
        columns.forEach((k, v) -> copies.put(k, v.clone()));
        preparedRun = new ViewerRun("10M points, prepared", BdfTable.of(copies), List.of(), List.of());
        // What battsim view does on its loading thread.
        TimeSeriesView.prepare(List.of(preparedRun));
        view = FxPlatform.call(TimeSeriesView::new);
        stage = FxPlatform.call(() -> {
            view.setRuns(List.of(run));
            var s = new Stage();
            s.setScene(new Scene(view, 1600, 1000));
            s.show();
            return s;
        });
        FxPlatform.awaitPulses(5);
        preLayout = Chart.class.getDeclaredMethod("runPreLayout");
        postLayout = Chart.class.getDeclaredMethod("runPostLayout");
        preLayout.setAccessible(true);
        postLayout.setAccessible(true);
        int series = FxPlatform.call(() -> view.charts().stream()
                .flatMap(c -> c.getRenderers().stream())
                .mapToInt(r -> r.getDatasets().size())
                .sum());
        if (series != SERIES.size()) {
            throw new IllegalStateException("expected " + SERIES.size() + " series, plotted " + series);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        FxPlatform.run(stage::close);
    }

    /** Shows {@code [from, to]} seconds and redraws every chart now, on the JavaFX thread. */
    private int redraw(double from, double to) {
        return FxPlatform.call(() -> {
            view.showTime(from, to);
            // What a pulse does: the view's reduction to the visible range, then the charts' layout hooks.
            view.updateReduction();
            List<XYChart> charts = view.charts();
            for (XYChart c : charts) {
                preLayout.invoke(c);
            }
            view.getScene().getRoot().layout();
            for (XYChart c : charts) {
                postLayout.invoke(c);
            }
            return charts.size();
        });
    }

    @Benchmark
    public int wholeRun() {
        // Alternates between two ranges a hair apart, so that every call redraws the whole run.
        double pad = (redraws++ & 1) * 1e-6 * duration;
        return redraw(0, duration + pad);
    }

    @Benchmark
    public int tenthOfTheRun() {
        double start = (redraws++ % 9) * 0.1 * duration;
        return redraw(start, start + 0.1 * duration);
    }

    /**
     * Opening a run the loading thread has prepared, as {@code battsim view} does: the run handed to the view (charts
     * built, each series reduced through its ready pyramid) and drawn once, whole, on the JavaFX thread.
     */
    @Benchmark
    public int openPreparedRun() {
        FxPlatform.run(() -> view.setRuns(List.of(preparedRun)));
        return redraw(0, duration);
    }

    /** The same for a run nobody prepared: the pyramids are built on the JavaFX thread. */
    @Benchmark
    public int openRun() {
        FxPlatform.run(() -> view.setRuns(List.of(run)));
        return redraw(0, duration);
    }

    /** The cost of the hand-over to the JavaFX thread alone, to subtract from the figures above. */
    @Benchmark
    public int emptyCall() {
        return FxPlatform.call(() -> 1);
    }
}
