package org.battsim.model.power;

import java.util.Objects;

/**
 * The phone's USB receptacle: contact resistances, how far the plug may sit proud before contacts
 * lose touch, oxidation of the plating, and the small thermal node of the contacts.
 *
 * <p>VBUS and GND contacts are longer than D+ and D- (they mate first), so a plug held out by lint
 * loses its data contacts first. A contact that is not fully seated has less force and more
 * resistance: {@code seatingResistance · d / (dOpen − d)} extra at depth loss {@code d}, equal to
 * {@code seatingResistance} half-way to losing contact.
 *
 * @param name short name
 * @param vbusContact new resistance of the VBUS contact (Ω)
 * @param gndContact new resistance of the GND contact (Ω)
 * @param dataPlusContact new resistance of the D+ contact (Ω)
 * @param dataMinusContact new resistance of the D- contact (Ω)
 * @param dataOpenDepth depth loss at which D+ and D- lose contact (m)
 * @param powerOpenDepth depth loss at which VBUS and GND lose contact (m), larger than the data one
 * @param seatingResistance extra resistance half-way to losing contact (Ω)
 * @param oxidation film growth on the contacts
 * @param heatCapacity heat capacity of the contacts and receptacle (J/K)
 * @param thermalResistance from the contacts to the phone body or ambient (K/W)
 */
public record PortParameters(
        String name,
        double vbusContact,
        double gndContact,
        double dataPlusContact,
        double dataMinusContact,
        double dataOpenDepth,
        double powerOpenDepth,
        double seatingResistance,
        OxidationParameters oxidation,
        double heatCapacity,
        double thermalResistance) {

    public PortParameters {
        Checks.name(name);
        Checks.within("VBUS contact resistance", vbusContact, 1e-6, 1, "Ohm");
        Checks.within("GND contact resistance", gndContact, 1e-6, 1, "Ohm");
        Checks.within("D+ contact resistance", dataPlusContact, 1e-6, 1, "Ohm");
        Checks.within("D- contact resistance", dataMinusContact, 1e-6, 1, "Ohm");
        Checks.positive("data contact open depth", dataOpenDepth, "m");
        Checks.within("power contact open depth", powerOpenDepth, 0, 0.01, "m");
        if (!(powerOpenDepth > dataOpenDepth)) {
            throw new IllegalArgumentException("VBUS/GND contacts mate first: their open depth (" + powerOpenDepth
                    + " m) must exceed the data contacts' (" + dataOpenDepth + " m)");
        }
        Checks.nonNegative("seating resistance", seatingResistance, "Ohm");
        Objects.requireNonNull(oxidation, "oxidation");
        Checks.positive("contact heat capacity", heatCapacity, "J/K");
        Checks.positive("contact thermal resistance", thermalResistance, "K/W");
    }

    /** New resistance of a contact (Ω). */
    public double newResistance(Wire w) {
        return switch (w) {
            case VBUS -> vbusContact;
            case GND -> gndContact;
            case D_PLUS -> dataPlusContact;
            case D_MINUS -> dataMinusContact;
        };
    }

    /** Depth loss at which a contact loses touch (m). */
    public double openDepth(Wire w) {
        return w.power() ? powerOpenDepth : dataOpenDepth;
    }
}
