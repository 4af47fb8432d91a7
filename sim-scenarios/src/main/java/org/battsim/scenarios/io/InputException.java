package org.battsim.scenarios.io;

/**
 * A problem in user input (a file or a command-line option), located as precisely as known.
 *
 * <p>{@link #getMessage()} reads {@code source:line:column: path: message}, the form editors and
 * terminals turn into links. Parts that are unknown are left out: no line or column when the
 * position is unknown (0), no path when the problem concerns the whole input. Callers catch this
 * type, print the message without a stack trace and exit with status 2.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final String detail;

    /**
     * @param source file name as the user gave it, or {@code option --x}
     * @param line 1-based line, 0 if unknown
     * @param column 1-based column, 0 if unknown
     * @param path field path such as {@code thermal.cellHeatCapacity} or {@code ocv.values[3][2]},
     *     empty if none
     * @param message what is wrong and what is allowed
     */
    public InputException(String source, int line, int column, String path, String message) {
        this(source, line, column, path, message, null);
    }

    /** As {@link #InputException(String, int, int, String, String)}, keeping the cause. */
    public InputException(String source, int line, int column, String path, String message, Throwable cause) {
        super(message, cause);
        this.source = source == null ? "" : source;
        this.line = Math.max(0, line);
        this.column = this.line == 0 ? 0 : Math.max(0, column);
        this.path = path == null ? "" : path;
        this.detail = message == null ? "" : message;
    }

    /** An error whose position in the source is unknown. */
    public static InputException withoutPosition(String source, String path, String message) {
        return new InputException(source, 0, 0, path, message);
    }

    /** An error in the value of a command-line option, for example {@code option("--soc", ...)}. */
    public static InputException option(String option, String message) {
        return withoutPosition("option " + option, "", message);
    }

    /** File name, or {@code option --x} for a command-line option. */
    public String source() {
        return source;
    }

    /** 1-based line, 0 if unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 if unknown. */
    public int column() {
        return column;
    }

    /** Field path, empty if none. */
    public String path() {
        return path;
    }

    /** The message without source, position and path. */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(detail).toString();
    }
}
