package org.battsim.viewer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A run as the viewer shows it: its time series and events, and quantities on other time bases (the reported state of
 * charge from the telemetry log).
 */
public record ViewerRun(String name, BdfTable table, List<EventLog.Event> events, List<Trace> traces) {
    /** Label of the state of charge the phone reports, read from telemetry. */
    public static final String REPORTED_SOC = "Reported State of Charge / %";

    public ViewerRun {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        events = List.copyOf(events);
        traces = List.copyOf(traces);
    }

    /** A run without extra traces. */
    public static ViewerRun of(RunResult r) {
        return new ViewerRun(r.name(), r.table(), r.events(), List.of());
    }

    /** The quantity, from the time series or the extra traces; the arrays are shared, not copied. */
    public Optional<Trace> series(String label) {
        Optional<double[]> col = table.column(label);
        if (col.isPresent()) {
            String bdf = table.labels().stream()
                    .filter(l -> table.column(l).get() == col.get())
                    .findFirst()
                    .orElse(label);
            return Optional.of(new Trace(bdf, table.time(), col.get()));
        }
        return traces.stream().filter(t -> t.label().equalsIgnoreCase(label)).findFirst();
    }

    /** Whether the run has the quantity. */
    public boolean has(String label) {
        return table.column(label).isPresent()
                || traces.stream().anyMatch(t -> t.label().equalsIgnoreCase(label));
    }
}
