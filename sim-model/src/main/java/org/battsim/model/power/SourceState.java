package org.battsim.model.power;

/** What a source's output is doing, for events and output columns. */
public enum SourceState {
    /** Regulating its voltage, below its current limit. */
    ON,
    /** Holding its current limit (constant-current fold): the voltage collapses with the load. */
    CURRENT_LIMIT,
    /** Output cut after an overload; it retries after its off time. */
    HICCUP_OFF,
    /** Port switch tripped on over-current; VBUS stays off until the cable is re-plugged. */
    TRIPPED,
    /** No output at all (failed adapter). */
    DEAD,
    /** Adapter not plugged into the wall. */
    UNPOWERED
}
