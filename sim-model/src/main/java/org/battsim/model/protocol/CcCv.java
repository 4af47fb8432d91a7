package org.battsim.model.protocol;

/**
 * Constant current, then constant voltage until the current falls below the termination current.
 * With a float voltage below the cell's charge limit it is the "battery care" charge: Battery
 * University BU-808 reports about twice the cycle life for every 0.10 V less peak charge voltage.
 */
public final class CcCv implements Protocol {
    private final String spec;
    private final double cRate;
    private final double floatVoltage;
    private final double terminationC;

    /**
     * @param cRate constant current (C-rate of the rated capacity)
     * @param floatVoltage constant voltage (V), or NaN for the cell's charge limit
     * @param terminationC end when held at the float voltage with less than this C-rate
     */
    public CcCv(String spec, double cRate, double floatVoltage, double terminationC) {
        this.spec = spec;
        this.cRate = Protocols.positive("current", cRate);
        this.floatVoltage = Protocols.voltageOrNaN(floatVoltage);
        this.terminationC = Protocols.positive("termination current", terminationC);
    }

    @Override
    public String spec() {
        return spec;
    }

    public double cRate() {
        return cRate;
    }

    public double floatVoltage() {
        return floatVoltage;
    }

    @Override
    public void start(Observation o) {}

    @Override
    public void control(Observation o, Command c) {
        if (Protocols.cvDone(o, terminationC)) {
            c.finish();
        } else {
            c.set(o.amps(cRate), Protocols.floatOr(floatVoltage, o));
        }
    }
}
