package org.battsim.model.pack;

/**
 * A battery protection IC (DW01A / Seiko S-8261 class) with its two FETs.
 *
 * @param overchargeDetect V; charging stops above it after {@code overchargeDelay}
 * @param overchargeRelease V; charging allowed again below it
 * @param overchargeDelay s
 * @param overdischargeDetect V; the discharge FET opens below it after {@code overdischargeDelay}
 * @param overdischargeRelease V; the discharge FET closes again above it (a charger must be present)
 * @param overdischargeDelay s
 * @param overcurrentDetect A of discharge current (150 mV across the FETs)
 * @param overcurrentDelay s
 * @param supplyCurrent A drawn from the cell at all times
 * @param zeroVoltInhibit V; below it the pack refuses charge (0 V charge inhibit), or 0 for none
 * @param bodyDiodeDrop V across the open discharge FET's body diode when charge flows through it
 */
public record ProtectionParameters(
        double overchargeDetect,
        double overchargeRelease,
        double overchargeDelay,
        double overdischargeDetect,
        double overdischargeRelease,
        double overdischargeDelay,
        double overcurrentDetect,
        double overcurrentDelay,
        double supplyCurrent,
        double zeroVoltInhibit,
        double bodyDiodeDrop) {

    /** DW01A-class values from the reference (4.30/4.10 V, 2.40/3.00 V, 3 A, 3 µA). */
    public static ProtectionParameters dw01a() {
        return new ProtectionParameters(4.30, 4.10, 1.0, 2.40, 3.00, 0.01, 3.0, 0.01, 3e-6, 0, 0.7);
    }

    public ProtectionParameters {
        if (!(overchargeRelease < overchargeDetect)
                || !(overdischargeDetect < overdischargeRelease)
                || !(overdischargeRelease < overchargeRelease)) {
            throw new IllegalArgumentException(
                    "protection thresholds must satisfy overdischarge detect < release < overcharge release < detect");
        }
        if (!(overdischargeDetect > 0)
                || !(overcurrentDetect > 0)
                || !(supplyCurrent >= 0)
                || !(zeroVoltInhibit >= 0)
                || !(bodyDiodeDrop >= 0)
                || !(overchargeDelay >= 0)
                || !(overdischargeDelay >= 0)
                || !(overcurrentDelay >= 0)) {
            throw new IllegalArgumentException("protection parameters must be non-negative, thresholds positive");
        }
    }
}
