package org.battsim.model.telemetry;

/** Receives telemetry frames as the phone reports them. The frame object is reused: copy what you keep. */
@FunctionalInterface
public interface TelemetryListener {
    void frame(TelemetryFrame frame);
}
