package org.battsim.scenarios.io;

import java.util.regex.Pattern;

/**
 * Where a node sits in the tree, rendered on demand ({@code ocv.values[3][2]}) so that large
 * tables do not carry one path string per number.
 */
final class NodePath {
    static final NodePath ROOT = new NodePath(null, null, -1);

    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private final NodePath parent;
    private final String key;
    private final int index;

    private NodePath(NodePath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    NodePath key(String k) {
        return new NodePath(this, k, -1);
    }

    NodePath index(int i) {
        return new NodePath(this, null, i);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        append(sb);
        return sb.toString();
    }

    private void append(StringBuilder sb) {
        if (parent == null) {
            return;
        }
        parent.append(sb);
        if (key != null) {
            appendKey(sb, key);
        } else {
            sb.append('[').append(index).append(']');
        }
    }

    /** {@code parent.key}, or {@code parent["odd key"]} when the key is not a plain name. */
    static String child(String parentPath, String key) {
        StringBuilder sb = new StringBuilder(parentPath);
        appendKey(sb, key);
        return sb.toString();
    }

    static String element(String parentPath, int index) {
        return parentPath + "[" + index + "]";
    }

    private static void appendKey(StringBuilder sb, String key) {
        if (SIMPLE_KEY.matcher(key).matches()) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(key);
        } else {
            sb.append('[').append(Messages.quote(key)).append(']');
        }
    }
}
