package org.battsim.model.power;

import java.util.Arrays;
import java.util.Objects;

/**
 * Ports sharing one power budget, and the other devices plugged into them. What the other
 * devices draw may change at any time; each port's limit and VBUS follow at the next step.
 */
public final class UsbHub {
    private final UsbHubParameters p;
    private UsbHostPort[] ports = new UsbHostPort[0];
    private double otherDevices;

    public UsbHub(UsbHubParameters parameters) {
        this.p = Objects.requireNonNull(parameters, "parameters");
    }

    public UsbHubParameters parameters() {
        return p;
    }

    /** A new port on this hub. */
    public UsbHostPort addPort(UsbHostPortParameters parameters) {
        UsbHostPort port = new UsbHostPort(parameters, this);
        ports = Arrays.copyOf(ports, ports.length + 1);
        ports[ports.length - 1] = port;
        return port;
    }

    /** Sets the total current other devices draw from the hub now (A). */
    public void otherDevicesCurrent(double amps) {
        this.otherDevices = Checks.nonNegative("other devices' current", amps, "A");
    }

    public double otherDevicesCurrent() {
        return otherDevices;
    }

    /** Everything drawn from the hub: other devices and every port's last step (A). */
    public double totalCurrent() {
        double s = otherDevices;
        for (UsbHostPort q : ports) {
            s += q.drawn();
        }
        return s;
    }

    /** What everyone but {@code port} draws (A). */
    double drawnExcept(UsbHostPort port) {
        return totalCurrent() - port.drawn();
    }
}
