package org.battsim.viewer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A small CSV file read as it is written: a header and rows of text cells, each row checked to have as many cells as
 * the header. Used for the side files of a result folder (telemetry, aging, leaderboards), whose columns are found by
 * name.
 */
final class TextTable {
    final Path file;
    final List<String> header;
    final List<String[]> rows;
    final int[] lines;

    private TextTable(Path file, List<String> header, List<String[]> rows, int[] lines) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        this.lines = lines;
    }

    /**
     * @throws BdfFormatException if the file is empty or a row has the wrong number of cells
     */
    static TextTable read(Path file) throws IOException {
        return CsvReader.read(file, (char) 0, csv -> {
            var fields = new ArrayList<String>();
            if (!csv.next(fields)) {
                throw new BdfFormatException(file, 1, "the file is empty (expected a header row of column names)");
            }
            int headerLine = csv.recordLine();
            List<String> header = List.copyOf(fields);
            var rows = new ArrayList<String[]>();
            int[] lines = new int[16];
            while (csv.next(fields)) {
                if (fields.size() != header.size()) {
                    throw new BdfFormatException(
                            file,
                            csv.recordLine(),
                            fields.size() + " fields, but the header on line " + headerLine + " has " + header.size()
                                    + " (expected one value per column)");
                }
                if (rows.size() == lines.length) {
                    lines = Arrays.copyOf(lines, lines.length * 2);
                }
                lines[rows.size()] = csv.recordLine();
                rows.add(fields.toArray(String[]::new));
            }
            return new TextTable(file, header, rows, lines);
        });
    }

    /** Index of the first column whose name, ignoring case, equals one of {@code names}; -1 if none. */
    int column(String... names) {
        for (String n : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equalsIgnoreCase(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Index of the first column whose name, ignoring case, contains one of {@code parts}, tried in order; -1. */
    int columnContaining(String... parts) {
        for (String p : parts) {
            String lp = p.toLowerCase(Locale.ROOT);
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).toLowerCase(Locale.ROOT).contains(lp)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The column as numbers; empty cells are NaN. */
    double[] numbers(int col) {
        double[] v = new double[rows.size()];
        for (int r = 0; r < v.length; r++) {
            String s = rows.get(r)[col];
            if (s.isEmpty()) {
                v[r] = Double.NaN;
                continue;
            }
            try {
                v[r] = CsvReader.number(s, false);
            } catch (NumberFormatException e) {
                throw new BdfFormatException(
                        file,
                        lines[r],
                        "\"" + header.get(col) + "\" value \"" + s + "\" is not a number (expected a decimal number)");
            }
        }
        return v;
    }

    /** Whether every non-empty cell of the column is a number. */
    boolean numeric(int col) {
        for (String[] row : rows) {
            if (!row[col].isEmpty()) {
                try {
                    CsvReader.number(row[col], false);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The column as text. */
    String[] texts(int col) {
        String[] v = new String[rows.size()];
        for (int r = 0; r < v.length; r++) {
            v[r] = rows.get(r)[col];
        }
        return v;
    }
}
