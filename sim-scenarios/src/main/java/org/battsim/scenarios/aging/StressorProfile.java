package org.battsim.scenarios.aging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;

/**
 * A stressor profile in BLAST-Lite's input format: a CSV file with the columns {@code Time_s},
 * {@code SOC} (a fraction) and {@code Temperature_C}, in any order, one header line, then one row
 * per sample; blank lines and lines starting with {@code #} are ignored. Problems are reported as
 * {@code file:line:column: column name: what is wrong}.
 *
 * @param source file name, for messages
 * @param timeSeconds strictly increasing
 * @param soc between 0 and 1
 * @param temperatureK above 0 K
 */
public record StressorProfile(String source, double[] timeSeconds, double[] soc, double[] temperatureK) {
    public static final List<String> COLUMNS = List.of("Time_s", "SOC", "Temperature_C");
    /** Bound on rows, against hostile or mistaken inputs (a year at one-second resolution is 31.5 million). */
    public static final int MAX_ROWS = 10_000_000;

    /** Reads a profile file. */
    public static StressorProfile read(Path file) {
        String name = file.toString();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw InputException.withoutPosition(name, "", "file not found");
        } catch (CharacterCodingException e) {
            throw InputException.withoutPosition(name, "", "not a UTF-8 text file");
        } catch (IOException e) {
            throw InputException.withoutPosition(name, "", "cannot read: " + e.getMessage());
        }
    }

    /** Reads a profile from text; {@code source} names it in messages. */
    public static StressorProfile read(Reader reader, String source) throws IOException {
        BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int[] col = null;
        int width = 0;
        double[] t = new double[1024];
        double[] s = new double[1024];
        double[] c = new double[1024];
        int n = 0;
        int lineNo = 0;
        String line;
        while ((line = br.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (col == null) {
                col = header(f, source, lineNo);
                width = f.length;
                continue;
            }
            if (f.length != width) {
                throw new InputException(source, lineNo, 1, "", "expected " + width + " fields, got " + f.length);
            }
            if (n == MAX_ROWS) {
                throw new InputException(source, lineNo, 1, "", "more than " + MAX_ROWS + " rows");
            }
            if (n == t.length) {
                t = Arrays.copyOf(t, n * 2);
                s = Arrays.copyOf(s, n * 2);
                c = Arrays.copyOf(c, n * 2);
            }
            int[] start = new int[f.length];
            for (int j = 1; j < f.length; j++) {
                start[j] = start[j - 1] + f[j - 1].length() + 1;
            }
            t[n] = number(f, col[0], start, source, lineNo, "Time_s");
            s[n] = number(f, col[1], start, source, lineNo, "SOC");
            c[n] = number(f, col[2], start, source, lineNo, "Temperature_C");
            if (n > 0 && !(t[n] > t[n - 1])) {
                throw at(
                        source,
                        lineNo,
                        f,
                        col[0],
                        start,
                        "Time_s",
                        "times must increase from row to row (" + f[col[0]].trim() + " s after " + t[n - 1] + " s)");
            }
            if (!(s[n] >= 0 && s[n] <= 1)) {
                throw at(
                        source,
                        lineNo,
                        f,
                        col[1],
                        start,
                        "SOC",
                        "state of charge must be a fraction between 0 and 1, got " + f[col[1]].trim()
                                + (s[n] > 1 && s[n] <= 100 ? " (a percentage? write " + s[n] / 100 + ")" : ""));
            }
            if (!(c[n] > -273.15 && c[n] < 1000)) {
                throw at(
                        source,
                        lineNo,
                        f,
                        col[2],
                        start,
                        "Temperature_C",
                        "must be above -273.15 and below 1000 degC, got " + f[col[2]].trim());
            }
            n++;
        }
        if (col == null) {
            throw new InputException(
                    source, 0, 0, "", "empty file; expected a header " + String.join(",", COLUMNS) + " and rows");
        }
        if (n < 2) {
            throw new InputException(source, lineNo, 0, "", "a profile needs at least two rows, got " + n);
        }
        double[] k = Arrays.copyOf(c, n);
        for (int i = 0; i < n; i++) {
            k[i] += 273.15;
        }
        return new StressorProfile(source, Arrays.copyOf(t, n), Arrays.copyOf(s, n), k);
    }

    private static int[] header(String[] f, String source, int lineNo) {
        int[] col = {-1, -1, -1};
        int pos = 1;
        List<String> seen = new ArrayList<>();
        for (int j = 0; j < f.length; j++) {
            String name = f[j].trim();
            int i = COLUMNS.indexOf(name);
            if (i < 0) {
                throw new InputException(
                        source,
                        lineNo,
                        pos,
                        "",
                        "unknown column '" + name + "'" + Messages.didYouMean(name, COLUMNS) + "; the columns are "
                                + String.join(", ", COLUMNS));
            }
            if (col[i] >= 0) {
                throw new InputException(source, lineNo, pos, "", "column '" + name + "' appears twice");
            }
            col[i] = j;
            seen.add(name);
            pos += f[j].length() + 1;
        }
        for (int i = 0; i < 3; i++) {
            if (col[i] < 0) {
                throw new InputException(
                        source,
                        lineNo,
                        1,
                        "",
                        "missing column '" + COLUMNS.get(i) + "'; the header must name " + String.join(", ", COLUMNS)
                                + " (found " + String.join(", ", seen) + ")");
            }
        }
        return col;
    }

    private static double number(String[] f, int j, int[] start, String source, int lineNo, String name) {
        String text = f[j].trim();
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw at(
                    source,
                    lineNo,
                    f,
                    j,
                    start,
                    name,
                    (text.isEmpty() ? "missing value" : "not a number: '" + text + "'"));
        }
        if (!Double.isFinite(v)) {
            throw at(source, lineNo, f, j, start, name, "not a finite number: '" + text + "'");
        }
        return v;
    }

    private static InputException at(
            String source, int lineNo, String[] f, int j, int[] start, String column, String message) {
        int lead = f[j].length() - f[j].stripLeading().length();
        return new InputException(source, lineNo, start[j] + lead + 1, column, message);
    }
}
