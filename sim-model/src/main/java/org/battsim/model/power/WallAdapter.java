package org.battsim.model.power;

import java.util.Objects;

/**
 * A wall adapter as a Thevenin source with a current limit, a hiccup or fold behaviour past it,
 * Quick Charge levels, and faults (dead output, degraded output, unplugged from the wall).
 *
 * <p>Past the limit a {@link WallAdapterParameters.LimitMode#FOLD fold} adapter holds the limit and
 * lets its voltage collapse; a {@link WallAdapterParameters.LimitMode#HICCUP hiccup} adapter cuts
 * its output at the end of the step in which the drawn current reached the limit and turns it back
 * on {@code hiccupOffTime} later ({@link #nextTransitionTime()}), back at its default level. Quick
 * Charge requests are honoured at once; holding D+ for {@link #qcHandshakeTime()} first is the
 * phone's part of the handshake. Unplugging the cable, a hiccup or a power cut return the output
 * to the default level, as a real adapter forgets the handshake when D+ goes away.
 */
public final class WallAdapter implements PowerSource {
    // Drawn current within this fraction of the limit counts as reaching it: the device's
    // solver lands on the limit up to rounding.
    private static final double AT_LIMIT = 1e-9;
    private static final double TIME_EPS = 1e-9;

    private final WallAdapterParameters p;

    private double setpoint;
    private boolean attached;
    private boolean mains = true;
    private boolean dead;
    private boolean hiccupOff;
    private boolean atLimit;
    private double offUntil = Double.POSITIVE_INFINITY;
    private double ocvDrop;
    private double extraResistance;
    private double limitCap = Double.POSITIVE_INFINITY;
    // The parameters' current limit at the setpoint it was last looked up for.
    private double limitSetpoint = Double.NaN;
    private double limitAtSetpoint;

    public WallAdapter(WallAdapterParameters parameters) {
        this.p = Objects.requireNonNull(parameters, "parameters");
        this.setpoint = p.defaultVoltage();
    }

    public WallAdapterParameters parameters() {
        return p;
    }

    private boolean outputOn() {
        return mains && !dead && !hiccupOff;
    }

    @Override
    public double emf() {
        if (!outputOn()) {
            return 0;
        }
        double v = setpoint + p.openCircuitOffset() - ocvDrop;
        return v > 0 ? v : 0; // Math.max(0, v) for a v that is not NaN
    }

    @Override
    public double outputResistance() {
        return p.outputResistance() + extraResistance;
    }

    @Override
    public double currentLimit() {
        if (setpoint != limitSetpoint) {
            limitSetpoint = setpoint;
            limitAtSetpoint = p.limitAt(setpoint);
        }
        return outputOn() ? Math.min(limitAtSetpoint, limitCap) : 0;
    }

    @Override
    public DataSignature signature() {
        return p.signature();
    }

    @Override
    public TypeCRp rp() {
        return p.rp();
    }

    /** The nominal voltage the adapter regulates to now (V). */
    public double setpoint() {
        return setpoint;
    }

    /** Peak-to-peak ripple (V), for reporting. */
    public double ripple() {
        return outputOn() ? p.ripple() : 0;
    }

    /** How long the phone holds D+ at 0.6 V before it may request another voltage (s). */
    public double qcHandshakeTime() {
        return p.qcHandshakeTime();
    }

    @Override
    public double requestVoltage(double volts) {
        if (p.quickCharge() == WallAdapterParameters.QuickCharge.NONE || !outputOn()) {
            return setpoint;
        }
        double v = p.resolveRequest(volts);
        if (!Double.isNaN(v)) {
            setpoint = v;
        }
        return setpoint;
    }

    @Override
    public void enumerated(boolean configured) {
        // An adapter has no USB host: nothing to enumerate with.
    }

    @Override
    public void advance(double t, double dt, double current) {
        double end = t + dt;
        if (hiccupOff) {
            if (end >= offUntil - TIME_EPS) {
                hiccupOff = false;
                offUntil = Double.POSITIVE_INFINITY;
            }
            atLimit = false;
            return;
        }
        double limit = currentLimit();
        atLimit = limit > 0 && current >= limit * (1 - AT_LIMIT);
        if (atLimit && p.limitMode() == WallAdapterParameters.LimitMode.HICCUP) {
            hiccupOff = true;
            atLimit = false;
            offUntil = end + p.hiccupOffTime();
            setpoint = p.defaultVoltage();
        }
    }

    @Override
    public void attach(boolean attached, double t) {
        this.attached = attached;
        if (!attached) {
            setpoint = p.defaultVoltage();
        }
    }

    /** Whether a cable is plugged into the adapter. */
    public boolean attached() {
        return attached;
    }

    @Override
    public String name() {
        return p.name();
    }

    @Override
    public double nextTransitionTime() {
        return hiccupOff ? offUntil : Double.POSITIVE_INFINITY;
    }

    @Override
    public SourceState state() {
        if (dead) {
            return SourceState.DEAD;
        }
        if (!mains) {
            return SourceState.UNPOWERED;
        }
        if (hiccupOff) {
            return SourceState.HICCUP_OFF;
        }
        return atLimit ? SourceState.CURRENT_LIMIT : SourceState.ON;
    }

    // ---- faults and user actions -------------------------------------------------------

    /** Plugs the adapter into the wall (true) or pulls it out (false). */
    public void mains(boolean on) {
        if (!on) {
            setpoint = p.defaultVoltage();
            hiccupOff = false;
            offUntil = Double.POSITIVE_INFINITY;
            atLimit = false;
        }
        mains = on;
    }

    /** Whether the adapter is plugged into the wall. */
    public boolean mains() {
        return mains;
    }

    /** The output dies (failed regulator, open fuse). */
    public void kill() {
        dead = true;
        hiccupOff = false;
        offUntil = Double.POSITIVE_INFINITY;
        atLimit = false;
        setpoint = p.defaultVoltage();
    }

    /**
     * A weakened adapter (dried-out capacitors, a drifting reference): its open-circuit voltage
     * drops by {@code ocvDrop}, its output resistance grows by {@code extraResistance} and its
     * current limit is capped at {@code limit} at every level. Replaces an earlier degradation.
     */
    public void degrade(double ocvDrop, double extraResistance, double limit) {
        Checks.nonNegative("voltage drop", ocvDrop, "V");
        Checks.nonNegative("extra resistance", extraResistance, "Ohm");
        if (!(limit > 0)) {
            throw new IllegalArgumentException("degraded current limit must be positive, got " + limit + " A");
        }
        this.ocvDrop = ocvDrop;
        this.extraResistance = extraResistance;
        this.limitCap = limit;
    }

    /** Clears every fault: a working adapter again (the wall plug is left as it is). */
    public void restore() {
        dead = false;
        ocvDrop = 0;
        extraResistance = 0;
        limitCap = Double.POSITIVE_INFINITY;
    }

    /** Whether the output has been killed. */
    public boolean dead() {
        return dead;
    }
}
