package org.battsim.model.experiment;

/** What a step controls, as PyBaMM classifies a step by the unit of its value. */
public enum StepKind {
    /** No current ({@code Rest}). */
    REST,
    /** Constant current in amperes. */
    CURRENT,
    /** Constant current as a multiple of the nominal capacity per hour. */
    C_RATE,
    /** Constant terminal voltage in volts. */
    VOLTAGE,
    /** Constant power in watts. */
    POWER,
    /** Constant load resistance in ohms. */
    RESISTANCE
}
