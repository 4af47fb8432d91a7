package org.battsim.viewer;

import java.util.Objects;

/**
 * One quantity over time, on its own time base: a column of a run that is not in its time series, such as the
 * reported state of charge from the telemetry log.
 *
 * @param label BDF label, such as {@code Reported State of Charge / %}
 * @param time seconds since the start of the test, never decreasing
 * @param values one value per time
 */
public record Trace(String label, double[] time, double[] values) {
    public Trace {
        Objects.requireNonNull(label, "label");
        if (time.length != values.length) {
            throw new IllegalArgumentException("time and values lengths differ");
        }
    }
}
