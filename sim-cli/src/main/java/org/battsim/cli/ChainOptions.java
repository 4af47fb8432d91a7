package org.battsim.cli;

import org.battsim.model.device.LoadProfile;
import org.battsim.model.engine.SeededRandom;
import org.battsim.model.power.CablePortPath;
import org.battsim.model.power.PowerSource;
import org.battsim.scenarios.chain.CableLibrary;
import org.battsim.scenarios.chain.PortLibrary;
import org.battsim.scenarios.chain.SourceLibrary;
import org.battsim.scenarios.io.InputException;

/** What the commands that build a phone's charging chain share: load names and the plug-in path. */
final class ChainOptions {
    private ChainOptions() {}

    /** A source with the cable and port it reaches the phone through. */
    record Plug(PowerSource source, CablePortPath path) {}

    /** {@code off}, {@code idle}, {@code screen-on} or {@code gaming}. */
    static LoadProfile load(String name) {
        return switch (name) {
            case "off" -> LoadProfile.OFF;
            case "idle" -> LoadProfile.IDLE;
            case "screen-on" -> LoadProfile.SCREEN_ON;
            case "gaming" -> LoadProfile.GAMING;
            default ->
                throw InputException.option(
                        "--load", "unknown load '" + name + "': allowed are off, idle, screen-on, gaming");
        };
    }

    /** Loads the named source, cable and port, all drawing from one seeded random source. */
    static Plug plug(String source, String cable, String port, long seed) {
        SeededRandom rnd = new SeededRandom(seed);
        PowerSource src = SourceLibrary.load(source, rnd);
        return new Plug(src, new CablePortPath(CableLibrary.load(cable, rnd), PortLibrary.load(port, rnd), src));
    }
}
