package org.battsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.battsim.cli.BattsimCommandTest.Result;
import org.battsim.scenarios.validation.ModelValidation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateModelsCommandTest {
    @Test
    void writesTheReportAndItsFigures(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(
                ModelValidation.findReferenceData(Path.of("")).isPresent(),
                "reference data (shared/data/pybamm) not found above the working directory; skipping");
        Result r = BattsimCommandTest.run("validate-models", "--docs", dir.toString());
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(dir.resolve("VALIDATION.md"));
        assertTrue(md.contains("## Mesh convergence") && md.contains("COMSOL DFN, Marquis2019, 1C"), md);
        for (String png : new String[] {"comsol-1C.png", "comsol-3C.png", "ecker-1C.png"}) {
            byte[] head = Files.readAllBytes(dir.resolve("validation").resolve(png));
            assertTrue(head.length > 1000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G', png);
        }
    }

    @Test
    void missingDataExitsWith2(@TempDir Path dir) {
        Result r = BattsimCommandTest.run(
                "validate-models", "--data", dir.resolve("none").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("reference data not found"), r.err());
    }
}
