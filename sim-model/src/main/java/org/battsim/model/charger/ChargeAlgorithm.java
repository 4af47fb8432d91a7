package org.battsim.model.charger;

/**
 * A charging algorithm that supplies the charger IC's ICHG and VREG registers, as host firmware
 * does over I²C: each committed step it sees what the charger sensed and what flowed, and decides
 * the registers for the following steps. The IC's own limits (input current and voltage, JEITA,
 * die thermal regulation, timers) still act on top.
 *
 * <p>With an algorithm installed the IC's own termination is off (the host clears EN_TERM): the
 * algorithm decides when the charge ends.
 */
public interface ChargeAlgorithm {
    /** ICHG for the next steps (A); 0 pauses charging (the host clears CHG_EN). */
    double chargeCurrent();

    /** VREG for the next steps (V). */
    double chargeVoltage();

    /** Whether the algorithm has ended the charge. */
    boolean finished();

    /**
     * Called after every committed step, at its end time {@code t}, with what the charger sensed
     * at the step's start and what flowed during it. Must not allocate: it runs every step.
     */
    void stepCompleted(double t, double dt, ChargerInputs in, ChargerStep r);
}
