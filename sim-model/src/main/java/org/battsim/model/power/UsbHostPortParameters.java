package org.battsim.model.power;

import java.util.Objects;

/**
 * A PC's USB-A host port: VBUS, the current the USB specification allows, the port switch's
 * over-current trip, and the internal cable of a front-panel port.
 *
 * @param name short name
 * @param version USB 2.0 or 3.x (sets the unconfigured and configured allowances)
 * @param chargingDownstreamPort BC 1.2 CDP: signature CDP and 1.5 A without enumeration
 * @param openCircuitVoltage VBUS at no load (V), 4.75–5.25 V
 * @param outputResistance port switch, fuse and board traces (Ω)
 * @param tripCurrent current at which the port switch trips (A), above the port's allowance
 * @param tripDelay how long the current must stay at or above the trip current (s)
 * @param frontPanelLength length of the internal cable to a front-panel receptacle (m), 0 for a
 *     rear port
 * @param frontPanelAwg gauge of that cable's VBUS and GND wires
 */
public record UsbHostPortParameters(
        String name,
        UsbVersion version,
        boolean chargingDownstreamPort,
        double openCircuitVoltage,
        double outputResistance,
        double tripCurrent,
        double tripDelay,
        double frontPanelLength,
        double frontPanelAwg) {

    /** BC 1.2 charging downstream port current (A). */
    public static final double CDP_CURRENT = 1.5;

    /** USB generation of the port, with the current it allows before and after configuration. */
    public enum UsbVersion {
        /** 100 mA unconfigured, 500 mA configured. */
        USB2(0.1, 0.5),
        /** 150 mA unconfigured, 900 mA configured. */
        USB3(0.15, 0.9);

        private final double unconfigured;
        private final double configured;

        UsbVersion(double unconfigured, double configured) {
            this.unconfigured = unconfigured;
            this.configured = configured;
        }

        /** Allowed current before enumeration (A). */
        public double unconfigured() {
            return unconfigured;
        }

        /** Allowed current once configured (A). */
        public double configured() {
            return configured;
        }
    }

    public UsbHostPortParameters {
        Checks.name(name);
        Objects.requireNonNull(version, "version");
        Checks.within("VBUS open-circuit voltage", openCircuitVoltage, 4.75, 5.25, "V");
        Checks.within("port output resistance", outputResistance, 0, 2, "Ohm");
        Checks.positive("trip current", tripCurrent, "A");
        double allowance = chargingDownstreamPort ? CDP_CURRENT : version.configured();
        if (!(tripCurrent > allowance)) {
            throw new IllegalArgumentException("trip current " + tripCurrent
                    + " A must exceed the port's allowance of " + allowance
                    + " A, or a compliant device would trip it");
        }
        Checks.nonNegative("trip delay", tripDelay, "s");
        Checks.within("front-panel cable length", frontPanelLength, 0, 3, "m");
        Awg.ohmsPerMetre(frontPanelAwg);
    }

    /** Largest current the port allows once configured (A). */
    public double allowance() {
        return chargingDownstreamPort ? CDP_CURRENT : version.configured();
    }

    /** The same port wired to the front panel through {@code length} metres of internal cable. */
    public UsbHostPortParameters withFrontPanel(double length, double awg) {
        return new UsbHostPortParameters(
                name,
                version,
                chargingDownstreamPort,
                openCircuitVoltage,
                outputResistance,
                tripCurrent,
                tripDelay,
                length,
                awg);
    }

    /** Resistance of one wire (VBUS or GND) of the front-panel cable (Ω); 0 for a rear port. */
    public double frontPanelWireResistance() {
        return frontPanelLength * Awg.ohmsPerMetre(frontPanelAwg);
    }
}
