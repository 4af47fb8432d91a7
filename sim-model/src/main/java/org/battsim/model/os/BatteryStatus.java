package org.battsim.model.os;

/** Android's BATTERY_STATUS codes with the Linux power_supply names. */
public enum BatteryStatus {
    UNKNOWN(1, "Unknown"),
    CHARGING(2, "Charging"),
    DISCHARGING(3, "Discharging"),
    NOT_CHARGING(4, "Not charging"),
    FULL(5, "Full");

    private final int code;
    private final String linux;

    BatteryStatus(int code, String linux) {
        this.code = code;
        this.linux = linux;
    }

    /** Android's integer code. */
    public int code() {
        return code;
    }

    /** The string in {@code POWER_SUPPLY_STATUS}. */
    public String linuxName() {
        return linux;
    }
}
