package org.battsim.model.charger;

/** What the charger IC enforces during a step (filled by {@link ChargerIc#decide}, reused). */
public final class ChargerLimits {
    /** Whether the input stage draws current at all (not suspended, not in UVLO/OVP/shutdown). */
    public boolean inputEnabled;
    /** Input current limit IINDPM (A). */
    public double inputCurrentLimit;
    /** Input voltage limit VINDPM (V): the charger lowers its input current to keep VBUS above it. */
    public double vindpm;
    /** Whether the battery may be charged. */
    public boolean chargeEnabled;
    /** Battery charge current limit for this step (A, positive). */
    public double chargeCurrentLimit;
    /** Battery charge voltage limit VREG for this step (V). */
    public double chargeVoltageLimit;
    /** Whether thermal regulation reduced the charge current. */
    public boolean thermalRegulation;
}
