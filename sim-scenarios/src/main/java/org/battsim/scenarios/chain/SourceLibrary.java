package org.battsim.scenarios.chain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.battsim.model.engine.SeededRandom;
import org.battsim.model.power.PowerSource;
import org.battsim.scenarios.io.Dimension;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;
import org.battsim.scenarios.io.YamlTree;

/**
 * The built-in power sources by name, and source files by path.
 *
 * <p>A spec is a name or a path, optionally followed by options: {@code usb2-port,front} is the
 * port reached from the PC's front panel through the internal cable its file describes, {@code
 * usb2-port,front=0.6m} through 0.6 m of it.
 */
public final class SourceLibrary {
    private static final java.util.Map<String, SourceFile> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The phone maker's own 5 V / 2 A adapter. */
    public static final String DEFAULT = "adapter-5v2a";

    private static final List<String> BUILT_IN =
            List.of("adapter-5v2a", "adapter-5v1a-generic", "adapter-qc2-mi", "usb2-port", "usb3-port", "usb-cdp-port");
    private static final List<String> OPTIONS = List.of("front");
    private static final String DIR = "/org/battsim/chain/sources/";
    private static final String OPTION = "--source";

    private SourceLibrary() {}

    public static List<String> names() {
        return BUILT_IN;
    }

    /**
     * A new source from a spec.
     *
     * @param random the run's random streams (no built-in source draws from them yet; sources with
     *     random behaviour take their stream by name)
     * @throws InputException naming the file, line, column and field of any problem
     */
    public static PowerSource load(String spec, SeededRandom random) {
        String[] parts = spec.split(",", -1);
        SourceFile f = read(parts[0].strip());
        double front = 0;
        for (int i = 1; i < parts.length; i++) {
            String[] kv = Sourced.option(OPTION, parts[i]);
            if (!kv[0].equals("front")) {
                throw InputException.option(
                        OPTION,
                        "unknown option '" + kv[0] + "' in '" + spec + "'" + Messages.didYouMean(kv[0], OPTIONS)
                                + "; allowed: front or front=<length>");
            }
            if (f.kind() != SourceFile.Kind.USB_HOST_PORT) {
                throw InputException.option(
                        OPTION, "'front' applies to USB host ports; " + parts[0] + " is an adapter");
            }
            front = kv[1] == null
                    ? f.frontPanelLength()
                    : Sourced.parse(OPTION, "front", kv[1], Dimension.LENGTH, 0, 3);
        }
        return f.newSource(front);
    }

    /** Reads a built-in source by name, or a file by path. */
    public static SourceFile read(String nameOrFile) {
        if (BUILT_IN.contains(nameOrFile)) {
            // Immutable: a built-in is read once (scenario checks and campaigns load it per run).
            return CACHE.computeIfAbsent(
                    nameOrFile,
                    n -> SourceFile.read(YamlTree.parseResource(SourceLibrary.class, DIR + n + ".yaml"), n + ".yaml"));
        }
        Path p = Sourced.existingFile(nameOrFile);
        if (p == null) {
            throw InputException.option(
                    OPTION,
                    "unknown source '" + nameOrFile + "': built-in sources are " + String.join(", ", BUILT_IN)
                            + "; otherwise give the path of a source file" + Messages.didYouMean(nameOrFile, BUILT_IN));
        }
        return SourceFile.read(YamlTree.parse(p), p.toString());
    }

    /** The YAML text of a built-in source. */
    public static String text(String name) {
        return resourceText(SourceLibrary.class, DIR, name);
    }

    static String resourceText(Class<?> anchor, String dir, String name) {
        try (InputStream in = anchor.getResourceAsStream(dir + name + ".yaml")) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
