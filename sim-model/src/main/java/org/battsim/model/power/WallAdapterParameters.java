package org.battsim.model.power;

import java.util.List;
import java.util.Objects;

/**
 * A wall adapter: regulated output levels with their current limits, output resistance, what it does
 * past its limit, ripple, and what its data lines and CC line present.
 *
 * <p>All values SI. The first level is the one the adapter starts at (5 V); Quick Charge adapters
 * list the others they can be asked for. Between listed levels (QC 3.0) the limit is interpolated
 * linearly in voltage; outside them it is the nearest level's.
 *
 * @param name short name
 * @param levels regulated output levels, voltages strictly increasing; the first is the default
 * @param openCircuitOffset how far the no-load output sits above the level's nominal voltage (V)
 * @param outputResistance Thevenin output resistance: cable compensation absent, droop under load (Ω)
 * @param limitMode behaviour past the current limit
 * @param hiccupOffTime how long the output stays off after an overload in {@link LimitMode#HICCUP} (s)
 * @param ripple peak-to-peak output ripple, reported only (V)
 * @param signature what D+/D- present
 * @param rp Type-C current advertisement
 * @param quickCharge Quick Charge version, or none
 * @param qcHandshakeTime how long the phone must hold D+ at 0.6 V before a Quick Charge request (s)
 */
