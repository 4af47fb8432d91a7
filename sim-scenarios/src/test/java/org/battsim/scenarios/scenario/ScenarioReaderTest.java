package org.battsim.scenarios.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.battsim.scenarios.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict reading: every problem at its line and column with the field path and what is allowed. */
class ScenarioReaderTest {
    static final String HEAD = "title: t\nexplanation: e\n";

    static InputException reject(String yaml) {
        return assertThrows(InputException.class, () -> ScenarioReader.read(HEAD + yaml, "s.yaml", "s", null));
    }

    static Scenario read(String yaml) {
        return ScenarioReader.read(HEAD + yaml, "s.yaml", "s", null);
    }

    @Test
    void defaultsMakeAHealthyChargeRun() {
        Scenario s = read("");
        Scenario.Run r = s.runs().get(0);
        assertEquals("s", r.name());
        assertEquals("xiaomi-mi4", r.deviceName());
        assertEquals("adapter-5v2a", r.source());
        assertEquals(0.2, r.soc(), 0);
        assertEquals(298.15, r.ambientK(), 1e-9);
        assertTrue(r.untilFull() && r.plugged());
        assertEquals(1, s.seed());
    }

    @Test
    void unknownKeyIsReportedWhereItIsWithASuggestion() {
        InputException e = reject("sorce: usb2-port\n");
        assertEquals(3, e.line());
        assertEquals(1, e.column());
        assertEquals("sorce", e.path());
        assertTrue(e.getMessage().contains("did you mean \"source\""), e.getMessage());
        e = reject("start:\n  soc: 20%\n  cellTemprature: 30 degC\n");
        assertEquals(5, e.line());
        assertEquals(3, e.column());
        assertEquals("start.cellTemprature", e.path());
        assertTrue(e.getMessage().contains("cellTemperature"), e.getMessage());
    }

    @Test
    void wrongUnitsAndRangesNameWhatIsAllowed() {
        InputException e = reject("environment:\n  ambient: 25 V\n");
        assertEquals(4, e.line());
        assertEquals(12, e.column());
        assertEquals("environment.ambient", e.path());
        e = reject("start:\n  soc: 150%\n");
        assertTrue(e.getMessage().contains("between 0 and 1"), e.getMessage());
        e = reject("until: forever\n");
        assertTrue(e.getMessage().contains("'full'"), e.getMessage());
    }

