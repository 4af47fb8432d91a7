package org.battsim.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunResultTest {
    private static final String SERIES = "Test Time / s,Voltage / V\n0,3.7\n10,3.8\n";

    @TempDir
    Path dir;

    private Path resultFolder(String name, boolean withEvents) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve(RunResult.TIMESERIES_FILE), SERIES);
        Files.writeString(folder.resolve("summary.json"), "{}");
        if (withEvents) {
            Files.writeString(folder.resolve(RunResult.EVENTS_FILE), "time_s,source,event\n5,cycler,\"rest, 5 min\"\n");
        }
        return folder;
    }

    @Test
    void loadsResultFolder() throws IOException {
        RunResult run = RunResult.load(resultFolder("cc-cv-25C", true));
        assertEquals("cc-cv-25C", run.name());
        assertEquals(2, run.table().rows());
        assertEquals(List.of(new EventLog.Event(5, "cycler", "rest, 5 min")), run.events());
    }

    @Test
    void eventsAreOptional() throws IOException {
        RunResult run = RunResult.load(resultFolder("quiet", false));
        assertEquals(List.of(), run.events());
    }

    @Test
    void loadsSingleCsvFileNamedAfterTheFile() throws IOException {
        Path file = dir.resolve("arbin-export.csv");
        Files.writeString(file, "Test_Time(s),Voltage(V)\n0,3.6\n");
        RunResult run = RunResult.load(file);
        assertEquals("arbin-export.csv", run.name());
        assertEquals(3.6, run.table().column("Voltage / V").orElseThrow()[0]);
        assertEquals(List.of(), run.events());
    }

    @Test
    void timeseriesFileInAResultFolderLoadsTheFolder() throws IOException {
        Path folder = resultFolder("via-file", true);
        RunResult run = RunResult.load(folder.resolve(RunResult.TIMESERIES_FILE));
        assertEquals("via-file", run.name());
        assertEquals(1, run.events().size());
    }

    @Test
    void missingPathsAreReported() throws IOException {
        var missing = assertThrows(NoSuchFileException.class, () -> RunResult.load(dir.resolve("nope")));
        assertTrue(missing.getMessage().contains("no such file or folder"), missing.getMessage());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        var noSeries = assertThrows(NoSuchFileException.class, () -> RunResult.load(empty));
        assertTrue(noSeries.getMessage().contains(RunResult.TIMESERIES_FILE), noSeries.getMessage());
    }

    @Test
    void malformedFilesInAFolderNameTheFile() throws IOException {
        Path folder = resultFolder("bad-events", false);
        Path events = folder.resolve(RunResult.EVENTS_FILE);
        Files.writeString(events, "time_s,source,event\nx,a,b\n");
        var e = assertThrows(BdfFormatException.class, () -> RunResult.load(folder));
        assertTrue(e.getMessage().startsWith(events + ":2: "), e.getMessage());
    }
}
