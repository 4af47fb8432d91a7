package org.battsim.scenarios.aging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.battsim.model.aging.AgingModel;
import org.battsim.scenarios.cells.CellFile;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;
import org.battsim.scenarios.io.Node;
import org.battsim.scenarios.io.YamlTree;

/** The built-in aging models, by name, and aging parameter files given by path. */
public final class AgingLibrary {
    /** The default for phone cells. */
    public static final String DEFAULT = "phone-lco";

    private static final List<String> BUILT_IN = List.of("phone-lco", "sanyo-nmc-2014");
    private static final String DIR = "/org/battsim/aging/";

    private AgingLibrary() {}

    public static List<String> names() {
        return BUILT_IN;
    }

    /**
     * Loads a built-in model by name, or a YAML/JSON file by path.
     *
     * @param option the command-line option that named it, for messages
     * @throws InputException naming the file, line, column and field of any problem
     */
    public static AgingModel load(String nameOrFile, String option) {
        if (BUILT_IN.contains(nameOrFile)) {
            Node root = YamlTree.parseResource(AgingLibrary.class, DIR + nameOrFile + ".yaml");
            return AgingFile.read(root, nameOrFile + ".yaml", rel -> AgingLibrary.class.getResourceAsStream(DIR + rel));
        }
        Path p = Path.of(nameOrFile);
        if (!Files.isRegularFile(p)) {
            throw InputException.option(
                    option,
                    "unknown aging model '" + nameOrFile + "': built-in models are " + String.join(", ", BUILT_IN)
                            + "; otherwise give the path of an aging parameter file"
                            + Messages.didYouMean(nameOrFile, BUILT_IN));
        }
        Node root = YamlTree.parse(p);
        return AgingFile.read(root, p.toString(), CellFile.Resolver.besides(p));
    }
}
