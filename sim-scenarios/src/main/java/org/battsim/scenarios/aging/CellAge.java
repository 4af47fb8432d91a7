package org.battsim.scenarios.aging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.battsim.model.aging.AgingModel;
import org.battsim.model.aging.AgingState;
import org.battsim.model.aging.Mechanism;
import org.battsim.model.aging.ProfileAging;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Units;

/**
 * A worn battery to start a run from: {@code cycles=N} (the state after N back-to-back reference
 * cycles), or {@code capacity=X} with an optional {@code resistance=Y} (relative to the fresh cell:
 * {@code 0.85} or {@code 85%}; {@code 1.3} or {@code 130%}).
 *
 * <p>The aging state comes from an aging model: after N reference cycles, or after as many whole
 * reference cycles as bring the capacity down to X. A given resistance then replaces the model's,
 * its resistance mechanisms scaled in proportion. The reference cycle is a 1C discharge from full
 * to empty and a C/2 charge back, at 25 degC, without rest (3 h; a profile of 5-minute samples).
 *
 * @param cycles reference cycles, or -1 when a capacity is given
 * @param capacity relative capacity, or NaN when cycles are given
 * @param resistance relative resistance, or NaN to take the model's
 * @param text the specification as written
 */
public record CellAge(int cycles, double capacity, double resistance, String text) {
    /** Bound on reference cycles: far past the end of life of any cell. */
    public static final int MAX_CYCLES = 100_000;

    public CellAge {
        Objects.requireNonNull(text);
    }

    /**
     * Parses a specification.
     *
     * @param option the option it came from, for messages
     */
    public static CellAge parse(String spec, String option) {
        int cycles = -1;
        double capacity = Double.NaN;
        double resistance = Double.NaN;
        List<String> seen = new ArrayList<>();
        for (String part : spec.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw InputException.option(
                        option,
                        "expected key=value pairs such as cycles=500 or capacity=85%,resistance=130%, got '"
                                + part.strip() + "'");
            }
            String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).strip();
            if (seen.contains(key)) {
                throw InputException.option(option, "'" + key + "' is given twice");
            }
            seen.add(key);
            try {
                switch (key) {
                    case "cycles" -> {
                        if (!value.matches("\\d{1,9}")) {
                            throw new IllegalArgumentException("cycles must be a whole number, got '" + value + "'");
                        }
                        cycles = Integer.parseInt(value);
                        if (cycles > MAX_CYCLES) {
                            throw new IllegalArgumentException(
                                    "cycles must be at most " + MAX_CYCLES + ", got " + cycles);
                        }
                    }
                    case "capacity" -> {
                        capacity = Units.parse(value, org.battsim.scenarios.io.Dimension.FRACTION);
                        if (!(capacity > 0 && capacity <= 1)) {
                            throw new IllegalArgumentException(
                                    "capacity must be above 0 and at most 1 (100%), got '" + value + "'");
                        }
                    }
                    case "resistance" -> {
                        resistance = Units.parse(value, org.battsim.scenarios.io.Dimension.FRACTION);
                        if (!(resistance >= 1 && resistance <= 100)) {
                            throw new IllegalArgumentException(
                                    "resistance must be at least 1 (100%) and at most 100, got '" + value + "'");
                        }
                    }
                    default ->
                        throw new IllegalArgumentException("unknown key '" + key + "'"
                                + org.battsim.scenarios.io.Messages.didYouMean(
                                        key, List.of("cycles", "capacity", "resistance"))
                                + "; allowed: cycles, capacity, resistance");
                }
            } catch (IllegalArgumentException e) {
                throw InputException.option(option, e.getMessage());
            }
        }
        if (cycles >= 0 && !Double.isNaN(capacity)) {
            throw InputException.option(option, "give either cycles or capacity, not both");
        }
        if (cycles < 0 && Double.isNaN(capacity)) {
            throw InputException.option(option, "give cycles=N or capacity=X (with an optional resistance=Y)");
        }
        return new CellAge(cycles, capacity, resistance, spec);
    }

    /** The aging state of the worn cell under {@code model}. */
    public AgingState state(AgingModel model) {
        ProfileAging reference = reference(model);
        AgingState s = new AgingState(model);
        int n = cycles;
        if (n < 0) {
            n = cyclesToCapacity(reference, capacity);
        }
        if (n > 0) {
            reference.run(s, n * CYCLE_SECONDS / (365 * 86400.0), (d, e, q, r) -> {}, true);
        }
        if (!Double.isNaN(resistance)) {
            setResistance(model, s, resistance);
        }
        return s;
    }

    private static final double CYCLE_SECONDS = 3 * 3600;

    static ProfileAging reference(AgingModel model) {
        int n = 37;
        double[] t = new double[n];
        double[] soc = new double[n];
        double[] temp = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 300.0 * i;
            soc[i] = i <= 12 ? 1 - i / 12.0 : (i - 12) / 24.0;
            temp[i] = 298.15;
        }
        return new ProfileAging(model, t, soc, temp);
    }

    private static int cyclesToCapacity(ProfileAging reference, double target) {
        if (target >= 1) {
            return 0;
        }
        int[] found = {-1};
        int[] count = {0};
        reference.run(
                MAX_CYCLES * CYCLE_SECONDS / (365 * 86400.0),
                (d, e, q, r) -> {
                    count[0]++;
                    if (found[0] < 0 && q <= target) {
                        found[0] = count[0];
                    }
                },
                true);
        if (found[0] < 0) {
            throw InputException.option(
                    "--cell-age", "capacity " + target + " is not reached within " + MAX_CYCLES + " reference cycles");
        }
        return found[0];
    }

    private static void setResistance(AgingModel model, AgingState s, double target) {
        double now = s.relativeResistance() - 1;
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < model.mechanisms().size(); i++) {
            if (model.mechanisms().get(i).target() == Mechanism.Target.RESISTANCE) {
                idx.add(i);
            }
        }
        if (idx.isEmpty()) {
            throw InputException.option(
                    "--cell-age", "aging model " + model.name() + " has no resistance mechanism to set");
        }
        if (now > 0) {
            for (int i : idx) {
                s.setMechanismState(i, s.mechanismState(i) * (target - 1) / now);
            }
        } else {
            s.setMechanismState(idx.get(0), target - 1);
        }
    }
}
