package org.battsim.model.power;

/**
 * A USB cable: length, wire gauges, the contacts of its source-side plug, and how its faults
 * behave.
 *
 * @param name short name
 * @param length length (m)
 * @param powerAwg gauge of the VBUS and GND wires
 * @param dataAwg gauge of the D+ and D- wires
 * @param plugContactResistance resistance of one contact of the source-side plug (Ω), lumped into
 *     the cable
 * @param strandsBrokenFactor resistance multiplier of a wire with broken strands (≥ 1)
 * @param intermittentOpenProbability probability that an intermittent wire is open after a movement
 */
public record CableParameters(
        String name,
        double length,
        double powerAwg,
        double dataAwg,
        double plugContactResistance,
        double strandsBrokenFactor,
        double intermittentOpenProbability) {

    public CableParameters {
        Checks.name(name);
        Checks.positive("cable length", length, "m");
        Checks.within("cable length", length, 0, 10, "m");
        Checks.within("power wire gauge", powerAwg, 10, 40, "AWG");
        Checks.within("data wire gauge", dataAwg, 10, 40, "AWG");
        Checks.within("plug contact resistance", plugContactResistance, 0, 1, "Ohm");
        Checks.within("broken-strands factor", strandsBrokenFactor, 1, 1e6, "");
        Checks.probability("intermittent open probability", intermittentOpenProbability);
    }

    /** A copy with another length and power-wire gauge. */
    public CableParameters with(String newName, double newLength, double newPowerAwg, double newDataAwg) {
        return new CableParameters(
                newName,
                newLength,
                newPowerAwg,
                newDataAwg,
                plugContactResistance,
                strandsBrokenFactor,
                intermittentOpenProbability);
    }

    /** Resistance of one intact wire, without the plug contact (Ω). */
    public double wireResistance(Wire w) {
        return length * Awg.ohmsPerMetre(w.power() ? powerAwg : dataAwg);
    }
}
