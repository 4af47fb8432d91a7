package org.battsim.viewer.fx;

import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * Vertical lines at the times of events, with the event's text shown on hover, and a cursor line that follows the
 * mouse across all panels.
 */
final class EventMarkers extends ChartPlugin {
    /** An event to mark, at {@code x} in the time axis' units. */
    record Marker(double x, String text, Color colour) {}

    private final Axis xAxis;
    private final List<Marker> markers = new ArrayList<>();
    private final Line cursor = new Line();
    private final List<Node> nodes = new ArrayList<>();
    private double cursorX = Double.NaN;

    EventMarkers(Axis xAxis) {
        this.xAxis = xAxis;
        cursor.setStroke(Color.rgb(60, 60, 60, 0.6));
        cursor.setMouseTransparent(true);
        cursor.setVisible(false);
    }

    void setMarkers(List<Marker> list) {
        markers.clear();
        markers.addAll(list);
        runPostLayout();
    }

    List<Marker> markers() {
        return List.copyOf(markers);
    }

    /** Moves the cursor line to {@code x} (time axis units), or hides it for NaN. */
    void setCursor(double x) {
        cursorX = x;
        placeCursor();
    }

    private void placeCursor() {
        if (getChart() == null || Double.isNaN(cursorX)) {
            cursor.setVisible(false);
            return;
        }
        double px = xAxis.getDisplayPosition(cursorX);
        double h = getChart().getCanvas().getHeight();
        cursor.setStartX(px);
        cursor.setEndX(px);
        cursor.setStartY(0);
        cursor.setEndY(h);
        cursor.setVisible(px >= 0 && px <= getChart().getCanvas().getWidth());
    }

    @Override
    public void runPostLayout() {
        if (getChart() == null) {
            return;
        }
        double w = getChart().getCanvas().getWidth();
        double h = getChart().getCanvas().getHeight();
        nodes.clear();
        for (Marker m : markers) {
            double px = xAxis.getDisplayPosition(m.x());
            if (!(px >= 0 && px <= w)) {
                continue;
            }
            var line = new Line(px, 0, px, h);
            line.setStroke(m.colour());
            line.getStrokeDashArray().setAll(3.0, 3.0);
            line.setMouseTransparent(true);
            // A wider transparent band to hover over: a 1 px line is hard to hit.
            var pick = new Rectangle(px - 3, 0, 7, h);
            pick.setFill(Color.TRANSPARENT);
            var tip = new Tooltip(m.text());
            tip.setShowDelay(Duration.millis(100));
            Tooltip.install(pick, tip);
            pick.setUserData(m);
            nodes.add(line);
            nodes.add(pick);
        }
        nodes.add(cursor);
        getChartChildren().setAll(nodes);
        placeCursor();
    }
}
