package org.battsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;
import org.battsim.scenarios.scenario.Catalogue;
import org.battsim.scenarios.scenario.Scenario;
import org.battsim.scenarios.scenario.ScenarioReader;

/** A scenario named on the command line: a file, a catalogue name, or a catalogue {@code NAME/RUN}. */
final class ScenarioFiles {
    private ScenarioFiles() {}

    static Scenario load(String spec) {
        Path p = Path.of(spec);
        if (Files.isRegularFile(p)) {
            return ScenarioReader.read(p);
        }
        if (Catalogue.has(spec)) {
            return Catalogue.load(spec);
        }
        throw InputException.option(
                "SCENARIO",
                "'" + spec + "' is neither a file nor a catalogue scenario"
                        + Messages.didYouMean(spec, Catalogue.names()) + "; 'battsim list' shows the catalogue");
    }
}
