package org.battsim.scenarios.diagnose;

import java.util.List;
import java.util.Map;

/**
 * What a diagnostician learns from one look at the phone: the telemetry over a window (empty when
 * the phone is off, as no OS is running to report it), the log lines the phone wrote (plug events,
 * the charger's detection result, status changes and fault codes), and the findings of the action
 * that led to it (an inspection, a voltage reading, the cradle's lights, another phone's telemetry).
 *
 * @param after the action that led to this look, or null for the first look
 * @param phoneOn whether the phone was on at the end of the window
 * @param chargingIcon whether the charging indicator showed at the end of the window
 * @param frames telemetry frames over the window
 * @param events {@code time: source: text} log lines over the window
 * @param findings what the action found, by name (see {@link Remedy}): numbers, text or booleans
 */
public record Observation(
        Remedy after,
        boolean phoneOn,
        boolean chargingIcon,
        List<Frame> frames,
        List<String> events,
        Map<String, Object> findings) {
    public Observation {
        frames = List.copyOf(frames);
        events = List.copyOf(events);
        findings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(findings));
    }

    /** The last frame, or null without frames. */
    public Frame last() {
        return frames.isEmpty() ? null : frames.get(frames.size() - 1);
    }

    /** Whether any log line contains {@code text}. */
    public boolean logged(String text) {
        for (String e : events) {
            if (e.contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** Mean of a frame quantity over the second half of the window (after detection settles); NaN without frames. */
    public double settled(java.util.function.ToDoubleFunction<Frame> f) {
        int n = frames.size();
        if (n == 0) {
            return Double.NaN;
        }
        double s = 0;
        int k = 0;
        for (int i = n / 2; i < n; i++) {
            s += f.applyAsDouble(frames.get(i));
            k++;
        }
        return s / k;
    }
}
