package org.battsim.scenarios.diagnose;

/**
 * Diagnostic logic under test: given a phone on the bench, it looks, acts and names a fault.
 *
 * <p>Implementations must be deterministic for a given bench (the campaign re-runs wrong cases and
 * expects the same answer) and must not keep state between calls: one instance serves trials on
 * several threads at once. Write one as a Java class with a public no-argument constructor and
 * name it with {@code battsim diagnose --diagnostician com.example.MyLogic} (on the class path
 * through {@code BATTSIM_CLASSPATH}), or as any program speaking JSON lines
 * ({@code --diagnostician exec:COMMAND}, see {@link ProcessDiagnostician}).
 */
public interface Diagnostician {
    /** A short name for reports. */
    String name();

    /** Looks at the phone (and acts, if it wants), then answers. */
    Diagnosis diagnose(Bench bench);
}
