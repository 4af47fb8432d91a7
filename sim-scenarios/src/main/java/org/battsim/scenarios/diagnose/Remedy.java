package org.battsim.scenarios.diagnose;

import java.util.Locale;

/**
 * A troubleshooting step from the seed's repair guide, with what it costs the user.
 *
 * <p>Costs are assumptions (stated, not measured): {@code minutes} of the user's or technician's
 * time, {@code money} in euros of parts or service, {@code risk} the probability of damaging
 * something, and whether unbacked user data is lost. {@link #cost()} folds them into one figure.
 */
public enum Remedy {
    INSPECT_PORT(2, 0, 0, false, "look into the phone's port with a torch"),
    CLEAN_PORT(5, 0, 0.01, false, "blow out, brush and alcohol-clean the port, then plug back in"),
    TRY_ANOTHER_CABLE(2, 5, 0, false, "plug in a known-good 1 m 24 AWG cable"),
    TRY_ANOTHER_ADAPTER(2, 10, 0, false, "plug in a known-good native 5 V 2 A adapter"),
    TRY_ANOTHER_DEVICE(5, 0, 0, false, "charge another, healthy phone with the same cable and adapter"),
    MOVE_TO_REAR_USB3(2, 0, 0, false, "move to a rear (motherboard) USB 3 port of the computer"),
    UNPLUG_OTHER_DEVICES(1, 0, 0, false, "unplug the other devices from the computer's USB ports"),
    FACTORY_RESET(45, 0, 0, true, "reset to factory settings (unbacked data is lost) and charge"),
    CALIBRATE_GAUGE(480, 0, 0, false, "the calibration procedure: drain to shutdown, remove, charge full off"),
    MEASURE_BATTERY(15, 10, 0.02, false, "open the phone and measure the pack's voltage with a multimeter"),
    CRADLE_CHARGE(40, 5, 0.05, false, "charge the bare pack in a universal cradle charger and put it back"),
    REPLACE_BATTERY(40, 25, 0.03, false, "fit a new battery");

    /** Weight of one euro in the single cost figure (minutes per euro): assumption, a user's time at 30 EUR/h. */
    public static final double MINUTES_PER_EURO = 2;
    /** Cost of losing unbacked data, in minutes: assumption, a day of work rebuilding it. */
    public static final double DATA_LOSS_MINUTES = 480;
    /** Cost of a damage, in minutes: assumption, a repair shop visit and parts. */
    public static final double DAMAGE_MINUTES = 600;

    private final double minutes;
    private final double money;
    private final double risk;
    private final boolean losesData;
    private final String description;

    Remedy(double minutes, double money, double risk, boolean losesData, String description) {
        this.minutes = minutes;
        this.money = money;
        this.risk = risk;
        this.losesData = losesData;
        this.description = description;
    }

    /** The name in files and on the command line: {@code clean-port}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public double minutes() {
        return minutes;
    }

    public double money() {
        return money;
    }

    public double risk() {
        return risk;
    }

    public boolean losesData() {
        return losesData;
    }

    public String description() {
        return description;
    }

    /** One figure in minutes: time + money + expected damage + data loss. */
    public double cost() {
        return minutes + MINUTES_PER_EURO * money + DAMAGE_MINUTES * risk + (losesData ? DATA_LOSS_MINUTES : 0);
    }

    /** Parses an id ({@code clean-port}); null when unknown. */
    public static Remedy byId(String id) {
        for (Remedy r : values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }
}
