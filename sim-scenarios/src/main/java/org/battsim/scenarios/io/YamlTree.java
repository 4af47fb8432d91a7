package org.battsim.scenarios.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads a YAML or JSON document into an immutable tree of located {@link Node}s.
 *
 * <p>Input files may come from anyone, so the reader is deliberately narrow: one document, UTF-8,
 * at most {@value #MAX_BYTES} bytes, {@value #MAX_DEPTH} levels of nesting and {@value #MAX_NODES}
 * values; no duplicate keys, no anchors, aliases or tags, no control characters. Every problem,
 * including a syntax error, is reported as an {@link InputException} with line and column.
 */
public final class YamlTree {
    /** Largest accepted document: far above any parameter set, small enough to hold in memory. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** Deepest accepted nesting of maps and lists. */
    public static final int MAX_DEPTH = 64;
    /** Most values (maps, lists and scalars) in one document; bulk data belongs in CSV files. */
    public static final int MAX_NODES = 500_000;

    /** The syntax of a document. */
    public enum Format {
        YAML,
        JSON;

        /** JSON for names ending in {@code .json} (any case), otherwise YAML. */
        public static Format forName(String name) {
            return name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
        }
    }

    private static final JsonFactory JSON_FACTORY = JsonFactory.builder().build();
    private static final YAMLFactory YAML_FACTORY = new StrictYamlFactory(yamlBuilder());

    private YamlTree() {}

    /** Reads a file; the source name in messages is the path as given. */
    public static Node parse(Path file) {
        String source = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw InputException.withoutPosition(source, "", "no such file");
        } catch (IOException | SecurityException e) {
            throw InputException.withoutPosition(source, "", "cannot read the file: " + oneLine(String.valueOf(e)));
        }
        return parse(bytes, source, Format.forName(source));
    }

    /** Reads a stream (not closed here); the format follows from {@code source}'s extension. */
    public static Node parse(InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw InputException.withoutPosition(source, "", "cannot read: " + oneLine(String.valueOf(e)));
        }
        return parse(bytes, source, Format.forName(source));
    }

    /**
     * Reads a class-path resource, resolved as by {@link Class#getResourceAsStream}; the source
     * name in messages is the resource name.
     */
    public static Node parseResource(Class<?> anchor, String name) {
        String source = name.startsWith("/") ? name.substring(1) : name;
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw InputException.withoutPosition(source, "", "no such resource");
            }
            return parse(in, source);
        } catch (IOException e) {
            throw InputException.withoutPosition(source, "", "cannot read: " + oneLine(String.valueOf(e)));
        }
    }

    /** Parses text; the format follows from {@code source}'s extension. */
    public static Node parse(String text, String source) {
        return parse(text, source, Format.forName(source));
    }

    /** Parses text in the given format; {@code source} is only used in messages. */
    public static Node parse(String text, String source, Format format) {
        if (text.length() > MAX_BYTES) {
            throw tooLarge(source);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        checkCharacters(text, source);
        return new Builder(text, source, format).build();
    }

    private static Node parse(byte[] bytes, String source, Format format) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source);
        }
        return parse(decodeUtf8(bytes, source), source, format);
    }

    private static InputException tooLarge(String source) {
        return InputException.withoutPosition(
                source, "", "the file is too large (more than " + MAX_BYTES / (1024 * 1024) + " MB)");
    }

    /** Strict UTF-8: a malformed byte is reported with its line and column instead of becoming U+FFFD. */
    private static String decodeUtf8(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            out.flip();
            int[] lc = lineAndColumn(out, out.length());
            throw new InputException(
                    source,
                    lc[0],
                    lc[1],
                    "",
                    "the file is not valid UTF-8 (byte offset " + in.position() + "); save it as UTF-8");
        }
        out.flip();
        return out.toString();
    }

    /**
     * Rejects characters that YAML forbids or that would make line numbers disagree between
     * editors and the parser (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR), with their exact position.
     */
    private static void checkCharacters(String text, String source) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean bad = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')
                    || (cp >= 0x7F && cp <= 0x9F)
                    || cp == 0x2028
                    || cp == 0x2029
                    || cp == 0xFFFE
                    || cp == 0xFFFF
                    || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
            if (bad) {
                int[] lc = lineAndColumn(text, i);
                throw new InputException(
                        source,
                        lc[0],
                        lc[1],
                        "",
                        String.format(Locale.ROOT, "character U+%04X is not allowed in the file", cp));
            }
            i += Character.charCount(cp);
        }
    }

    /** 1-based line and column (in code points) of char index {@code end}. */
    private static int[] lineAndColumn(CharSequence text, int end) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static YAMLFactoryBuilder yamlBuilder() {
        LoaderOptions options = new LoaderOptions();
        // Our own limits are checked first; these only keep SnakeYAML from refusing earlier.
        options.setCodePointLimit(MAX_BYTES + 1);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setProcessComments(false);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                // yes/no/on/off stay text; only true and false are booleans.
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS);
    }

    /** Builds the tree from the token stream. */
    private static final class Builder {
        private final String source;
        private final Format format;
        private final JsonParser parser;
        private final StrictYamlParser yaml;
        private int nodes;

        Builder(String text, String source, Format format) {
            this.source = source;
            this.format = format;
            try {
                this.parser = format == Format.JSON
                        ? JSON_FACTORY.createParser(text)
                        : YAML_FACTORY.createParser(new StringReader(text));
            } catch (IOException e) {
                throw InputException.withoutPosition(source, "", "cannot read: " + oneLine(String.valueOf(e)));
            }
            this.yaml = parser instanceof StrictYamlParser p ? p : null;
        }

        Node build() {
            try (JsonParser p = parser) {
                JsonToken first = next(NodePath.ROOT);
                if (first == null) {
                    throw InputException.withoutPosition(source, "", "the file is empty");
                }
                Node root = value(first, NodePath.ROOT, 0);
                JsonToken extra = next(NodePath.ROOT);
                if (extra != null) {
                    throw at(
                            parser.currentTokenLocation(),
                            NodePath.ROOT,
                            format == Format.YAML
                                    ? "a file may hold only one YAML document; remove the second one starting here"
                                    : "unexpected content after the end of the JSON value");
                }
                return root;
            } catch (IOException e) {
                throw InputException.withoutPosition(source, "", "cannot read: " + oneLine(String.valueOf(e)));
            }
        }

        private Node value(JsonToken token, NodePath path, int depth) {
            JsonLocation loc = parser.currentTokenLocation();
            int line = line(loc);
            int column = column(loc);
            if (token == null) {
                throw at(parser.currentLocation(), path, "unexpected end of the file");
            }
            if (++nodes > MAX_NODES) {
                throw at(loc, path, "too many values in one file (more than " + MAX_NODES + ")");
            }
            switch (token) {
                case START_OBJECT -> {
                    checkDepth(loc, path, depth);
                    List<MapNode.Entry> entries = new ArrayList<>();
                    Map<String, MapNode.Entry> seen = new HashMap<>();
                    for (JsonToken t = next(path); t != JsonToken.END_OBJECT; t = next(path)) {
                        if (t != JsonToken.FIELD_NAME) {
                            throw at(parser.currentTokenLocation(), path, "expected a key");
                        }
                        String key = currentName(path);
                        JsonLocation keyLoc = parser.currentTokenLocation();
                        NodePath child = path.key(key);
                        MapNode.Entry previous = seen.get(key);
                        if (previous != null) {
                            throw at(
                                    keyLoc,
                                    child,
                                    "duplicate key " + Messages.quote(key) + " (first defined at line "
                                            + previous.keyLine() + ", column " + previous.keyColumn() + ")");
                        }
                        Node v = value(next(child), child, depth + 1);
                        MapNode.Entry entry = new MapNode.Entry(key, line(keyLoc), column(keyLoc), v);
                        entries.add(entry);
                        seen.put(key, entry);
                    }
                    return new MapNode(line, column, path, entries);
                }
                case START_ARRAY -> {
                    checkDepth(loc, path, depth);
                    List<Node> items = new ArrayList<>();
                    for (JsonToken t = next(path); t != JsonToken.END_ARRAY; t = next(path)) {
                        items.add(value(t, path.index(items.size()), depth + 1));
                    }
                    return new ListNode(line, column, path, items);
                }
                case VALUE_STRING -> {
                    boolean plain = yaml != null && yaml.lastScalarPlain;
                    return scalar(line, column, path, plain ? ScalarNode.Kind.TEXT : ScalarNode.Kind.QUOTED_TEXT);
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    return scalar(line, column, path, ScalarNode.Kind.NUMBER);
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return scalar(line, column, path, ScalarNode.Kind.BOOLEAN);
                }
                case VALUE_NULL -> {
                    return new ScalarNode(line, column, path, "", ScalarNode.Kind.NULL);
                }
                default -> throw at(loc, path, "unsupported value (" + token + ")");
            }
        }

        private ScalarNode scalar(int line, int column, NodePath path, ScalarNode.Kind kind) {
            // The raw YAML scalar, before Jackson's number clean-up (1_000 stays 1_000 and is rejected later).
            String text = yaml != null ? yaml.lastScalarValue : text(path);
            return new ScalarNode(line, column, path, text, kind);
        }

        private void checkDepth(JsonLocation loc, NodePath path, int depth) {
            if (depth >= MAX_DEPTH) {
                throw at(loc, path, "nested too deeply (more than " + MAX_DEPTH + " levels of maps and lists)");
            }
        }

        private JsonToken next(NodePath path) {
            try {
                return parser.nextToken();
            } catch (Refused e) {
                throw new InputException(source, e.line, e.column, path.toString(), e.getMessage());
            } catch (JsonProcessingException e) {
                throw syntaxError(e, path);
            } catch (IOException e) {
                throw InputException.withoutPosition(
                        source, path.toString(), "cannot read: " + oneLine(String.valueOf(e)));
            } catch (RuntimeException e) {
                // The parsers are meant to throw only the exceptions above, but this is the boundary to
                // hostile input: whatever escapes them is still bad input, not a crash.
                throw new InputException(
                        source,
                        line(parser.currentLocation()),
                        column(parser.currentLocation()),
                        path.toString(),
                        "malformed " + format + ": " + oneLine(String.valueOf(e.getMessage())),
                        e);
            }
        }

        private String currentName(NodePath path) {
            try {
                return parser.currentName();
            } catch (IOException e) {
                throw InputException.withoutPosition(
                        source, path.toString(), "cannot read: " + oneLine(String.valueOf(e)));
            }
        }

        private String text(NodePath path) {
            try {
                // Jackson decodes JSON strings lazily, so a bad string surfaces here, not in nextToken.
                return parser.getText();
            } catch (JsonProcessingException e) {
                throw syntaxError(e, path);
            } catch (IOException e) {
                throw InputException.withoutPosition(
                        source, path.toString(), "cannot read: " + oneLine(String.valueOf(e)));
            }
        }

        private InputException syntaxError(JsonProcessingException e, NodePath path) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                    Mark mark = m.getProblemMark();
                    String message = m.getProblem() != null ? m.getProblem() : "syntax error";
                    if (m.getContext() != null && m.getContextMark() != null) {
                        message += " (" + m.getContext() + " started at line "
                                + (m.getContextMark().getLine() + 1) + ", column "
                                + (m.getContextMark().getColumn() + 1) + ")";
                    }
                    return new InputException(
                            source,
                            mark.getLine() + 1,
                            mark.getColumn() + 1,
                            path.toString(),
                            "YAML syntax: " + oneLine(message),
                            e);
                }
            }
            JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            String message = e.getOriginalMessage() != null ? e.getOriginalMessage() : "syntax error";
            if (message.startsWith("Expected a field name")) {
                message = "a key must be a single value, not a list or a map";
            }
            // Jackson suggests parser features here, which a user of the file cannot switch on.
            int hint = message.indexOf(": enable `");
            if (hint > 0) {
                message = message.substring(0, hint);
            }
            return new InputException(
                    source, line(loc), column(loc), path.toString(), format + " syntax: " + oneLine(message), e);
        }

        private InputException at(JsonLocation loc, NodePath path, String message) {
            return new InputException(source, line(loc), column(loc), path.toString(), message);
        }
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getLineNr());
    }

    private static int column(JsonLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getColumnNr());
    }

    /** First line of a parser message, with control characters made visible. */
    private static String oneLine(String message) {
        String first = message.strip();
        int nl = first.indexOf('\n');
        if (nl >= 0) {
            first = first.substring(0, nl).strip();
        }
        StringBuilder sb = new StringBuilder();
        first.codePoints().limit(300).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** Anchors, aliases and tags, refused where SnakeYAML reports them. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        Refused(Mark mark, String message) {
            super(message, null, false, false);
            this.line = mark == null ? 0 : mark.getLine() + 1;
            this.column = mark == null ? 0 : mark.getColumn() + 1;
        }
    }

    private static final class StrictYamlFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        StrictYamlFactory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
            return new StrictYamlParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
        }
    }

    /**
     * Sees every SnakeYAML event before Jackson does: refuses anchors, aliases and tags, and keeps
     * the raw text and quoting of the last scalar, which Jackson's tokens do not tell.
     */
    private static final class StrictYamlParser extends YAMLParser {
        private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

        boolean lastScalarPlain;
        String lastScalarValue = "";

        StrictYamlParser(
                IOContext ctxt,
                int parserFeatures,
                int formatFeatures,
                LoaderOptions options,
                ObjectCodec codec,
                Reader reader) {
            super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
        }

        @Override
        protected Event getEvent() throws IOException {
            Event e = super.getEvent();
            if (e instanceof AliasEvent a) {
                throw new Refused(
                        e.getStartMark(),
                        "YAML aliases are not allowed (found " + Messages.quote("*" + a.getAnchor())
                                + "); write the value out in full");
            }
            if (e instanceof NodeEvent n && n.getAnchor() != null) {
                throw new Refused(
                        e.getStartMark(),
                        "YAML anchors are not allowed (found " + Messages.quote("&" + n.getAnchor())
                                + "); write the value out in full");
            }
            String tag =
                    e instanceof ScalarEvent s ? s.getTag() : e instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null) {
                String written = tag.startsWith(CORE_TAG_PREFIX) ? "!!" + tag.substring(CORE_TAG_PREFIX.length()) : tag;
                throw new Refused(
                        e.getStartMark(),
                        "YAML tags are not allowed (found " + Messages.quote(written) + "); write the plain value");
            }
            if (e instanceof ScalarEvent s) {
                lastScalarPlain = s.isPlain();
                lastScalarValue = s.getValue();
            }
            return e;
        }
    }
}
