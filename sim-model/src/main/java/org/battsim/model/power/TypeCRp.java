package org.battsim.model.power;

/** USB Type-C current advertisement by the source's Rp pull-up (56 kΩ / 22 kΩ / 10 kΩ). */
public enum TypeCRp {
    /** No Type-C (legacy USB-A / micro-USB). */
    NONE(0),
    /** Default USB power (500/900 mA). */
    DEFAULT(0.5),
    /** 1.5 A. */
    CURRENT_1_5A(1.5),
    /** 3.0 A. */
    CURRENT_3A(3.0);

    private final double amps;

    TypeCRp(double amps) {
        this.amps = amps;
    }

    public double amps() {
        return amps;
    }
}
