package org.battsim.model.power;

/** The four USB 2.0 lines, as wires of a cable and as contacts of a connector. */
public enum Wire {
    VBUS,
    GND,
    D_PLUS,
    D_MINUS;

    /** Whether the line carries the charging current. */
    public boolean power() {
        return this == VBUS || this == GND;
    }
}
