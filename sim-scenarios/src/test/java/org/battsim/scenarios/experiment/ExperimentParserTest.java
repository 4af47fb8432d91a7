package org.battsim.scenarios.experiment;

import static org.battsim.model.experiment.ExperimentTermination.Kind.CAPACITY_AH;
import static org.battsim.model.experiment.ExperimentTermination.Kind.CAPACITY_PERCENT;
import static org.battsim.model.experiment.ExperimentTermination.Kind.MIN_VOLTAGE;
import static org.battsim.model.experiment.ExperimentTermination.Kind.TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battsim.model.experiment.Experiment;
import org.battsim.model.experiment.ExperimentTermination;
import org.battsim.model.experiment.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperimentParserTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            80% capacity        | CAPACITY_PERCENT | 80
            80 % capacity       | CAPACITY_PERCENT | 80
            100% capacity       | CAPACITY_PERCENT | 100
            4 Ah capacity       | CAPACITY_AH      | 4
            4Ah capacity        | CAPACITY_AH      | 4
            4 A.h capacity      | CAPACITY_AH      | 4
            2.5 Ah capacity     | CAPACITY_AH      | 2.5
            4000 mAh capacity   | CAPACITY_AH      | 4
            2500mAh capacity    | CAPACITY_AH      | 2.5
            2.5 V               | MIN_VOLTAGE      | 2.5
            2.5V                | MIN_VOLTAGE      | 2.5
            2500 mV             | MIN_VOLTAGE      | 2.5
            "  3 V "            | MIN_VOLTAGE      | 3
            10 hours            | TIME             | 36000
            1 hour              | TIME             | 3600
            2 h                 | TIME             | 7200
            30 minutes          | TIME             | 1800
            90 min              | TIME             | 5400
            600 s               | TIME             | 600
            45 seconds          | TIME             | 45
            """)
    void terminationsParse(String text, ExperimentTermination.Kind kind, double value) {
        ExperimentTermination t = ExperimentParser.parseTermination(text);
        assertEquals(kind, t.kind(), text);
        assertEquals(value, t.value(), value * 1e-12, text);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                 | empty termination                 | '80% capacity'
            capacity           | unknown termination 'capacity'    | '80% capacity'
            80 capacity        | without % or Ah                   | '4 Ah capacity'
            80 Wh capacity     | without % or Ah                   | '4 Ah capacity'
            .x% capacity       | where a number was expected       | '80% capacity'
            0% capacity        | out of range                      | must be positive
            120% capacity      | above 100                         | at most 100
            -4 Ah capacity     | where a number was expected       | '4 Ah capacity'
            -2.5 V             | negative voltage                  | greater than zero
            0 V                | is not positive                   | greater than zero
            5 W                | unknown termination '5 W'         | '2.5 V' (minimum voltage)
            1 A                | unknown termination '1 A'         | '2.5 V' (minimum voltage)
            10 years           | unknown time unit 'years'         | allowed time units
            0 hours            | is not positive                   | greater than zero
            C/3 V              | unknown termination 'C/3 V'       | '2.5 V' (minimum voltage)
            3 C/3 V            | '3 C/3 V' is not a voltage        | '2.5 V' (minimum voltage)
            3 kV               | '3 kV' is not a voltage           | '2.5 V' (minimum voltage)
            cycles             | unknown termination 'cycles'      | '10 hours'
            """)
    void badTerminationsAreRejected(String text, String problem, String allowed) {
        StepSyntaxException e = assertThrows(StepSyntaxException.class, () -> ExperimentParser.parseTermination(text));
        assertEquals(text, e.text());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().contains(allowed), e.getMessage());
        assertTrue(e.position() >= 0 && e.position() <= text.length(), e.getMessage());
    }

    @Test
    void cyclesAreParsedAndRepeated() {
        List<List<String>> cycles = List.of(
                List.of("Discharge at 1C until 3.0 V", "Rest for 1 hour"),
                List.of("Charge at 1 A until 4.1 V", "Hold at 4.1 V until 50 mA"));
        Experiment x = ExperimentParser.build(cycles, 3, List.of("80% capacity"), 60);
        assertEquals(6, x.cycles().size());
        assertEquals(12, x.stepCount());
        assertEquals(60, x.defaultPeriodSeconds());
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 2; c++) {
                List<Step> cycle = x.cycles().get(2 * r + c);
                assertEquals(cycles.get(c).size(), cycle.size());
                for (int s = 0; s < cycle.size(); s++) {
                    assertEquals(StepParser.parse(cycles.get(c).get(s)), cycle.get(s));
                }
            }
        }
        // Repeats share the parsed steps (they are immutable).
        assertSame(x.cycles().get(0).get(0), x.cycles().get(2).get(0));
        assertEquals(List.of(new ExperimentTermination(CAPACITY_PERCENT, 80)), x.terminations());
    }

    @Test
    void aLaterTerminationOfTheSameFamilyReplacesAnEarlierOne() {
        // PyBaMM reads the list into a dict keyed capacity / voltage / time.
        Experiment x = ExperimentParser.build(
                List.of(List.of("Rest for 1 hour")),
                1,
                List.of("80% capacity", "2.5 V", "10 hours", "4 Ah capacity", "2.8 V"),
                30);
        assertEquals(
                List.of(
                        new ExperimentTermination(CAPACITY_AH, 4),
                        new ExperimentTermination(MIN_VOLTAGE, 2.8),
                        new ExperimentTermination(TIME, 36000)),
                x.terminations());
    }

    @Test
    void aBadStepNamesItsCycleAndStep() {
        List<List<String>> cycles = List.of(
                List.of("Discharge at 1C until 3.0 V", "Rest for 1 hour"),
                List.of("Charge at 1 A until 4.1 V", "Hold at 4.1 V until 5 W"));
        StepSyntaxException e =
                assertThrows(StepSyntaxException.class, () -> ExperimentParser.build(cycles, 2, List.of(), 60));
        assertEquals("cycle 2 of 2, step 2 of 2", e.location());
        assertEquals("Hold at 4.1 V until 5 W", e.text());
        assertEquals(22, e.position());
        assertTrue(
                e.getMessage().startsWith("cycle 2 of 2, step 2 of 2: a power condition at column 23: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("allowed conditions"), e.getMessage());
    }

    @Test
    void aBadTerminationIsNamed() {
        StepSyntaxException e = assertThrows(
                StepSyntaxException.class,
                () -> ExperimentParser.build(
                        List.of(List.of("Rest for 1 hour")), 1, List.of("80% capacity", "80 capacity"), 60));
        assertEquals("termination 2 of 2", e.location());
        assertTrue(e.getMessage().contains(ExperimentParser.TERMINATIONS_ALLOWED), e.getMessage());
    }

    @Test
    void structuralErrors() {
        List<List<String>> one = List.of(List.of("Rest for 1 hour"));
        assertThrows(IllegalArgumentException.class, () -> ExperimentParser.build(List.of(), 1, List.of(), 60));
        assertThrows(IllegalArgumentException.class, () -> ExperimentParser.build(one, 0, List.of(), 60));
        assertThrows(IllegalArgumentException.class, () -> ExperimentParser.build(one, 1, List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> ExperimentParser.build(one, 1, List.of(), Double.NaN));
        IllegalArgumentException empty = assertThrows(
                IllegalArgumentException.class,
                () -> ExperimentParser.build(List.of(List.of("Rest for 1 hour"), List.of()), 1, List.of(), 60));
        assertEquals("cycle 2 of 2 has no steps", empty.getMessage());
    }

    @Test
    void exceptionPointerAndNesting() {
        StepSyntaxException e =
                assertThrows(StepSyntaxException.class, () -> StepParser.parse("Discharge at 1 B for 2 hours"));
        assertEquals("", e.location());
        assertEquals("Discharge at 1 B for 2 hours" + System.lineSeparator() + " ".repeat(15) + "^", e.pointer());
        StepSyntaxException outer = e.at("step 1").at("file a.yaml");
        assertEquals("file a.yaml, step 1", outer.location());
        assertEquals(e.reason(), outer.reason());
        assertEquals(15, outer.position());
        assertTrue(outer.getMessage().startsWith("file a.yaml, step 1: unknown unit 'B'"), outer.getMessage());
    }
}
