package org.battsim.scenarios.aging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.battsim.scenarios.io.InputException;
import org.junit.jupiter.api.Test;

class StressorProfileTest {
    static StressorProfile read(String text) throws Exception {
        return StressorProfile.read(new StringReader(text), "p.csv");
    }

    static InputException bad(String text) {
        return assertThrows(InputException.class, () -> read(text));
    }

    @Test
    void readsBlastLiteInputInAnyColumnOrder() throws Exception {
        StressorProfile p = read("Time_s,SOC,Temperature_C\n0.0,1.0,25.0\n900.0,0.75,25.0\n\n# note\n1800,0.5,30\n");
        assertArrayEquals(new double[] {0, 900, 1800}, p.timeSeconds());
        assertArrayEquals(new double[] {1, 0.75, 0.5}, p.soc());
        assertArrayEquals(new double[] {298.15, 298.15, 303.15}, p.temperatureK(), 1e-12);
        StressorProfile q = read("SOC,Temperature_C,Time_s\n1,25,0\n0.5,25,60\n");
        assertArrayEquals(new double[] {0, 60}, q.timeSeconds());
    }

    @Test
    void problemsAreReportedAtTheirLineAndColumn() {
        InputException e = bad("Time_s,SOC,Temperature_C\n0,1,25\n900,0.7x,25\n");
        assertEquals("p.csv:3:5: SOC: not a number: '0.7x'", e.getMessage());
        e = bad("Time_s,SOC,Temperature_C\n0,1,25\n900, 0.5 ,\n");
        assertEquals("p.csv:3:11: Temperature_C: missing value", e.getMessage());
        e = bad("Time_s,SOC,Temperature_C\n0,1,25\n0,0.5,25\n");
        assertEquals(3, e.line());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().contains("times must increase"), e.getMessage());
        e = bad("Time_s,SOC,Temperature_C\n0,100,25\n60,50,25\n");
        assertEquals(
                "p.csv:2:3: SOC: state of charge must be a fraction between 0 and 1, got 100 (a percentage? write 1.0)",
                e.getMessage());
        e = bad("Time_s,SoC,Temperature_C\n0,1,25\n");
        assertEquals(1, e.line());
        assertEquals(8, e.column());
        assertTrue(e.getMessage().contains("did you mean \"SOC\""), e.getMessage());
        e = bad("Time_s,SOC\n0,1\n60,1\n");
        assertTrue(e.getMessage().contains("missing column 'Temperature_C'"), e.getMessage());
        e = bad("Time_s,SOC,Temperature_C\n0,1,25,3\n");
        assertEquals("p.csv:2:1: expected 3 fields, got 4", e.getMessage());
        e = bad("Time_s,SOC,Temperature_C\n0,1,25\n");
        assertTrue(e.getMessage().contains("at least two rows"), e.getMessage());
        e = bad("");
        assertTrue(e.getMessage().contains("empty file"), e.getMessage());
        e = bad("Time_s,SOC,Temperature_C\n0,1,NaN\n1,1,25\n");
        assertEquals("p.csv:2:5: Temperature_C: not a finite number: 'NaN'", e.getMessage());
    }
}
