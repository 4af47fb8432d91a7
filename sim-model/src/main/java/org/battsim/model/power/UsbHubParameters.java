package org.battsim.model.power;

/**
 * A power budget shared by several downstream ports: a hub, or a pair of PC ports behind one
 * power switch or fuse.
 *
 * @param name short name
 * @param budget total current the ports together may draw (A); +∞ for independent ports
 * @param sharedResistance resistance common to the ports (fuse, upstream cable) (Ω): current drawn
 *     by one device lowers the others' VBUS
 */
public record UsbHubParameters(String name, double budget, double sharedResistance) {
    public UsbHubParameters {
        Checks.name(name);
        if (!(budget > 0)) {
            throw new IllegalArgumentException("hub budget must be positive, got " + budget + " A");
        }
        Checks.within("hub shared resistance", sharedResistance, 0, 2, "Ohm");
    }

    /** Ports with nothing in common. */
    public static UsbHubParameters independent(String name) {
        return new UsbHubParameters(name, Double.POSITIVE_INFINITY, 0);
    }
}
