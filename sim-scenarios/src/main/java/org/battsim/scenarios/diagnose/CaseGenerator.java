package org.battsim.scenarios.diagnose;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.battsim.model.engine.SeededRandom;

/**
 * Draws the cases of a campaign: fault class (one, two, or none), severity and variant, device,
 * source, cable, starting level, cell age, gauge error and room temperature.
 *
 * <p>Case {@code i} depends only on the campaign seed and {@code i}, never on which thread draws
 * it or in what order, so a campaign gives the same cases on any number of cores. Every case keeps
 * the symptom physically present (a fault so mild that it changes nothing would make the truth
 * unknowable); severities span the range the catalogue shows.
 */
public final class CaseGenerator {
    /** Share of healthy phones when the fault list does not restrict them (assumption: one in ten). */
    public static final double HEALTHY_SHARE = 0.10;
    /** Default share of cases with two faults. */
    public static final double DEFAULT_COMBINATIONS = 0.15;

    private final long seed;
    private final List<FaultClass> faults;
    private final boolean healthy;
    private final double combinations;

    /**
     * @param seed the campaign seed
     * @param allowed the classes to draw from; {@code healthy} in the list allows healthy phones;
     *     null for every class and healthy phones
     * @param combinations the share of cases with two faults (0 to 1)
     */
    public CaseGenerator(long seed, Set<FaultClass> allowed, double combinations) {
        if (!(combinations >= 0 && combinations <= 1)) {
            throw new IllegalArgumentException("combinations must be between 0 and 1");
        }
        this.seed = seed;
        Set<FaultClass> a = allowed == null ? EnumSet.allOf(FaultClass.class) : EnumSet.copyOf(allowed);
        this.healthy = a.contains(FaultClass.HEALTHY);
        a.remove(FaultClass.HEALTHY);
        a.remove(FaultClass.UNKNOWN);
        this.faults = List.copyOf(a);
        this.combinations = combinations;
        if (faults.isEmpty() && !healthy) {
            throw new IllegalArgumentException("no fault class to draw from");
        }
    }

    /** Case {@code index}. */
    public Case draw(int index) {
        // One named stream per case: unrelated for neighbouring indices, independent of draw order.
        UniformRandomProvider r = new SeededRandom(seed).stream("case " + index);
        List<FaultClass> chosen = new ArrayList<>();
        double u = r.nextDouble();
        double healthyShare = healthy ? (faults.isEmpty() ? 1 : HEALTHY_SHARE) : 0;
        if (u >= healthyShare) {
            FaultClass first = faults.get(r.nextInt(faults.size()));
            chosen.add(first);
            if (r.nextDouble() < combinations) {
                List<FaultClass> partners = new ArrayList<>();
                for (FaultClass f : faults) {
                    if (slot(f) != slot(first)) {
                        partners.add(f);
                    }
                }
                if (!partners.isEmpty()) {
                    chosen.add(partners.get(r.nextInt(partners.size())));
                }
            }
        }
        Case.Builder b = new Case.Builder();
        b.device = r.nextBoolean() ? "xiaomi-mi4" : "redmi-note-4";
        b.source = r.nextDouble() < 0.7 ? "adapter-5v2a" : "adapter-qc2-mi";
        b.socPercent = Math.round(10 + 60 * r.nextDouble());
        b.ambientC = Math.round(2 * (18 + 14 * r.nextDouble())) / 2.0;
        b.cycles = r.nextInt(250);
        b.gaugeLearned = Math.round(1000 * (0.97 + 0.06 * r.nextDouble())) / 1000.0;
        b.load = r.nextDouble() < 0.75 ? "idle" : "screen-on";
        List<String> details = new ArrayList<>();
        for (FaultClass f : chosen) {
            details.add(f.id() + ": " + apply(f, r.nextDouble(), r, b));
        }
        long caseSeed = r.nextInt(Integer.MAX_VALUE);
        String truth = chosen.isEmpty() ? "healthy" : String.join(" and ", details);
        return new Case(index, caseSeed, chosen, details, b.yaml(index, caseSeed, truth));
    }

    /** Which part of the phone or setup a fault lives in: two faults of a case never share one. */
    static int slot(FaultClass f) {
        return switch (f) {
            case FAILED_ADAPTER, UNDERRATED_ADAPTER, WEAK_USB_PORT -> 0;
            case PORT_DEBRIS, OXIDIZED_CONTACTS -> 1;
            case FAULTY_CABLE -> 2;
            case SYSTEM_FAILURE -> 3;
            case WORN_BATTERY, GAUGE_MISCALIBRATED, DEEP_DISCHARGE -> 4;
            default -> 5;
        };
    }

