package org.battsim.model.charger;

/** What happened during a step, reported to the charger IC by the phone after the solve (reused). */
public final class ChargerStep {
    /** VBUS at the charger input at the end of the step (V). */
    public double vbus;
    /** Input current (A). */
    public double inputCurrent;
    /** Battery current, positive = charging (A). */
    public double batteryCurrent;
    /** Battery voltage at the end of the step (V). */
    public double batteryVoltage;
    /** Which limits were active. */
    public boolean inIindpm;

    public boolean inVindpm;
    public boolean inCv;
    /** Converter loss over the step (W). */
    public double converterLoss;
    /** Phone body temperature (K), the die's heat sink. */
    public double bodyTemperature;
}
