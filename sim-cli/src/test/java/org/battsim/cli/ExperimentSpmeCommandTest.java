package org.battsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.battsim.cli.BattsimCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperimentSpmeCommandTest {
    @Test
    void comsolCaseRunsFromTheCommandLine(@TempDir Path dir) throws Exception {
        Result r = BattsimCommandTest.run(
                "experiment",
                "--model",
                "spme",
                "--params",
                "marquis2019-comsol",
                "--out",
                dir.toString(),
                "Discharge at 24 A until 3.105 V");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("lithium inventory lost"), r.out());
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals("spme", s.get("model").asText());
        assertEquals("marquis2019-comsol", s.get("cell").asText());
        assertEquals("isothermal", s.get("spmeOptions").get("thermal").asText());
        // COMSOL's 1C discharge is still above 3.105 V at one hour; the SPMe ends a little later.
        double ah = s.get("dischargeCapacityAh").asDouble();
        assertTrue(ah > 24.0 && ah < 24.5, "discharged " + ah);
        assertEquals(80.5089, s.get("initialSocPercent").asDouble(), 1e-3);
        String header = Files.readAllLines(dir.resolve("timeseries.bdf.csv")).get(0);
        assertTrue(header.contains("Anode Potential vs Li / V") && header.contains("Plated Lithium / Ah"), header);
    }

    @Test
    void chargeWithPlatingAndSeiReportsTheirMetrics(@TempDir Path dir) throws Exception {
        Result r = BattsimCommandTest.run(
                "experiment",
                "--model",
                "spme",
                "--params",
                "chen2020",
                "--sei",
                "solvent-diffusion-limited",
                "--plating",
                "irreversible",
                "--from-soc",
                "10%",
                "--temperature",
                "-10 degC",
                "--out",
                dir.toString(),
                "Charge at 3C until 4.2 V");
        assertEquals(0, r.code(), r.err());
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertTrue(s.get("platedLithiumAh").asDouble() > 0, s.toString());
        assertTrue(s.get("timeBelowPlatingPotentialSeconds").asDouble() > 0);
        assertTrue(s.get("lithiumInventoryLostAh").asDouble()
                >= s.get("platedLithiumAh").asDouble());
        assertTrue(s.get("minAnodePotentialV").asDouble() < 0);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--model|spme|--cell|phone-lco-3080|option --cell: names an equivalent-circuit cell",
                "--model|ecm|--params|marquis2019|option --params: applies to the SPMe only",
                "--model|spmee|--from-soc|50%|did you mean",
                "--model|spme|--params|marquis2091|did you mean",
                "--model|spme|--sei|reaction|allowed: none, reaction-limited",
                "--model|spme|--plating|yes|allowed: none, irreversible",
                "--model|spme|--mesh|20|two whole numbers",
                "--model|spme|--mesh|1,30|2 to 10000",
                "--model|ecm|--thermal|isothermal|--model spme",
            })
    void badModelOptionsExitWith2(String a, String b, String c, String d, String expected) {
        Result r = BattsimCommandTest.run("experiment", a, b, c, d, "Discharge at 1C for 1 minute");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
    }

    @Test
    void badParameterFileIsReportedAtItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cell.yaml");
        Files.writeString(f, "name: mine\nextends: chen2020\nparameters:\n  \"Separator porosity\": -0.1\n");
        Result r = BattsimCommandTest.run(
                "experiment", "--model", "spme", "--params", f.toString(), "Discharge at 1C for 1 minute");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("cell.yaml:4:"), r.err());
    }
}
