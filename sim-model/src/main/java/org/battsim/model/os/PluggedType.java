package org.battsim.model.os;

/** Android's BATTERY_PLUGGED values (wireless and dock are not modelled). */
public enum PluggedType {
    NONE(0),
    AC(1),
    USB(2),
    WIRELESS(4),
    DOCK(8);

    private final int code;

    PluggedType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
