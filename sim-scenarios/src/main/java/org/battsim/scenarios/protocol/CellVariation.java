package org.battsim.scenarios.protocol;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.engine.SeededRandom;

/**
 * Cell-to-cell variation for Monte-Carlo sweeps: each sample cell has its capacity and its
 * resistances scaled by factors drawn from normal distributions of mean 1. Sample {@code i} draws
 * from its own named stream ({@code cell-variation/i}) of the seed, so a sample does not depend on
 * how many others there are or on which thread runs it.
 *
 * <p>Resistances (R0 and every RC pair) scale together and the RC capacitances by the inverse, so
 * the time constants stay: a cell with more resistance is taken to be one with less active area.
 *
 * @param index sample number (0 is the nominal cell, scales 1)
 * @param capacityScale factor on the capacity
 * @param resistanceScale factor on every resistance
 */
public record CellVariation(int index, double capacityScale, double resistanceScale) {
    /** The nominal cell. */
    public static final CellVariation NOMINAL = new CellVariation(0, 1, 1);

    /** Draws are clipped to ±4 standard deviations, and scales to at least this, so no cell is degenerate. */
    static final double MIN_SCALE = 0.05;

    /**
     * The nominal cell followed by {@code samples} drawn cells.
     *
     * @param capacitySd standard deviation of the capacity factor (e.g. 0.02)
     * @param resistanceSd standard deviation of the resistance factor (e.g. 0.05)
     */
    public static List<CellVariation> draw(long seed, int samples, double capacitySd, double resistanceSd) {
        if (samples < 0) {
            throw new IllegalArgumentException("samples must be zero or more, got " + samples);
        }
        if (!(capacitySd >= 0 && capacitySd < 0.25) || !(resistanceSd >= 0 && resistanceSd < 0.25)) {
            throw new IllegalArgumentException("standard deviations must be at least 0 and below 0.25 (25 %)");
        }
        SeededRandom rng = new SeededRandom(seed);
        List<CellVariation> out = new ArrayList<>(samples + 1);
        out.add(NOMINAL);
        for (int i = 1; i <= samples; i++) {
            UniformRandomProvider r = rng.stream("cell-variation/" + i);
            double zq = clip(normal(r));
            double zr = clip(normal(r));
            out.add(new CellVariation(
                    i, Math.max(MIN_SCALE, 1 + capacitySd * zq), Math.max(MIN_SCALE, 1 + resistanceSd * zr)));
        }
        return out;
    }

    /** A standard normal draw (Box-Muller, written out so the draws do not depend on a library's algorithm). */
    static double normal(UniformRandomProvider r) {
        double u1 = 1 - r.nextDouble(); // in (0, 1]
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static double clip(double z) {
        return Math.max(-4, Math.min(4, z));
    }

    /** The parameters of this sample's cell. */
    public EcmParameters apply(EcmParameters p) {
        if (capacityScale == 1 && resistanceScale == 1) {
            return p;
        }
        List<EcmParameters.RcPair> rc = new ArrayList<>();
        for (EcmParameters.RcPair pair : p.rcPairs()) {
            rc.add(new EcmParameters.RcPair(
                    pair.resistance().scaled(resistanceScale),
                    pair.capacitance().scaled(1 / resistanceScale)));
        }
        return new EcmParameters(
                p.name(),
                p.nominalCapacityAh() * capacityScale,
                p.ocv(),
                p.entropicCoefficient(),
                p.r0().scaled(resistanceScale),
                rc,
                p.hysteresis(),
                p.thermal(),
                p.limits());
    }
}
