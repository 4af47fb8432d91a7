package org.battsim.model.power;

/**
 * The cable plus the phone's port between a source and the charger IC: series resistances of the
 * VBUS and GND paths (wires and contacts) and which pins make contact this instant.
 *
 * <p>Intermittent wires and contacts are driven by a seeded random stream and a motion rate; their
 * state for a step is fixed by {@link #advance}, called once per committed step, so a step sees one
 * consistent path. Heating at the contacts follows from the current the device reports.
 */
public interface PowerPath {
    /** VBUS path resistance: cable wire + VBUS contacts (Ω); +∞ when open. */
    double vbusResistance();

    /** GND path resistance: cable wire + GND contacts (Ω); +∞ when open. */
    double gndResistance();

    /** Whether the D+ line connects source and phone end to end. */
    boolean dataPlusConnected();

    /** Whether the D- line connects source and phone end to end. */
    boolean dataMinusConnected();

    /** Whether power can flow (both VBUS and GND closed). */
    default boolean powerConnected() {
        return Double.isFinite(vbusResistance()) && Double.isFinite(gndResistance());
    }

    /** Total loop resistance (Ω). */
    default double loopResistance() {
        return vbusResistance() + gndResistance();
    }

    /** Temperature of the phone's port contacts (K). */
    double contactTemperature();

    /**
     * Plugged into a phone whose surroundings are at {@code kelvin}: parts of the path that have
     * no thermal history yet (contacts never set nor stepped) start there, as a phone left in a
     * room is at the room's temperature. Parts with a history keep it.
     */
    default void settle(double kelvin) {}

    /**
     * Advances over a step that carried {@code current} amperes: intermittent states for the next
     * step, oxidation growth, contact heating.
     */
    void advance(double t, double dt, double current, double ambientK);
}
