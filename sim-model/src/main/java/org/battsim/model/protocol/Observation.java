package org.battsim.model.protocol;

/**
 * What a charger can measure at the start of a control period, filled by the driver (a cycler or
 * the phone's charger IC) and reused every period. Currents are positive when the cell charges.
 */
public final class Observation {
    /** Time since the charge started (s). */
    public double time;
    /** Terminal voltage (V). */
    public double voltage;
    /** Charge current over the last period (A, positive = charging). */
    public double current;
    /** Cell temperature as sensed (K). */
    public double temperature;
    /**
     * State of charge as the charger knows it (fraction): the fuel gauge's estimate in a phone, the
     * coulomb count from the charge's start on a cycler.
     */
    public double soc;
    /** Whether the last period ended held at the voltage limit (the charger's CV loop was in control). */
    public boolean voltageLimited;
    /** Rated capacity that C-rates refer to (Ah). */
    public double ratedCapacityAh;
    /** The cell's charge voltage limit (V): the float voltage of protocols that do not give their own. */
    public double chargeVoltage;

    /** Amperes for a C-rate of the rated capacity. */
    public double amps(double cRate) {
        return cRate * ratedCapacityAh;
    }
}
