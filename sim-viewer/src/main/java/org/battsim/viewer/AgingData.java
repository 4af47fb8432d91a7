package org.battsim.viewer;

import java.util.Objects;

/**
 * Capacity and resistance of a cell against its age, for the aging view.
 *
 * @param name what to call it in a legend
 * @param xLabel what the x values are, with unit ({@code Cycle / 1}, {@code Equivalent Full Cycles / 1})
 * @param x the age of each point
 * @param capacityLabel label of the capacity values, or null if there are none
 * @param capacity capacity at each point, or null
 * @param resistanceLabel label of the resistance values, or null if there are none
 * @param resistance resistance at each point, or null
 */
public record AgingData(
        String name,
        String xLabel,
        double[] x,
        String capacityLabel,
        double[] capacity,
        String resistanceLabel,
        double[] resistance) {
    public AgingData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(xLabel, "xLabel");
        if ((capacity != null && capacity.length != x.length)
                || (resistance != null && resistance.length != x.length)) {
            throw new IllegalArgumentException("aging series lengths differ");
        }
    }
}
