package org.battsim.scenarios.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;

/**
 * The vocabulary of diagnoses: one class per catalogue situation that stops a phone charging
 * normally, plus {@code healthy} and {@code unknown}.
 */
public enum FaultClass {
    HEALTHY("healthy-baseline", "nothing is wrong"),
    PORT_DEBRIS("port-debris", "lint in the phone's port keeps the plug out"),
    OXIDIZED_CONTACTS("oxidized-contacts", "oxidised contacts in the phone's port"),
    FAULTY_CABLE("faulty-cable", "a broken or high-resistance cable"),
    FAILED_ADAPTER("failed-adapter", "a degraded or dead wall adapter"),
    SYSTEM_FAILURE("controller-reset", "corrupted charging state in the controller or the OS"),
    WORN_BATTERY("worn-battery", "a battery past its cycle life"),
    DEEP_DISCHARGE("frog-charger", "a pack locked out by its protection after a deep discharge"),
    UNDERRATED_ADAPTER("first-days-non-native", "a non-native adapter rated below 5 V / 2 A"),
    WEAK_USB_PORT("pc-usb-ports", "a computer's USB port that cannot supply the current"),
    GAUGE_MISCALIBRATED("battery-calibration", "a fuel gauge with a drifted learned capacity"),
    UNKNOWN("", "no diagnosis");

    private final String catalogue;
    private final String description;

    FaultClass(String catalogue, String description) {
        this.catalogue = catalogue;
        this.description = description;
    }

    /** The name in files and on the command line: {@code port-debris}, {@code healthy}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The catalogue scenario that shows this situation ("" for {@code unknown}). */
    public String catalogue() {
        return catalogue;
    }

    public String description() {
        return description;
    }

    /** The classes a case can be drawn with (every class but {@code healthy} and {@code unknown}). */
    public static List<FaultClass> faults() {
        List<FaultClass> l = new ArrayList<>();
        for (FaultClass f : values()) {
            if (f != HEALTHY && f != UNKNOWN) {
                l.add(f);
            }
        }
        return l;
    }

    /** Parses an id, with a "did you mean" for a misspelt one. */
    public static FaultClass parse(String id, String field) {
        for (FaultClass f : values()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        List<String> ids = new ArrayList<>();
        for (FaultClass f : values()) {
            ids.add(f.id());
        }
        throw InputException.option(
                field,
                "unknown fault class '" + id + "'" + Messages.didYouMean(id, ids) + "; allowed: "
                        + String.join(", ", ids));
    }
}
