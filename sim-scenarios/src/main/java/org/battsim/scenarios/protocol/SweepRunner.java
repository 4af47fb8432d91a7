package org.battsim.scenarios.protocol;

import java.util.List;
import java.util.function.Function;

/**
 * Runs a job at every point of a sweep (a parameter grid, Monte-Carlo samples, or both). Results
 * come back in the order of the points, whatever runs them and in whatever order, so a sweep's
 * output depends only on its points.
 */
public interface SweepRunner {
    /**
     * @param job computes one point's result; must not depend on other points (each job gets its
     *     own cell, protocol and random stream)
     * @throws SweepException wrapping the first failure, in point order
     */
    <P, R> List<R> run(List<P> points, Function<P, R> job);

    /** A job's failure, with the index of its point. */
    final class SweepException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int index;

        public SweepException(int index, Throwable cause) {
            super("sweep point " + (index + 1) + ": " + cause.getMessage(), cause);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }
}
