package org.battsim.scenarios.cells;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.battsim.model.cell.EcmParameters;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;
import org.battsim.scenarios.io.Node;
import org.battsim.scenarios.io.YamlTree;

/** The built-in cell parameter sets, by name, and parameter files given by path. */
public final class CellLibrary {
    /** The default cell of the project: a Xiaomi Mi 4-class 3080 mAh, 4.35 V cell. */
    public static final String DEFAULT = "phone-lco-3080";

    private static final List<String> BUILT_IN =
            List.of("phone-lco-3080", "phone-lco-4100", "chen-rinconmora-850", "pybamm-ecm-example");
    private static final String DIR = "/org/battsim/cells/";

    private CellLibrary() {}

    public static List<String> names() {
        return BUILT_IN;
    }

    /**
     * Loads a built-in set by name, or a YAML/JSON file by path.
     *
     * @throws InputException naming the file, line, column and field of any problem
     */
    private static final java.util.Map<String, EcmParameters> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    public static EcmParameters load(String nameOrFile) {
        if (BUILT_IN.contains(nameOrFile)) {
            // Parameters are immutable: a built-in is read once.
            return CACHE.computeIfAbsent(
                    nameOrFile,
                    n -> CellFile.read(
                            YamlTree.parseResource(CellLibrary.class, DIR + n + ".yaml"),
                            n + ".yaml",
                            rel -> CellLibrary.class.getResourceAsStream(DIR + rel)));
        }
        Path p = Path.of(nameOrFile);
        if (!Files.isRegularFile(p)) {
            throw InputException.option(
                    "cell",
                    "unknown cell '" + nameOrFile + "': built-in cells are " + String.join(", ", BUILT_IN)
                            + "; otherwise give the path of a parameter file"
                            + Messages.didYouMean(nameOrFile, BUILT_IN));
        }
        Node root = YamlTree.parse(p);
        return CellFile.read(root, p.toString(), CellFile.Resolver.besides(p));
    }

    /** The YAML text of a built-in set. */
    public static String text(String name) {
        try (InputStream in = CellLibrary.class.getResourceAsStream(DIR + name + ".yaml")) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in cell " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
