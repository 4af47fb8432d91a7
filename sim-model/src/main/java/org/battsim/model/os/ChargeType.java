package org.battsim.model.os;

/** {@code POWER_SUPPLY_CHARGE_TYPE}. */
public enum ChargeType {
    NONE("N/A"),
    TRICKLE("Trickle"),
    FAST("Fast"),
    STANDARD("Standard"),
    ADAPTIVE("Adaptive");

    private final String linux;

    ChargeType(String linux) {
        this.linux = linux;
    }

    public String linuxName() {
        return linux;
    }
}
