package org.battsim.model.cell.spme;

import java.util.Objects;

/**
 * Model choices for an {@link SpmeCell}: thermal model, degradation mechanisms and mesh.
 *
 * @param thermal lumped or isothermal
 * @param sei SEI growth mechanism
 * @param plating lithium plating model
 * @param negativePoints finite volumes through the negative electrode
 * @param separatorPoints finite volumes through the separator
 * @param positivePoints finite volumes through the positive electrode
 * @param negativeParticlePoints finite volumes along the negative particle radius
 * @param positiveParticlePoints finite volumes along the positive particle radius
 */
public record SpmeOptions(
        Thermal thermal,
        SeiModel sei,
        PlatingModel plating,
        int negativePoints,
        int separatorPoints,
        int positivePoints,
        int negativeParticlePoints,
        int positiveParticlePoints) {

    /** PyBaMM's default mesh: 20 volumes per electrode and separator region, 30 per particle. */
    public static final SpmeOptions DEFAULT =
            new SpmeOptions(Thermal.LUMPED, SeiModel.NONE, PlatingModel.NONE, 20, 20, 20, 30, 30);

    /** Thermal model. */
    public enum Thermal {
        /** One temperature for the cell, cooled to ambient through the cooling surface. */
        LUMPED,
        /** The cell stays at ambient. */
        ISOTHERMAL
    }

    /** SEI growth on the negative particles. */
    public enum SeiModel {
        NONE,
        /** Rate set by the SEI-forming reaction (Butler–Volmer, cathodic branch). */
        REACTION_LIMITED,
        /** Rate set by solvent diffusion through the film, ∝ 1/L. */
        SOLVENT_DIFFUSION_LIMITED
    }

    /** Lithium plating on the negative particles. */
    public enum PlatingModel {
        NONE,
        /** What plates stays as dead lithium. */
        IRREVERSIBLE,
        /** Plated lithium can strip back, and slowly turns into dead lithium. */
        PARTIALLY_REVERSIBLE
    }

    public SpmeOptions {
        Objects.requireNonNull(thermal, "thermal");
        Objects.requireNonNull(sei, "sei");
        Objects.requireNonNull(plating, "plating");
        points("negative electrode", negativePoints);
        points("separator", separatorPoints);
        points("positive electrode", positivePoints);
        points("negative particle", negativeParticlePoints);
        points("positive particle", positiveParticlePoints);
    }

    private static void points(String what, int n) {
        if (n < 2 || n > 10_000) {
            throw new IllegalArgumentException(what + " needs 2 to 10000 finite volumes, got " + n);
        }
    }

    public SpmeOptions withThermal(Thermal t) {
        return new SpmeOptions(
                t,
                sei,
                plating,
                negativePoints,
                separatorPoints,
                positivePoints,
                negativeParticlePoints,
                positiveParticlePoints);
    }

    public SpmeOptions withSei(SeiModel s) {
        return new SpmeOptions(
                thermal,
                s,
                plating,
                negativePoints,
                separatorPoints,
                positivePoints,
                negativeParticlePoints,
                positiveParticlePoints);
    }

    public SpmeOptions withPlating(PlatingModel p) {
        return new SpmeOptions(
                thermal,
                sei,
                p,
                negativePoints,
                separatorPoints,
                positivePoints,
                negativeParticlePoints,
                positiveParticlePoints);
    }

    /** The same number of volumes in each electrolyte region and in each particle. */
    public SpmeOptions withMesh(int perRegion, int perParticle) {
        return new SpmeOptions(thermal, sei, plating, perRegion, perRegion, perRegion, perParticle, perParticle);
    }
}
