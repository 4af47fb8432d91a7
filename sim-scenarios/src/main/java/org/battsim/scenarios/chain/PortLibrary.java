package org.battsim.scenarios.chain;

import java.nio.file.Path;
import java.util.List;
import org.battsim.model.engine.SeededRandom;
import org.battsim.model.power.Port;
import org.battsim.model.power.PortParameters;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;
import org.battsim.scenarios.io.Node;
import org.battsim.scenarios.io.YamlTree;

/**
 * The phone port in a named condition ({@code clean}, {@code debris}, {@code oxidized}) or in the
 * condition a file describes. A condition names its port parameters: a built-in set ({@value
 * #DEFAULT_PORT}) or a file relative to the condition file.
 */
public final class PortLibrary {
    private static final java.util.Map<String, PortFile.Condition> CONDITION_CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, PortParameters> PORT_CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The receptacle of the built-in conditions. */
    public static final String DEFAULT_PORT = "micro-usb";

    private static final List<String> CONDITIONS = List.of("clean", "debris", "oxidized");
    private static final List<String> PORTS = List.of(DEFAULT_PORT);
    private static final String DIR = "/org/battsim/chain/ports/";
    private static final String OPTION = "--port";

    private PortLibrary() {}

    /** The built-in condition names. */
    public static List<String> names() {
        return CONDITIONS;
    }

    /** A new port in the condition, drawing from {@code random}'s streams named after the port. */
    public static Port load(String condition, SeededRandom random) {
        PortFile.Condition c = condition(condition);
        PortParameters p;
        try {
            p = parameters(c.port(), baseDir(condition));
        } catch (InputException e) {
            if (!e.source().startsWith("option ")) {
                throw e;
            }
            Node n = c.portNode();
            throw new InputException(c.source(), n.line(), n.column(), n.path(), e.detail());
        }
        return new Port(p, c.condition(), random);
    }

    /** Reads a built-in condition by name, or a condition file by path. */
    public static PortFile.Condition condition(String nameOrFile) {
        if (CONDITIONS.contains(nameOrFile)) {
            return CONDITION_CACHE.computeIfAbsent(
                    nameOrFile,
                    n -> PortFile.readCondition(
                            YamlTree.parseResource(PortLibrary.class, DIR + n + ".yaml"), n + ".yaml"));
        }
        Path p = Sourced.existingFile(nameOrFile);
        if (p == null) {
            throw InputException.option(
                    OPTION,
                    "unknown port condition '" + nameOrFile + "': built-in conditions are "
                            + String.join(", ", CONDITIONS) + "; otherwise give the path of a condition file"
                            + Messages.didYouMean(nameOrFile, CONDITIONS));
        }
        return PortFile.readCondition(YamlTree.parse(p), p.toString());
    }

    /** Port parameters by built-in name, or by path relative to {@code dir} (null: built-ins only). */
    public static PortParameters parameters(String nameOrFile, Path dir) {
        if (PORTS.contains(nameOrFile)) {
            return PORT_CACHE.computeIfAbsent(
                    nameOrFile,
                    n -> PortFile.readParameters(
                            YamlTree.parseResource(PortLibrary.class, DIR + n + ".yaml"), n + ".yaml"));
        }
        Path p = dir == null
                ? null
                : Sourced.existingFile(dir.resolve(nameOrFile).normalize().toString());
        if (p == null) {
            throw InputException.option(
                    OPTION,
                    "unknown port '" + nameOrFile + "': the built-in port is " + String.join(", ", PORTS)
                            + "; otherwise give a parameter file relative to the condition file"
                            + Messages.didYouMean(nameOrFile, PORTS));
        }
        return PortFile.readParameters(YamlTree.parse(p), p.toString());
    }

    /** The YAML text of a built-in condition or port. */
    public static String text(String name) {
        return SourceLibrary.resourceText(PortLibrary.class, DIR, name);
    }

    private static Path baseDir(String condition) {
        if (CONDITIONS.contains(condition)) {
            return null;
        }
        return Path.of(condition).toAbsolutePath().getParent();
    }
}
