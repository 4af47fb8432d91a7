package org.battsim.viewer.lab;

/**
 * The fault and environment settings of a live-lab run, which may change while it runs.
 *
 * @param contactOhms resistance added to each of the port's two power contacts (VBUS and GND), Ω; 0 for a clean port
 * @param dataWireBroken the cable's D+ wire is broken through: the charger's port detection (at the next plug-in)
 *     sees no data contact
 * @param adapterLimitA the source's current limit is capped at this (A); +∞ for no cap
 * @param ambientCelsius ambient temperature (°C)
 */
public record LabFaults(double contactOhms, boolean dataWireBroken, double adapterLimitA, double ambientCelsius) {
    /** No fault, at 25 °C. */
    public static final LabFaults NONE = new LabFaults(0, false, Double.POSITIVE_INFINITY, 25);

    public LabFaults {
        if (!(contactOhms >= 0) || Double.isInfinite(contactOhms)) {
            throw new IllegalArgumentException(
                    "contact resistance must be finite and at least 0 Ohm, got " + contactOhms);
        }
        if (!(adapterLimitA > 0)) {
            throw new IllegalArgumentException("adapter current limit must be positive, got " + adapterLimitA + " A");
        }
        if (!(ambientCelsius >= -40 && ambientCelsius <= 80)) {
            throw new IllegalArgumentException(
                    "ambient temperature must be within -40..80 degC, got " + ambientCelsius);
        }
    }

    public LabFaults withContactOhms(double ohms) {
        return new LabFaults(ohms, dataWireBroken, adapterLimitA, ambientCelsius);
    }

    public LabFaults withDataWireBroken(boolean broken) {
        return new LabFaults(contactOhms, broken, adapterLimitA, ambientCelsius);
    }

    public LabFaults withAdapterLimitA(double amps) {
        return new LabFaults(contactOhms, dataWireBroken, amps, ambientCelsius);
    }

    public LabFaults withAmbientCelsius(double celsius) {
        return new LabFaults(contactOhms, dataWireBroken, adapterLimitA, celsius);
    }
}
