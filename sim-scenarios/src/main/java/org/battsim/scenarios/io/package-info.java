/**
 * The input layer shared by every battsim file reader.
 *
 * <p>{@link org.battsim.scenarios.io.YamlTree} turns a YAML or JSON file into a tree of located
 * nodes, {@link org.battsim.scenarios.io.NodeReader} reads typed values from it and {@link
 * org.battsim.scenarios.io.Units} converts values with units to SI. Every problem with the input
 * becomes an {@link org.battsim.scenarios.io.InputException} naming file, line, column, field path
 * and what is allowed.
 *
 * <pre>{@code
 * NodeReader cell = NodeReader.open(file).object("cell");
 * double capacity = cell.quantity("capacity", Dimension.CHARGE);          // "3080 mAh" -> 11088 C
 * double vMax = cell.quantity("maxVoltage", Dimension.VOLTAGE, 3.0, 4.6); // range in SI
 * root.finish();                                                          // rejects unknown keys
 * }</pre>
 */
package org.battsim.scenarios.io;
