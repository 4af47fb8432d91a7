package org.battsim.model.engine;

/**
 * Something that happens at a known time: a fault that starts, a user who unplugs the phone. The
 * engine cuts the step so that the action runs exactly at its time.
 *
 * @param <M> the model type
 */
@FunctionalInterface
public interface ScheduledAction<M> {
    /** Applies the action; returns what the engine does next. */
    Action apply(M model, double time);
}
