package org.battsim.viewer.fx;

import javafx.scene.paint.Color;

/** The colours and line patterns of the viewer, the same as those of the PNG plots. */
final class Colours {
    static final Color[] PALETTE = {
        Color.web("#1f77b4"),
        Color.web("#d62728"),
        Color.web("#2ca02c"),
        Color.web("#ff7f0e"),
        Color.web("#9467bd"),
        Color.web("#8c564b"),
        Color.web("#e377c2"),
        Color.web("#17becf"),
        Color.web("#bcbd22"),
    };
    /** CSS dash arrays; the first is a solid line. */
    static final String[] DASHES = {"", "6 4", "1.5 3", "7 3 1.5 3"};

    static final Color EVENT = Color.rgb(140, 140, 140, 0.8);

    private Colours() {}

    static Color colour(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    static String hex(Color c) {
        return String.format(
                java.util.Locale.ROOT,
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** An inline style for a ChartFX data set: line colour, width and dash pattern. */
    static String lineStyle(Color c, int dash) {
        String d = DASHES[Math.floorMod(dash, DASHES.length)];
        return "-fx-line-color: " + hex(c) + "; -fx-marker-color: " + hex(c) + "; -fx-line-width: 1.5;"
                + (d.isEmpty() ? "" : " -fx-line-dash-array: " + d + ";");
    }
}