public record WallAdapterParameters(
        String name,
        List<Level> levels,
        double openCircuitOffset,
        double outputResistance,
        LimitMode limitMode,
        double hiccupOffTime,
        double ripple,
        DataSignature signature,
        TypeCRp rp,
        QuickCharge quickCharge,
        double qcHandshakeTime) {

    /** QC 2.0 fixed voltages (class A). */
    static final double[] QC2_VOLTAGES = {5, 9, 12};
    /** QC 3.0 range and step. */
    static final double QC3_MIN = 3.6;

    static final double QC3_MAX = 12;
    static final double QC3_STEP = 0.2;

    /** Behaviour past the current limit. */
    public enum LimitMode {
        /** Constant-current: holds the limit, the voltage collapses with the load. */
        FOLD,
        /** Cuts the output when the drawn current reaches the limit, retries after the off time. */
        HICCUP
    }

    /** Quick Charge support. */
    public enum QuickCharge {
        NONE,
        /** Fixed 5, 9, 12 V. */
        QC2,
        /** 3.6–12 V in 200 mV steps (and the QC 2.0 fixed voltages). */
        QC3
    }

    /**
     * One regulated output level.
     *
     * @param voltage nominal output voltage (V)
     * @param currentLimit current limit at that voltage (A)
     */
    public record Level(double voltage, double currentLimit) {
        public Level {
            Checks.positive("level voltage", voltage, "V");
            Checks.positive("level current limit", currentLimit, "A");
        }
    }

    public WallAdapterParameters {
        Checks.name(name);
        Objects.requireNonNull(levels, "levels");
        levels = List.copyOf(levels);
        Objects.requireNonNull(limitMode, "limitMode");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(rp, "rp");
        Objects.requireNonNull(quickCharge, "quickCharge");
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("an adapter needs at least one output level");
        }
        for (int i = 1; i < levels.size(); i++) {
            if (!(levels.get(i).voltage() > levels.get(i - 1).voltage())) {
                throw new IllegalArgumentException("level voltages must increase strictly ("
                        + levels.get(i).voltage() + " V after "
                        + levels.get(i - 1).voltage() + " V)");
            }
        }
        Checks.within("open-circuit offset", openCircuitOffset, 0, 1, "V");
        Checks.nonNegative("output resistance", outputResistance, "Ohm");
        if (limitMode == LimitMode.HICCUP) {
            Checks.positive("hiccup off time", hiccupOffTime, "s");
        } else {
            Checks.nonNegative("hiccup off time", hiccupOffTime, "s");
        }
        Checks.nonNegative("ripple", ripple, "V");
        Checks.nonNegative("Quick Charge handshake time", qcHandshakeTime, "s");
        switch (quickCharge) {
            case NONE -> {
                if (levels.size() != 1) {
                    throw new IllegalArgumentException("an adapter without Quick Charge has one output level, got "
                            + levels.size() + "; set quickCharge to qc2 or qc3 for more");
                }
            }
            case QC2 -> {
                for (Level l : levels) {
                    if (!isQc2Voltage(l.voltage())) {
                        throw new IllegalArgumentException(
                                "Quick Charge 2.0 levels are 5, 9 or 12 V, got " + l.voltage() + " V");
                    }
                }
            }
            case QC3 -> {
                for (Level l : levels) {
                    Checks.within("Quick Charge 3.0 level", l.voltage(), QC3_MIN, QC3_MAX, "V");
                }
            }
        }
        if (quickCharge != QuickCharge.NONE) {
            if (Math.abs(levels.get(0).voltage() - 5) > 1e-9) {
                throw new IllegalArgumentException(
                        "a Quick Charge adapter starts at 5 V: the first level must be 5 V, got "
                                + levels.get(0).voltage() + " V");
            }
            if (signature != DataSignature.DCP) {
                throw new IllegalArgumentException(
                        "a Quick Charge adapter presents a DCP (D+ shorted to D-) at 5 V, got " + signature);
            }
        }
    }

    /** A one-level adapter without Quick Charge or Type-C, folding at its limit. */
    public static WallAdapterParameters simple(
            String name, double voltage, double currentLimit, double outputResistance, DataSignature signature) {
        return new WallAdapterParameters(
                name,
                List.of(new Level(voltage, currentLimit)),
                0,
                outputResistance,
                LimitMode.FOLD,
                0,
                0,
                signature,
                TypeCRp.NONE,
                QuickCharge.NONE,
                0);
    }

    /** The default level's nominal voltage (V). */
    public double defaultVoltage() {
        return levels.get(0).voltage();
    }

    /** The highest voltage that may be requested (V). */
    public double maxVoltage() {
        return levels.get(levels.size() - 1).voltage();
    }

    /** Current limit at nominal voltage {@code v}, interpolated between levels (A). */
    public double limitAt(double v) {
        Level first = levels.get(0);
        if (v <= first.voltage()) {
            return first.currentLimit();
        }
        for (int i = 1; i < levels.size(); i++) {
            Level hi = levels.get(i);
            if (v <= hi.voltage()) {
                Level lo = levels.get(i - 1);
                double f = (v - lo.voltage()) / (hi.voltage() - lo.voltage());
                return lo.currentLimit() + f * (hi.currentLimit() - lo.currentLimit());
            }
        }
        return levels.get(levels.size() - 1).currentLimit();
    }

    /**
     * The voltage a request settles on, or NaN if this adapter refuses it: Quick Charge 2.0 accepts
     * only its listed levels; 3.0 rounds to the 200 mV grid within 3.6 V and its highest level.
     */
    public double resolveRequest(double v) {
        if (!Double.isFinite(v)) {
            return Double.NaN;
        }
        switch (quickCharge) {
            case QC2 -> {
                for (Level l : levels) {
                    if (Math.abs(l.voltage() - v) < 0.05) {
                        return l.voltage();
                    }
                }
                return Double.NaN;
            }
            case QC3 -> {
                // k / 5 rather than k * 0.2 keeps whole volts exact (45 / 5.0 == 9.0).
                double snapped = Math.round(v / QC3_STEP) / (1 / QC3_STEP);
                if (snapped < QC3_MIN - 1e-9 || snapped > maxVoltage() + 1e-9) {
                    return Double.NaN;
                }
                return snapped;
            }
            default -> {
                return Math.abs(v - defaultVoltage()) < 0.05 ? defaultVoltage() : Double.NaN;
            }
        }
    }

    private static boolean isQc2Voltage(double v) {
        for (double q : QC2_VOLTAGES) {
            if (Math.abs(v - q) < 1e-9) {
                return true;
            }
        }
        return false;
    }
}
