package org.battsim.model.engine;

/**
 * Observes finished steps: recorders, progress reporting, live views.
 *
 * <p>Called after every committed step, including the shortened step that ends at an event, with
 * the model in its committed state. Handlers observe; they must not change the model (use an event
 * handler or a scheduled action for that).
 *
 * @param <M> the model type
 */
@FunctionalInterface
public interface StepHandler<M> {
    /**
     * @param model the model, committed state
     * @param time time at the end of the step (s)
     * @param endsAtEvent whether the step was cut short by an event or a scheduled action
     */
    void handleStep(M model, double time, boolean endsAtEvent);
}
