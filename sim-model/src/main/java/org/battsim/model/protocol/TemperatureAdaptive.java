package org.battsim.model.protocol;

/**
 * CC-CV with the current derated by the cell temperature. The factor is 1 from 15 to 35 degC,
 * falls linearly to 0.3 at 0 degC and at 45 degC, and is 0 (charging paused) outside 0-45 degC.
 *
 * <p>Basis: the JEITA guideline (JEITA/BAJ, "A guide to the safe use of secondary lithium ion
 * batteries in notebook-type personal computers", 2007) allows charging between 0 and 45 degC with
 * a reduced current in the cold range; lithium plating grows as the cell cools (Waldmann et al.,
 * J. Power Sources 262 (2014) 129) and side reactions as it warms. The 15 and 35 degC corners and
 * the 0.3 floor are assumptions: a smooth version of the JEITA steps.
 */
public final class TemperatureAdaptive implements Protocol {
    static final double FREEZE = 273.15;
    static final double COOL = 288.15;
    static final double WARM = 308.15;
    static final double HOT = 318.15;
    static final double FLOOR = 0.3;

    private final String spec;
    private final double cRate;
    private final double floatVoltage;
    private final double terminationC;

    public TemperatureAdaptive(String spec, double cRate, double floatVoltage, double terminationC) {
        this.spec = spec;
        this.cRate = Protocols.positive("current", cRate);
        this.floatVoltage = Protocols.voltageOrNaN(floatVoltage);
        this.terminationC = Protocols.positive("termination current", terminationC);
    }

    /** The derating factor at a cell temperature (K). */
    public static double factor(double kelvin) {
        if (kelvin < FREEZE || kelvin > HOT) {
            return 0;
        }
        if (kelvin < COOL) {
            return FLOOR + (1 - FLOOR) * (kelvin - FREEZE) / (COOL - FREEZE);
        }
        if (kelvin > WARM) {
            return 1 - (1 - FLOOR) * (kelvin - WARM) / (HOT - WARM);
        }
        return 1;
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public void start(Observation o) {}

    @Override
    public void control(Observation o, Command c) {
        double f = factor(o.temperature);
        if (f > 0 && Protocols.cvDone(o, terminationC)) {
            c.finish();
        } else {
            c.set(o.amps(f * cRate), Protocols.floatOr(floatVoltage, o));
        }
    }
}
