package org.battsim.model.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsbHostPortTest {
    /** Whatever the load and the enumeration history, a USB 2 port gives at most 100 / 500 mA. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void usb2NeverDeliversMoreThan500mAnd100mBeforeEnumeration(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        UsbHostPort port = new UsbHostPort(UsbPorts.usb2());
        port.attach(true, 0);
        boolean configured = false;
        double t = 0;
        for (int k = 0; k < 2000; k++) {
            if (r.nextInt(50) == 0) {
                configured = r.nextBoolean();
                port.enumerated(configured);
            }
            double i = port.currentInto(r.nextDouble() < 0.1 ? 0 : 20 * r.nextDouble());
            assertTrue(i <= (configured ? 0.5 : 0.1) + 1e-15, "k=" + k + ": " + i);
            port.advance(t, 0.1, i);
            t += 0.1;
        }
        assertFalse(port.tripped(), "a compliant draw never trips the switch");
    }

    @Test
    void allowancesByVersionAndCdp() {
        UsbHostPort usb2 = new UsbHostPort(UsbPorts.usb2());
        UsbHostPort usb3 = new UsbHostPort(UsbPorts.usb3());
        UsbHostPort cdp = new UsbHostPort(UsbPorts.cdp());
        for (UsbHostPort p : new UsbHostPort[] {usb2, usb3, cdp}) {
            p.attach(true, 0);
        }
        assertEquals(0.1, usb2.currentLimit(), 0);
        assertEquals(0.15, usb3.currentLimit(), 0);
        assertEquals(1.5, cdp.currentLimit(), 0, "CDP: 1.5 A without enumeration");
        usb2.enumerated(true);
        usb3.enumerated(true);
        assertEquals(0.5, usb2.currentLimit(), 0);
        assertEquals(0.9, usb3.currentLimit(), 0);
        assertEquals(DataSignature.SDP, usb2.signature());
        assertEquals(DataSignature.CDP, cdp.signature());
        assertEquals(5.0, usb3.requestVoltage(9), 0, "a host port ignores Quick Charge");
        usb2.attach(false, 1);
        usb2.attach(true, 1);
        assertEquals(0.1, usb2.currentLimit(), 0, "a re-plugged device enumerates again");
    }

    @Test
    void otherDevicesOnTheHubLowerTheLimitAndTheVoltage() {
        UsbHub hub = new UsbHub(new UsbHubParameters("pair", 1.0, 0.05));
        UsbHostPort phone = hub.addPort(UsbPorts.usb2());
        UsbHostPort disk = hub.addPort(UsbPorts.usb2());
        phone.attach(true, 0);
        phone.enumerated(true);
        assertEquals(0.5, phone.currentLimit(), 0);
        assertEquals(5.0, phone.emf(), 0);

        hub.otherDevicesCurrent(0.7); // a keyboard light and a fan on the same switch
        assertEquals(0.3, phone.currentLimit(), 1e-12);
        assertEquals(5.0 - 0.05 * 0.7, phone.emf(), 1e-12);

        disk.attach(true, 0);
        disk.enumerated(true);
        disk.advance(0, 1, 0.25);
        assertEquals(0.05, phone.currentLimit(), 1e-12);
        hub.otherDevicesCurrent(0.9);
        assertEquals(0, phone.currentLimit(), 0, "budget used up");

        hub.otherDevicesCurrent(0);
        disk.attach(false, 2);
        assertEquals(0.5, phone.currentLimit(), 0, "unplugging the others helps");
    }

    @Test
    void overCurrentTripsVbusOffUntilReplug() {
        UsbHostPort port = new UsbHostPort(UsbPorts.usb2()); // trips at 1.0 A after 10 ms
        port.attach(true, 0);
        port.enumerated(true);
        port.advance(0, 0.005, 1.2);
        assertFalse(port.tripped(), "shorter than the trip delay");
        port.advance(0.005, 0.001, 0.4);
        port.advance(0.006, 0.005, 1.2);
        assertFalse(port.tripped(), "the over-current must last the whole delay");
        port.advance(0.011, 0.005, 1.2);
        assertTrue(port.tripped());
        assertEquals(SourceState.TRIPPED, port.state());
        assertEquals(0, port.emf());
        assertEquals(0, port.currentLimit());
        for (int k = 0; k < 100; k++) {
            port.advance(1 + k, 1, 0);
        }
        port.attach(true, 200);
        assertTrue(port.tripped(), "plugging again without pulling out does nothing");
        port.attach(false, 201);
        port.attach(true, 202);
        assertEquals(5.0, port.emf(), 0);
        assertEquals(0.1, port.currentLimit(), 0);
    }

    @Test
    void frontPanelCableIsReportedAsPathResistance() {
        UsbHostPort front = new UsbHostPort(UsbPorts.usb2().withFrontPanel(0.6, 28));
        assertEquals(0.6 * 0.213, front.extensionVbusResistance(), 1e-12);
        assertEquals(0.6 * 0.213, front.extensionGndResistance(), 1e-12);
        assertEquals(0.1, front.outputResistance(), 0);
        assertEquals(0, new UsbHostPort(UsbPorts.usb2()).extensionVbusResistance(), 0);
    }

    @Test
    void parametersAreChecked() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new UsbHostPortParameters(
                        "x", UsbHostPortParameters.UsbVersion.USB2, false, 5.5, 0.1, 1, 0.01, 0, 28));
        assertTrue(e.getMessage().contains("VBUS open-circuit voltage"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> new UsbHostPortParameters(
                        "x", UsbHostPortParameters.UsbVersion.USB2, true, 5, 0.1, 1.2, 0.01, 0, 28));
        assertTrue(e.getMessage().contains("exceed"), e.getMessage());
    }
}
