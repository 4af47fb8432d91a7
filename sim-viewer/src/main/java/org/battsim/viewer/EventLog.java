package org.battsim.viewer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Reads the {@code events.csv} of a run: header {@code time_s,source,event}, one event per row. */
public final class EventLog {
    private static final String EXPECTED_HEADER = "\"time_s,source,event\"";

    /**
     * Something that happened during a run.
     *
     * @param timeSeconds test time of the event, in seconds
     * @param source the part of the system that reported it (may be empty)
     * @param text what happened
     */
    public record Event(double timeSeconds, String source, String text) {
        public Event {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(text, "text");
        }
    }

    private EventLog() {}

    /**
     * Reads an event log. Columns are found by name, so extra columns and a different order are accepted; {@code
     * source} may be absent.
     *
     * @throws BdfFormatException if the file is malformed; the message names the file and line
     * @throws IOException if the file cannot be read
     */
    public static List<Event> read(Path file) throws IOException {
        return CsvReader.read(file, ',', csv -> parse(file, csv));
    }

    private static List<Event> parse(Path file, CsvReader csv) throws IOException {
        var fields = new ArrayList<String>();
        if (!csv.next(fields)) {
            throw new BdfFormatException(file, 1, "the file is empty (expected a header row " + EXPECTED_HEADER + ")");
        }
        int headerLine = csv.recordLine();
        int width = fields.size();
        int time = indexOf(fields, "time_s");
        int source = indexOf(fields, "source");
        int text = indexOf(fields, "event");
        if (time < 0 || text < 0) {
            throw new BdfFormatException(
                    file,
                    headerLine,
                    "header is \"" + String.join(",", fields) + "\" (expected " + EXPECTED_HEADER + ")");
        }
        var events = new ArrayList<Event>();
        while (csv.next(fields)) {
            int line = csv.recordLine();
            if (fields.size() != width) {
                throw new BdfFormatException(
                        file,
                        line,
                        fields(fields.size()) + ", but the header has " + width + " (expected " + width
                                + " fields; quote text that contains commas)");
            }
            String t = fields.get(time);
            double seconds;
            try {
                seconds = CsvReader.number(t, false);
            } catch (NumberFormatException e) {
                seconds = Double.NaN;
            }
            if (!Double.isFinite(seconds)) {
                throw new BdfFormatException(
                        file,
                        line,
                        "\"time_s\" value \"" + t + "\" is not a time (expected seconds as a decimal number)");
            }
            events.add(new Event(seconds, source < 0 ? "" : fields.get(source), fields.get(text)));
        }
        return List.copyOf(events);
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String fields(int n) {
        return n == 1 ? "1 field" : n + " fields";
    }
}
