package org.battsim.model.device;

/**
 * A universal cradle ("frog") charger for a bare 3.7 V Li-ion pack.
 *
 * @param chargeCurrent constant current (A), typically 0.2–0.5 A
 * @param cvVoltage constant voltage at the pack terminals (V), 4.20 V
 * @param senseVoltage smallest terminal voltage from which the cradle can tell the polarity (V)
 * @param autoOffCurrent in CV, below this current the cradle reports full and switches off (A)
 */
public record CradleParameters(double chargeCurrent, double cvVoltage, double senseVoltage, double autoOffCurrent) {
    public CradleParameters {
        if (!(chargeCurrent > 0)
                || !(cvVoltage > 0)
                || !(senseVoltage > 0)
                || !(autoOffCurrent > 0 && autoOffCurrent < chargeCurrent)) {
            throw new IllegalArgumentException(
                    "cradle values must be positive, auto-off current below the charge current");
        }
    }

    /** Typical consumer cradle (PHYSICS §1): 300 mA, 4.20 V, senses from 1 V, off below 50 mA (assumptions within the ranges). */
    public static CradleParameters typical() {
        return new CradleParameters(0.3, 4.20, 1.0, 0.05);
    }
}
