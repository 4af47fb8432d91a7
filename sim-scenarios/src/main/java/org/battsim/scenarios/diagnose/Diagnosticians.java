package org.battsim.scenarios.diagnose;

import java.util.List;
import org.battsim.scenarios.io.InputException;
import org.battsim.scenarios.io.Messages;

/** Diagnosticians by name: the shipped ones, a Java class on the class path, or {@code exec:COMMAND}. */
public final class Diagnosticians {
    /** The shipped diagnosticians. */
    public static final List<String> BUILT_IN = List.of("reference", "telemetry-only", "always-healthy");

    private Diagnosticians() {}

    /**
     * Resolves a name. The caller closes the result when it is {@link AutoCloseable} (an external
     * process).
     */
    public static Diagnostician resolve(String spec, String option) {
        switch (spec) {
            case "reference":
                return new ReferenceDiagnostician();
            case "telemetry-only":
                return new TelemetryOnlyDiagnostician();
            case "always-healthy":
                return new AlwaysHealthyDiagnostician();
            default:
                break;
        }
        if (spec.startsWith("exec:")) {
            String cmd = spec.substring(5).strip();
            if (cmd.isEmpty()) {
                throw InputException.option(option, "exec: needs a command, e.g. exec:python3 my_logic.py");
            }
            return new ProcessDiagnostician(cmd);
        }
        if (spec.contains(".")) {
            Class<?> c;
            try {
                c = Class.forName(spec, true, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw InputException.option(
                        option, "class " + spec + " is not on the class path (add its jar to BATTSIM_CLASSPATH)");
            }
            if (!Diagnostician.class.isAssignableFrom(c)) {
                throw InputException.option(
                        option, "class " + spec + " does not implement " + Diagnostician.class.getName());
            }
            try {
                return (Diagnostician) c.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw InputException.option(
                        option, "class " + spec + " needs a public constructor without arguments (" + e + ")");
            }
        }
        throw InputException.option(
                option,
                "unknown diagnostician '" + spec + "'" + Messages.didYouMean(spec, BUILT_IN) + "; give one of "
                        + String.join(", ", BUILT_IN) + ", a Java class name, or exec:COMMAND");
    }
}
