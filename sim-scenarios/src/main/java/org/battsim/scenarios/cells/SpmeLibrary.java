package org.battsim.scenarios.cells;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;
import org.battsim.scenarios.io.Node;
import org.battsim.scenarios.io.YamlTree;

/** The built-in SPMe parameter sets, by name, and SPMe parameter files given by path. */
public final class SpmeLibrary {
    /** The set used when none is named: PyBaMM's default. */
    public static final String DEFAULT = "marquis2019";

    private static final List<String> BUILT_IN =
            List.of("marquis2019", "marquis2019-comsol", "chen2020", "chen2020-ocp-tables", "ecker2015");
    private static final String DIR = "/org/battsim/spme/";

    private SpmeLibrary() {}

    public static List<String> names() {
        return BUILT_IN;
    }

    /**
     * Loads a built-in set by name, or a YAML/JSON file by path.
     *
     * @throws InputException naming the file, line, column and parameter of any problem
     */
    public static SpmeFile.Loaded load(String nameOrFile) {
        return SpmeFile.compile(raw(nameOrFile, null, null, 0));
    }

    private static SpmeFile.RawSet raw(String nameOrFile, String from, CellFile.Resolver fromResolver, int depth) {
        if (BUILT_IN.contains(nameOrFile)) {
            String res = DIR + nameOrFile + ".yaml";
            Node root = YamlTree.parseResource(SpmeLibrary.class, res);
            return SpmeFile.readRaw(
                    root,
                    nameOrFile + ".yaml",
                    rel -> SpmeLibrary.class.getResourceAsStream(DIR + rel),
                    SpmeLibrary::raw,
                    depth);
        }
        Path p = Path.of(nameOrFile);
        if (from != null && !p.isAbsolute() && Files.isRegularFile(Path.of(from))) {
            // A base named by a relative path is looked up next to the file that names it.
            Path parent = Path.of(from).toAbsolutePath().getParent();
            if (parent != null && Files.isRegularFile(parent.resolve(nameOrFile))) {
                p = parent.resolve(nameOrFile);
            }
        }
        if (!Files.isRegularFile(p)) {
            throw InputException.option(
                    "params",
                    "unknown parameter set " + Messages.quote(nameOrFile) + ": built-in sets are "
                            + String.join(", ", BUILT_IN) + "; otherwise give the path of a parameter file"
                            + Messages.didYouMean(nameOrFile, BUILT_IN));
        }
        Node root = YamlTree.parse(p);
        Path dir = p.toAbsolutePath().getParent();
        return SpmeFile.readRaw(
                root,
                p.toString(),
                rel -> {
                    Path f = dir.resolve(rel).normalize();
                    return Files.isRegularFile(f) ? Files.newInputStream(f) : null;
                },
                SpmeLibrary::raw,
                depth);
    }

    /** The YAML text of a built-in set. */
    public static String text(String name) {
        try (InputStream in = SpmeLibrary.class.getResourceAsStream(DIR + name + ".yaml")) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in SPMe set " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
