package org.battsim.model.power;

/**
 * The state a port is in when a scenario starts: debris, oxidation, humidity, a loose plug.
 *
 * @param depthLoss how far debris keeps the plug out of full insertion (m)
 * @param oxidationAge oxidation age already accumulated (s at reference conditions)
 * @param relativeHumidity relative humidity around the port (fraction)
 * @param intermittentOpenProbability probability that the plug loses contact at a movement
 * @param platingGone whether the contacts' plating is worn through (cleaning cannot restore them)
 */
public record PortCondition(
        double depthLoss,
        double oxidationAge,
        double relativeHumidity,
        double intermittentOpenProbability,
        boolean platingGone) {

    /** A clean new port in 50 % humidity. */
    public static final PortCondition CLEAN = new PortCondition(0, 0, 0.5, 0, false);

    public PortCondition {
        Checks.within("depth loss", depthLoss, 0, 0.01, "m");
        Checks.nonNegative("oxidation age", oxidationAge, "s");
        Checks.probability("relative humidity", relativeHumidity);
        Checks.probability("intermittent open probability", intermittentOpenProbability);
    }
}
