package org.battsim.scenarios.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.battsim.model.cell.spme.SpmeOptions;
import org.battsim.model.cell.spme.SpmeParameters;
import org.battsim.scenarios.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpmeLibraryTest {
    final double[] stack = new double[64];

    @Test
    void everyBuiltInSetLoadsWithItsCitations() {
        for (String n : SpmeLibrary.names()) {
            SpmeFile.Loaded l = SpmeLibrary.load(n);
            assertEquals(n, l.parameters().name());
            assertFalse(l.parameters().citations().isEmpty(), n);
        }
    }

    @Test
    void marquisFunctionsReproduceTheDocumentedValues() {
        SpmeParameters p = SpmeLibrary.load("marquis2019").parameters();
        double t = 298.15;
        // PARAMETERS-Marquis2019.md section 4.
        assertEquals(0.175193, p.negative.ocp.eval(0.8, t, 0, 0, stack), 1e-6);
        assertEquals(4.027014, p.positive.ocp.eval(0.6, t, 0, 0, stack), 1e-6);
        assertEquals(-2.1036e-6, p.negative.entropicChange.eval(0.8, p.negative.maxConcentration, 0, 0, stack), 1e-10);
        assertEquals(-2.0825e-5, p.positive.entropicChange.eval(0.6, p.positive.maxConcentration, 0, 0, stack), 1e-9);
        double cn = p.negative.maxConcentration;
        double cp = p.positive.maxConcentration;
        assertEquals(7.9004, p.negative.exchangeCurrent.eval(1000, cn / 2, cn, t, stack), 1e-4);
        assertEquals(0.48590, p.positive.exchangeCurrent.eval(1000, cp / 2, cp, t, stack), 1e-5);
        assertEquals(2.7877e-10, p.electrolyteDiffusivity.eval(1000, t, 0, 0, stack), 1e-14);
        assertEquals(1.1046, p.electrolyteConductivity.eval(1000, t, 0, 0, stack), 1e-4);
        assertEquals(1.7505, p.negative.diffusivity.eval(0.5, 308.15, 0, 0, stack) / 3.9e-14, 1e-4);
    }

    @Test
    void chenFunctionsReproduceTheDocumentedValues() {
        SpmeParameters p = SpmeLibrary.load("chen2020").parameters();
        double t = 298.15;
        // PARAMETERS-Chen2020.md section 4.
        assertEquals(0.092020, p.negative.ocp.eval(29866.0 / 33133, t, 0, 0, stack), 1e-6);
        assertEquals(4.272961, p.positive.ocp.eval(17038.0 / 63104, t, 0, 0, stack), 1e-6);
        double cn = p.negative.maxConcentration;
        double cp = p.positive.maxConcentration;
        assertEquals(0.33947, p.negative.exchangeCurrent.eval(1000, cn / 2, cn, t, stack), 1e-5);
        assertEquals(3.41235, p.positive.exchangeCurrent.eval(1000, cp / 2, cp, t, stack), 1e-5);
        assertEquals(1.7694e-10, p.electrolyteDiffusivity.eval(1000, t, 0, 0, stack), 1e-14);
        assertEquals(0.9487, p.electrolyteConductivity.eval(1000, t, 0, 0, stack), 1e-4);
        assertTrue(p.negative.diffusivity.isConstant());
        assertEquals(5.0, p.nominalCapacityAh, 0);
    }

    @Test
    void comsolSetChangesOnlyWhatCOMSOLChanged() {
        SpmeFile.Loaded c = SpmeLibrary.load("marquis2019-comsol");
        SpmeParameters m = SpmeLibrary.load("marquis2019").parameters();
        SpmeParameters p = c.parameters();
        assertEquals(1.0, p.area(), 0);
        assertEquals(126.0, p.negative.conductivity, 0);
        assertEquals(16.6, p.positive.conductivity, 0);
        assertEquals(24.0, p.nominalCapacityAh, 0);
        assertEquals(SpmeOptions.Thermal.ISOTHERMAL, c.options().thermal());
        assertEquals(m.negative.thickness, p.negative.thickness, 0);
        assertEquals(m.referenceTemperature, p.referenceTemperature, 0);
        assertEquals(m.lowerCutoff, p.lowerCutoff, 0);
        assertTrue(p.citations().containsAll(m.citations()));
    }

    @Test
    void measuredOcpTablesAreReadAndInterpolated() {
        SpmeParameters tab = SpmeLibrary.load("chen2020-ocp-tables").parameters();
        SpmeParameters fit = SpmeLibrary.load("chen2020").parameters();
        // A row of graphite_LGM50_ocp_Chen2020.csv: 0.0312962309919435, 1.08288070000000.
        assertEquals(1.0828807, tab.negative.ocp.eval(0.0312962309919435, 298.15, 0, 0, stack), 1e-12);
        // The fit follows the data to within tens of millivolts mid-range.
        for (double y = 0.3; y <= 0.9; y += 0.1) {
            double a = tab.positive.ocp.eval(y, 298.15, 0, 0, stack);
            double b = fit.positive.ocp.eval(y, 298.15, 0, 0, stack);
            assertEquals(b, a, 0.03, "y = " + y);
        }
    }

    @Test
    void unknownParameterIsReportedWithItsPositionAndTheNearestName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.yaml");
        Files.writeString(f, """
                name: mine
                extends: chen2020
                parameters:
                  "Negative electrode thicknes [m]": 7e-05
                """);
        InputException e = assertThrows(InputException.class, () -> SpmeLibrary.load(f.toString()));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("did you mean \"Negative electrode thickness [m]\""), e.getMessage());
    }

    @Test
    void badExpressionSaysWhereAndWhatMayBeUsed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.yaml");
        Files.writeString(f, """
                name: mine
                extends: chen2020
                parameters:
                  "Electrolyte conductivity [S.m-1]": "0.1 * c_e + sto"
                """);
        InputException e = assertThrows(InputException.class, () -> SpmeLibrary.load(f.toString()));
        assertEquals(4, e.line());
        assertTrue(
                e.getMessage().contains("unknown name 'sto'") && e.getMessage().contains("c_e, T"), e.getMessage());
    }

    @Test
    void valuesOutOfRangeNameTheParameter(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.yaml");
        Files.writeString(f, """
                name: mine
                extends: chen2020
                parameters:
                  "Negative electrode porosity": 1.5
                """);
        InputException e = assertThrows(InputException.class, () -> SpmeLibrary.load(f.toString()));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("between 0 and 1"), e.getMessage());
    }

    @Test
    void overridesReachFunctionsThatReferToThem(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.yaml");
        Files.writeString(f, """
                name: faster-plating
                extends: chen2020
                citations: ["assumption: ten times the plating rate constant, for a test"]
                options: {plating: irreversible}
                parameters:
                  "Lithium plating kinetic rate constant [m.s-1]": 1e-08
                """);
        SpmeFile.Loaded l = SpmeLibrary.load(f.toString());
        SpmeParameters base = SpmeLibrary.load("chen2020").parameters();
        double a = l.parameters().plating.platingExchange.eval(1000, 0, 298.15, 0, stack);
        double b = base.plating.platingExchange.eval(1000, 0, 298.15, 0, stack);
        assertEquals(10 * b, a, 1e-12 * a);
        assertEquals(SpmeOptions.PlatingModel.IRREVERSIBLE, l.options().plating());
    }

    @Test
    void unknownSetSuggestsABuiltIn() {
        InputException e = assertThrows(InputException.class, () -> SpmeLibrary.load("marquis2091"));
        assertTrue(e.getMessage().contains("did you mean") && e.getMessage().contains("marquis2019"), e.getMessage());
    }
}
