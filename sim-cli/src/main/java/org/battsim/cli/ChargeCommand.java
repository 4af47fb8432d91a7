package org.battsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.battsim.model.device.DeviceParameters;
import org.battsim.model.device.LoadProfile;
import org.battsim.model.protocol.Protocol;
import org.battsim.scenarios.chain.SourceLibrary;
import org.battsim.scenarios.devices.DeviceLibrary;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Units;
import org.battsim.scenarios.protocol.ProtocolLibrary;
import org.battsim.scenarios.run.ChargeJob;
import org.battsim.scenarios.run.ExperimentJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code battsim charge}: one charge session of a phone through the whole chain. */
@Command(
        name = "charge",
        mixinStandardHelpOptions = true,
        description = {
            "Charges a phone from a source through a cable and its port: detection, input limits, charger phases,",
            "protection, heat. Writes timeseries.bdf.csv (with VBUS, input current and limit, charger phase,",
            "contact temperature), telemetry.csv (what the phone reports, in Linux power_supply names and units),",
            "events.csv and summary.json, and prints what a user would want to know."
        },
        footer = {
            "",
            "Sources: adapter-5v2a, adapter-5v1a-generic, adapter-qc2-mi, usb2-port, usb3-port, usb-cdp-port (add ',front' for a front-panel port), frog-cradle (the bare pack in a universal cradle charger), or a file.",
            "Cables: 1m-24awg, 1m-28awg, 2m-28awg, or length=1.5m,awg=26.  Ports: clean, debris, oxidized.",
            "Charger Phase / 1 codes: 0 not charging, 1 detecting, 2 battery short, 3 pre-charge, 4 CC, 5 CV, 6 done, 7 fault.",
            "Exit codes: 0 ran, 2 invalid input."
        })
