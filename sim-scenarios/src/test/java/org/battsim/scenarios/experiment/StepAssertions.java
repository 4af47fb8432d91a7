package org.battsim.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.battsim.model.experiment.Step;
import org.battsim.model.experiment.StepKind;

/** Shared checks for the step parser tests. */
final class StepAssertions {
    private StepAssertions() {}

    /** The same step with another text, to compare everything but the text. */
    static Step withText(Step s, String text) {
        return new Step(
                text,
                s.direction(),
                s.kind(),
                s.value(),
                s.durationSeconds(),
                s.durationGiven(),
                s.terminations(),
                s.periodSeconds());
    }

    static void assertSameExceptText(Step expected, Step actual, String context) {
        assertEquals(withText(expected, ""), withText(actual, ""), context);
    }

    /** parse(step.normalised()) gives the same step, text aside. */
    static void assertRoundTrips(Step step) {
        String normalised = step.normalised();
        Step again = StepParser.parse(normalised);
        assertSameExceptText(step, again, "round trip of '" + step.text() + "' via '" + normalised + "'");
        assertEquals(normalised, again.normalised(), "normalised text is a fixed point");
    }

    /** Properties every parsed step has, whatever its text. */
    static void assertInvariants(Step s) {
        String where = "'" + s.text() + "'";
        assertTrue(s.durationSeconds() > 0 && Double.isFinite(s.durationSeconds()), where + " duration");
        assertTrue(Double.isFinite(s.value()), where + " value");
        assertTrue(s.terminations().size() <= 1, where + " one condition at most");
        assertTrue(!s.hasPeriod() || (s.periodSeconds() > 0 && Double.isFinite(s.periodSeconds())), where);
        switch (s.direction()) {
            case REST -> {
                assertEquals(StepKind.REST, s.kind(), where);
                assertEquals(0.0, s.value(), where);
            }
            case CHARGE -> assertTrue(s.value() < 0, where + " Charge carries a negative value");
            case DISCHARGE, HOLD -> assertTrue(s.value() > 0, where + " Discharge/Hold carry a positive value");
        }
        if (!s.durationGiven()) {
            assertFalse(s.terminations().isEmpty(), where + " a step without 'for' has 'until'");
        }
        s.terminations().forEach(t -> assertTrue(t.value() > 0, where + " condition value"));
    }

    /** Finds {@code shared/data/<relative>} in the working directory or one of its parents. */
    static Optional<Path> sharedData(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isEmpty())
                .toList();
    }
}
