package org.battsim.scenarios.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalogue scenario reads, runs and passes its own checks; outputs repeat byte for byte. */
class CatalogueTest {
    static java.util.List<String> names() {
        return Catalogue.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void runsAndPassesItsChecks(String name) {
        Scenario s = Catalogue.load(name);
        assertFalse(s.checks().isEmpty(), name + " has checks");
        assertFalse(s.explanation().isBlank());
        ScenarioRunner.Result r = new ScenarioRunner().run(s);
        String failed = r.checks().stream()
                .filter(c -> !c.passed())
                .map(c -> c.name() + " [" + c.run() + "] " + c.values() + " " + c.message())
                .collect(Collectors.joining("\n"));
        assertTrue(r.passed(), name + ":\n" + failed);
    }

    @Test
    void elevenSituationsInTheSeedsOrder() {
        assertEquals(11, Catalogue.names().size());
        assertEquals("healthy-baseline", Catalogue.names().get(0));
        assertEquals("battery-calibration", Catalogue.names().get(10));
    }

    @Test
    void sameSeedSameBytesAndAnotherSeedChangesTheRandomRuns(@TempDir Path dir) throws IOException {
        Scenario s = Catalogue.load("port-debris/debris-handled");
        new ScenarioRunner().run(s).write(dir.resolve("a"));
        new ScenarioRunner().run(s).write(dir.resolve("b"));
        for (String f :
                new String[] {"timeseries.bdf.csv", "events.csv", "summary.json", "checks.json", "telemetry.csv"}) {
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve("a").resolve(f)),
                    Files.readAllBytes(dir.resolve("b").resolve(f)),
                    f);
        }
        new ScenarioRunner().run(s.withSeed(12345)).write(dir.resolve("c"));
        assertFalse(
                Files.readString(dir.resolve("a/events.csv")).equals(Files.readString(dir.resolve("c/events.csv"))),
                "the loose plug's drop-outs follow the seed");
    }

    @Test
    void oneRunOfAScenarioKeepsOnlyItsChecks() {
        Scenario s = Catalogue.load("pc-usb-ports/cdp");
        assertEquals(1, s.runs().size());
        assertEquals("pc-usb-ports/cdp", s.name());
        // Checks comparing other runs are dropped; this variant has none of its own.
        assertTrue(
                s.checks().stream().allMatch(c -> c.runs().isEmpty() || c.runs().contains("cdp")));
    }

    @Test
    void severalRunsWriteOneFolderEachAndACombinedSummary(@TempDir Path dir) throws IOException {
        Scenario s = Catalogue.load("controller-reset");
        ScenarioRunner.Result r = new ScenarioRunner().run(s);
        r.write(dir);
        for (Scenario.Run run : s.runs()) {
            assertTrue(Files.isRegularFile(dir.resolve(run.name()).resolve("timeseries.bdf.csv")), run.name());
        }
        String summary = Files.readString(dir.resolve("summary.json"));
        assertTrue(summary.contains("\"ico-latched-reset\""));
        String checks = Files.readString(dir.resolve("checks.json"));
        assertTrue(checks.contains("\"passed\" : true"), checks);
        assertEquals(s.text(), Files.readString(dir.resolve("scenario.yaml")));
    }
}
