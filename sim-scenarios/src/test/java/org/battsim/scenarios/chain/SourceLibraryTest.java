package org.battsim.scenarios.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.battsim.model.engine.SeededRandom;
import org.battsim.model.power.DataSignature;
import org.battsim.model.power.PowerSource;
import org.battsim.model.power.SourceState;
import org.battsim.model.power.UsbHostPort;
import org.battsim.model.power.WallAdapter;
import org.battsim.model.power.WallAdapterParameters;
import org.battsim.scenarios.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SourceLibraryTest {
    static final SeededRandom RND = new SeededRandom(1);

    static Iterable<String> names() {
        return SourceLibrary.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyBuiltInLoadsUnderItsName(String name) {
        PowerSource s = SourceLibrary.load(name, RND);
        assertEquals(name, s.name());
        assertTrue(s.emf() >= 4.75 && s.emf() <= 5.25, name + ": " + s.emf());
        assertTrue(s.currentLimit() > 0);
        assertEquals(SourceState.ON, s.state());
    }

    @Test
    void nativeAndQuickChargeAdapters() {
        WallAdapter native5v2a = assertInstanceOf(WallAdapter.class, SourceLibrary.load("adapter-5v2a", RND));
        assertEquals(DataSignature.DCP, native5v2a.signature());
        assertEquals(2, native5v2a.currentLimit(), 0);
        assertEquals(5.0, native5v2a.requestVoltage(9), 0.2, "no Quick Charge");

        WallAdapter mi = assertInstanceOf(WallAdapter.class, SourceLibrary.load("adapter-qc2-mi", RND));
        assertEquals(DataSignature.DCP, mi.signature());
        assertEquals(1.25, mi.qcHandshakeTime(), 0);
        assertEquals(9, mi.requestVoltage(9), 0);
        assertEquals(1.2, mi.currentLimit(), 0);
        assertEquals(12, mi.requestVoltage(12), 0);
        assertEquals(1.0, mi.currentLimit(), 0);
    }

    @Test
    void genericAdapterIsWeakerThanItsLabelFloatsAndHiccups() {
        WallAdapter g = assertInstanceOf(WallAdapter.class, SourceLibrary.load("adapter-5v1a-generic", RND));
        assertEquals(DataSignature.FLOAT, g.signature());
        assertTrue(g.currentLimit() < 1.0, "below its 1 A label");
        assertTrue(g.outputResistance() >= 0.2 && g.outputResistance() <= 0.5);
        assertEquals(WallAdapterParameters.LimitMode.HICCUP, g.parameters().limitMode());
        double off = g.parameters().hiccupOffTime();
        assertTrue(off >= 1 && off <= 2, "off " + off + " s");
        g.advance(0, 0.1, g.currentLimit());
        assertEquals(SourceState.HICCUP_OFF, g.state());
    }

    @Test
    void hostPortsAndTheirFrontPanelVariant() {
        UsbHostPort rear = assertInstanceOf(UsbHostPort.class, SourceLibrary.load("usb2-port", RND));
        rear.attach(true, 0);
        assertEquals(0.1, rear.currentLimit(), 0);
        rear.enumerated(true);
        assertEquals(0.5, rear.currentLimit(), 0);
        assertEquals(0, rear.extensionVbusResistance(), 0);

        PowerSource front = SourceLibrary.load("usb2-port,front", RND);
        assertEquals(0.45 * 0.213, front.extensionVbusResistance(), 1e-12);
        PowerSource front06 = SourceLibrary.load("usb3-port, front=60cm", RND);
        assertEquals(0.6 * 0.213, front06.extensionGndResistance(), 1e-12);

        UsbHostPort usb3 = assertInstanceOf(UsbHostPort.class, SourceLibrary.load("usb3-port", RND));
        usb3.attach(true, 0);
        usb3.enumerated(true);
        assertEquals(0.9, usb3.currentLimit(), 0);
        PowerSource cdp = SourceLibrary.load("usb-cdp-port", RND);
        assertEquals(DataSignature.CDP, cdp.signature());
        assertEquals(1.5, cdp.currentLimit(), 0);
    }

    @Test
    void eachLoadIsANewPortOnItsOwnHub() {
        UsbHostPort a = (UsbHostPort) SourceLibrary.load("usb2-port", RND);
        UsbHostPort b = (UsbHostPort) SourceLibrary.load("usb2-port", RND);
        a.hub().otherDevicesCurrent(0.8);
        a.attach(true, 0);
        a.enumerated(true);
        b.attach(true, 0);
        b.enumerated(true);
        assertEquals(0.2, a.currentLimit(), 1e-12, "1 A budget, 0.8 A taken by others");
        assertEquals(0.5, b.currentLimit(), 0);
    }

    @Test
    void unknownNamesAndOptionsSuggest() {
        InputException e = assertThrows(InputException.class, () -> SourceLibrary.load("adapter-5v2", RND));
        assertTrue(e.getMessage().contains("did you mean \"adapter-5v2a\"?"), e.getMessage());
        e = assertThrows(InputException.class, () -> SourceLibrary.load("usb2-port,frnt", RND));
        assertTrue(e.getMessage().contains("did you mean \"front\"?"), e.getMessage());
        e = assertThrows(InputException.class, () -> SourceLibrary.load("adapter-5v2a,front", RND));
        assertTrue(e.getMessage().contains("USB host ports"), e.getMessage());
        e = assertThrows(InputException.class, () -> SourceLibrary.load("usb2-port,front=5m", RND));
        assertTrue(e.getMessage().contains("front must be between"), e.getMessage());
    }

    @Test
    void brokenFileGivesLineAndColumn(@TempDir Path dir) throws Exception {
        String text = SourceLibrary.text("adapter-5v1a-generic").replace("\"0.35 Ohm\"", "\"0.35 Ohms\"");
        Path f = dir.resolve("weak.yaml");
        Files.writeString(f, text);
        InputException e = assertThrows(InputException.class, () -> SourceLibrary.load(f.toString(), RND));
        Located.at(e, text, "\"0.35 Ohms\"");
        assertTrue(e.getMessage().contains("outputResistance.value"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean \"Ohm\"?"), e.getMessage());
    }

    @Test
    void modelChecksAreReportedAtTheFile(@TempDir Path dir) throws Exception {
        // A Quick Charge adapter must present a DCP: the record's check, located at the file.
        String text =
                SourceLibrary.text("adapter-qc2-mi").replace("signature: {value: dcp", "signature: {value: float");
        Path f = dir.resolve("qc.yaml");
        Files.writeString(f, text);
        InputException e = assertThrows(InputException.class, () -> SourceLibrary.load(f.toString(), RND));
        assertEquals(f.toString(), e.source());
        assertTrue(e.line() > 0 && e.getMessage().contains("DCP"), e.getMessage());
    }

    @Test
    void everyValueNeedsASource(@TempDir Path dir) throws Exception {
        String text = SourceLibrary.text("usb2-port")
                .replace("tripDelay: {value: \"0.01 s\", source: \"", "tripDelay: {value: \"0.01 s\", sourc: \"");
        Path f = dir.resolve("nosource.yaml");
        Files.writeString(f, text);
        InputException e = assertThrows(InputException.class, () -> SourceLibrary.load(f.toString(), RND));
        assertTrue(e.getMessage().contains("tripDelay.source"), e.getMessage());
        assertTrue(e.getMessage().contains("misspelled"), e.getMessage());
    }
}
