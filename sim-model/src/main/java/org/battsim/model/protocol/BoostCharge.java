package org.battsim.model.protocol;

/**
 * Boost charging: a high current for a short time at the start, while the cell is empty and takes
 * charge well, then a standard CC-CV (Notten et al., J. Power Sources 145 (2005) 89, "Boostcharging
 * Li-ion batteries: a challenging new charging concept"). The float voltage limits both phases.
 */
public final class BoostCharge implements Protocol {
    private final String spec;
    private final double boostC;
    private final double boostSeconds;
    private final double baseC;
    private final double floatVoltage;
    private final double terminationC;

    public BoostCharge(
            String spec, double boostC, double boostSeconds, double baseC, double floatVoltage, double terminationC) {
        this.spec = spec;
        this.boostC = Protocols.positive("boost current", boostC);
        this.boostSeconds = Protocols.positive("boost time", boostSeconds);
        this.baseC = Protocols.positive("base current", baseC);
        this.floatVoltage = Protocols.voltageOrNaN(floatVoltage);
        this.terminationC = Protocols.positive("termination current", terminationC);
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public double controlPeriod() {
        return 1.0;
    }

    @Override
    public void start(Observation o) {}

    @Override
    public void control(Observation o, Command c) {
        boolean boost = o.time < boostSeconds - 1e-6;
        if (!boost && Protocols.cvDone(o, terminationC)) {
            c.finish();
        } else {
            c.set(o.amps(boost ? boostC : baseC), Protocols.floatOr(floatVoltage, o));
        }
    }
}
