package org.battsim.scenarios.output;

import java.nio.file.Path;
import java.util.List;
import org.battsim.model.engine.Recorder;

/**
 * Writes a {@link Recorder} as a Battery Data Format CSV: one header row of {@code Label / unit}
 * labels, then one row per sample. Numbers use Java's shortest round-trip decimal form, so the
 * same run writes the same bytes.
 */
public final class BdfCsv {
    private BdfCsv() {}

    public static void write(Path file, Recorder rec) {
        AtomicFiles.write(file, w -> {
            List<String> labels = rec.labels();
            w.write(String.join(",", labels.stream().map(BdfCsv::quote).toList()));
            w.write('\n');
            StringBuilder sb = new StringBuilder(256);
            for (int r = 0; r < rec.rows(); r++) {
                sb.setLength(0);
                for (int j = 0; j < labels.size(); j++) {
                    if (j > 0) {
                        sb.append(',');
                    }
                    appendNumber(sb, rec.value(j, r));
                }
                sb.append('\n');
                w.append(sb);
            }
        });
    }

    /** Integral values without a trailing ".0"; others in shortest round-trip form. */
    static void appendNumber(StringBuilder sb, double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            sb.append((long) x);
        } else {
            sb.append(x);
        }
    }

    static String quote(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
