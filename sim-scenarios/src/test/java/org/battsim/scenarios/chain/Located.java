package org.battsim.scenarios.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.battsim.scenarios.io.InputException;

/** Checks that an error points at the place a piece of text occupies in a file. */
final class Located {
    private Located() {}

    /** Asserts that {@code e} is at the first occurrence of {@code needle} outside comment lines. */
    static void at(InputException e, String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int col = lines[i].startsWith("#") ? -1 : lines[i].indexOf(needle);
            if (col >= 0) {
                assertEquals(i + 1, e.line(), e.getMessage());
                assertEquals(col + 1, e.column(), e.getMessage());
                assertTrue(
                        e.getMessage().startsWith(e.source() + ":" + (i + 1) + ":" + (col + 1) + ": "), e.getMessage());
                return;
            }
        }
        throw new AssertionError("'" + needle + "' is not in the text");
    }
}
