package org.battsim.model.power;

/** Host ports with the numbers of PHYSICS §1. */
final class UsbPorts {
    private UsbPorts() {}

    static UsbHostPortParameters usb2() {
        return new UsbHostPortParameters(
                "usb2", UsbHostPortParameters.UsbVersion.USB2, false, 5.0, 0.1, 1.0, 0.01, 0, 28);
    }

    static UsbHostPortParameters usb3() {
        return new UsbHostPortParameters(
                "usb3", UsbHostPortParameters.UsbVersion.USB3, false, 5.0, 0.1, 1.5, 0.01, 0, 28);
    }

    static UsbHostPortParameters cdp() {
        return new UsbHostPortParameters(
                "cdp", UsbHostPortParameters.UsbVersion.USB2, true, 5.0, 0.1, 2.0, 0.01, 0, 28);
    }
}
