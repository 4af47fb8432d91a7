package org.battsim.scenarios.diagnose;

import java.util.List;

/**
 * The phone on the bench, as a diagnostician meets it: what is visible about the setup, a first
 * look at the phone on its charger, and troubleshooting actions that change the (simulated) world
 * and return a new look. The true internal state is never exposed.
 */
public interface Bench {
    /** What anyone can see of the setup (no fault is named here). */
    Setup setup();

    /** The first look: the phone as the user brought it, on its own charger, over a few minutes. */
    Observation first();

    /**
     * Performs a troubleshooting action and looks again.
     *
     * @throws IllegalStateException when the action budget ({@link #maxActions()}) is spent
     */
    Observation act(Remedy r);

    /** Every look so far, the first one included. */
    List<Observation> history();

    /** How many actions a diagnosis may use. */
    int maxActions();

    /**
     * What is visible of the setup.
     *
     * @param device the phone model
     * @param sourceKind {@code wall-adapter} or {@code usb-port}
     * @param sourceLabel the adapter's label or the port's description ("5 V 2 A native", "USB 2.0 rear")
     * @param nativeAdapter whether the adapter is the phone's own
     * @param ratedAmps the adapter's or port's rated current
     * @param cableLabel the cable ("1 m 24 AWG")
     * @param ambientCelsius the room temperature
     * @param complaint what the user says
     */
    record Setup(
            String device,
            String sourceKind,
            String sourceLabel,
            boolean nativeAdapter,
            double ratedAmps,
            String cableLabel,
            double ambientCelsius,
            String complaint) {}
}
