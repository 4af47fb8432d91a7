package org.battsim.model.os;

/**
 * Battery health: Android's BATTERY_HEALTH codes 1–7, and the Linux power_supply extras (Android
 * has no code for them; {@link #code()} is then Android's nearest value).
 */
public enum BatteryHealth {
    UNKNOWN(1, "Unknown"),
    GOOD(2, "Good"),
    OVERHEAT(3, "Overheat"),
    DEAD(4, "Dead"),
    OVER_VOLTAGE(5, "Over voltage"),
    UNSPECIFIED_FAILURE(6, "Unspecified failure"),
    COLD(7, "Cold"),
    WATCHDOG_TIMER_EXPIRE(6, "Watchdog timer expire"),
    SAFETY_TIMER_EXPIRE(6, "Safety timer expire"),
    CALIBRATION_REQUIRED(2, "Calibration required"),
    WARM(2, "Warm"),
    COOL(2, "Cool"),
    HOT(3, "Hot");

    private final int code;
    private final String linux;

    BatteryHealth(int code, String linux) {
        this.code = code;
        this.linux = linux;
    }

    public int code() {
        return code;
    }

    /** The string in {@code POWER_SUPPLY_HEALTH}. */
    public String linuxName() {
        return linux;
    }
}
