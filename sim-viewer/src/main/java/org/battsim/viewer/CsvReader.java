package org.battsim.viewer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Minimal RFC 4180 record reader that tracks physical line numbers for error messages. Accepts quoted fields (with
 * doubled quotes and line breaks inside), CRLF, LF or CR line ends and a leading byte order mark, and skips lines
 * whose fields are all blank. Unquoted fields are trimmed.
 */
final class CsvReader implements Closeable {
    private static final int EOF = -1;
    private static final Charset LEGACY = Charset.forName("windows-1252");

    /** What to do with an opened file. */
    interface Body<T> {
        T read(CsvReader csv) throws IOException;
    }

    /**
     * Reads {@code file} as UTF-8, or, if it is not valid UTF-8, as Windows-1252: cycler software on Windows often
     * writes unit symbols such as "°C" in the legacy code page.
     *
     * @param delimiter field separator, or 0 to detect it from the first line
     */
    static <T> T read(Path file, char delimiter, Body<T> body) throws IOException {
        var strictUtf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var csv = new CsvReader(file, new InputStreamReader(Files.newInputStream(file), strictUtf8), delimiter)) {
            return body.read(csv);
        } catch (CharacterCodingException notUtf8) {
            try (var csv = new CsvReader(file, new InputStreamReader(Files.newInputStream(file), LEGACY), delimiter)) {
                return body.read(csv);
            }
        }
    }

    /**
     * Parses a decimal number (also "NaN" and "inf"); stricter than {@link Double#parseDouble}, which would accept
     * "1d" or hexadecimal.
     *
     * @param decimalComma whether a comma stands for the decimal point (semicolon-separated exports)
     * @throws NumberFormatException if {@code s} is not a number
     */
    static double number(String s, boolean decimalComma) {
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E' && !(decimalComma && c == ',')) {
                return special(s);
            }
        }
        if (!digit) {
            throw new NumberFormatException(s);
        }
        return Double.parseDouble(decimalComma ? s.replace(',', '.') : s);
    }

    private static double special(String s) {
        String t = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (t.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity")) {
            return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw new NumberFormatException(s);
    }

    private final Path file;
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private final StringBuilder field = new StringBuilder();
    private int pos;
    private int len;
    private char delimiter;
    private boolean started;
    private int line = 1;
    private int recordLine;

    /**
     * @param delimiter field separator, or 0 to pick the most frequent of comma, semicolon and tab in the first line
     */
    CsvReader(Path file, Reader in, char delimiter) {
        this.file = file;
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The separator in use; known after the first call to {@link #next}. */
    char delimiter() {
        return delimiter;
    }

    /** Line on which the record last returned by {@link #next} starts. */
    int recordLine() {
        return recordLine;
    }

    /** Line the reader is on; after the last record, one past the last line. */
    int line() {
        return line;
    }

    /**
     * Reads the next record that has a non-blank field into {@code out}.
     *
     * @return false at the end of the input
     */
    boolean next(List<String> out) throws IOException {
        if (!started) {
            start();
        }
        while (true) {
            out.clear();
            if (peek() == EOF) {
                return false;
            }
            recordLine = line;
            readRecord(out);
            for (String f : out) {
                if (!f.isEmpty()) {
                    return true;
                }
            }
        }
    }

    private void start() throws IOException {
        started = true;
        fillFirstLine();
        if (len > 0 && buf[0] == '\uFEFF') {
            pos = 1;
        }
        if (delimiter == 0) {
            delimiter = sniffDelimiter();
        }
    }

    private void fillFirstLine() throws IOException {
        while (len < buf.length) {
            for (int i = 0; i < len; i++) {
                if (buf[i] == '\n' || buf[i] == '\r') {
                    return;
                }
            }
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                return;
            }
            len += n;
        }
    }

    private char sniffDelimiter() {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = pos; i < len; i++) {
            char c = buf[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                } else if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private void readRecord(List<String> out) throws IOException {
        field.setLength(0);
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (c == EOF) {
                out.add(finish(wasQuoted));
                return;
            }
            if (c == delimiter) {
                out.add(finish(wasQuoted));
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    pos++;
                }
                line++;
                out.add(finish(wasQuoted));
                return;
            } else if (c == '"' && !wasQuoted && isBlank(field)) {
                field.setLength(0);
                readQuoted();
                wasQuoted = true;
            } else if (wasQuoted && Character.isWhitespace(c)) {
                // padding between a closing quote and the separator is not part of the value
            } else {
                field.append((char) c);
            }
        }
    }

    private void readQuoted() throws IOException {
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new BdfFormatException(
                        file,
                        recordLine,
                        "quoted field is not closed (expected a closing \" before the end of the file)");
            }
            if (c == '"') {
                if (peek() == '"') {
                    pos++;
                    field.append('"');
                } else {
                    return;
                }
            } else {
                if (c == '\n' || (c == '\r' && peek() != '\n')) {
                    line++;
                }
                field.append((char) c);
            }
        }
    }

    private String finish(boolean wasQuoted) {
        String s = wasQuoted ? field.toString() : field.toString().strip();
        field.setLength(0);
        return s;
    }

    private static boolean isBlank(StringBuilder sb) {
        for (int i = 0; i < sb.length(); i++) {
            if (!Character.isWhitespace(sb.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int read() throws IOException {
        if (pos == len && !fill()) {
            return EOF;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == len && !fill()) {
            return EOF;
        }
        return buf[pos];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            pos = 0;
            len = 0;
            return false;
        }
        pos = 0;
        len = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
