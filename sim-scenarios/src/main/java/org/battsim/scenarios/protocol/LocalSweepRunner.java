package org.battsim.scenarios.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** A {@link SweepRunner} on the cores of this machine: a fixed pool of threads, one point per task. */
public final class LocalSweepRunner implements SweepRunner {
    private final int threads;

    /** @param threads worker threads, at least 1 */
    public LocalSweepRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread is needed, got " + threads);
        }
        this.threads = threads;
    }

    /** One thread per available processor. */
    public static LocalSweepRunner allCores() {
        return new LocalSweepRunner(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    @Override
    public <P, R> List<R> run(List<P> points, Function<P, R> job) {
        if (threads == 1 || points.size() <= 1) {
            List<R> out = new ArrayList<>(points.size());
            for (int i = 0; i < points.size(); i++) {
                try {
                    out.add(job.apply(points.get(i)));
                } catch (RuntimeException e) {
                    throw new SweepException(i, e);
                }
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, points.size()), r -> {
            Thread t = new Thread(r, "battsim-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(points.size());
            for (P p : points) {
                futures.add(pool.submit(() -> job.apply(p)));
            }
            List<R> out = new ArrayList<>(points.size());
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    throw new SweepException(i, e.getCause());
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
