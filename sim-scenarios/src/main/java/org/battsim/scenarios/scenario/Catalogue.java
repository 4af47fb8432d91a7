package org.battsim.scenarios.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;

/**
 * The built-in scenarios: one per situation of the seed article, plus the healthy baseline they are
 * compared with. A name {@code NAME/RUN} selects one run of a scenario with variants.
 */
public final class Catalogue {
    private static final String DIR = "/org/battsim/scenarios/catalogue/";
    private static final List<String> NAMES = List.of(
            "healthy-baseline",
            "port-debris",
            "oxidized-contacts",
            "faulty-cable",
            "failed-adapter",
            "controller-reset",
            "worn-battery",
            "frog-charger",
            "first-days-non-native",
            "pc-usb-ports",
            "battery-calibration");

    private Catalogue() {}

    /** The names, in the order of the seed's situations. */
    public static List<String> names() {
        return NAMES;
    }

    /** Whether {@code spec} is a catalogue name, or {@code NAME/RUN}. */
    public static boolean has(String spec) {
        int slash = spec.indexOf('/');
        return NAMES.contains(slash < 0 ? spec : spec.substring(0, slash));
    }

    /** The scenario file as shipped. */
    public static String text(String name) {
        if (!NAMES.contains(name)) {
            throw InputException.option(
                    "SCENARIO",
                    "unknown scenario '" + name + "'" + Messages.didYouMean(name, NAMES)
                            + "; 'battsim list' shows the catalogue");
        }
        try (InputStream in = Catalogue.class.getResourceAsStream(DIR + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("catalogue file missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A catalogue scenario, or one run of it ({@code NAME/RUN}). */
    public static Scenario load(String spec) {
        int slash = spec.indexOf('/');
        String name = slash < 0 ? spec : spec.substring(0, slash);
        Scenario s = ScenarioReader.read(text(name), name + ".yaml", name, null);
        if (slash < 0) {
            return s;
        }
        String run = spec.substring(slash + 1);
        if (s.run(run) == null) {
            List<String> runs = s.runs().stream().map(Scenario.Run::name).toList();
            throw InputException.option(
                    "SCENARIO",
                    "scenario '" + name + "' has no run '" + run + "'" + Messages.didYouMean(run, runs) + "; runs: "
                            + Messages.list(runs));
        }
        return s.only(run);
    }
}
