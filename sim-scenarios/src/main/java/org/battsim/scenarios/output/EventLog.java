package org.battsim.scenarios.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.battsim.model.cycler.EventSink;

/** Collects a run's events and writes {@code events.csv} ({@code time_s,source,event}). */
public final class EventLog implements EventSink {
    /** One event. */
    public record Entry(double time, String source, String text) {}

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public void event(double time, String source, String text) {
        entries.add(new Entry(time, source, text));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public void write(Path file) {
        AtomicFiles.write(file, w -> {
            w.write("time_s,source,event\n");
            StringBuilder sb = new StringBuilder();
            for (Entry e : entries) {
                sb.setLength(0);
                BdfCsv.appendNumber(sb, e.time());
                sb.append(',')
                        .append(BdfCsv.quote(e.source()))
                        .append(',')
                        .append(BdfCsv.quote(e.text()))
                        .append('\n');
                w.append(sb);
            }
        });
    }
}
