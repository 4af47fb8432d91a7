package org.battsim.model.aging;

/**
 * A rate coefficient as a function of the stressors, read from an array indexed by {@link
 * Stressor#ordinal()}. Implementations must not allocate: sample rates are evaluated at every
 * sample of a run.
 */
@FunctionalInterface
public interface Rate {
    double value(double[] stressors);
}