public final class ChargeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--device",
            paramLabel = "D",
            description = "xiaomi-mi4, redmi-note-4, or a device file. Default: ${DEFAULT-VALUE}.",
            defaultValue = DeviceLibrary.DEFAULT)
    String device;

    @Option(
            names = "--source",
            paramLabel = "S",
            description = "Power source. Default: ${DEFAULT-VALUE}.",
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
            description = "Phone port condition: clean, debris, oxidized. Default: ${DEFAULT-VALUE}.",
            defaultValue = "clean")
    String port;

    @Option(
            names = "--load",
            paramLabel = "L",
            description = "off, idle, screen-on, gaming. Default: ${DEFAULT-VALUE}.",
            defaultValue = "off")
    String load;

    @Option(
            names = "--from-soc",
            paramLabel = "SOC",
            description = "Starting state of charge. Default: ${DEFAULT-VALUE}.",
            defaultValue = "0%")
    String fromSoc;

    @Option(
            names = "--until",
            paramLabel = "full|DURATION",
            description =
                    "Stop when the charge terminates (full, at most 48 h) or after a duration. Default: ${DEFAULT-VALUE}.",
            defaultValue = "full")
    String until;

    @Option(
            names = "--ambient",
            paramLabel = "TEMP",
            description = "Ambient temperature. Default: ${DEFAULT-VALUE}.",
            defaultValue = "25 degC")
    String ambient;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed for intermittent contacts and wires. Default: ${DEFAULT-VALUE}.",
            defaultValue = "1")
    long seed;

    @Option(
            names = "--period",
            paramLabel = "DURATION",
            description = "Output period. Default: ${DEFAULT-VALUE}.",
            defaultValue = "10s")
    String period;

    @Option(
            names = "--telemetry-period",
            paramLabel = "DURATION",
            description = "Period of telemetry.csv (the phone's power_supply values). Default: ${DEFAULT-VALUE}.",
            defaultValue = "10s")
    String telemetryPeriod;

    @Option(
            names = "--dt",
            paramLabel = "DURATION",
            description = "Longest internal time step; steps also end at every sample, telemetry frame and charger"
                    + " transition. Default: ${DEFAULT-VALUE}.",
            defaultValue = "1s")
    String dt;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: a new folder under runs/.")
    Path out;

    @Option(
            names = "--polarity",
            paramLabel = "correct|reversed",
            description = "frog-cradle only: how the pack sits in the cradle. Default: ${DEFAULT-VALUE}.",
            defaultValue = "correct")
    String polarity;

    @Option(
            names = "--locked-out",
            description =
                    "The pack starts drained below its protection's over-discharge threshold and locked out (reads 0 V),"
                            + " in the phone or in the frog cradle.")
    boolean lockedOut;

    @Option(
            names = "--protocol",
            paramLabel = "P",
            description = {
                "Charging protocol run as the charger IC's algorithm (sets ICHG and VREG from what the charger measures and",
                "the gauge's SoC; the input, thermal and JEITA limits still apply), e.g. cccv:0.5C or mscc:2C@0.5,1C@0.8.",
                "See 'battsim protocols list'. Default: the IC's own CC-CV."
            })
    String protocol;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            double soc = OptionValues.option("from-soc", () -> Units.parseStateOfCharge(fromSoc));
            double tK = OptionValues.option("ambient", () -> Units.parseTemperature(ambient));
            double periodS = OptionValues.option("period", () -> OptionValues.positive(Units.parseDuration(period)));
            double dtS = OptionValues.option("dt", () -> OptionValues.positive(Units.parseDuration(dt)));
            double telemetryS = OptionValues.option(
                    "telemetry-period", () -> OptionValues.positive(Units.parseDuration(telemetryPeriod)));
            boolean untilFull = until.equals("full");
            double duration = untilFull
                    ? 48 * 3600
                    : OptionValues.option("until", () -> OptionValues.positive(Units.parseDuration(until)));
            LoadProfile lp = ChainOptions.load(load);
            DeviceParameters d = DeviceLibrary.load(device);
            Protocol algorithm = null;
            if (protocol != null) {
                if (source.equals("frog-cradle")) {
                    throw InputException.option("--protocol", "the frog cradle has no charger IC to run it");
                }
                try {
                    algorithm = ProtocolLibrary.parse(
                            protocol,
                            new ProtocolLibrary.CellInfo(
                                    d.cell().nominalCapacityAh(), d.charger().vreg()));
                } catch (IllegalArgumentException e) {
                    throw InputException.option("--protocol", e.getMessage());
                }
            }
            boolean cradle = source.equals("frog-cradle");
            if (lockedOut && given("--from-soc")) {
                throw InputException.option(
                        "--from-soc", "a locked-out pack starts below its protection's threshold; drop --from-soc");
            }
            if (cradle) {
                // The cradle holds the bare pack: nothing of the phone's side applies.
                for (String o : List.of("--cable", "--port", "--load", "--telemetry-period")) {
                    if (given(o)) {
                        throw InputException.option(
                                o,
                                "the frog cradle charges the bare pack, with no cable, phone port, phone load or"
                                        + " telemetry; drop " + o);
                    }
                }
                return cradle(d, soc, tK, untilFull ? 24 * 3600 : duration, periodS, dtS, w);
            }
            if (given("--polarity")) {
                throw InputException.option(
                        "--polarity", "applies to a pack in the frog cradle only (a phone's pack fits one way)");
            }
            ChainOptions.Plug plug = ChainOptions.plug(source, cable, port, seed);
            Path dir = out != null ? out : RunFolders.newFolder("charge");
            ExperimentJob.Outcome o = ChargeJob.run(
                    new ChargeJob.Options(
                            d,
                            plug.source(),
                            plug.path(),
                            List.of(source, cable, port),
                            lp,
                            soc,
                            tK,
                            untilFull,
                            duration,
                            periodS,
                            dtS,
                            telemetryS),
                    algorithm,
                    lockedOut);
            o.write(dir);
            if (!quiet) {
                print(w, o.summary(), dir);
            }
            return BattsimCommand.EXIT_OK;
        } catch (InputException e) {
            err.println("battsim charge: " + e.getMessage());
            return BattsimCommand.EXIT_INVALID;
        }
    }

    /** Whether the user gave the option on the command line (not just its default). */
    private boolean given(String name) {
        return spec.commandLine().getParseResult().hasMatchedOption(name);
    }

    private int cradle(
            DeviceParameters d, double soc, double tK, double duration, double periodS, double dtS, PrintWriter w) {
        if (!polarity.equals("correct") && !polarity.equals("reversed")) {
            throw InputException.option("--polarity", "allowed are correct, reversed; got '" + polarity + "'");
        }
        Path dir = out != null ? out : RunFolders.newFolder("cradle");
        ExperimentJob.Outcome o = org.battsim.scenarios.run.CradleJob.run(
                d, soc, lockedOut, polarity.equals("correct"), tK, duration, periodS, dtS);
        o.write(dir);
        if (!quiet) {
            Map<String, Object> s = o.summary();
            w.printf(
                    Locale.ROOT,
                    "battsim charge: %s pack in the frog cradle, %s polarity%s%n",
                    d.name(),
                    polarity,
                    lockedOut ? ", pack locked out" : "");
            w.println("  TE button at start   " + ((Boolean) s.get("teButtonGreenAtStart") ? "CON green" : "no light"));
            w.println("  pack woken           " + s.get("packWoken"));
            w.printf(Locale.ROOT, "  time to full         %s%n", time(s.get("timeToFullSeconds")));
            w.printf(
                    Locale.ROOT,
                    "  final state          %.1f %% after %s%n",
                    (Double) s.get("finalSocPercent"),
                    Durations.format((Double) s.get("durationSeconds")));
            w.println("  LEDs at the end      " + s.get("leds"));
            double coldAh = ((Number) s.get("chargedBelowFreezingAh")).doubleValue();
            if (coldAh > 0) {
                w.printf(
                        Locale.ROOT,
                        "  warning              %.0f mAh charged with the cell below 0 degC, where a phone's charger"
                                + " stops (lithium plating risk)%n",
                        1000 * coldAh);
            }
            w.println("  end                  " + s.get("endReason"));
            w.println("files: " + dir.resolve("timeseries.bdf.csv") + ", events.csv, summary.json");
            w.flush();
        }
        return BattsimCommand.EXIT_OK;
    }

    @SuppressWarnings("unchecked")
    static void print(PrintWriter w, Map<String, Object> s, Path dir) {
        w.printf(
                Locale.ROOT,
                "battsim charge: %s on %s via %s, port %s, load %s, %s at %.0f degC%n",
                s.get("device"),
                s.get("source"),
                s.get("cable"),
                s.get("port"),
                s.get("load"),
                Boolean.TRUE.equals(s.get("startedLockedOut"))
                        ? "pack locked out (reads 0 V)"
                        : String.format(Locale.ROOT, "from %.0f %%", (Double) s.get("initialSocPercent")),
                (Double) s.get("ambientTemperatureCelsius"));
        w.printf(Locale.ROOT, "  detected port type   %s%n", s.get("detectedPortType"));
        w.printf(
                Locale.ROOT,
                "  input current limit  %.2f A (max drawn %.2f A, min VBUS %s)%n",
                (Double) s.get("inputCurrentLimitA"),
                (Double) s.get("maxInputCurrentA"),
                s.get("minVbusVolts") == null
                        ? "-"
                        : String.format(Locale.ROOT, "%.2f V", (Double) s.get("minVbusVolts")));
        w.printf(Locale.ROOT, "  time to 80 %%         %s%n", time(s.get("timeTo80PercentSeconds")));
        w.printf(Locale.ROOT, "  time to full         %s%n", time(s.get("timeToFullSeconds")));
        w.printf(
                Locale.ROOT,
                "  peak temperatures    cell %.1f, body %.1f, port contacts %.1f, charger die %.1f degC%n",
                (Double) s.get("maxCellTemperatureCelsius"),
                (Double) s.get("maxBodyTemperatureCelsius"),
                (Double) s.get("maxPortContactTemperatureCelsius"),
                (Double) s.get("maxChargerDieTemperatureCelsius"));
        w.printf(
                Locale.ROOT,
                "  final state          %.1f %% after %s%n",
                (Double) s.get("finalSocPercent"),
                Durations.format((Double) s.get("durationSeconds")));
        w.printf(
                Locale.ROOT,
                "  phone shows          %.0f %% (true %.1f %%, largest gap %.1f %%), learned capacity %.3f Ah of %.3f Ah%n",
                (Double) s.get("finalReportedSocPercent"),
                (Double) s.get("finalTrueSocPercent"),
                (Double) s.get("maxSocErrorPercent"),
                (Double) s.get("learnedCapacityAh"),
                (Double) s.get("trueCapacityAh"));
        w.println("  end                  " + s.get("endReason"));
        List<String> faults = (List<String>) s.get("chargerFaults");
        if (!faults.isEmpty()) {
            w.println("  charger faults       " + String.join(", ", faults));
        }
        w.println("files: " + dir.resolve("timeseries.bdf.csv") + ", telemetry.csv, events.csv, summary.json");
        w.println("curves: ./battsim plot " + dir);
        w.flush();
    }

    static String time(Object seconds) {
        return seconds == null ? "not reached" : Durations.format((Double) seconds);
    }
}
