package org.battsim.model.charger;

/**
 * The charger's phase, with the numeric code written in the {@code Charger Phase / 1} column.
 */
public enum ChargePhase {
    /** 0: no input, or input present but charging disabled/suspended. */
    NOT_CHARGING(0),
    /** 1: input attached, detection running. */
    DETECTING(1),
    /** 2: battery below ~2.2 V: small battery-short current. */
    BATTERY_SHORT(2),
    /** 3: below BATLOWV (3.0 V): pre-charge current. */
    PRECHARGE(3),
    /** 4: fast charge, constant current. */
    FAST_CC(4),
    /** 5: constant voltage at VREG. */
    CV(5),
    /** 6: terminated (current fell below ITERM); waits for recharge. */
    DONE(6),
    /** 7: stopped by a fault (timer, thermal, JEITA cold/hot, over-voltage). */
    FAULT(7);

    private final int code;

    ChargePhase(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
