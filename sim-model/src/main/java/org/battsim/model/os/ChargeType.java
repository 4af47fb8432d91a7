package org.battsim.model.os;

/** {@code POWER_SUPPLY_CHARGE_TYPE}. */
public enum ChargeType {
    NONE("N/A"),
    TRICKLE("Trickle"),
    FAST("Fast"),
    STANDARD("Standard"),
    /** The user's charge limit holds the battery below full. */
    LONG_LIFE("Long Life"),
    /** Adaptive charging holds at 80 % until the predicted unplug. */
    ADAPTIVE("Adaptive");

    private final String linux;

    ChargeType(String linux) {
        this.linux = linux;
    }

    public String linuxName() {
        return linux;
    }
}
