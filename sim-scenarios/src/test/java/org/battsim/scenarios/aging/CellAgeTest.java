package org.battsim.scenarios.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.battsim.model.aging.AgingModel;
import org.battsim.model.aging.AgingState;
import org.battsim.scenarios.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellAgeTest {
    static final AgingModel PHONE = AgingLibrary.load("phone-lco", "--aging");

    @Test
    void parsesTheTwoForms() {
        assertEquals(new CellAge(500, Double.NaN, Double.NaN, "cycles=500"), CellAge.parse("cycles=500", "--cell-age"));
        CellAge c = CellAge.parse("capacity=85%, resistance=1.3", "--cell-age");
        assertEquals(0.85, c.capacity(), 1e-15);
        assertEquals(1.3, c.resistance(), 1e-15);
        assertEquals(-1, c.cycles());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "cycles=-3|cycles must be a whole number",
                "cycles=1e3|cycles must be a whole number",
                "capacity=120%|capacity must be above 0 and at most 1",
                "resistance=0.9|resistance must be at least 1",
                "resistance=1.2|give cycles=N or capacity=X",
                "cycles=10,capacity=0.9|either cycles or capacity",
                "cycle=10|unknown key 'cycle' (did you mean \"cycles\"?)",
                "500|expected key=value pairs",
                "cycles=5,cycles=6|given twice"
            })
    void rejectsBadSpecifications(String spec, String message) {
        InputException e = assertThrows(InputException.class, () -> CellAge.parse(spec, "--cell-age"));
        assertTrue(e.getMessage().startsWith("option --cell-age: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    /** 500 reference cycles (1C discharge, C/2 charge, 25 degC) leave about the rated 80 %. */
    @Test
    void fiveHundredCyclesLeaveAboutEightyPercent() {
        AgingState s = CellAge.parse("cycles=500", "--cell-age").state(PHONE);
        assertTrue(s.relativeCapacity() > 0.77 && s.relativeCapacity() < 0.83, "q = " + s.relativeCapacity());
        assertTrue(s.relativeResistance() > 1.15, "r = " + s.relativeResistance());
        assertEquals(500 * 3 / 24.0, s.days(), 1e-6);
        AgingState fresh = CellAge.parse("cycles=0", "--cell-age").state(PHONE);
        assertEquals(1, fresh.relativeCapacity());
        assertEquals(1, fresh.relativeResistance());
    }

    @Test
    void aGivenCapacityAndResistanceAreMet() {
        AgingState s = CellAge.parse("capacity=0.9", "--cell-age").state(PHONE);
        // Whole reference cycles: within one cycle's fade (well under 0.1 %) of the target.
        assertTrue(s.relativeCapacity() <= 0.9 && s.relativeCapacity() > 0.899, "q = " + s.relativeCapacity());
        AgingState t =
                CellAge.parse("capacity=0.9,resistance=150%", "--cell-age").state(PHONE);
        assertEquals(s.relativeCapacity(), t.relativeCapacity(), 0);
        assertEquals(1.5, t.relativeResistance(), 1e-12);
    }
}
