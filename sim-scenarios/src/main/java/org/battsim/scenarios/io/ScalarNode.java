package org.battsim.scenarios.io;

/** A single value: text, number, boolean or empty, kept as its raw text. */
public final class ScalarNode implements Node {
    /** How the value was written. */
    public enum Kind {
        /** Unquoted text, such as {@code 4.2 V}. */
        TEXT,
        /** Quoted text; every JSON string is quoted. */
        QUOTED_TEXT,
        /** An unquoted number such as {@code 4.2} (as resolved by YAML or JSON). */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code null}, {@code ~} or nothing at all. */
        NULL
    }

    private final int line;
    private final int column;
    private final NodePath path;
    private final String text;
    private final Kind kind;

    ScalarNode(int line, int column, NodePath path, String text, Kind kind) {
        this.line = line;
        this.column = column;
        this.path = path;
        this.text = text;
        this.kind = kind;
    }

    /** The text as written, without quotes and escapes. Empty for an empty value. */
    public String text() {
        return text;
    }

    public Kind kind() {
        return kind;
    }

    public boolean quoted() {
        return kind == Kind.QUOTED_TEXT;
    }

    public boolean number() {
        return kind == Kind.NUMBER;
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public int column() {
        return column;
    }

    @Override
    public String path() {
        return path.toString();
    }

    @Override
    public String describe() {
        return switch (kind) {
            case NULL -> "an empty value";
            case NUMBER -> "the number " + text;
            case BOOLEAN -> text;
            case TEXT, QUOTED_TEXT -> "the text " + Messages.quote(text);
        };
    }

    @Override
    public String toString() {
        return "ScalarNode[" + line + ":" + column + " " + path() + " " + kind + " " + Messages.quote(text) + "]";
    }
}
