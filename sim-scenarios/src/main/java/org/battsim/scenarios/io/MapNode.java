package org.battsim.scenarios.io;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keys with values, in file order; keys are unique. Every key and value carries its position. */
public final class MapNode implements Node {
    /** One key and its value; the value has its own position. */
    public record Entry(String key, int keyLine, int keyColumn, Node value) {}

    private final int line;
    private final int column;
    private final NodePath path;
    private final List<Entry> entries;
    private final Map<String, Entry> byKey;

    MapNode(int line, int column, NodePath path, List<Entry> entries) {
        this.line = line;
        this.column = column;
        this.path = path;
        this.entries = List.copyOf(entries);
        Map<String, Entry> index = new HashMap<>();
        for (Entry e : this.entries) {
            index.put(e.key(), e);
        }
        this.byKey = Collections.unmodifiableMap(index);
    }

    /** The entries, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The keys, in file order. */
    public List<String> keys() {
        return entries.stream().map(Entry::key).toList();
    }

    public int size() {
        return entries.size();
    }

    public boolean containsKey(String key) {
        return byKey.containsKey(key);
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Optional<Node> get(String key) {
        return entry(key).map(Entry::value);
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public int column() {
        return column;
    }

    @Override
    public String path() {
        return path.toString();
    }

    @Override
    public String describe() {
        return "a map";
    }

    @Override
    public String toString() {
        return "MapNode[" + line + ":" + column + " " + path() + " keys " + keys() + "]";
    }
}
