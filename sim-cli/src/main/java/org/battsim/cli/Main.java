package org.battsim.cli;

/** Entry point of the {@code battsim} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(BattsimCommand.newCommandLine().execute(args));
    }
}