    @Test
    void badReferencesPointAtTheValue() {
        InputException e = reject("source: adapter-5v2b\n");
        assertEquals(3, e.line());
        assertEquals(9, e.column());
        assertTrue(e.getMessage().contains("did you mean \"adapter-5v2a\""), e.getMessage());
        e = reject("device: xiaomi-mi5\n");
        assertTrue(e.getMessage().startsWith("s.yaml:3:9: device: unknown device"), e.getMessage());
        e = reject("references:\n  baseline: healthy-baseIine\n");
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("healthy-baseline"), e.getMessage());
        e = reject("cable: length=1m,awg=99\n");
        assertEquals(3, e.line());
    }

    @Test
    void timelineEntriesAreCheckedOneByOne() {
        InputException e = reject("timeline:\n  - do: clean-prot\n");
        assertEquals(4, e.line());
        assertEquals(9, e.column());
        assertTrue(e.getMessage().contains("did you mean \"clean-port\""), e.getMessage());
        e = reject("timeline:\n  - do: wire-break\n    wire: d+\n    state: open\n");
        assertTrue(e.getMessage().contains("fault: wire-break"), e.getMessage());
        e = reject("timeline:\n  - fault: wire-break\n    wire: d*\n    state: open\n");
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("allowed"), e.getMessage());
        e = reject("timeline:\n  - fault: wire-break\n    wire: d+\n");
        assertTrue(e.getMessage().contains("state"), e.getMessage());
        e = reject("timeline:\n  - at: 2 h\n    do: unplug\n  - at: 1 h\n    do: plug\n");
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("time order"), e.getMessage());
        e = reject("timeline:\n  - do: remove-battery\n");
        assertTrue(e.getMessage().contains("built-in battery"), e.getMessage());
        e = reject("timeline:\n  - do: press-te\n");
        assertTrue(e.getMessage().contains("cradle"), e.getMessage());
        e = reject("timeline:\n  - do: unplug\n    fault: adapter-dead\n");
        assertTrue(e.getMessage().contains("only one of"), e.getMessage());
        e = reject("until: 1 h\ntimeline:\n  - at: 2 h\n    do: unplug\n");
        assertTrue(e.getMessage().contains("after the end"), e.getMessage());
    }

    @Test
    void waitsAdvanceTheTimeline() {
        Scenario s = read("timeline:\n  - wait: 10 min\n  - do: unplug\n  - wait: 5 min\n  - do: plug\n"
                + "  - at: 1 h\n    fault: adapter-degrade\n    limit: 700 mA\n");
        var t = s.runs().get(0).timeline();
        assertEquals(3, t.size());
        assertEquals(600, t.get(0).time(), 0);
        assertEquals(900, t.get(1).time(), 0);
        assertEquals(3600, t.get(2).time(), 0);
        assertEquals(0.7, t.get(2).number("limit", 0), 1e-12);
    }

    @Test
    void variantsOverrideTheTopLevel() {
        Scenario s =
                read("source: usb2-port\nstart:\n  soc: 30%\nruns:\n  - name: a\n  - name: b\n    source: usb3-port\n"
                        + "    start:\n      cellAge: cycles=100\n");
        assertEquals("usb2-port", s.run("a").source());
        assertEquals("usb3-port", s.run("b").source());
        assertEquals(0.3, s.run("b").soc(), 0, "start is merged key by key");
        assertEquals("cycles=100", s.run("b").cellAge());
        InputException e = reject("runs:\n  - name: a\n  - name: a\n");
        assertEquals(5, e.line());
        e = reject("runs:\n  - name: a\n    sorce: x\n");
        assertEquals("runs[0].sorce", e.path());
    }

    @Test
    void checksAreParsedAndTheirNamesKnown() {
        InputException e = reject("checks:\n  - expect: timeToFullSecond > 1 h\n");
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("did you mean \"timeToFullSeconds\""), e.getMessage());
        e = reject("checks:\n  - expect: timeToFullSeconds = 1\n");
        assertTrue(e.getMessage().contains("character"), e.getMessage());
        e = reject("checks:\n  - expect: basline.timeToFullSeconds > 1\n");
        assertTrue(e.getMessage().contains("names no run"), e.getMessage());
        e = reject("checks:\n  - expect: timeToFullSeconds > 1\n    run: nope\n");
        assertTrue(e.getMessage().contains("unknown run"), e.getMessage());
        e = reject("checks:\n  - expect: other.max('Voltage / V') > 1\n");
        assertTrue(e.getMessage().contains("'other' names no run"), e.getMessage());
    }

    @Test
    void derivedAndInlineDevices() {
        Scenario s = read("device:\n  base: xiaomi-mi4\n  name: pack\n  removableBattery: true\n"
                + "timeline:\n  - do: remove-battery\n");
        assertTrue(s.runs().get(0).device().removableBattery());
        assertEquals("pack", s.runs().get(0).deviceName());
        InputException e = reject("device:\n  base: xiaomi-mi4\n  removable: true\n");
        assertTrue(e.getMessage().contains("removableBattery"), e.getMessage());
        e = reject("kind: cradle\n");
        assertTrue(e.getMessage().contains("no removable battery"), e.getMessage());
    }

    @Test
    void jsonIsAcceptedAndFilesResolveRelativeToTheScenario(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("my-source.yaml"), org.battsim.scenarios.chain.SourceLibrary.text("usb2-port"));
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"title\": \"t\", \"explanation\": \"e\", \"source\": \"my-source.yaml\"}");
        Scenario s = ScenarioReader.read(f);
        assertEquals(dir.resolve("my-source.yaml").toString(), s.runs().get(0).source());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, HEAD + "load: gamng\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(bad));
        assertTrue(
                e.getMessage().startsWith(bad + ":3:7: load: unknown load 'gamng' (did you mean \"gaming\"?)"),
                e.getMessage());
    }

    @Test
    void hostileYamlIsRejected() {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                + "g: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n";
        assertThrows(InputException.class, () -> read(bomb));
    }

    @Test
    void aCyclerRunTakesAnExperimentAndABadStepIsShownWhereItIsWritten() {
        Scenario s = read("kind: cycler\nexperiment:\n  - Discharge at 1C until 3.0 V\n  - Rest for 10 minutes\n");
        assertEquals(Scenario.Kind.CYCLER, s.runs().get(0).kind());
        assertEquals(1, s.runs().get(0).experiment().cycles().size());
        assertEquals(2, s.runs().get(0).experiment().cycles().get(0).size());
        Scenario m = read("kind: cycler\nexperiment:\n  steps: [Charge at 1C until 4.35 V]\n  cycles: 3\n");
        assertEquals(3, m.runs().get(0).experiment().cycles().size());
        InputException e = reject("kind: cycler\nexperiment:\n  - Discharge at 1C until 3.0 V\n  - Dischrge at 1C\n");
        assertTrue(e.getMessage().startsWith("s.yaml:6:5: experiment"), e.getMessage());
        InputException none = reject("kind: cycler\n");
        assertTrue(none.getMessage().contains("needs an 'experiment'"), none.getMessage());
        InputException phone = reject("experiment:\n  - Rest for 1 minute\n");
        assertTrue(phone.getMessage().contains("add 'kind: cycler'"), phone.getMessage());
        InputException src = reject("kind: cycler\nsource: usb2-port\nexperiment:\n  - Rest for 1 minute\n");
        assertTrue(src.getMessage().startsWith("s.yaml:4:9: source: a cycler run has no source"), src.getMessage());
    }
}
