package org.battsim.viewer.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** Starts the JavaFX toolkit once per process, on a screen or headless, and runs work on its thread. */
public final class FxPlatform {
    /** Held so the level set on it is not lost to garbage collection. */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private static boolean started;

    private FxPlatform() {}

    /** Whether there is a screen to open windows on. */
    public static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (!os.contains("linux") && !os.contains("bsd")) {
            return true;
        }
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return (display != null && !display.isBlank()) || (wayland != null && !wayland.isBlank());
    }

    /**
     * Selects the headless Monocle platform with software rendering. Must run before the toolkit starts; it has no
     * effect afterwards.
     *
     * @param width width of the virtual screen, at least as wide as any window to render
     * @param height height of the virtual screen
     */
    public static synchronized void useHeadless(int width, int height) {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        // The virtual screen bounds the size of windows, and so of the scene to render.
        System.setProperty("headless.geometry", Math.max(width, 1280) + "x" + Math.max(height, 800) + "-32");
    }

    /** Starts the toolkit if it is not running yet. Closing the last window does not stop it. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        // JavaFX on the class path (as the battsim launcher puts it) works, but logs a warning on every start.
        JAVAFX_LOGGER.setLevel(Level.SEVERE);
        CountDownLatch latch = new CountDownLatch(1);
        try {
            Platform.startup(latch::countDown);
        } catch (IllegalStateException alreadyRunning) {
            latch.countDown();
        }
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting JavaFX", e);
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Silences JavaFX's warning about running from the class path, before an {@code Application} launch. */
    static void quiet() {
        JAVAFX_LOGGER.setLevel(Level.SEVERE);
    }

    /** Marks the toolkit as started by someone else (an {@code Application} launch). */
    static synchronized void startedElsewhere() {
        JAVAFX_LOGGER.setLevel(Level.SEVERE);
        started = true;
    }

    /** Runs {@code task} on the JavaFX thread and returns its result; runs it directly if already on that thread. */
    public static <T> T call(Callable<T> task) {
        if (Platform.isFxApplicationThread()) {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        var future = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                future.complete(task.call());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        });
        return await(future, 120);
    }

    /** Runs {@code task} on the JavaFX thread and waits for it. */
    public static void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    /** Waits, off the JavaFX thread, until the toolkit has run {@code n} more pulses (layout and drawing passes). */
    public static void awaitPulses(int n) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("awaitPulses must not be called on the JavaFX thread");
        }
        var done = new CompletableFuture<Void>();
        Platform.runLater(() -> new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                Platform.requestNextPulse();
                if (++frames >= n) {
                    stop();
                    done.complete(null);
                }
            }
        }.start());
        await(done, 60);
    }

    private static <T> T await(CompletableFuture<T> future, int seconds) {
        try {
            return future.get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for JavaFX", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("JavaFX did not answer within " + seconds + " s", e);
        }
    }
}
