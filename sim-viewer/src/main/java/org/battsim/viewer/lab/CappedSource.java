package org.battsim.viewer.lab;

import org.battsim.model.power.DataSignature;
import org.battsim.model.power.PowerSource;
import org.battsim.model.power.SourceState;
import org.battsim.model.power.TypeCRp;

/**
 * A source whose current limit is capped (a weak or counterfeit adapter that folds back early), for the live lab's
 * adapter-limit slider. Changed only between steps, by the thread that runs the simulation.
 */
final class CappedSource implements PowerSource {
    private final PowerSource source;
    private double cap = Double.POSITIVE_INFINITY;

    CappedSource(PowerSource source) {
        this.source = source;
    }

    void cap(double amps) {
        cap = amps;
    }

    @Override
    public double emf() {
        return source.emf();
    }

    @Override
    public double outputResistance() {
        return source.outputResistance();
    }

    @Override
    public double currentLimit() {
        return Math.min(source.currentLimit(), cap);
    }

    @Override
    public DataSignature signature() {
        return source.signature();
    }

    @Override
    public TypeCRp rp() {
        return source.rp();
    }

    @Override
    public double requestVoltage(double volts) {
        return source.requestVoltage(volts);
    }

    @Override
    public void enumerated(boolean configured) {
        source.enumerated(configured);
    }

    @Override
    public void advance(double t, double dt, double current) {
        source.advance(t, dt, current);
    }

    @Override
    public void attach(boolean attached, double t) {
        source.attach(attached, t);
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public double extensionVbusResistance() {
        return source.extensionVbusResistance();
    }

    @Override
    public double extensionGndResistance() {
        return source.extensionGndResistance();
    }

    @Override
    public double nextTransitionTime() {
        return source.nextTransitionTime();
    }

    @Override
    public SourceState state() {
        return source.state();
    }
}
