package org.battsim.model.engine;

/**
 * What the engine steps: a system whose state can be advanced tentatively and then committed.
 *
 * <p>The engine never knows what the model is (a bare cell on a cycler, a phone with its charging
 * chain). It asks for a trial state {@code dt} seconds after the last committed state, possibly
 * several times with shorter {@code dt} while it locates an event inside the step, and commits the
 * one it keeps. Detectors and step handlers read the model's current (trial or committed) state
 * through the model's own accessors.
 */
public interface SimulationModel {
    /**
     * Computes the state {@code dt} seconds after the last committed state. Calling it again
     * replaces the previous trial; the committed state is untouched.
     *
     * @param t0 time of the committed state (s)
     * @param dt step length (s), positive
     */
    void trial(double t0, double dt);

    /** Makes the last trial state the committed one. */
    void commit();
}
