package org.battsim.model.power;

/** Condition of one wire of a cable. */
public enum WireState {
    /** As made. */
    INTACT,
    /** Some strands broken: the wire's resistance is multiplied by the cable's factor. */
    STRANDS_BROKEN,
    /** Broken through. */
    OPEN,
    /**
     * Broken at a flex point: at each movement it opens with the cable's probability and stays so
     * until the next movement (closed before the first); closed, it conducts as intact.
     */
    INTERMITTENT
}
