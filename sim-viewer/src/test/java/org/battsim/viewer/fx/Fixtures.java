package org.battsim.viewer.fx;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import org.testfx.api.FxToolkit;

/** Result folders written for the tests, and the JavaFX start shared by them. */
final class Fixtures {
    static final int ROWS = 361;

    private Fixtures() {}

    /** Starts JavaFX once for all tests, through TestFX so its robot can be used too. */
    static synchronized void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxPlatform.start();
    }

    /**
     * A charge of one hour sampled every 10 s: voltage, current, SoC, two temperatures, VBUS and input current; three
     * events; telemetry with the reported level every 60 s.
     */
    static Path resultFolder(Path dir, String name, double currentScale) throws IOException {
        Path run = Files.createDirectories(dir.resolve(name));
        var sb = new StringBuilder("Test Time / s,Voltage / V,Current / A,State of Charge / %,Cell Temperature / degC,"
                + "Body Temperature / degC,VBUS / V,Input Current / A,Input Current Limit / A\n");
        for (int i = 0; i < ROWS; i++) {
            double t = 10.0 * i;
            double soc = Math.min(100, t / 36.0 * currentScale);
            double current = soc < 100 ? 1.5 * currentScale : 0.05;
            sb.append(String.format(
                    Locale.ROOT,
                    "%.0f,%.4f,%.4f,%.3f,%.2f,%.2f,%.3f,%.3f,2\n",
                    t,
                    3.6 + 0.006 * soc,
                    current,
                    soc,
                    25 + 8 * Math.sin(t / 3600 * Math.PI),
                    25 + 5 * Math.sin(t / 3600 * Math.PI),
                    5.0 - 0.3 * current,
                    current * 0.85));
        }
        Files.writeString(run.resolve("timeseries.bdf.csv"), sb);
        Files.writeString(
                run.resolve("events.csv"),
                "time_s,source,event\n0,user,plugged into adapter-5v2a\n0.09,charger,detected DCP: input limit 2.000"
                        + " A\n1800,charger,\"phase CC -> CV, at 4.35 V\"\n");
        var tel = new StringBuilder("TIME_S,POWER_SUPPLY_STATUS,POWER_SUPPLY_CAPACITY\n");
        for (int t = 0; t <= 3600; t += 60) {
            tel.append(t)
                    .append(",Charging,")
                    .append(Math.min(100, Math.round(t / 36.0 * currentScale + 1)))
                    .append('\n');
        }
        Files.writeString(run.resolve("telemetry.csv"), tel);
        return run;
    }

    /** Pixels that are not the background white. */
    static int inkPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Distinct colours in the image. */
    static int colours(BufferedImage img) {
        var set = new HashSet<Integer>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                set.add(img.getRGB(x, y) & 0xffffff);
            }
        }
        return set.size();
    }

    /** Pixels close to a colour. */
    static int pixelsNear(BufferedImage img, javafx.scene.paint.Color c) {
        int r0 = (int) Math.round(c.getRed() * 255);
        int g0 = (int) Math.round(c.getGreen() * 255);
        int b0 = (int) Math.round(c.getBlue() * 255);
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int dr = ((rgb >> 16) & 255) - r0;
                int dg = ((rgb >> 8) & 255) - g0;
                int db = (rgb & 255) - b0;
                if (dr * dr + dg * dg + db * db < 40 * 40) {
                    n++;
                }
            }
        }
        return n;
    }
}
