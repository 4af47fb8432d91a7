package org.battsim.scenarios.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.battsim.model.engine.SeededRandom;
import org.battsim.model.power.Awg;
import org.battsim.model.power.Cable;
import org.battsim.model.power.CableParameters;
import org.battsim.model.power.CablePortPath;
import org.battsim.model.power.Port;
import org.battsim.model.power.Wire;
import org.battsim.scenarios.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CableLibraryTest {
    static final SeededRandom RND = new SeededRandom(1);

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1m-24awg, 1, 24", "1m-28awg, 1, 28", "2m-28awg, 2, 28"})
    void presetsLoad(String name, double length, double awg) {
        CableParameters p = CableLibrary.parameters(name);
        assertEquals(name, p.name());
        assertEquals(length, p.length(), 0);
        assertEquals(awg, p.powerAwg(), 0);
        assertEquals(28, p.dataAwg(), 0);
        Cable c = CableLibrary.load(name, RND);
        assertEquals(length * Awg.ohmsPerMetre(awg) + 0.030, c.resistance(Wire.VBUS), 1e-12);
        assertEquals(length * Awg.ohmsPerMetre(28) + 0.030, c.resistance(Wire.D_MINUS), 1e-12);
    }

    /** PHYSICS §2 from the shipped files: 5.0 V, VINDPM 4.4 V, the cable and the clean port. */
    @ParameterizedTest(name = "{0}: {1} A")
    @CsvSource({"1m-28awg, 1.1", "1m-24awg, 2.1", "2m-28awg, 0.6", "'length=1.5m,awg=26', 1.15"})
    void workedExampleFromPresets(String cable, double amps) {
        Port port = PortLibrary.load("clean", RND);
        CablePortPath path = new CablePortPath(CableLibrary.load(cable, RND), port);
        double i = (5.0 - 4.4) / path.loopResistance();
        assertEquals(amps, i, 0.1);
    }

    @Test
    void inlineSpecsTakeTheRestFromTheBase() {
        CableParameters p = CableLibrary.parameters("length=1.5m,awg=26");
        assertEquals(1.5, p.length(), 0);
        assertEquals(26, p.powerAwg(), 0);
        assertEquals(28, p.dataAwg(), 0, "data wires 28 AWG by default");
        assertEquals("1.5m-26awg", p.name());
        CableParameters base = CableLibrary.parameters(CableLibrary.BASE);
        assertEquals(base.plugContactResistance(), p.plugContactResistance(), 0);
        assertEquals(base.intermittentOpenProbability(), p.intermittentOpenProbability(), 0);

        CableParameters q = CableLibrary.parameters("1m-24awg, length=3m, dataAwg=30");
        assertEquals(3, q.length(), 0);
        assertEquals(24, q.powerAwg(), 0);
        assertEquals(30, q.dataAwg(), 0);
        assertEquals(27, CableLibrary.parameters("awg=27").powerAwg(), 0);
    }

    @Test
    void badSpecsSayWhatIsAllowed() {
        InputException e = assertThrows(InputException.class, () -> CableLibrary.parameters("1m-28aw"));
        assertTrue(e.getMessage().contains("did you mean \"1m-28awg\"?"), e.getMessage());
        e = assertThrows(InputException.class, () -> CableLibrary.parameters("lenght=2m,awg=26"));
        assertTrue(e.getMessage().contains("did you mean \"length\"?"), e.getMessage());
        e = assertThrows(InputException.class, () -> CableLibrary.parameters("length=2 V"));
        assertTrue(e.getMessage().contains("length"), e.getMessage());
        e = assertThrows(InputException.class, () -> CableLibrary.parameters("awg=50"));
        assertTrue(e.getMessage().contains("awg must be between"), e.getMessage());
        e = assertThrows(InputException.class, () -> CableLibrary.parameters("length"));
        assertTrue(e.getMessage().contains("length needs a value"), e.getMessage());
    }

    @Test
    void brokenFileGivesLineAndColumn(@TempDir Path dir) throws Exception {
        String text = CableLibrary.text("2m-28awg").replace("powerAwg: {value: 28,", "powerAwg: {value: 28 AWG,");
        Path f = dir.resolve("bad-cable.yaml");
        Files.writeString(f, text);
        InputException e = assertThrows(InputException.class, () -> CableLibrary.load(f.toString(), RND));
        Located.at(e, text, "28 AWG,");
        assertTrue(e.getMessage().contains("powerAwg.value"), e.getMessage());

        String unknown = CableLibrary.text("2m-28awg") + "lenght: {value: \"2 m\", source: \"x\"}\n";
        Files.writeString(f, unknown);
        e = assertThrows(InputException.class, () -> CableLibrary.load(f.toString(), RND));
        Located.at(e, unknown, "lenght");
        assertTrue(e.getMessage().contains("did you mean \"length\"?"), e.getMessage());
    }
}
