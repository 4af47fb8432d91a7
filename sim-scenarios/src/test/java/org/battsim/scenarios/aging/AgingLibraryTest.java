package org.battsim.scenarios.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.battsim.model.aging.AgingModel;
import org.battsim.model.aging.Law;
import org.battsim.model.aging.Mechanism;
import org.battsim.model.aging.Stressor;
import org.battsim.model.cell.Table;
import org.battsim.scenarios.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgingLibraryTest {
    @Test
    void everyBuiltInModelLoads() {
        for (String n : AgingLibrary.names()) {
            AgingModel m = AgingLibrary.load(n, "--aging");
            assertEquals(n, m.name());
            assertEquals(4, m.mechanisms().size());
        }
    }

    /** The Sanyo file against PHYSICS.md section 7, written out here. */
    @Test
    void sanyoFileIsSchmalstiegAsPhysicsStatesIt() {
        AgingModel m = AgingLibrary.load("sanyo-nmc-2014", "--aging");
        assertEquals(2.15, m.nominalCapacityAh(), 1e-12);
        assertEquals(1, m.windowDays());
        assertEquals(1, m.windowEfc());
        Table.Cursor c = new Table.Cursor();
        assertEquals(3.331, m.ocv().eval(0, 298.15, 0, c), 1e-12);
        assertEquals(4.162, m.ocv().eval(1, 298.15, 0, c), 1e-12);
        assertEquals(3.696420384, m.ocv().eval(0.498480903, 298.15, 0, c), 1e-12);
        Mechanism qcal = m.mechanisms().get(0);
        Mechanism qcyc = m.mechanisms().get(1);
        Mechanism rcal = m.mechanisms().get(2);
        Mechanism rcyc = m.mechanisms().get(3);
        assertEquals(new Law.Power(0.75, Law.Update.EXPLICIT), qcal.law());
        assertEquals(new Law.Power(0.5, Law.Update.EXPLICIT), qcyc.law());
        assertEquals(new Law.Power(0.75, Law.Update.EXPLICIT), rcal.law());
        assertEquals(new Law.Linear(), rcyc.law());
        assertEquals(Mechanism.Variable.TIME, qcal.variable());
        assertEquals(Mechanism.Variable.THROUGHPUT, qcyc.variable());
        assertTrue(qcal.perSample() && rcal.perSample() && !qcyc.perSample() && !rcyc.perSample());
        SplittableRandom rnd = new SplittableRandom(1);
        double[] x = new double[Stressor.COUNT];
        for (int i = 0; i < 50; i++) {
            double v = 3.3 + rnd.nextDouble() * 0.9;
            double t = 270 + rnd.nextDouble() * 50;
            double vrms = 3.5 + rnd.nextDouble() * 0.6;
            double dod = rnd.nextDouble();
            x[Stressor.VOLTAGE.ordinal()] = v;
            x[Stressor.TEMPERATURE.ordinal()] = t;
            x[Stressor.VOLTAGE_RMS.ordinal()] = vrms;
            x[Stressor.DOD.ordinal()] = dod;
            assertEquals(
                    (7.543 * v - 23.75) * 1e6 * Math.exp(-6976 / t), qcal.rate().value(x), 1e-12);
            assertEquals(
                    (5.270 * v - 16.32) * 1e5 * Math.exp(-5986 / t), rcal.rate().value(x), 1e-12);
            assertEquals(
                    7.348e-3 * (vrms - 3.667) * (vrms - 3.667) + 7.6e-4 + 4.081e-3 * dod,
                    qcyc.rate().value(x),
                    1e-15);
            assertEquals(
                    2.153e-4 * (vrms - 3.725) * (vrms - 3.725) - 1.521e-5 + 2.798e-4 * dod,
                    rcyc.rate().value(x),
                    1e-15);
        }
    }

    @Test
    void unknownModelSuggestsTheClosest() {
        InputException e = assertThrows(InputException.class, () -> AgingLibrary.load("phone-lc", "--aging"));
        assertTrue(e.getMessage().startsWith("option --aging: unknown aging model 'phone-lc'"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean \"phone-lco\""), e.getMessage());
    }

    static final String GOOD = """
            name: test
            nominalCapacity: {value: "1 Ah", source: "test"}
            ocv: {source: "test", unit: V, soc: [0, 1], values: [3.4, 4.2]}
            window:
              days: {value: 1, source: "test"}
              cycles: {value: 1, source: "test"}
            parameters:
              k: {value: 0.001, source: "test"}
            mechanisms:
              - name: calendar
                source: "test"
                adds: capacity-loss
                variable: time
                law: power
                exponent: "0.5"
                per: sample
                rate: "k*exp(V - 4.2)"
            """;

    static InputException bad(Path dir, String yaml) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, yaml);
        return assertThrows(InputException.class, () -> AgingLibrary.load(f.toString(), "--aging"));
    }

    @Test
    void aFileOfOneOwnLoads(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.yaml");
        Files.writeString(f, GOOD);
        AgingModel m = AgingLibrary.load(f.toString(), "--aging");
        assertEquals("test", m.name());
        assertEquals(
                new Law.Power(0.5, Law.Update.EQUIVALENT), m.mechanisms().get(0).law());
    }

    @Test
    void badFilesAreReportedWithLineAndColumn(@TempDir Path dir) throws Exception {
        InputException e = bad(dir, GOOD.replace("rate: \"k*exp(V - 4.2)\"", "rate: \"k*exp(V - dod)\""));
        assertEquals(17, e.line(), e.getMessage());
        assertEquals(22, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains("'dod'"), e.getMessage());
        e = bad(dir, GOOD.replace("k: {value: 0.001, source: \"test\"}", "k: {value: 0.001, source: \"\"}"));
        assertTrue(e.getMessage().contains("parameters.k.source: must not be empty"), e.getMessage());
        assertEquals(8, e.line(), e.getMessage());
        e = bad(dir, GOOD.replace("law: power", "law: powr"));
        assertTrue(e.getMessage().contains("did you mean \"power\""), e.getMessage());
        e = bad(dir, GOOD.replace("    per: sample\n", "    per: sample\n    rat: 1\n"));
        assertTrue(e.getMessage().contains("unknown key \"rat\""), e.getMessage());
        e = bad(dir, GOOD.replace("exponent: \"0.5\"", "exponent: \"1.5\""));
        assertTrue(e.getMessage().contains("exponent must be in (0, 1]"), e.getMessage());
        e = bad(dir, GOOD.replace("k: {value", "exp: {value").replace("k*exp", "1*exp"));
        assertTrue(e.getMessage().contains("name of a stressor or function"), e.getMessage());
    }
}
