package org.battsim.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed steps beyond the corpus: each is rejected at the right place with a useful message. */
class StepParserRejectionTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                                                 | 0  | empty step                      | at least one of 'for' and 'until'
            Rest                                               | 4  | missing 'for' or 'until'        | at least one of 'for' and 'until'
            " Rest for 1 hour"                                 | 0  | leading space                   | start with its instruction
            "Rest for 1 hour "                                 | 15 | trailing space                  | end with its last word
            Rest for  1 hour                                   | 9  | repeated space                  | single spaces
            "Rest\tfor 1 hour"                                 | 4  | character U+0009                | single plain spaces
            "Rest for 1\u00a0hour"                             | 10 | character U+00A0                | single plain spaces
            Discharge at A for 1 hour                          | 13 | 'A' where a number was expected | e.g. 1 A
            Discharge at for 1 hour                            | 13 | missing value                   | allowed units
            Discharge at x1 A for 1 hour                       | 13 | 'x1' where a number was expected | e.g. 1 A
            Discharge at 1 for 1 hour                          | 14 | missing unit                    | allowed units
            Discharge at 1  A for 1 hour                       | 15 | repeated space                  | single spaces
            Discharge at NaN A for 1 hour                      | 13 | 'NaN' where a number            | a number is written like
            Discharge at Infinity A for 1 hour                 | 13 | 'Infinity' where a number       | a number is written like
            Discharge at 1e400 A for 1 hour                    | 13 | value too large                 | finite
            Discharge at 1e-400 A for 1 hour                   | 13 | is not positive                 | greater than zero
            Discharge at 0 A for 1 hour                        | 13 | value 0 is not positive         | Rest has no value
            Discharge at -1 A for 1 hour                       | 13 | negative value                  | direction comes from Charge/Discharge
            Discharge at +1 A for 1 hour                       | 13 | '+1' where a number             | e.g. 1 A
            Discharge at 1 a for 1 hour                        | 15 | unknown unit 'a'                | did you mean 'A'?
            Discharge at 1 ohm for 1 hour                      | 15 | unknown unit 'ohm'              | did you mean 'Ohm'?
            Discharge at 1 mC for 1 hour                       | 15 | unknown unit 'mC'               | allowed units are A, mA, V, mV, W, mW, Ohm, mOhm, C (or C/n)
            Discharge at 1 Ah for 1 hour                       | 15 | unknown unit 'Ah'               | allowed units
            Discharge at 1 A 2 for 1 hour                      | 17 | unexpected text '2'             | ' for <duration>'
            Discharge at C for 1 hour                          | 13 | C-rate without a number         | C/3
            Discharge at C3 for 1 hour                         | 13 | C-rate without a number         | C/3
            Discharge at C/ for 1 hour                         | 15 | missing number after 'C/'       | C/<number>
            Hold at 4.2 V until C/                             | 22 | missing number after 'C/'       | C/<number>
            Discharge at C/x for 1 hour                        | 15 | 'x' where a number was expected | C/<number>
            Rest for 1 hour foreverafter                       | 16 | unexpected text 'foreverafter'  | one number and one time unit
            Discharge at 1 A fortnight                         | 20 | 'for' joined to the next word   | at least one of
            Discharge at 1 A for 2 h until 3 V until 2 V       | 35 | a second 'until'                | one condition
            Discharge at 1 A for 2 h until 3 Vuntil            | 33 | unknown unit 'Vuntil'           | allowed units
            Discharge at 1 A for until 3 V                     | 20 | missing duration after 'for'    | allowed time units
            Discharge at C/0 until 3 V                         | 15 | divisor 0 out of range          | positive, finite n
            Discharge at C/3x until 3 V                        | 16 | unexpected 'x'                  | C/<number>
            Discharge at C/1e-320 until 3 V                    | 15 | out of range                    | positive, finite n
            Discharge at 1e-305C until 3 V                     | 0  | C-rate too small                | give a duration with 'for'
            discharge at 1 A for 1 hour                        | 0  | unknown instruction 'discharge' | case-sensitive
            Discharge 1 A for 1 hour                           | 9  | missing ' at <value>'           | Discharge at 1 A
            Rest at 1 A for 1 hour                             | 5  | a value after 'Rest'            | Rest for <duration>
            Resting for 1 hour                                 | 0  | unknown instruction 'Resting'   | allowed instructions
            Discharge at 1 A at 2 A for 1 hour                 | 17 | a second 'at'                   | at least one of
            Discharge at 1 A for                               | 20 | missing duration after 'for'    | allowed time units
            Discharge at 1 A for hours                         | 21 | 'hours' where a number          | 10 minutes
            Discharge at 1 A for 2                             | 22 | missing time unit               | allowed time units
            Discharge at 1 A for 0 minutes                     | 21 | duration 0 is not positive      | greater than zero
            Discharge at 1 A for -5 minutes                    | 21 | negative duration               | greater than zero
            Discharge at 1 A for 1e400 s                       | 21 | duration too large              | finite
            Rest for 1e306 hours                               | 9  | duration too large              | finite
            Rest for 1 fortnight                               | 11 | unknown time unit 'fortnight'   | second, seconds, s, sec, minute, minutes, m, min, hour, hours, h, hr
            Rest for 1 Hour                                    | 11 | unknown time unit 'Hour'        | allowed time units
            Rest for 1 hour 30 minutes                         | 16 | unexpected text '30 minutes'    | one number and one time unit
            Discharge at 1 A for 1 hour for 2 hours            | 28 | a second 'for'                  | one duration
            Discharge at 1 A for1 hour                         | 20 | 'for' joined to the next word   | at least one of
            for 1 hour                                         | 0  | missing instruction before 'for' | allowed instructions
            Discharge at 1 A until                             | 22 | missing condition after 'until' | allowed conditions
            Discharge at 1 A until3 V                          | 22 | 'until' joined to the next word | at least one of
            until 3 V                                          | 0  | missing instruction before 'until' | allowed instructions
            Discharge at 1 A until 3 V or until 10 mA          | 30 | a second 'until'                | one condition
            Discharge at 1 A until 3 V or 10 mA                | 27 | a second condition              | one condition
            Discharge at 1C until 3 V for 1 hour               | 26 | 'for' after 'until'             | before 'until <condition>'
            Discharge at 1 A until 3 V and more                | 27 | unexpected text 'and more'      | end of the step
            Hold at 4.2 V until 5 W                            | 22 | a power condition               | allowed conditions
            Hold at 4.2 V until 2 Ohm                          | 22 | a resistance condition          | allowed conditions
            Hold at 4.2 V until > C/50                         | 20 | '>' on a C-rate condition       | always means
            Hold at 4.2 V until -5 mA                          | 20 | negative condition              | '<' or '>'
            Hold at 4.2 V until 0 mA                           | 20 | condition 0 is not positive     | greater than zero
            Hold at 4.2 V until <                              | 21 | missing condition               | allowed units
            Hold at 4.2 V until 4.1 X                          | 24 | unknown unit 'X'                | allowed units
            Rest for 1 hour (1 minute period) now              | 33 | text after the period           | (1 minute period)
            Rest for 1 hour (1 minute)                         | 25 | missing ' period' before ')'    | (1 minute period)
            Rest for 1 hour (0 s period)                       | 17 | period 0 is not positive        | greater than zero
            Rest for 1 hour (1 fortnight period)               | 19 | unknown time unit 'fortnight'   | allowed time units
            Rest for 1 hour ( period)                          | 17 | missing period                  | allowed time units
            Rest for 1 hour (1 minute period                   | 32 | missing ')'                     | (1 minute period)
            Rest for 1 hour 1 minute period)                   | 31 | ')' without '('                 | (1 minute period)
            Rest for 1 hour(1 minute period)                   | 15 | '(' joined to the previous word | (1 minute period)
            Rest for 1 hour (1 minute period) (2 s period)     | 34 | a second '('                    | (1 minute period)
            (1 minute period)                                  | 0  | missing instruction before the period | allowed instructions
            Rest (1 minute period)                             | 4  | missing 'for' or 'until'        | at least one of
            Discharge at 1C for 1 hour at 25oC                 | 32 | temperature 'oC'                | experiment level
            Run US06 for 10 minutes                            | 0  | 'Run' (drive cycle)             | given as data
            """)
    void rejected(String step, int position, String problem, String allowed) {
        StepSyntaxException e = assertThrows(StepSyntaxException.class, () -> StepParser.parse(step));
        assertEquals(step, e.text());
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.reason().contains(problem), e.getMessage());
        assertTrue(e.reason().contains(allowed), e.getMessage());
        assertTrue(e.reason().contains(" at column " + (position + 1) + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" in \"" + step + "\""), e.getMessage());
    }
}
