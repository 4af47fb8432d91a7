package org.battsim.scenarios.experiment;

import java.util.Objects;

/**
 * A step or experiment-termination string that does not follow the experiment language.
 *
 * <p>The message names the problem, its column (1-based, for people) and what would be
 * accepted there; {@link #position()} is the same place 0-based, for tools that underline it.
 */
public final class StepSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final int position;
    private final String reason;
    private final String location;

    /**
     * @param text the whole string being parsed
     * @param position 0-based index of the problem in {@code text} ({@code text.length()} when
     *     something is missing at the end)
     * @param reason what is wrong and what is allowed
     */
    public StepSyntaxException(String text, int position, String reason) {
        this(text, position, reason, "", null);
    }

    private StepSyntaxException(String text, int position, String reason, String location, Throwable cause) {
        super(compose(text, reason, location), cause);
        this.text = Objects.requireNonNull(text, "text");
        this.position = Math.max(0, Math.min(position, text.length()));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.location = location;
    }

    private static String compose(String text, String reason, String location) {
        String where = location.isEmpty() ? "" : location + ": ";
        return where + reason + " in \"" + text + "\"";
    }

    /** The string that failed to parse. */
    public String text() {
        return text;
    }

    /** 0-based index of the problem in {@link #text()}. */
    public int position() {
        return position;
    }

    /** The problem and what is allowed, without the location and the text. */
    public String reason() {
        return reason;
    }

    /** Where the string came from, such as {@code cycle 2, step 1}; empty when not known. */
    public String location() {
        return location;
    }

    /** The same error, placed in a larger input (for example {@code cycle 2, step 1}). */
    public StepSyntaxException at(String where) {
        Objects.requireNonNull(where, "where");
        String combined = location.isEmpty() ? where : where + ", " + location;
        return new StepSyntaxException(text, position, reason, combined, this);
    }

    /** The text and, under it, a caret at the problem: two lines for a terminal. */
    public String pointer() {
        return text + System.lineSeparator() + " ".repeat(position) + "^";
    }
}
