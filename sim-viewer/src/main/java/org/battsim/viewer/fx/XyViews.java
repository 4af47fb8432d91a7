package org.battsim.viewer.fx;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.legend.spi.DefaultLegend;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.battsim.viewer.AgingData;
import org.battsim.viewer.Leaderboard;

/** The aging view (capacity and resistance against cycles) and the Pareto view of a leaderboard. */
final class XyViews {
    private XyViews() {}

    /** Capacity and resistance against age, one chart each, one colour per run. */
    static VBox aging(List<AgingData> data) {
        var box = new VBox();
        box.setStyle("-fx-background-color: white;");
        box.getStylesheets().add(TimeSeriesView.STYLESHEET);
        String xLabel = data.isEmpty() ? "Cycle / 1" : data.get(0).xLabel();
        boolean anyCapacity = data.stream().anyMatch(d -> d.capacity() != null);
        boolean anyResistance = data.stream().anyMatch(d -> d.resistance() != null);
        if (anyCapacity) {
            String yLabel = data.stream()
                    .filter(d -> d.capacity() != null)
                    .findFirst()
                    .get()
                    .capacityLabel();
            XYChart c = chart(xLabel, yLabel, true);
            var r = (ErrorDataSetRenderer) c.getRenderers().get(0);
            for (int i = 0; i < data.size(); i++) {
                AgingData d = data.get(i);
                if (d.capacity() != null) {
                    r.getDatasets().add(dataSet(d.name(), d.x(), d.capacity(), i));
                }
            }
            box.getChildren().add(c);
            VBox.setVgrow(c, Priority.ALWAYS);
        }
        if (anyResistance) {
            String yLabel = data.stream()
                    .filter(d -> d.resistance() != null)
                    .findFirst()
                    .get()
                    .resistanceLabel();
            XYChart c = chart(xLabel, yLabel, true);
            var r = (ErrorDataSetRenderer) c.getRenderers().get(0);
            for (int i = 0; i < data.size(); i++) {
                AgingData d = data.get(i);
                if (d.resistance() != null) {
                    r.getDatasets().add(dataSet(d.name(), d.x(), d.resistance(), i));
                }
            }
            box.getChildren().add(c);
            VBox.setVgrow(c, Priority.ALWAYS);
        }
        return box;
    }

    /** Every candidate as a point, the Pareto front (faster and retaining more) as a line through its points. */
    static VBox pareto(Leaderboard board) {
        var box = new VBox();
        box.setStyle("-fx-background-color: white;");
        box.getStylesheets().add(TimeSeriesView.STYLESHEET);
        XYChart c = chart(board.xLabel(), board.yLabel(), false);
        var all = new ErrorDataSetRenderer();
        all.setErrorStyle(ErrorStyle.NONE);
        all.setPolyLineStyle(LineStyle.NONE);
        all.setDrawMarker(true);
        var points = new DoubleDataSet("candidates");
        for (int i = 0; i < board.x().length; i++) {
            if (Double.isFinite(board.x()[i]) && Double.isFinite(board.y()[i])) {
                points.add(board.x()[i], board.y()[i], board.names()[i]);
            }
        }
        points.setStyle("-fx-marker-color: " + Colours.hex(Colours.colour(0)) + "; -fx-line-color: "
                + Colours.hex(Colours.colour(0)) + "; -fx-marker-type: circle; -fx-marker-size: 4;");
        all.getDatasets().add(points);
        var front = new DoubleDataSet("Pareto front");
        for (int i : board.front()) {
            front.add(board.x()[i], board.y()[i], board.names()[i]);
        }
        front.setStyle(Colours.lineStyle(Colours.colour(1), 0) + " -fx-marker-size: 3;");
        var frontRenderer = (ErrorDataSetRenderer) c.getRenderers().get(0);
        frontRenderer.setDrawMarker(true);
        frontRenderer.setPolyLineStyle(LineStyle.NORMAL);
        frontRenderer.getDatasets().add(front);
        c.getRenderers().add(all);
        c.getPlugins().add(new DataPointTooltip());
        c.setLegendVisible(true);
        box.getChildren().add(c);
        VBox.setVgrow(c, Priority.ALWAYS);
        return box;
    }

    private static XYChart chart(String xLabel, String yLabel, boolean lines) {
        var x = new DefaultNumericAxis(TimeSeriesView.quantity(xLabel), TimeSeriesView.unit(xLabel));
        x.setSide(Side.BOTTOM);
        x.setAutoRangePadding(0.02);
        x.setForceZeroInRange(false);
        x.setAnimated(false);
        var y = new DefaultNumericAxis(TimeSeriesView.quantity(yLabel), TimeSeriesView.unit(yLabel));
        y.setSide(Side.LEFT);
        y.setAutoRangePadding(0.05);
        y.setForceZeroInRange(false);
        y.setAnimated(false);
        var r = new ErrorDataSetRenderer();
        r.setErrorStyle(ErrorStyle.NONE);
        r.setPolyLineStyle(lines ? LineStyle.NORMAL : LineStyle.NONE);
        r.setDrawMarker(lines);
        var c = new XYChart(x, y);
        c.getRenderers().setAll(r);
        c.setAnimated(false);
        if (c.getLegend() instanceof DefaultLegend legend) {
            legend.setSide(Side.TOP);
        }
        var zoomer = new Zoomer();
        zoomer.setAnimated(false);
        zoomer.setSliderVisible(false);
        zoomer.setAddButtonsToToolBar(false);
        c.getPlugins().add(zoomer);
        c.setPrefHeight(300);
        return c;
    }

    private static DoubleDataSet dataSet(String name, double[] x, double[] y, int colour) {
        var ds = new DoubleDataSet(name);
        ds.set(x, y, true);
        ds.setStyle(Colours.lineStyle(Colours.colour(colour), 0));
        return ds;
    }
}
