package org.battsim.model.charger;

/** Bits of the charger's fault register (latched until read), and the NTC status. */
public enum ChargerFault {
    WATCHDOG,
    INPUT_OVER_VOLTAGE,
    INPUT_UNDER_VOLTAGE,
    THERMAL_SHUTDOWN,
    SAFETY_TIMER,
    BATTERY_OVER_VOLTAGE,
    NTC_COLD,
    NTC_COOL,
    NTC_WARM,
    NTC_HOT
}
