package org.battsim.scenarios.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Logic in another process, over JSON lines. */
class ProcessDiagnosticianTest {
    static String command(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' "
                + ScriptedDiagnosticianMain.class.getName() + (args.length > 0 ? " " + String.join(" ", args) : "");
    }

    @Test
    void anExternalProgramActsAndAnswersAndScoresLikeAJavaOne() {
        Campaign.Options o = new Campaign.Options(
                9, 12, EnumSet.of(FaultClass.PORT_DEBRIS, FaultClass.HEALTHY), 0, Trial.MAX_ACTIONS);
        List<Campaign.Outcome> out;
        try (ProcessDiagnostician d = new ProcessDiagnostician(command())) {
            out = Campaign.run(d, o, null);
        }
        for (Campaign.Outcome x : out) {
            assertEquals(List.of(Remedy.INSPECT_PORT), x.actions());
            assertTrue(x.correct(), x.theCase().truth() + " answered " + x.diagnosis());
        }
    }

    @Test
    void aBrokenReplyStopsWithTheLineItSent() {
        Campaign.Options o = new Campaign.Options(9, 1, EnumSet.of(FaultClass.PORT_DEBRIS), 0, Trial.MAX_ACTIONS);
        try (ProcessDiagnostician d = new ProcessDiagnostician(command("broken"))) {
            Campaign.DiagnosticianException e =
                    assertThrows(Campaign.DiagnosticianException.class, () -> Campaign.run(d, o, null));
            assertTrue(e.getMessage().contains("unknown action \"wiggle-the-cable\""), e.getMessage());
        }
    }
}
