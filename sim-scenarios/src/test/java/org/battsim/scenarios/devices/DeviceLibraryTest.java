package org.battsim.scenarios.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.battsim.model.device.DeviceParameters;
import org.battsim.scenarios.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceLibraryTest {
    @Test
    void builtInDevicesLoadWithTheirCells() {
        DeviceParameters mi4 = DeviceLibrary.load("xiaomi-mi4");
        assertEquals(3.08, mi4.cell().nominalCapacityAh(), 1e-12);
        assertEquals(4.35, mi4.charger().vreg(), 1e-12);
        assertTrue(mi4.charger().quickCharge());
        assertEquals(0.010, mi4.protection().overdischargeDelay(), 1e-15);
        assertTrue(
                mi4.protection().overchargeDetect() > mi4.charger().vreg(),
                "protection must not trip at the charge limit");
        DeviceParameters rn4 = DeviceLibrary.load("redmi-note-4");
        assertEquals(4.1, rn4.cell().nominalCapacityAh(), 1e-12);
        assertEquals(4.4, rn4.charger().vreg(), 1e-12);
        assertTrue(rn4.protection().overchargeDetect() > rn4.charger().vreg());
        assertTrue(rn4.cell().limits().maximum() > rn4.charger().vreg());
    }

    @Test
    void gaugeMapLoadsInItsUnits() {
        var g = DeviceLibrary.load("xiaomi-mi4").gauge();
        assertEquals(3.08, g.designCapacityAh(), 1e-12);
        assertEquals(4e-6, g.relaxDvdt(), 1e-18);
        assertEquals(1800, g.relaxSeconds(), 1e-9);
        assertEquals(283.15, g.learnMinK(), 1e-9);
        assertEquals(0.005, g.maxIncrease(), 1e-15);
        assertEquals(0.10, g.maxDecrease(), 1e-15);
        assertEquals(4.1, DeviceLibrary.load("redmi-note-4").gauge().designCapacityAh(), 1e-12);
    }

    @Test
    void badValueIsReportedWithLineColumnAndPath(@TempDir Path dir) throws Exception {
        String text = new String(
                        DeviceLibrary.class
                                .getResourceAsStream("/org/battsim/devices/xiaomi-mi4.yaml")
                                .readAllBytes(),
                        "UTF-8")
                .replace("iterm: {value: \"150 mA\"", "iterm: {value: \"150 mV\"");
        Path f = dir.resolve("dev.yaml");
        Files.writeString(f, text);
        InputException e = assertThrows(InputException.class, () -> DeviceLibrary.load(f.toString()));
        assertTrue(e.getMessage().contains("charger.iterm.value"), e.getMessage());
        assertTrue(e.line() > 1 && e.column() > 1, e.getMessage());
    }

    @Test
    void inconsistentChargerIsRejectedAtItsMap(@TempDir Path dir) throws Exception {
        String text = new String(
                        DeviceLibrary.class
                                .getResourceAsStream("/org/battsim/devices/xiaomi-mi4.yaml")
                                .readAllBytes(),
                        "UTF-8")
                .replace("batlowv: {value: \"3.0 V\"", "batlowv: {value: \"4.5 V\"");
        Path f = dir.resolve("dev.yaml");
        Files.writeString(f, text);
        InputException e = assertThrows(InputException.class, () -> DeviceLibrary.load(f.toString()));
        assertTrue(e.getMessage().contains("BATLOWV"), e.getMessage());
    }

    @Test
    void unknownDeviceSuggestsANearName() {
        InputException e = assertThrows(InputException.class, () -> DeviceLibrary.load("xiaomi-mi5"));
        assertTrue(e.getMessage().contains("xiaomi-mi4"), e.getMessage());
    }
}
