package org.battsim.viewer.lab;

import java.util.Objects;

/**
 * What a live-lab run starts from: the phone, what it is plugged into and through what, what it does, its state of
 * charge, and the faults at the start.
 *
 * @param device a built-in device name or a file ({@code xiaomi-mi4}, {@code redmi-note-4})
 * @param source a source name ({@code adapter-5v2a}, {@code usb2-port}, ...)
 * @param cable a cable name or spec ({@code 1m-24awg}, {@code length=2m,awg=28})
 * @param port a port condition ({@code clean}, {@code debris}, {@code oxidized})
 * @param load {@code off}, {@code idle}, {@code screen-on} or {@code gaming}
 * @param fromSoc state of charge at the start (fraction)
 * @param limitSeconds the run stops here if the charge has not terminated
 * @param faults faults and ambient temperature at the start
 */
public record LabSetup(
        String device,
        String source,
        String cable,
        String port,
        String load,
        double fromSoc,
        double limitSeconds,
        LabFaults faults) {
    /** Sampling period of the plotted curves (simulated seconds). */
    public static final double PERIOD_SECONDS = 5;

    /** Internal step of the simulation (s), as {@code battsim charge}. */
    public static final double STEP_SECONDS = 1;

    public LabSetup {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cable, "cable");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(faults, "faults");
        if (!(fromSoc >= 0 && fromSoc <= 1)) {
            throw new IllegalArgumentException("state of charge must be within 0..1, got " + fromSoc);
        }
        if (!(limitSeconds > 0)) {
            throw new IllegalArgumentException("time limit must be positive, got " + limitSeconds + " s");
        }
    }

    /** A Xiaomi Mi 4 from 20 % on its 5 V 2 A adapter through a good 1 m cable, clean port, screen off, 25 °C. */
    public static LabSetup defaults() {
        return new LabSetup("xiaomi-mi4", "adapter-5v2a", "1m-24awg", "clean", "off", 0.2, 4 * 3600, LabFaults.NONE);
    }

    public LabSetup withFaults(LabFaults f) {
        return new LabSetup(device, source, cable, port, load, fromSoc, limitSeconds, f);
    }

    public LabSetup withLimit(double seconds) {
        return new LabSetup(device, source, cable, port, load, fromSoc, seconds, faults);
    }
}
