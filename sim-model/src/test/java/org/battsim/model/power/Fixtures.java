package org.battsim.model.power;

import org.battsim.model.engine.SeededRandom;

/** Components with round, documented numbers, so that expected values can be worked by hand. */
final class Fixtures {
    private Fixtures() {}

    static final double KELVIN_25 = 298.15;

    /** Tin-plating oxidation: onset 30 days, τ 7 days at 50 % RH and 25 °C; Peck n = 3, Ea 67.5 kJ/mol. */
    static OxidationParameters oxidation(OxidationParameters.Law law) {
        return new OxidationParameters(law, 30 * 86400.0, 7 * 86400.0, 2, 0.5, 3, KELVIN_25, 67.5e3, 10);
    }

    /** A micro-USB receptacle with every contact at {@code contact} ohms. */
    static PortParameters port(double contact) {
        return new PortParameters(
                "micro-usb",
                contact,
                contact,
                contact,
                contact,
                0.5e-3,
                1.2e-3,
                0.05,
                oxidation(OxidationParameters.Law.EXPONENTIAL),
                0.5,
                40);
    }

    static Port cleanPort(double contact, long seed) {
        return new Port(port(contact), PortCondition.CLEAN, new SeededRandom(seed));
    }

    static CableParameters cable(double length, double awg) {
        return new CableParameters("cable", length, awg, 28, 0.030, 10, 0.3);
    }

    /** An ideal 5.0 V source: no output resistance, a limit far above what a phone draws. */
    static WallAdapter idealFiveVolts() {
        return new WallAdapter(WallAdapterParameters.simple("ideal-5v", 5.0, 10, 0, DataSignature.DCP));
    }
}
