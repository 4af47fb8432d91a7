package org.battsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.battsim.model.device.ChargeSession;
import org.battsim.model.device.DeviceParameters;
import org.battsim.model.device.LoadProfile;
import org.battsim.model.device.Phone;
import org.battsim.scenarios.chain.SourceLibrary;
import org.battsim.scenarios.devices.DeviceLibrary;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Units;
import org.battsim.scenarios.output.EventLog;
import org.battsim.scenarios.run.ChargeJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code battsim telemetry}: one telemetry frame as the phone's kernel or Android would print it. */
@Command(
        name = "telemetry",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a phone for a while (on a source, or on battery with --source none) and prints one telemetry frame",
            "the way /sys/class/power_supply/*/uevent (µV, µA negative when discharging, µAh, 0.1 degC) or",
            "'dumpsys battery' show it. These are the gauge's and the OS's values, not the cell's true state."
        },
        footer = {"", "Exit codes: 0 printed, 2 invalid input."})
public final class TelemetryCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--format",
            paramLabel = "uevent|dumpsys",
            description = "Output format. Default: ${DEFAULT-VALUE}.",
            defaultValue = "uevent")
    String format;

    @Option(
            names = "--device",
            paramLabel = "D",
            description = "xiaomi-mi4, redmi-note-4, or a device file. Default: ${DEFAULT-VALUE}.",
            defaultValue = DeviceLibrary.DEFAULT)
    String device;

    @Option(
            names = "--source",
            paramLabel = "S",
            description = "Power source, or none (on battery). Default: ${DEFAULT-VALUE}.",
            defaultValue = SourceLibrary.DEFAULT)
    String source;

    @Option(
            names = "--cable",
            paramLabel = "C",
            description = "Cable. Default: ${DEFAULT-VALUE}.",
            defaultValue = "1m-24awg")
    String cable;

    @Option(
            names = "--port",
            paramLabel = "COND",
            description = "Port condition. Default: ${DEFAULT-VALUE}.",
            defaultValue = "clean")
    String port;

    @Option(
            names = "--load",
            paramLabel = "L",
            description = "off, idle, screen-on, gaming. Default: ${DEFAULT-VALUE}.",
            defaultValue = "idle")
    String load;

    @Option(
            names = "--soc",
            paramLabel = "SOC",
            description = "State of charge at the start. Default: ${DEFAULT-VALUE}.",
            defaultValue = "50%")
    String soc;

    @Option(
            names = "--at",
            paramLabel = "DURATION",
            description = "Time of the frame after the start. Default: ${DEFAULT-VALUE}.",
            defaultValue = "60s")
    String at;

    @Option(
            names = "--ambient",
            paramLabel = "TEMP",
            description = "Ambient temperature. Default: ${DEFAULT-VALUE}.",
            defaultValue = "25 degC")
    String ambient;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed for intermittent contacts. Default: ${DEFAULT-VALUE}.",
            defaultValue = "1")
    long seed;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!format.equals("uevent") && !format.equals("dumpsys")) {
                throw InputException.option("--format", "allowed are uevent, dumpsys; got '" + format + "'");
            }
            double s0 = OptionValues.option("soc", () -> Units.parseStateOfCharge(soc));
            double tK = OptionValues.option("ambient", () -> Units.parseTemperature(ambient));
            double t = OptionValues.option("at", () -> Units.parseDuration(at));
            if (!(t >= 0) || t > 30 * 86400.0) {
                throw InputException.option("--at", "must lie between 0 and 30 days");
            }
            LoadProfile lp = ChainOptions.load(load);
            DeviceParameters d = DeviceLibrary.load(device);
            Phone phone = ChargeJob.phone(d, s0, tK, new EventLog());
            ChargeSession session = new ChargeSession(phone, 1, null);
            if (!source.equals("none")) {
                ChainOptions.Plug plug = ChainOptions.plug(source, cable, port, seed);
                phone.plug(plug.source(), plug.path(), 0);
            }
            // After the plug: a phone below its cut-off can be switched on from the input.
            if (lp != LoadProfile.OFF) {
                phone.setLoad(lp, 0);
            }
            session.run(t, Math.max(t, 1), false);
            var f = session.frame();
            w.print(format.equals("uevent") ? f.uevent() : f.dumpsys());
            w.flush();
            return BattsimCommand.EXIT_OK;
        } catch (InputException e) {
            err.println("battsim telemetry: " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        }
    }
}
