package org.battsim.model.cell;

import java.util.List;
import java.util.Objects;

/**
 * Parameters of the equivalent-circuit cell: R0 in series with one to three RC pairs, an OCV source
 * with one-state hysteresis, and a two-node lumped thermal model (cell, phone body) to ambient.
 *
 * <p>All values in SI. Tables are over (SoC fraction, temperature K[, current A, positive =
 * discharge]). Validated on construction: a record that exists is physically meaningful.
 *
 * @param name parameter-set name
 * @param nominalCapacityAh capacity used for C-rates and as the fresh capacity (Ah)
 * @param ocv open-circuit voltage (V)
 * @param entropicCoefficient dOCV/dT (V/K)
 * @param r0 series resistance (Ω)
 * @param rcPairs one to three RC pairs
 * @param hysteresis one-state hysteresis
 * @param thermal lumped thermal model
 * @param limits voltage window
 */
public record EcmParameters(
        String name,
        double nominalCapacityAh,
        Table ocv,
        Table entropicCoefficient,
        Table r0,
        List<RcPair> rcPairs,
        Hysteresis hysteresis,
        Thermal thermal,
        VoltageLimits limits) {

    public EcmParameters {
        Objects.requireNonNull(name, "name");
        positive("nominal capacity", nominalCapacityAh);
        Objects.requireNonNull(ocv, "ocv");
        Objects.requireNonNull(entropicCoefficient, "entropicCoefficient");
        Objects.requireNonNull(r0, "r0");
        rcPairs = List.copyOf(rcPairs);
        Objects.requireNonNull(hysteresis, "hysteresis");
        Objects.requireNonNull(thermal, "thermal");
        Objects.requireNonNull(limits, "limits");
        if (rcPairs.isEmpty() || rcPairs.size() > 3) {
            throw new IllegalArgumentException("the cell needs 1 to 3 RC pairs, got " + rcPairs.size());
        }
        if (ocv.dependsOnCurrent()) {
            throw new IllegalArgumentException("OCV cannot depend on current");
        }
        if (!(r0.min() > 0)) {
            throw new IllegalArgumentException("R0 must be positive everywhere (min " + r0.min() + " Ohm)");
        }
        if (!(ocv.min() > 0)) {
            throw new IllegalArgumentException("OCV must be positive everywhere");
        }
        if (!(ocv.maxSoc() >= 1.0 && ocv.minSoc() <= 0.0)) {
            throw new IllegalArgumentException(
                    "the OCV table must cover SoC 0 to 1 (covers " + ocv.minSoc() + " to " + ocv.maxSoc() + ")");
        }
    }

    static void positive(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
        }
    }

    /** Number of RC pairs. */
    public int order() {
        return rcPairs.size();
    }

    /** A copy with another name. */
    public EcmParameters withName(String newName) {
        return new EcmParameters(
                newName, nominalCapacityAh, ocv, entropicCoefficient, r0, rcPairs, hysteresis, thermal, limits);
    }

    /** A copy with another thermal model. */
    public EcmParameters withThermal(Thermal t) {
        return new EcmParameters(name, nominalCapacityAh, ocv, entropicCoefficient, r0, rcPairs, hysteresis, t, limits);
    }

    /** A copy with other hysteresis. */
    public EcmParameters withHysteresis(Hysteresis h) {
        return new EcmParameters(name, nominalCapacityAh, ocv, entropicCoefficient, r0, rcPairs, h, thermal, limits);
    }

    /**
     * One RC pair.
     *
     * @param resistance Ω
     * @param capacitance F
     */
    public record RcPair(Table resistance, Table capacitance) {
        public RcPair {
            Objects.requireNonNull(resistance, "resistance");
            Objects.requireNonNull(capacitance, "capacitance");
            if (!(resistance.min() > 0)) {
                throw new IllegalArgumentException(
                        "RC resistance must be positive everywhere (min " + resistance.min() + " Ohm)");
            }
            if (!(capacitance.min() > 0)) {
                throw new IllegalArgumentException(
                        "RC capacitance must be positive everywhere (min " + capacitance.min() + " F)");
            }
        }
    }

    /**
     * One-state hysteresis (Plett): dh/dt = -γ|I|/Q·(h + sgn I), voltage contribution M·h.
     *
     * @param maxVoltage M (V), 0 for none
     * @param rate γ (dimensionless)
     */
    public record Hysteresis(double maxVoltage, double rate) {
        public static final Hysteresis NONE = new Hysteresis(0, 0);

        public Hysteresis {
            if (!(maxVoltage >= 0) || !(rate >= 0) || Double.isInfinite(maxVoltage) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("hysteresis voltage and rate must be non-negative and finite");
            }
        }
    }

    /**
     * Two lumped nodes: the cell, and the body it sits in (phone frame, or the cycler fixture),
     * which loses heat to ambient. A direct cell-to-ambient path is optional (infinite resistance =
     * none). {@code isothermal} pins both nodes to ambient.
     *
     * @param cellHeatCapacity J/K
     * @param bodyHeatCapacity J/K
     * @param cellToBody K/W
     * @param bodyToAmbient K/W
     * @param cellToAmbient K/W, or +∞
     * @param isothermal whether temperatures stay at ambient
     */
    public record Thermal(
            double cellHeatCapacity,
            double bodyHeatCapacity,
            double cellToBody,
            double bodyToAmbient,
            double cellToAmbient,
            boolean isothermal) {
        public Thermal {
            positive("cell heat capacity", cellHeatCapacity);
            positive("body heat capacity", bodyHeatCapacity);
            positive("cell-to-body thermal resistance", cellToBody);
            positive("body-to-ambient thermal resistance", bodyToAmbient);
            if (!(cellToAmbient > 0)) {
                throw new IllegalArgumentException(
                        "cell-to-ambient thermal resistance must be positive (or infinite for none)");
            }
        }

        public Thermal asIsothermal() {
            return new Thermal(cellHeatCapacity, bodyHeatCapacity, cellToBody, bodyToAmbient, cellToAmbient, true);
        }
    }

    /**
     * The voltage window: the simulation stops outside [minimum, maximum]; the charge limit is the
     * CV voltage a charger uses.
     *
     * @param minimum V
     * @param maximum V
     * @param chargeLimit V
     * @param cutoff phone shut-down voltage (V), at or above the minimum
     */
    public record VoltageLimits(double minimum, double maximum, double chargeLimit, double cutoff) {
        public VoltageLimits {
            positive("minimum voltage", minimum);
            if (!(maximum > minimum)
                    || !(chargeLimit > minimum && chargeLimit <= maximum)
                    || !(cutoff >= minimum && cutoff < chargeLimit)) {
                throw new IllegalArgumentException(
                        "voltage limits must satisfy minimum <= cutoff < charge limit <= maximum, got " + minimum + ", "
                                + cutoff + ", " + chargeLimit + ", " + maximum);
            }
        }
    }
}
