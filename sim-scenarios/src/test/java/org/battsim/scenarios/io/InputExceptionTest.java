package org.battsim.scenarios.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputExceptionTest {
    @Test
    void formatsPresentPartsOnly() {
        assertEquals(
                "cell.yaml:7:12: thermal.ambient: bad",
                new InputException("cell.yaml", 7, 12, "thermal.ambient", "bad").getMessage());
        assertEquals("cell.yaml:7: a: bad", new InputException("cell.yaml", 7, 0, "a", "bad").getMessage());
        assertEquals("cell.yaml: bad", new InputException("cell.yaml", 0, 5, "", "bad").getMessage());
        assertEquals(
                "cell.yaml: a.b: bad",
                InputException.withoutPosition("cell.yaml", "a.b", "bad").getMessage());
        InputException e = InputException.option("--soc", "must be between 0 and 1");
        assertEquals("option --soc: must be between 0 and 1", e.getMessage());
        assertEquals("option --soc", e.source());
        assertEquals(0, e.line());
        assertEquals("must be between 0 and 1", e.detail());
    }
}