    /** Puts fault {@code f} at {@code severity} (0 to 1) into the case; returns its description. */
    private static String apply(FaultClass f, double severity, UniformRandomProvider r, Case.Builder b) {
        String sev = " (severity " + Case.num(severity) + ")";
        switch (f) {
            case PORT_DEBRIS -> {
                b.port = "debris";
                if (severity > 0.6) {
                    // Handled while charging: the proud plug drops out now and then.
                    b.action("move", "rate", "0.02 Hz");
                    return "lint, phone handled" + sev;
                }
                return "lint" + sev;
            }
            case OXIDIZED_CONTACTS -> {
                double days = Math.round(12 + 20 * severity);
                double rh = Math.round(80 + 15 * r.nextDouble());
                b.fault("oxidation", "duration", Case.num(days) + " d", "humidity", Case.num(rh) + "%");
                if (severity > 0.85) {
                    b.fault("plating-worn");
                    return days + " days at " + rh + " % RH, plating worn through" + sev;
                }
                return days + " days at " + rh + " % RH" + sev;
            }
            case FAULTY_CABLE -> {
                int v = r.nextInt(4);
                switch (v) {
                    case 0 -> {
                        b.fault("wire-break", "wire", "vbus", "state", "strands-broken");
                        b.fault("wire-break", "wire", "gnd", "state", "strands-broken");
                        return "broken strands" + sev;
                    }
                    case 1 -> {
                        b.fault("wire-break", "wire", r.nextBoolean() ? "d+" : "d-", "state", "open");
                        return "broken data wire" + sev;
                    }
                    case 2 -> {
                        b.fault("wire-break", "wire", r.nextBoolean() ? "vbus" : "gnd", "state", "open");
                        return "open power wire" + sev;
                    }
                    default -> {
                        b.fault("wire-break", "wire", "vbus", "state", "intermittent");
                        b.action("move", "rate", Case.num(0.03 + 0.07 * severity) + " Hz");
                        return "intermittent power wire at the flex point" + sev;
                    }
                }
            }
            case FAILED_ADAPTER -> {
                b.source = "adapter-5v2a";
                int v = r.nextInt(3);
                if (v == 2) {
                    b.fault("adapter-dead");
                    return "dead output" + sev;
                }
                if (v == 1) {
                    double limit = 0.3 + 0.5 * (1 - severity);
                    b.fault("adapter-degrade", "limit", Case.num(limit) + " A");
                    return "current limit fallen to " + Case.num(limit) + " A" + sev;
                }
                double drop = 0.3 + 0.4 * severity;
                double res = 0.3 + 0.7 * severity;
                b.fault(
                        "adapter-degrade",
                        "voltageDrop",
                        Case.num(drop) + " V",
                        "extraResistance",
                        Case.num(res) + " Ohm");
                return "sagging output (" + Case.num(drop) + " V lower, +" + Case.num(res) + " Ohm)" + sev;
            }
            case SYSTEM_FAILURE -> {
                if (r.nextBoolean()) {
                    double limit = 0.1 + 0.2 * (1 - severity);
                    b.fault("input-limit-latch", "limit", Case.num(limit) + " A");
                    return "input limit latched at " + Case.num(limit) + " A" + sev;
                }
                b.socPercent = Math.round(81 + 10 * r.nextDouble());
                b.fault("charge-hold-stuck");
                return "charge hold stuck on" + sev;
            }
            case WORN_BATTERY -> {
                b.cycles = (int) Math.round(650 + 650 * severity);
                return b.cycles + " cycles" + sev;
            }
            case DEEP_DISCHARGE -> {
                b.lockedOut = true;
                b.load = "off";
                return "pack in over-discharge lockout" + sev;
            }
            case UNDERRATED_ADAPTER -> {
                b.source = "adapter-5v1a-generic";
                if (severity > 0.5) {
                    b.cable = "1m-28awg";
                    return "generic 5 V 1 A adapter and thin cable" + sev;
                }
                return "generic 5 V 1 A adapter" + sev;
            }
            case WEAK_USB_PORT -> {
                int v = r.nextInt(3);
                if (v == 0) {
                    b.source = "usb2-port";
                    return "USB 2.0 port" + sev;
                }
                b.source = v == 1 ? "usb3-port,front" : "usb3-port";
                if (v == 2) {
                    b.action("hub-devices", "current", Case.num(1.0 + 0.6 * severity) + " A");
                    return "USB 3 port shared with other devices" + sev;
                }
                return "front-panel USB 3 port" + sev;
            }
            case GAUGE_MISCALIBRATED -> {
                double k = r.nextBoolean() ? 0.55 + 0.2 * (1 - severity) : 1.3 + 0.25 * severity;
                b.gaugeLearned = Math.round(1000 * k) / 1000.0;
                return "learned capacity " + Case.num(100 * k) + " % of the true one" + sev;
            }
            default -> throw new IllegalArgumentException(f.id());
        }
    }
}
