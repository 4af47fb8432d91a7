package org.battsim.model.charger;

/** What the charger's detection concluded about the input (Android's USB_TYPE names). */
public enum PortType {
    /** Nothing attached, or detection not finished. */
    NONE,
    SDP,
    CDP,
    DCP,
    /** High-voltage DCP (Quick Charge). */
    HVDCP,
    /** D+/D- floating or data contacts open: a charger of unknown kind. */
    FLOAT,
    /** Proprietary divider (Apple/Samsung). */
    NON_STANDARD,
    /** Type-C current advertisement used instead of BC 1.2. */
    TYPE_C
}
