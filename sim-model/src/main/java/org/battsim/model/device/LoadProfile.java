package org.battsim.model.device;

/** What the phone is doing, as a power drawn by its system (SoC, screen, radios). */
public enum LoadProfile {
    /** Phone switched off: only quiescent drains remain. */
    OFF,
    /** On, screen off, idle. */
    IDLE,
    /** On, screen on, light use. */
    SCREEN_ON,
    /** On, screen on, heavy load (games). */
    GAMING
}
