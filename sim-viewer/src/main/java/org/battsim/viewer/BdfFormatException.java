package org.battsim.viewer;

import java.nio.file.Path;

/**
 * A result file that cannot be read as written. The message has the form {@code file:line: what is wrong (expected
 * …)} so it can be shown to the user as is, without a stack trace.
 */
public final class BdfFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * @param file the file being read
     * @param line 1-based line number the problem was found on
     * @param problem what is wrong, ending with what was expected in parentheses
     */
    public BdfFormatException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file being read. */
    public Path file() {
        return file;
    }

    /** The 1-based line the problem was found on. */
    public int line() {
        return line;
    }
}
