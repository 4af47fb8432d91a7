package org.battsim.scenarios.io;

/**
 * A located value from a YAML or JSON file: a {@link MapNode}, a {@link ListNode} or a {@link
 * ScalarNode}. Trees are immutable and built only by {@link YamlTree}.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {
    /** 1-based line where the value starts. */
    int line();

    /** 1-based column where the value starts. */
    int column();

    /** Field path from the document root, such as {@code ocv.values[3][2]}; empty for the root. */
    String path();

    /** For messages: "a map", "a list", "the number 5", "the text \"abc\"", "an empty value". */
    String describe();
}
