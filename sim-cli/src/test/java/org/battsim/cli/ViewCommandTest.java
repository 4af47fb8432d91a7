package org.battsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.battsim.cli.BattsimCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code battsim view --snapshot}: the viewer's plots rendered without a screen. */
class ViewCommandTest {
    private static int inkPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void snapshotOfAChargeRunAndABaselineOverlaid(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base");
        Path thin = dir.resolve("thin");
        ChargeCommandTest.charge(base, "--until", "1h");
        ChargeCommandTest.charge(thin, "--until", "1h", "--cable", "1m-28awg");
        Path out = dir.resolve("both.png");
        Result r = BattsimCommandTest.run(
                "view", "--snapshot", out.toString(), "--size", "1000x700", base.toString(), thin.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + out + System.lineSeparator(), r.out());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(1000, img.getWidth());
        assertEquals(700, img.getHeight());
        assertTrue(inkPixels(img) > 1000 * 700 / 20, "mostly blank");
        // Both runs' colours are there (blue, then red).
        int blue = 0;
        int red = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                blue += rgb == 0x1f77b4 ? 1 : 0;
                red += rgb == 0xd62728 ? 1 : 0;
            }
        }
        assertTrue(blue > 100 && red > 100, "blue " + blue + ", red " + red);
    }

    @Test
    void aMalformedFileIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.bdf.csv");
        Files.writeString(bad, "Test Time / s,Voltage / V\n0,3.7\n10,3.8,1\n");
        Result r = BattsimCommandTest.run(
                "view", "--snapshot", dir.resolve("x.png").toString(), bad.toString());
        assertEquals(2, r.code());
        assertEquals(
                "battsim view: " + bad + ":3: 3 fields, but the header on line 1 has 2 (expected one value per column,"
                        + " separated by \",\")" + System.lineSeparator(),
                r.err());
        assertTrue(!Files.exists(dir.resolve("x.png")));
    }

    @Test
    void badOptionsAndMissingPathsExitTwo(@TempDir Path dir) {
        Result size = BattsimCommandTest.run("view", "--snapshot", "x.png", "--size", "big", dir.toString());
        assertEquals(2, size.code());
        assertTrue(size.err().contains("--size"), size.err());
        Result missing = BattsimCommandTest.run(
                "view",
                "--snapshot",
                dir.resolve("x.png").toString(),
                dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope: no such file or folder"), missing.err());
        Result empty = BattsimCommandTest.run(
                "view", "--snapshot", dir.resolve("x.png").toString(), dir.toString());
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("nothing to show"), empty.err());
        Result view = BattsimCommandTest.run("view", "--snapshot", "x.png", "--view", "3d", dir.toString());
        assertEquals(2, view.code());
        assertTrue(view.err().contains("timeseries, aging or pareto"), view.err());
    }
}
