package org.battsim.scenarios.aging;

import java.nio.file.Files;
import java.nio.file.Path;

/** The reference folder {@code ../shared/data}, found by walking up from the working directory. */
final class SharedData {
    private SharedData() {}

    /** {@code shared/data/blast}, or null when absent. */
    static Path blast() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path d = p.resolve("shared/data/blast");
            if (Files.isDirectory(d)) {
                return d;
            }
            d = p.resolveSibling("shared").resolve("data/blast");
            if (Files.isDirectory(d)) {
                return d;
            }
        }
        return null;
    }
}
