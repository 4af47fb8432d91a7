package org.battsim.scenarios.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.battsim.model.engine.SeededRandom;
import org.battsim.model.power.Port;
import org.battsim.model.power.Wire;
import org.battsim.scenarios.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortLibraryTest {
    static final SeededRandom RND = new SeededRandom(1);

    @Test
    void cleanPortIsNew() {
        Port p = PortLibrary.load("clean", RND);
        for (Wire w : Wire.values()) {
            assertEquals(0.030, p.contactResistance(w), 1e-15);
        }
        assertEquals("micro-usb", p.parameters().name());
    }

    @Test
    void debrisLeavesPowerAndOpensDataUntilCleaned() {
        Port p = PortLibrary.load("debris", RND);
        assertTrue(p.mated(Wire.VBUS) && p.mated(Wire.GND));
        assertFalse(p.mated(Wire.D_PLUS) || p.mated(Wire.D_MINUS));
        assertTrue(p.contactResistance(Wire.VBUS) > 0.1, "" + p.contactResistance(Wire.VBUS));
        assertTrue(p.intermittentProbability() > 0);
        p.clean();
        assertEquals(4, p.matedCount());
        assertEquals(0.030, p.contactResistance(Wire.VBUS), 1e-15);
    }

    @Test
    void oxidizedPortIsPastTheFailureThresholdAndKeepsGrowing() {
        Port p = PortLibrary.load("oxidized", RND);
        double r0 = p.contactResistance(Wire.VBUS);
        assertTrue(r0 > 0.100 && r0 < 0.200, "" + r0);
        p.advance(0, 86400, 0.5, 298.15);
        assertTrue(p.contactResistance(Wire.VBUS) > 1.5 * r0, "damp air: faster than e-fold per week");
        p.clean();
        assertEquals(0.030, p.contactResistance(Wire.VBUS), 1e-15);
    }

    @Test
    void unknownConditionSuggests() {
        InputException e = assertThrows(InputException.class, () -> PortLibrary.load("debri", RND));
        assertTrue(e.getMessage().contains("did you mean \"debris\"?"), e.getMessage());
        assertTrue(e.getMessage().contains("clean, debris, oxidized"), e.getMessage());
    }

    @Test
    void conditionFileWithItsOwnPortFile(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("gold.yaml"),
                PortLibrary.text("micro-usb")
                        .replace("name: micro-usb", "name: gold")
                        .replace("vbus: {value: \"30 mOhm\"", "vbus: {value: \"10 mOhm\""));
        String cond = PortLibrary.text("clean").replace("port: micro-usb", "port: gold.yaml");
        Path c = dir.resolve("cond.yaml");
        Files.writeString(c, cond);
        Port p = PortLibrary.load(c.toString(), RND);
        assertEquals("gold", p.parameters().name());
        assertEquals(0.010, p.contactResistance(Wire.VBUS), 1e-15);

        String missing = PortLibrary.text("clean").replace("port: micro-usb", "port: micro-usc");
        Files.writeString(c, missing);
        InputException e = assertThrows(InputException.class, () -> PortLibrary.load(c.toString(), RND));
        Located.at(e, missing, "micro-usc");
        assertTrue(e.getMessage().contains("did you mean \"micro-usb\"?"), e.getMessage());
    }

    @Test
    void brokenFilesGiveLineAndColumn(@TempDir Path dir) throws Exception {
        String text = PortLibrary.text("debris").replace("\"0.8 mm\"", "\"0.8 mn\"");
        Path f = dir.resolve("lint.yaml");
        Files.writeString(f, text);
        InputException e = assertThrows(InputException.class, () -> PortLibrary.load(f.toString(), RND));
        Located.at(e, text, "\"0.8 mn\"");
        assertTrue(e.getMessage().contains("depthLoss.value"), e.getMessage());

        String ox = PortLibrary.text("micro-usb").replace("law: {value: exponential", "law: {value: exponentail");
        Files.writeString(dir.resolve("p.yaml"), ox);
        Files.writeString(f, PortLibrary.text("clean").replace("port: micro-usb", "port: p.yaml"));
        e = assertThrows(InputException.class, () -> PortLibrary.load(f.toString(), RND));
        Located.at(e, ox, "exponentail");
        assertTrue(e.getMessage().contains("oxidation.law.value"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean \"exponential\"?"), e.getMessage());

        String swapped = PortLibrary.text("micro-usb").replace("\"1.2 mm\"", "\"0.3 mm\"");
        Files.writeString(dir.resolve("p.yaml"), swapped);
        e = assertThrows(InputException.class, () -> PortLibrary.load(f.toString(), RND));
        assertTrue(e.getMessage().contains("mate first") && e.line() > 0, e.getMessage());
    }
}
