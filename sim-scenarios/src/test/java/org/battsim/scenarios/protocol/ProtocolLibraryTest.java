package org.battsim.scenarios.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battsim.model.protocol.CcCv;
import org.battsim.model.protocol.StagedCc;
import org.battsim.model.protocol.StepsProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProtocolLibraryTest {
    static final ProtocolLibrary.CellInfo CELL = new ProtocolLibrary.CellInfo(3.08, 4.35);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cccv:1C",
                "cccv:0.5C:4.2V",
                "mscc:2C@0.5,1C@0.8",
                "severson:5.4C(40%)-3.6C",
                "attia:4.8C-5.2C-5.2C-4.160C",
                "care:1C",
                "pulse:2C:10s:5s",
                "boost:3C:5min:1C",
                "cp:10W",
                "tcccv:2C",
                "hold80:1C:8h",
                "experiment:\"Charge at 1C until 4.2 V; Hold at 4.2 V until C/20\"",
                "Charge at 1C until 4.2 V; Hold at 4.2 V until C/20"
            })
    void theIssuesExamplesParse(String spec) {
        assertEquals(spec, ProtocolLibrary.parse(spec, CELL).spec());
    }

    @Test
    void valuesAreRead() {
        CcCv c = (CcCv) ProtocolLibrary.parse("cccv:0.5C:4.2V", CELL);
        assertEquals(0.5, c.cRate());
        assertEquals(4.2, c.floatVoltage());
        assertEquals(0.5, ((CcCv) ProtocolLibrary.parse("cccv:1540mA", CELL)).cRate(), 1e-12);
        assertEquals(0.5, ((CcCv) ProtocolLibrary.parse("cccv:C/2", CELL)).cRate(), 1e-12);
        assertEquals(4.25, ((CcCv) ProtocolLibrary.parse("care:1C", CELL)).floatVoltage(), 1e-12);
        assertInstanceOf(StagedCc.class, ProtocolLibrary.parse("attia:4.8C-5.2C-5.2C", CELL));
        assertInstanceOf(
                StepsProtocol.class, ProtocolLibrary.parse("Rest for 1 minute; Charge at 1 A for 1 hour", CELL));
    }

    @Test
    void badNamesSayWhatWasMeant() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ProtocolLibrary.parse("ccvc:1C", CELL));
        assertTrue(e.getMessage().contains("unknown protocol \"ccvc\""), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean \"cccv\""), e.getMessage());
        assertTrue(e.getMessage().contains("severson"), "lists the names: " + e.getMessage());
    }

    @Test
    void badArgumentsGiveTheSyntax() {
        for (String bad : List.of(
                "cccv",
                "cccv:1",
                "cccv:1C:9V",
                "cccv:-1C",
                "severson:5.4C-3.6C",
                "severson:5.4C(90%)-3.6C",
                "attia:4.8C-5.2C",
                "attia:1C-1C-1C",
                "pulse:2C:10s",
                "mscc:2C,1C@0.8",
                "cp:10A",
                "experiment:\"Discharge at 1C for 1 hour\"",
                "Charge at 1C until 4.2 V; Hold at 1 A for 1 hour")) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> ProtocolLibrary.parse(bad, CELL), bad);
            assertTrue(e.getMessage().startsWith("protocol \""), bad + ": " + e.getMessage());
            assertTrue(e.getMessage().contains("the syntax is"), bad + ": " + e.getMessage());
        }
    }

    @Test
    void listsSplitBetweenProtocolsOnly() {
        assertEquals(
                List.of("cccv:1C", "mscc:2C@0.5,1C@0.8", "severson:5.4C(40%)-3.6C"),
                ProtocolLibrary.splitList("cccv:1C,mscc:2C@0.5,1C@0.8,severson:5.4C(40%)-3.6C"));
        assertEquals(
                List.of("experiment:\"Charge at 1C until 4.2 V, then\"", "cccv:1C"),
                ProtocolLibrary.splitList("experiment:\"Charge at 1C until 4.2 V, then\",cccv:1C"));
        assertEquals(
                List.of("cccv:1C", "Charge at 1C until 4.2 V; Hold at 4.2 V until C/20"),
                ProtocolLibrary.splitList("cccv:1C,Charge at 1C until 4.2 V; Hold at 4.2 V until C/20"));
        assertEquals(List.of("cccv:1C", "cccvv:2C"), ProtocolLibrary.splitList("cccv:1C, cccvv:2C"));
    }
}
