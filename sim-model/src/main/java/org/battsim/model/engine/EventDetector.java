package org.battsim.model.engine;

/**
 * A switching function {@code g(state)} whose sign change inside a step is an event.
 *
 * <p>The engine evaluates {@code g} at the start and at the end of every step. When the sign
 * changes, it locates the crossing to within {@link #threshold()} seconds by re-running the step
 * with shorter lengths, commits the state just past the crossing (so {@code g} already has its
 * new sign and the event cannot fire twice) and calls {@link #eventOccurred}. A step that starts
 * exactly on {@code g = 0} does not fire.
 *
 * <p>Configure detectors as values: {@link #withThreshold(double)} returns a copy. Implementations
 * must not allocate in {@link #g}; it is called several times per step.
 *
 * @param <M> the model type the detector reads
 */
public interface EventDetector<M> {
    /** The switching function, evaluated on the model's current state. */
    double g(M model);

    /**
     * Called once per located event.
     *
     * @param model the model at the event (committed state)
     * @param time event time (s)
     * @param increasing whether {@code g} went from negative to positive
     * @return what the engine does next
     */
    Action eventOccurred(M model, double time, boolean increasing);

    /** Convergence threshold on the event time (s). */
    default double threshold() {
        return 1e-6;
    }

    /** Maximum root-finding iterations per event. */
    default int maxIterations() {
        return 200;
    }

    /** A name for logs. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** A copy of this detector with another time threshold. */
    default EventDetector<M> withThreshold(double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("threshold must be positive");
        }
        EventDetector<M> self = this;
        return new EventDetector<>() {
            @Override
            public double g(M model) {
                return self.g(model);
            }

            @Override
            public Action eventOccurred(M model, double time, boolean increasing) {
                return self.eventOccurred(model, time, increasing);
            }

            @Override
            public double threshold() {
                return seconds;
            }

            @Override
            public int maxIterations() {
                return self.maxIterations();
            }

            @Override
            public String name() {
                return self.name();
            }
        };
    }
}
