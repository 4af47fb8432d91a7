package org.battsim.model.protocol;

/**
 * Constant power into the cell until the float voltage, then constant voltage to the termination
 * current. The current for each period is the power over the voltage measured at its start.
 */
public final class ConstantPower implements Protocol {
    private final String spec;
    private final double watts;
    private final double floatVoltage;
    private final double terminationC;

    public ConstantPower(String spec, double watts, double floatVoltage, double terminationC) {
        this.spec = spec;
        this.watts = Protocols.positive("power", watts);
        this.floatVoltage = Protocols.voltageOrNaN(floatVoltage);
        this.terminationC = Protocols.positive("termination current", terminationC);
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public void start(Observation o) {}

    @Override
    public void control(Observation o, Command c) {
        if (Protocols.cvDone(o, terminationC)) {
            c.finish();
        } else {
            // A cell reads at least a volt or so; the floor only guards a shorted reading.
            c.set(watts / Math.max(o.voltage, 1.0), Protocols.floatOr(floatVoltage, o));
        }
    }
}
