package org.battsim.viewer.lab;

import org.battsim.model.power.CablePortPath;
import org.battsim.model.power.PowerPath;
import org.battsim.model.power.Wire;
import org.battsim.model.power.WireState;

/**
 * A cable and port with the live lab's path faults on top: extra resistance at the two power contacts of the port (a
 * worn or dirty contact, which heats them like any contact resistance) and a broken D+ wire. Changed only between
 * steps, by the thread that runs the simulation.
 */
final class LabPath implements PowerPath {
    private final CablePortPath path;

    LabPath(CablePortPath path) {
        this.path = path;
    }

    CablePortPath path() {
        return path;
    }

    void contactOhms(double ohms) {
        path.port().addedPowerContactResistance(ohms);
    }

    void dataWireBroken(boolean broken) {
        path.cable().breakWire(Wire.D_PLUS, broken ? WireState.OPEN : WireState.INTACT);
    }

    @Override
    public double vbusResistance() {
        return path.vbusResistance();
    }

    @Override
    public double gndResistance() {
        return path.gndResistance();
    }

    @Override
    public boolean dataPlusConnected() {
        return path.dataPlusConnected();
    }

    @Override
    public boolean dataMinusConnected() {
        return path.dataMinusConnected();
    }

    @Override
    public double contactTemperature() {
        return path.contactTemperature();
    }

    @Override
    public void settle(double kelvin) {
        path.settle(kelvin);
    }

    @Override
    public void advance(double t, double dt, double current, double ambientK) {
        path.advance(t, dt, current, ambientK);
    }
}
