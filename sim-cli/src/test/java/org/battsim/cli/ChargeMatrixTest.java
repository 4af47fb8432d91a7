package org.battsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.battsim.cli.BattsimCommandTest.Result;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in source with every port condition, a heavy load or none, in the cold and in the
 * heat: each charge runs, writes only finite numbers, keeps its input limit, and its energy books close
 * (source = adapter + cable and contacts + charger + system + into the cell + pack drains).
 */
class ChargeMatrixTest {
    static Stream<Arguments> combinations() {
        List<Arguments> out = new ArrayList<>();
        for (String device : List.of("xiaomi-mi4", "redmi-note-4")) {
            for (String source : List.of(
                    "adapter-5v2a",
                    "adapter-5v1a-generic",
                    "adapter-qc2-mi",
                    "usb2-port",
                    "usb3-port,front",
                    "usb-cdp-port")) {
                for (String port : List.of("clean", "debris", "oxidized")) {
                    for (String load : List.of("off", "gaming")) {
                        String ambient = (out.size() % 2 == 0) ? "-10 degC" : "45 degC";
                        String soc = (out.size() % 3 == 0) ? "0%" : "60%";
                        out.add(Arguments.of(device, source, port, load, ambient, soc));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} from {5}")
    @MethodSource("combinations")
    void runsFiniteWithinLimitsAndClosesItsEnergyBooks(
            String device, String source, String port, String load, String ambient, String soc, @TempDir Path dir)
            throws Exception {
        Result r = BattsimCommandTest.run(
                "charge",
                "--quiet",
                "--out",
                dir.toString(),
                "--device",
                device,
                "--source",
                source,
                "--cable",
                "2m-28awg",
                "--port",
                port,
                "--load",
                load,
                "--ambient",
                ambient,
                "--from-soc",
                soc,
                "--until",
                "20min");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("timeseries.bdf.csv", "telemetry.csv", "summary.json")) {
            String text = Files.readString(dir.resolve(f));
            assertFalse(text.contains("NaN") || text.contains("Infinity"), f + " has a non-finite number");
        }
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        // IINDPM holds at every sample (the summary's limit is the one while charging, which can be
        // lower than the limit in force before, as when ICO latches at 100 mA).
        double[] in = ChargeCommandTest.column(dir, "Input Current / A");
        double[] limit = ChargeCommandTest.column(dir, "Input Current Limit / A");
        for (int i = 0; i < in.length; i++) {
            assertTrue(in[i] <= limit[i] + 1e-9, "sample " + i + ": input " + in[i] + " A above its limit " + limit[i]);
        }
        JsonNode e = s.get("energy");
        double fromSource = e.get("sourceWh").asDouble();
        double parts = ChargeCommandTest.energySinks(e);
        double scale = Math.abs(fromSource)
                + Math.abs(e.get("systemWh").asDouble())
                + Math.abs(e.get("intoCellWh").asDouble());
        // The summary rounds each book to 1e-9 Wh.
        assertEquals(fromSource, parts, 1e-6 * scale + 1e-8, "energy books: " + e);
        double[] cellT = ChargeCommandTest.column(dir, "Cell Temperature / degC");
        double amb = Double.parseDouble(ambient.split(" ")[0]);
        assertEquals(amb, cellT[0], 1e-6, "the cell starts at the ambient");
    }
}
