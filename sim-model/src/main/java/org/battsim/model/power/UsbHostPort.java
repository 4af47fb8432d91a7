package org.battsim.model.power;

import java.util.Objects;

/**
 * A PC's USB host port: a stiff 5 V source whose current allowance depends on the USB version,
 * on enumeration and on what other devices take from the shared budget; its port switch trips on
 * over-current and keeps VBUS off until the cable is re-plugged.
 *
 * <p>{@link #currentLimit()} is what a compliant device may draw: 100/150 mA before enumeration,
 * 500/900 mA after, 1.5 A for a charging downstream port, and never more than what is left of the
 * hub's budget. The switch trips only on the current actually drawn ({@link #advance}), at the
 * parameters' trip current after the trip delay. Other loads on the hub lower VBUS through the
 * hub's shared resistance. A front-panel port's internal cable is reported through {@link
 * #extensionVbusResistance()} and belongs to the power path.
 */
public final class UsbHostPort implements PowerSource {
    private final UsbHostPortParameters p;
    private final UsbHub hub;

    private boolean attached;
    private boolean configured;
    private boolean tripped;
    private double overTime;
    private double drawn;

    /** A port with a budget of its own. */
    public UsbHostPort(UsbHostPortParameters parameters) {
        this(parameters, new UsbHub(UsbHubParameters.independent(parameters.name())));
    }

    UsbHostPort(UsbHostPortParameters parameters, UsbHub hub) {
        this.p = Objects.requireNonNull(parameters, "parameters");
        this.hub = hub;
    }

    public UsbHostPortParameters parameters() {
        return p;
    }

    /** The hub whose budget this port shares. */
    public UsbHub hub() {
        return hub;
    }

    @Override
    public double emf() {
        if (tripped) {
            return 0;
        }
        return Math.max(0, p.openCircuitVoltage() - hub.parameters().sharedResistance() * hub.drawnExcept(this));
    }

    @Override
    public double outputResistance() {
        return p.outputResistance() + hub.parameters().sharedResistance();
    }

    @Override
    public double currentLimit() {
        if (tripped) {
            return 0;
        }
        double allowed = p.chargingDownstreamPort()
                ? UsbHostPortParameters.CDP_CURRENT
                : configured ? p.version().configured() : p.version().unconfigured();
        double left = hub.parameters().budget() - hub.drawnExcept(this);
        return Math.max(0, Math.min(allowed, left));
    }

    @Override
    public DataSignature signature() {
        return p.chargingDownstreamPort() ? DataSignature.CDP : DataSignature.SDP;
    }

    @Override
    public TypeCRp rp() {
        return TypeCRp.NONE;
    }

    @Override
    public double requestVoltage(double volts) {
        return p.openCircuitVoltage();
    }

    /** The host configured the device; ignored while nothing is plugged in or the port is tripped. */
    @Override
    public void enumerated(boolean configured) {
        this.configured = configured && attached && !tripped;
    }

    /** Whether the attached device has been configured by the host. */
    public boolean configured() {
        return configured;
    }

    @Override
    public void advance(double t, double dt, double current) {
        if (tripped || !attached) {
            drawn = 0;
            overTime = 0;
            return;
        }
        drawn = Math.max(0, current);
        if (drawn >= p.tripCurrent()) {
            overTime += dt;
            if (overTime >= p.tripDelay()) {
                tripped = true;
                configured = false;
                drawn = 0;
            }
        } else {
            overTime = 0;
        }
    }

    @Override
    public void attach(boolean attached, double t) {
        this.attached = attached;
        configured = false;
        overTime = 0;
        drawn = 0;
        if (!attached) {
            // The host re-enables a port it shut down once the device is gone.
            tripped = false;
        }
    }

    /** Whether a cable is plugged into the port. */
    public boolean attached() {
        return attached;
    }

    /** Whether the port switch has tripped. */
    public boolean tripped() {
        return tripped;
    }

    /** Current drawn by this port's device over the last step (A). */
    public double drawn() {
        return drawn;
    }

    @Override
    public String name() {
        return p.name();
    }

    @Override
    public double extensionVbusResistance() {
        return p.frontPanelWireResistance();
    }

    @Override
    public double extensionGndResistance() {
        return p.frontPanelWireResistance();
    }

    @Override
    public SourceState state() {
        if (tripped) {
            return SourceState.TRIPPED;
        }
        double limit = currentLimit();
        return drawn > 0 && drawn >= limit * (1 - 1e-9) ? SourceState.CURRENT_LIMIT : SourceState.ON;
    }
}
