package org.battsim.viewer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The results of one run, ready to plot.
 *
 * @param name what to call the run in a legend
 * @param table the time series
 * @param events what happened during the run, possibly none
 */
public record RunResult(String name, BdfTable table, List<EventLog.Event> events) {
    /** Time series file in a result folder. */
    public static final String TIMESERIES_FILE = "timeseries.bdf.csv";
    /** Optional event log in a result folder. */
    public static final String EVENTS_FILE = "events.csv";

    public RunResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        events = List.copyOf(events);
    }

    /**
     * Loads a result folder (holding {@value #TIMESERIES_FILE} and optionally {@value #EVENTS_FILE}), named after the
     * folder, or a single BDF CSV file, named after the file. A file called {@value #TIMESERIES_FILE} is loaded as its
     * folder, so that its events are not lost and runs opened either way are named alike.
     *
     * @throws NoSuchFileException if the path, or the time series in a folder, does not exist
     * @throws BdfFormatException if a file is malformed
     * @throws IOException if a file cannot be read
     */
    public static RunResult load(Path dirOrFile) throws IOException {
        Path dir = null;
        if (Files.isDirectory(dirOrFile)) {
            dir = dirOrFile;
        } else if (Files.isRegularFile(dirOrFile)
                && dirOrFile.getFileName().toString().equals(TIMESERIES_FILE)) {
            dir = dirOrFile.getParent() == null ? Path.of("") : dirOrFile.getParent();
        }
        if (dir != null) {
            Path series = dir.resolve(TIMESERIES_FILE);
            if (!Files.isRegularFile(series)) {
                throw new NoSuchFileException(
                        series.toString(),
                        null,
                        "missing (expected a battsim result folder holding " + TIMESERIES_FILE
                                + ", or a BDF CSV file)");
            }
            Path eventsFile = dir.resolve(EVENTS_FILE);
            List<EventLog.Event> events = Files.isRegularFile(eventsFile) ? EventLog.read(eventsFile) : List.of();
            return new RunResult(nameOf(dir), BdfTable.read(series), events);
        }
        if (Files.isRegularFile(dirOrFile)) {
            return new RunResult(nameOf(dirOrFile), BdfTable.read(dirOrFile), List.of());
        }
        throw new NoSuchFileException(dirOrFile.toString(), null, "no such file or folder");
    }

    private static String nameOf(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
