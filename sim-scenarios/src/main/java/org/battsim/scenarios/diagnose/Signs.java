package org.battsim.scenarios.diagnose;

/**
 * What the shipped diagnosticians read off one look: plain rules of a repair technician over the
 * telemetry, with the thresholds in one place.
 */
final class Signs {
    /** Input power of a healthy charge on a 10 W adapter, well above what any fault here leaves (W). */
    static final double NORMAL_POWER = 7.0;
    /** Learned-capacity ratio below which a much-cycled battery counts as worn. */
    static final double WORN_RATIO = 0.92;
    /** Cycle count from which fade is expected (well past the 300-500 of a phone cell's rating). */
    static final int MANY_CYCLES = 500;
    /** A learned capacity this far from design on a young battery is a drifted gauge. */
    static final double GAUGE_LOW = 0.85;

    static final double GAUGE_HIGH = 1.15;

    private Signs() {}

    static boolean online(Observation o) {
        Frame f = o.last();
        return f != null && f.usbOnline();
    }

    static String usbType(Observation o) {
        Frame f = o.last();
        return f == null ? "Unknown" : f.usbType();
    }

    static boolean dedicated(Observation o) {
        String t = usbType(o);
        return t.equals("DCP") || t.equals("HVDCP");
    }

    static double limit(Observation o) {
        Frame f = o.last();
        return f == null ? 0 : f.usbInputLimitAmps();
    }

    /** The highest input power over the second half of the look (W). */
    static double power(Observation o) {
        double p = 0;
        int n = o.frames().size();
        for (int i = n / 2; i < n; i++) {
            Frame f = o.frames().get(i);
            if (f.usbOnline()) {
                p = Math.max(p, f.usbVolts() * f.usbAmps());
            }
        }
        return p;
    }

    /** Charging at full power, or already full and resting. */
    static boolean normal(Observation o) {
        Frame f = o.last();
        if (f == null || !f.usbOnline()) {
            return false;
        }
        return power(o) >= NORMAL_POWER || "Full".equals(f.status());
    }

    /** The supply came and went during the look (the user's own unplugging aside). */
    static boolean flicker(Observation o) {
        int n = 0;
        for (String e : o.events()) {
            if (e.contains("charger: VBUS collapsed")) {
                n++;
            }
        }
        // The first frame can precede VBUS-good right after a plug: not a drop-out.
        int offline = 0;
        int frames = 0;
        for (int i = 1; i < o.frames().size(); i++) {
            frames++;
            if (!o.frames().get(i).usbOnline()) {
                offline++;
            }
        }
        return n >= 2 || (offline > 0 && offline < frames);
    }

    /** Plugged in, good detection, but the OS says it is not charging at a high level (a stuck hold). */
    static boolean heldBack(Observation o) {
        Frame f = o.last();
        return f != null && f.usbOnline() && "Not charging".equals(f.status()) && f.capacityPercent() >= 75;
    }

    /** A dedicated charger detected but an input limit far below it (a latched controller). */
    static boolean latchedLow(Observation o) {
        // A weak supply also ends with a low limit (AICL backs off), but with VBUS sagging to VINDPM;
        // a latched controller draws little, so VBUS stays up.
        return online(o) && dedicated(o) && limit(o) > 0 && limit(o) <= 0.35 && o.settled(Frame::usbVolts) >= HIGH_VBUS;
    }

    /** VBUS of an adapter that is barely loaded (V): a 5 V adapter at a few hundred mA. */
    static final double HIGH_VBUS = 4.75;

    static double capacityRatio(Observation o) {
        Frame f = o.last();
        return f == null ? Double.NaN : f.chargeFullAh() / f.chargeFullDesignAh();
    }

    static int cycles(Observation o) {
        Frame f = o.last();
        return f == null ? 0 : f.cycleCount();
    }

    static boolean finding(Observation o, String key) {
        return Boolean.TRUE.equals(o.findings().get(key));
    }

    static double number(Observation o, String key) {
        Object v = o.findings().get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
