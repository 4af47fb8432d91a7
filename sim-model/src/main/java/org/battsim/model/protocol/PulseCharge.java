package org.battsim.model.protocol;

/**
 * Pulse charging: current pulses separated by rests, under the float voltage; once a pulse is
 * held at the float voltage with less than the termination current the charge ends. Rests let
 * concentration gradients relax between pulses (Li-ion pulse charging as reviewed by Keil and
 * Jossen, J. Energy Storage 6 (2016) 125, who found no life benefit over CC-CV in their cells).
 */
public final class PulseCharge implements Protocol {
    private final String spec;
    private final double cRate;
    private final double onSeconds;
    private final double offSeconds;
    private final double floatVoltage;
    private final double terminationC;
    private double time;

    public PulseCharge(
            String spec, double cRate, double onSeconds, double offSeconds, double floatVoltage, double terminationC) {
        this.spec = spec;
        this.cRate = Protocols.positive("pulse current", cRate);
        this.onSeconds = Protocols.positive("pulse length", onSeconds);
        this.offSeconds = Protocols.positive("rest length", offSeconds);
        this.floatVoltage = Protocols.voltageOrNaN(floatVoltage);
        this.terminationC = Protocols.positive("termination current", terminationC);
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public double controlPeriod() {
        // Land on every pulse edge.
        double inPeriod = time % (onSeconds + offSeconds);
        double toEdge = inPeriod < onSeconds ? onSeconds - inPeriod : onSeconds + offSeconds - inPeriod;
        return Math.max(1e-3, Math.min(1.0, toEdge));
    }

    @Override
    public void start(Observation o) {
        time = 0;
        lastOn = false;
        pulseEndedLow = false;
    }

    /** Whether the last period was part of a pulse. */
    private boolean lastOn;
    /**
     * Whether the last pulse period ended held at the float voltage below the termination current.
     * Kept across the rest, so that a pulse one period long (whose start sees only the rest before
     * it) can still end the charge at the next pulse.
     */
    private boolean pulseEndedLow;

    @Override
    public void control(Observation o, Command c) {
        time = o.time;
        if (lastOn) {
            pulseEndedLow = Protocols.cvDone(o, terminationC);
        }
        double inPeriod = o.time % (onSeconds + offSeconds);
        // Edges within a microsecond count as reached (the driver's clock is a sum of periods).
        boolean on = inPeriod < onSeconds - 1e-6 || inPeriod > onSeconds + offSeconds - 1e-6;
        if (on && pulseEndedLow) {
            c.finish();
        } else if (on) {
            c.set(o.amps(cRate), Protocols.floatOr(floatVoltage, o));
        } else {
            c.pause();
            c.voltageLimit = Protocols.floatOr(floatVoltage, o);
        }
        lastOn = on && !c.end;
    }
}
