package org.battsim.model.charger;

import org.battsim.model.power.DataSignature;

/** What the charger IC can sense at the start of a step (filled by the phone, reused). */
public final class ChargerInputs {
    /** Whether a cable is plugged into the phone. */
    public boolean plugged;
    /** VBUS at the charger input with no load (V): the source's EMF if the power path is closed, else 0. */
    public double vbusNoLoad;
    /** VBUS at the charger input at the end of the last step (V). */
    public double vbus;
    /** Whether D+ and D- make contact end to end. */
    public boolean dataPlus;

    public boolean dataMinus;
    /** What the source presents on D+/D-. */
    public DataSignature signature = DataSignature.FLOAT;
    /** Pack terminal voltage as the charger measures it (V). */
    public double batteryVoltage;
    /** Whether the pack accepts charge now (protection IC). */
    public boolean batteryChargeable;
    /** Whether the pack reads as present (not 0 V behind a locked-out protection IC). */
    public boolean batteryPresent;
    /** Pack temperature from the NTC (K). */
    public double batteryTemperature;
}
