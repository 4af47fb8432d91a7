package org.battsim.model.power;

/**
 * What a source presents on D+/D- (and, for Type-C, CC), i.e. what BC 1.2 and proprietary
 * detection in the phone's charger can find when the data contacts mate.
 */
public enum DataSignature {
    /** USB host port before/after enumeration (standard downstream port): 100/500 mA (USB 2), 150/900 mA (USB 3). */
    SDP,
    /** Charging downstream port (host that also charges): 1.5 A. */
    CDP,
    /** Dedicated charging port: D+ shorted to D- (≤ 200 Ω). */
    DCP,
    /** Apple divider D+ 2.0 V / D- 2.7 V: 1 A. */
    APPLE_1A,
    /** Apple divider D+ 2.7 V / D- 2.0 V: 2.1 A. */
    APPLE_2_1A,
    /** Apple divider D+ 2.7 V / D- 2.7 V: 2.4 A. */
    APPLE_2_4A,
    /** Samsung divider 1.2 V / 1.2 V: 2 A. */
    SAMSUNG_2A,
    /** Nothing connected on D+/D- (cheap adapter): seen as "float" / non-standard. */
    FLOAT
}
