package org.battsim.scenarios.devices;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.battsim.scenarios.io.Dimension;
import org.battsim.scenarios.io.NodeReader;

/**
 * Reads a parameter record whose components are all {@code double} or {@code boolean}, one
 * {@code {value, source}} entry per component, named as the component. The dimension of each
 * number comes from a table, so units are checked; the record's own constructor validates the
 * whole, and its complaint is reported at the map's position.
 */
final class RecordReader {
    private RecordReader() {}

    static <R extends Record> R read(NodeReader r, Class<R> type, Map<String, Dimension> dims) {
        RecordComponent[] comps = type.getRecordComponents();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            String name = comps[i].getName();
            types[i] = comps[i].getType();
            NodeReader o = r.object(name);
            String src = o.string("source");
            if (src.isBlank()) {
                throw o.error("source", "a source is required: a citation, or 'assumption:' and why");
            }
            if (types[i] == boolean.class) {
                args[i] = o.bool("value");
            } else if (types[i] == double.class) {
                Dimension d = dims.get(name);
                if (d == null) {
                    throw new IllegalStateException("no dimension declared for " + type.getSimpleName() + "." + name);
                }
                args[i] = o.quantity("value", d);
            } else {
                throw new IllegalStateException(type.getSimpleName() + "." + name + " is neither double nor boolean");
            }
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof IllegalArgumentException) {
                throw r.error(r.node(), c.getMessage());
            }
            throw new IllegalStateException(c);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
