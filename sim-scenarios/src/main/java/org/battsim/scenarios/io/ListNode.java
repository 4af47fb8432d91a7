package org.battsim.scenarios.io;

import java.util.List;

/** A sequence of located values. */
public final class ListNode implements Node {
    private final int line;
    private final int column;
    private final NodePath path;
    private final List<Node> items;

    ListNode(int line, int column, NodePath path, List<Node> items) {
        this.line = line;
        this.column = column;
        this.path = path;
        this.items = List.copyOf(items);
    }

    /** The elements, in file order. */
    public List<Node> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public Node get(int index) {
        return items.get(index);
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
        return "a list";
    }

    @Override
    public String toString() {
        return "ListNode[" + line + ":" + column + " " + path() + " size " + items.size() + "]";
    }
}
