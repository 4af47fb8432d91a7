package org.battsim.model.power;

import java.util.Objects;

/**
 * The power path of a cable plugged into a source and into the phone's port.
 *
 * <p>The VBUS and GND paths each run through the source's internal extension (a front-panel
 * cable, if any), the cable's wire with its source-side plug contact, and the phone port's
 * contact; for PHYSICS §2's loop (VBUS wire + GND wire + 4 contacts) the two plug contacts are
 * the cable's and the two others the port's. D+ and D- connect end to end when both the cable's
 * wire and the port's contact do.
 */
public final class CablePortPath implements PowerPath {
    private final Cable cable;
    private final Port port;
    private PowerSource source;

    public CablePortPath(Cable cable, Port port) {
        this.cable = Objects.requireNonNull(cable, "cable");
        this.port = Objects.requireNonNull(port, "port");
    }

    /** The path plugged into {@code source}, whose front-panel extension joins the loop. */
    public CablePortPath(Cable cable, Port port, PowerSource source) {
        this(cable, port);
        this.source = source;
    }

    /** Plugs the cable's source end into {@code s} (null: into nothing with an extension). */
    public void source(PowerSource s) {
        this.source = s;
    }

    public PowerSource source() {
        return source;
    }

    public Cable cable() {
        return cable;
    }

    public Port port() {
        return port;
    }

    @Override
    public double vbusResistance() {
        double ext = source == null ? 0 : source.extensionVbusResistance();
        return ext + cable.resistance(Wire.VBUS) + port.contactResistance(Wire.VBUS);
    }

    @Override
    public double gndResistance() {
        double ext = source == null ? 0 : source.extensionGndResistance();
        return ext + cable.resistance(Wire.GND) + port.contactResistance(Wire.GND);
    }

    /** VBUS plus GND path (Ω), as their sum, with the port's two contacts read at once. */
    @Override
    public double loopResistance() {
        double ext = source == null ? 0 : source.extensionVbusResistance() + source.extensionGndResistance();
        return ext + cable.resistance(Wire.VBUS) + cable.resistance(Wire.GND) + port.powerContactResistance();
    }

    @Override
    public boolean dataPlusConnected() {
        return cable.connected(Wire.D_PLUS) && port.mated(Wire.D_PLUS);
    }

    @Override
    public boolean dataMinusConnected() {
        return cable.connected(Wire.D_MINUS) && port.mated(Wire.D_MINUS);
    }

    @Override
    public double contactTemperature() {
        return port.contactTemperature();
    }

    @Override
    public void settle(double kelvin) {
        port.settle(kelvin);
    }

    @Override
    public void advance(double t, double dt, double current, double ambientK) {
        cable.advance(t, dt);
        port.advance(t, dt, current, ambientK);
    }

    /** How often the phone and cable are moved (movements per second). */
    public void motionRate(double hz) {
        cable.motionRate(hz);
        port.motionRate(hz);
    }

    /** The next time an intermittent wire or contact may change (s); +∞ if none. */
    public double nextMotionTime() {
        return Math.min(cable.nextMotionTime(), port.nextMotionTime());
    }

    /**
     * The largest input current that keeps the voltage at the phone at or above {@code vMin} for a
     * source of {@code emf} volts and {@code sourceOhms} output resistance (A); 0 if none does.
     */
    public double maxCurrentFor(double emf, double sourceOhms, double vMin) {
        double r = sourceOhms + loopResistance();
        if (!Double.isFinite(r)) {
            return 0;
        }
        return Math.max(0, (emf - vMin) / r);
    }
}
