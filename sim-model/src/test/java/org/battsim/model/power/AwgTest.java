package org.battsim.model.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AwgTest {
    @ParameterizedTest(name = "{0} AWG = {1} Ohm/m")
    @CsvSource({"28, 0.213", "26, 0.134", "24, 0.084", "22, 0.053", "20, 0.033"})
    void physicsTableValues(double awg, double ohmsPerMetre) {
        assertEquals(ohmsPerMetre, Awg.ohmsPerMetre(awg), 0);
        // The diameter law with annealed copper gives the same numbers within 1 %.
        assertEquals(ohmsPerMetre, Awg.formulaOhmsPerMetre(awg), 0.01 * ohmsPerMetre);
    }

    @ParameterizedTest
    @ValueSource(doubles = {21, 23, 25, 27, 30, 32})
    void otherGaugesFollowTheCopperFormulaBetweenTheirNeighbours(double awg) {
        double r = Awg.ohmsPerMetre(awg);
        assertEquals(Awg.formulaOhmsPerMetre(awg), r, 0);
        // Three gauges double the resistance (area halves every ~3 AWG): 92^(6/39) ≈ 2.005.
        assertEquals(2.005, Awg.formulaOhmsPerMetre(awg + 3) / r, 0.001);
        assertTrue(r > Awg.formulaOhmsPerMetre(awg - 1) && r < Awg.formulaOhmsPerMetre(awg + 1));
    }

    @ParameterizedTest
    @CsvSource({"27, 26, 28", "25, 24, 26", "23, 22, 24"})
    void interpolatedGaugeLiesBetweenTableNeighbours(double awg, double thick, double thin) {
        double r = Awg.ohmsPerMetre(awg);
        assertTrue(r > Awg.ohmsPerMetre(thick) && r < Awg.ohmsPerMetre(thin), "" + r);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, 41, Double.NaN})
    void rejectsGaugesOutsideTheTable(double awg) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Awg.ohmsPerMetre(awg));
        assertTrue(e.getMessage().contains("AWG"), e.getMessage());
    }
}
