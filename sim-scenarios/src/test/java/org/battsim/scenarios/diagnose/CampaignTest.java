package org.battsim.scenarios.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.battsim.scenarios.output.Json;
import org.battsim.scenarios.scenario.ScenarioReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign's must-holds: reproducible, ordered scores, wrong cases that replay. */
class CampaignTest {
    static final Campaign.Options SINGLE =
            new Campaign.Options(2026, 500, EnumSet.copyOf(FaultClass.faults()), 0, Trial.MAX_ACTIONS);
    static Report reference;

    @BeforeAll
    static void runReference() {
        reference = new Report("reference", SINGLE, Campaign.run(new ReferenceDiagnostician(), SINGLE, null));
    }

    @Test
    void referenceScoresAtLeast90PercentOnSingleFaultsAndBeatsTheOthersInOrder() {
        double ref = reference.accuracy("single");
        double tel = new Report("telemetry-only", SINGLE, Campaign.run(new TelemetryOnlyDiagnostician(), SINGLE, null))
                .accuracy("single");
        double chance = new Report(
                        "always-healthy", SINGLE, Campaign.run(new AlwaysHealthyDiagnostician(), SINGLE, null))
                .accuracy("single");
        assertTrue(ref >= 0.90, "reference " + ref);
        assertTrue(ref > tel + 0.1, "reference " + ref + " clearly beats telemetry-only " + tel);
        assertTrue(tel > chance + 0.1, "telemetry-only " + tel + " beats always-healthy " + chance);
        assertEquals(0, chance, "no single-fault case is healthy");
    }

    @Test
    void theSameSeedGivesTheSameReportWhateverTheThreadCount() throws Exception {
        Campaign.Options o = new Campaign.Options(11, 40, null, 0.3, Trial.MAX_ACTIONS);
        String a =
                Json.toString(new Report("reference", o, Campaign.run(new ReferenceDiagnostician(), o, null)).json());
        String one = new ForkJoinPool(1)
                .submit(() -> Json.toString(
                        new Report("reference", o, Campaign.run(new ReferenceDiagnostician(), o, null)).json()))
                .get();
        assertEquals(a, one);
        Campaign.Options other = new Campaign.Options(12, 40, null, 0.3, Trial.MAX_ACTIONS);
        assertFalse(a.equals(Json.toString(
                new Report("reference", other, Campaign.run(new ReferenceDiagnostician(), other, null)).json())));
    }

    @Test
    void casesCoverEveryClassHealthyPhonesAndPairsThatNeverShareAPart() {
        CaseGenerator g = new CaseGenerator(3, null, 0.5);
        EnumSet<FaultClass> seen = EnumSet.noneOf(FaultClass.class);
        int healthy = 0;
        int pairs = 0;
        for (int i = 0; i < 400; i++) {
            Case c = g.draw(i);
            seen.addAll(c.faults());
            healthy += c.faults().isEmpty() ? 1 : 0;
            if (c.faults().size() == 2) {
                pairs++;
                assertTrue(
                        CaseGenerator.slot(c.faults().get(0))
                                != CaseGenerator.slot(c.faults().get(1)),
                        c.truth());
            }
            assertEquals(c.yaml(), g.draw(i).yaml(), "a case depends only on the seed and its index");
        }
        assertEquals(EnumSet.copyOf(FaultClass.faults()), seen);
        assertTrue(healthy > 20 && healthy < 70, "about one in ten healthy: " + healthy);
        assertTrue(pairs > 100, "about half the faulty cases are pairs: " + pairs);
    }

    @Test
    void everyWrongCaseReplaysFromItsFileToTheSameAnswer(@TempDir Path dir) throws Exception {
        Campaign.Options o = new Campaign.Options(5, 60, null, 0.2, Trial.MAX_ACTIONS);
        for (Diagnostician d : List.of(new ReferenceDiagnostician(), new TelemetryOnlyDiagnostician())) {
            Report r = new Report(d.name(), o, Campaign.run(d, o, null));
            Path out = dir.resolve(d.name());
            r.write(out);
            assertTrue(Files.isRegularFile(out.resolve("report.json")));
            assertTrue(Files.readString(out.resolve("report.md")).contains("Confusion matrix"));
            List<Campaign.Outcome> wrong =
                    r.outcomes().stream().filter(x -> !x.correct()).toList();
            if (d instanceof TelemetryOnlyDiagnostician) {
                assertFalse(wrong.isEmpty(), "telemetry-only gets some wrong");
            }
            for (Campaign.Outcome w : wrong) {
                Path f = out.resolve(Report.caseFile(w.theCase()));
                Campaign.Outcome again = Campaign.replay(d, ScenarioReader.read(f), o.maxActions());
                assertEquals(w.diagnosis(), again.diagnosis(), f.toString());
                assertEquals(w.actions(), again.actions(), f.toString());
            }
        }
    }
}
