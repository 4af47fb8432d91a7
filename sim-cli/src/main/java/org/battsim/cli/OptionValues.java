package org.battsim.cli;

import org.battsim.scenarios.io.InputException;

/** Parsing of option values shared by the commands: errors name the option and exit 2. */
final class OptionValues {
    private OptionValues() {}

    /** A value parser that throws {@link IllegalArgumentException} with a readable message. */
    interface Parse {
        double get();
    }

    /** Runs a parser; its complaint becomes an error about {@code --name}. */
    static double option(String name, Parse p) {
        try {
            return p.get();
        } catch (IllegalArgumentException e) {
            throw InputException.option("--" + name, e.getMessage());
        }
    }

    /** A duration that must be longer than zero. */
    static double positive(double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("must be longer than zero");
        }
        return seconds;
    }
}
