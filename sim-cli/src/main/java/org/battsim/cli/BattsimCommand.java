package org.battsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code battsim} command: holds the subcommands and the shared exit-code policy. */
@Command(
        name = "battsim",
        mixinStandardHelpOptions = true,
        versionProvider = BattsimCommand.Version.class,
        description = "Simulates the hardware that charges a phone, from the wall to the lithium cell.",
        subcommands = {
            ExperimentCommand.class,
            ChargeCommand.class,
            AgeCommand.class,
            TelemetryCommand.class,
            CellsCommand.class,
            PlotCommand.class,
            ProtocolsCommand.class,
            ViewCommand.class,
            ValidateModelsCommand.class,
            RunCommand.class,
            ListCommand.class,
            ShowCommand.class,
            ValidateCommand.class,
            SchemaCommand.class,
            DiagnoseCommand.class,
            CommandLine.HelpCommand.class
        })
public final class BattsimCommand implements Runnable {
    /** Exit code for a run that completed. */
    public static final int EXIT_OK = 0;
    /** Exit code for invalid input (options, files, step strings). */
    public static final int EXIT_INVALID = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line configured with battsim's exit codes: bad options exit 2, not picocli's default. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new BattsimCommand());
        cl.setExitCodeExceptionMapper(t -> EXIT_INVALID);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("battsim: " + ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the allowed options.");
            return EXIT_INVALID;
        });
        return cl;
    }

    /** Reads the version the build wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = BattsimCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"battsim " + p.getProperty("version", "unknown")};
        }
    }
}
