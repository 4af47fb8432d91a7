package org.battsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** New output folders under {@code runs/}: {@code runs/experiment-20261124-093012}, then -2, -3… */
final class RunFolders {
    private RunFolders() {}

    static Path newFolder(String kind) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path base = Path.of("runs");
        try {
            Files.createDirectories(base);
            for (int i = 1; ; i++) {
                Path p = base.resolve(kind + "-" + stamp + (i == 1 ? "" : "-" + i));
                try {
                    return Files.createDirectory(p);
                } catch (FileAlreadyExistsException e) {
                    // next suffix
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create an output folder under runs/: " + e.getMessage(), e);
        }
    }
}
