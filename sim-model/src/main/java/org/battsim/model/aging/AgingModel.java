package org.battsim.model.aging;

import java.util.List;
import java.util.Objects;
import org.battsim.model.cell.Table;

/**
 * A semi-empirical aging model: mechanisms driven by stressors, and the rules that cut the stressor
 * history into update windows.
 *
 * <p>The voltage stressor is the open-circuit voltage from the model's own table at the sampled
 * state of charge (as BLAST-Lite does), so a stressor profile and a simulated cell with the same
 * state-of-charge history age alike.
 *
 * @param name model name, such as {@code sanyo-nmc-2014}
 * @param nominalCapacityAh capacity the throughput variable refers to
 * @param ocv open-circuit voltage over state of charge
 * @param mechanisms at least one
 * @param windowDays a window closes once it spans this many days
 * @param windowEfc a window closes at a state-of-charge turning point once it holds this many
 *     equivalent full cycles
 */
public record AgingModel(
        String name,
        double nominalCapacityAh,
        Table ocv,
        List<Mechanism> mechanisms,
        double windowDays,
        double windowEfc) {
    public AgingModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ocv, "ocv");
        mechanisms = List.copyOf(mechanisms);
        if (mechanisms.isEmpty()) {
            throw new IllegalArgumentException("an aging model needs at least one mechanism");
        }
        if (!(nominalCapacityAh > 0) || Double.isInfinite(nominalCapacityAh)) {
            throw new IllegalArgumentException("nominal capacity must be positive, got " + nominalCapacityAh);
        }
        if (!(windowDays > 0) || Double.isInfinite(windowDays)) {
            throw new IllegalArgumentException("window length must be positive, got " + windowDays + " days");
        }
        if (!(windowEfc > 0)) {
            throw new IllegalArgumentException("window cycles must be positive, got " + windowEfc);
        }
    }
}
