package org.battsim.scenarios.cells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.cell.Table;
import org.battsim.scenarios.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CellLibraryTest {
    static final Table.Cursor C = new Table.Cursor();

    @Test
    void everyBuiltInSetLoads() {
        for (String n : CellLibrary.names()) {
            EcmParameters p = CellLibrary.load(n);
            assertEquals(n, p.name());
        }
    }

    @Test
    void phoneCellIsTheScaledChenRinconMoraCell() {
        EcmParameters phone = CellLibrary.load("phone-lco-3080");
        EcmParameters crm = CellLibrary.load("chen-rinconmora-850");
        assertEquals(3.08, phone.nominalCapacityAh(), 1e-12);
        assertEquals(0.85, crm.nominalCapacityAh(), 1e-12);
        assertEquals(4.35, phone.limits().chargeLimit(), 1e-12);
        assertEquals(3.4, phone.limits().cutoff(), 1e-12);
        assertEquals(2, phone.order());
        // The paper's expressions, evaluated here at SoC 0.5 (independent of the file):
        double z = 0.5;
        double voc = -1.031 * Math.exp(-35 * z) + 3.685 + 0.2156 * z - 0.1178 * z * z + 0.3201 * z * z * z;
        double r0 = 0.1562 * Math.exp(-24.37 * z) + 0.07446;
        double c2 = -6056 * Math.exp(-27.12 * z) + 4475;
        assertEquals(voc, crm.ocv().eval(z, 298.15, 0, C), 1e-5);
        assertEquals(r0, crm.r0().eval(z, 298.15, 0, C), 1e-6);
        // Scaled: R x 850/3080, C x 3080/850, OCV + 0.24 V x SoC; at 25 degC the Arrhenius factor is 1.
        double k = 3080.0 / 850.0;
        assertEquals(r0 / k, phone.r0().eval(z, 298.15, 0, C), 1e-6);
        assertEquals(
                c2 * k,
                phone.rcPairs().get(1).capacitance().eval(z, 298.15, 0, C),
                1e-4 * c2 * k); // 5 significant digits in the file
        assertEquals(voc + 0.24 * z, phone.ocv().eval(z, 298.15, 0, C), 1e-5);
        // Colder is more resistive.
        assertTrue(phone.r0().eval(z, 273.15, 0, C) > 2 * phone.r0().eval(z, 298.15, 0, C));
    }

    @Test
    void pybammExampleTablesKeepTheirGridAndUnits() {
        EcmParameters p = CellLibrary.load("pybamm-ecm-example");
        assertEquals(100, p.nominalCapacityAh(), 0);
        assertTrue(p.r0().dependsOnCurrent());
        assertEquals(8, p.r0().temperatureAxis().length);
        assertEquals(23, p.r0().currentAxis().length);
        // A grid point straight from ecm_example_r0.csv: -20 degC, -400 A, SoC 0.0 -> 0.002247605536977195 Ohm.
        assertEquals(0.002247605536977195, p.r0().eval(0.0, 253.15, -400, C), 1e-15);
        // PyBaMM: C1 = 30 s / R1, so every tau is 30 s.
        double r1 = p.rcPairs().get(0).resistance().eval(0.37, 300, 120, C);
        double c1 = p.rcPairs().get(0).capacitance().eval(0.37, 300, 120, C);
        assertEquals(30, r1 * c1, 0.5);
        assertTrue(p.entropicCoefficient().min() < 0);
    }

    @Test
    void unknownNameSuggestsTheNearestBuiltIn() {
        InputException e = assertThrows(InputException.class, () -> CellLibrary.load("phone-lco-3008"));
        assertTrue(
                e.getMessage().contains("did you mean") && e.getMessage().contains("phone-lco-3080"), e.getMessage());
    }

    @Test
    void badFileNamesLineColumnAndField(@TempDir Path dir) throws Exception {
        String text = CellLibrary.text("chen-rinconmora-850")
                .replace("cellToBody: {value: \"15 K/W\"", "cellToBody: {value: \"15 K/A\"");
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, text);
        InputException e = assertThrows(InputException.class, () -> CellLibrary.load(f.toString()));
        int line = 1;
        String[] lines = text.split("\n");
        int col = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("15 K/A")) {
                line = i + 1;
                col = lines[i].indexOf("\"15 K/A\"") + 1;
            }
        }
        assertEquals(line, e.line());
        assertEquals(col, e.column());
        assertTrue(e.getMessage().contains("thermal.cellToBody.value"), e.getMessage());
        assertTrue(e.getMessage().contains("K/W"), "names the allowed unit: " + e.getMessage());
    }

    @Test
    void missingSourceIsRejected(@TempDir Path dir) throws Exception {
        String text = CellLibrary.text("chen-rinconmora-850").replaceFirst("source: \"[^\"]*\"", "source: \" \"");
        Path f = dir.resolve("nosrc.yaml");
        Files.writeString(f, text);
        InputException e = assertThrows(InputException.class, () -> CellLibrary.load(f.toString()));
        assertTrue(e.getMessage().contains("source"), e.getMessage());
    }
}
