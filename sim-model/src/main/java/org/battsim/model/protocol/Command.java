package org.battsim.model.protocol;

/**
 * What a protocol asks for during the next control period (reused): a charge current and a
 * voltage limit, of which the tighter binds (the cell is held at the voltage limit with less
 * current once the limit is reached, i.e. CC then CV), or the end of the charge.
 */
public final class Command {
    /** Charge current limit (A, at least 0; 0 pauses charging). */
    public double current;
    /** Terminal voltage limit (V). */
    public double voltageLimit;
    /** Whether the charge has ended. */
    public boolean end;

    /** Asks for {@code amps} with the voltage held at or below {@code volts}. */
    public void set(double amps, double volts) {
        current = amps;
        voltageLimit = volts;
        end = false;
    }

    /** Pauses charging with the voltage limit unchanged. */
    public void pause() {
        current = 0;
        end = false;
    }

    /** Ends the charge. */
    public void finish() {
        current = 0;
        end = true;
    }
}
