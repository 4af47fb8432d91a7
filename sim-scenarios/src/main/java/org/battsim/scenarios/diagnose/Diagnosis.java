package org.battsim.scenarios.diagnose;

/**
 * A diagnostician's answer.
 *
 * @param fault the class it names
 * @param confidence between 0 and 1
 */
public record Diagnosis(FaultClass fault, double confidence) {
    public Diagnosis {
        java.util.Objects.requireNonNull(fault);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
        }
    }
}
