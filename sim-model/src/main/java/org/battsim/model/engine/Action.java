package org.battsim.model.engine;

/** What the engine does after an event or a scheduled action. */
public enum Action {
    /** Keep going; nothing in the model changed. */
    CONTINUE,
    /** End the current {@link Simulation#run} call at the event time. */
    STOP,
    /** The handler changed the model (inputs or state): re-evaluate every detector and go on. */
    RESET_STATE
}
