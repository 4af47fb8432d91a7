package org.battsim.model.cell;

/**
 * Where the energy went since the last reset, in joules, accumulated step by step from closed-form
 * integrals over each step (not sampled), so the books close to rounding error.
 *
 * <p>{@code electricalOut = -chemicalChange - joule - rcDissipated - rcStoredChange - hysteresis}.
 */
public final class EnergyLedger {
    double electricalOut;
    double discharged;
    double charged;
    double chemicalChange;
    double joule;
    double rcDissipated;
    double rcStoredChange;
    double hysteresis;
    double reversibleHeat;
    double chargeThroughput;
    double chargeIn;
    double chargeOut;

    /** Clears the books (a cell reset). */
    public void clear() {
        electricalOut = discharged =
                charged = chemicalChange = joule = rcDissipated = rcStoredChange = hysteresis = reversibleHeat = 0;
        chargeThroughput = chargeIn = chargeOut = 0;
    }

    /**
     * Adds one step's books, for cell models that keep their own step terms: the energy delivered,
     * the change of chemical energy, the irreversible heat and the reversible heat over a step of
     * {@code dt} seconds at constant current {@code current} (A, positive = discharge). Charge
     * terms follow from the current.
     */
    public void addStep(
            double electricalOut,
            double chemicalChange,
            double joule,
            double reversibleHeat,
            double current,
            double dt) {
        this.electricalOut += electricalOut;
        if (current > 0) {
            discharged += electricalOut;
            chargeOut += current * dt;
        } else if (current < 0) {
            charged -= electricalOut;
            chargeIn -= current * dt;
        }
        this.chemicalChange += chemicalChange;
        this.joule += joule;
        this.reversibleHeat += reversibleHeat;
        chargeThroughput += Math.abs(current) * dt;
    }

    void add(EnergyLedger d) {
        electricalOut += d.electricalOut;
        discharged += d.discharged;
        charged += d.charged;
        chemicalChange += d.chemicalChange;
        joule += d.joule;
        rcDissipated += d.rcDissipated;
        rcStoredChange += d.rcStoredChange;
        hysteresis += d.hysteresis;
        reversibleHeat += d.reversibleHeat;
        chargeThroughput += d.chargeThroughput;
        chargeIn += d.chargeIn;
        chargeOut += d.chargeOut;
    }

    /** ∫ V·I dt, positive when the cell delivers energy. */
    public double electricalOut() {
        return electricalOut;
    }

    /** Electrical energy delivered during discharging steps (J). */
    public double discharged() {
        return discharged;
    }

    /** Electrical energy taken in during charging steps (J), positive. */
    public double charged() {
        return charged;
    }

    /** Change of the energy stored as chemistry, ∫ OCV dq (negative on discharge). */
    public double chemicalChange() {
        return chemicalChange;
    }

    /** Heat in the series resistance, ∫ R0·I² dt. */
    public double joule() {
        return joule;
    }

    /** Heat in the RC resistors, ∫ Σ v²/R dt. */
    public double rcDissipated() {
        return rcDissipated;
    }

    /** Change of the energy held in the RC capacitors, Σ ½·C·Δ(v²) within steps. */
    public double rcStoredChange() {
        return rcStoredChange;
    }

    /** Energy lost to hysteresis, -∫ M·h·I dt. */
    public double hysteresis() {
        return hysteresis;
    }

    /** Reversible (entropic) heat, -∫ I·T·dU/dT dt. */
    public double reversibleHeat() {
        return reversibleHeat;
    }

    /** ∫ |I| dt in coulombs. */
    public double chargeThroughput() {
        return chargeThroughput;
    }

    /** Charge that went into the cell (C). */
    public double chargeIn() {
        return chargeIn;
    }

    /** Charge that came out of the cell (C). */
    public double chargeOut() {
        return chargeOut;
    }
}
