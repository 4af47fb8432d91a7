package org.battsim.viewer.fx;

import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.battsim.viewer.PlotRenderer;

/** Files written whole or not at all: into a temporary file next to the target, then renamed over it. */
final class AtomicFiles {
    private static final AtomicLong COUNTER = new AtomicLong();

    /** Writes text. */
    interface Body {
        void write(BufferedWriter w) throws IOException;
    }

    private AtomicFiles() {}

    static void write(Path out, Body body) throws IOException {
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling("." + target.getFileName() + "."
                + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                var w = new BufferedWriter(
                        new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8), 1 << 16);
                body.write(w);
                w.flush();
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes a JavaFX image as PNG. */
    static void writePng(Image image, Path out) throws IOException {
        PlotRenderer.writeAtomically(toBufferedImage(image), out);
    }

    /** The image's pixels as an opaque AWT image (PNG without alpha, as the other plots). */
    static BufferedImage toBufferedImage(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        var img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, w, h, argb, 0, w);
        return img;
    }
}
