package org.battsim.scenarios.chain;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.battsim.model.engine.SeededRandom;
import org.battsim.model.power.Cable;
import org.battsim.model.power.CableParameters;
import org.battsim.scenarios.io.Dimension;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;
import org.battsim.scenarios.io.YamlTree;

/**
 * The built-in cables by name, cable files by path, and cables described inline.
 *
 * <p>A spec is a name or a path, or {@code length=1.5m,awg=26} (optionally {@code dataAwg=28}),
 * which takes everything else from {@value #BASE}; options may also follow a name or path, as in
 * {@code 1m-28awg,length=2m}.
 */
public final class CableLibrary {
    private static final java.util.Map<String, CableParameters> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The cable inline specs start from. */
    public static final String BASE = "1m-28awg";

    private static final List<String> BUILT_IN = List.of("1m-24awg", "1m-28awg", "2m-28awg");
    private static final List<String> OPTIONS = List.of("length", "awg", "dataAwg");
    private static final String DIR = "/org/battsim/chain/cables/";
    private static final String OPTION = "--cable";

    private CableLibrary() {}

    public static List<String> names() {
        return BUILT_IN;
    }

    /** A new cable from a spec, drawing from {@code random}'s streams named after the cable. */
    public static Cable load(String spec, SeededRandom random) {
        return new Cable(parameters(spec), random);
    }

    /** The parameters a spec describes. */
    public static CableParameters parameters(String spec) {
        String[] parts = spec.split(",", -1);
        String head = parts[0].strip();
        int first = head.contains("=") || OPTIONS.contains(head) ? 0 : 1;
        CableParameters base = read(first == 0 ? BASE : head);
        if (first == parts.length) {
            return base;
        }
        double length = base.length();
        double awg = base.powerAwg();
        double dataAwg = base.dataAwg();
        for (int i = first; i < parts.length; i++) {
            String[] kv = Sourced.option(OPTION, parts[i]);
            switch (kv[0]) {
                case "length" -> length = Sourced.parse(OPTION, "length", kv[1], Dimension.LENGTH, 0.01, 10);
                case "awg" -> awg = Sourced.parse(OPTION, "awg", kv[1], Dimension.DIMENSIONLESS, 10, 40);
                case "dataAwg" -> dataAwg = Sourced.parse(OPTION, "dataAwg", kv[1], Dimension.DIMENSIONLESS, 10, 40);
                default ->
                    throw InputException.option(
                            OPTION,
                            "unknown option '" + kv[0] + "' in '" + spec + "'" + Messages.didYouMean(kv[0], OPTIONS)
                                    + "; allowed: " + String.join(", ", OPTIONS));
            }
        }
        String name = trim(length) + "m-" + trim(awg) + "awg" + (dataAwg != 28 ? "-data" + trim(dataAwg) + "awg" : "");
        return base.with(name, length, awg, dataAwg);
    }

    /** Reads a built-in cable by name, or a file by path. */
    public static CableParameters read(String nameOrFile) {
        if (BUILT_IN.contains(nameOrFile)) {
            return CACHE.computeIfAbsent(
                    nameOrFile,
                    n -> CableFile.read(YamlTree.parseResource(CableLibrary.class, DIR + n + ".yaml"), n + ".yaml"));
        }
        Path p = Sourced.existingFile(nameOrFile);
        if (p == null) {
            throw InputException.option(
                    OPTION,
                    "unknown cable '" + nameOrFile + "': built-in cables are " + String.join(", ", BUILT_IN)
                            + "; otherwise give the path of a cable file, or length=<m>,awg=<gauge>"
                            + Messages.didYouMean(nameOrFile, BUILT_IN));
        }
        return CableFile.read(YamlTree.parse(p), p.toString());
    }

    /** The YAML text of a built-in cable. */
    public static String text(String name) {
        return SourceLibrary.resourceText(CableLibrary.class, DIR, name);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
