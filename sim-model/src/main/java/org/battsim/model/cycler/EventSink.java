package org.battsim.model.cycler;

/** Receives the events of a run (for {@code events.csv} and live views). */
@FunctionalInterface
public interface EventSink {
    void event(double time, String source, String text);

    EventSink NONE = (t, s, e) -> {};
}
