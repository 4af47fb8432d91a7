package org.battsim.model.cell.spme;

/** A parameter value the model cannot use; names the parameter so readers can point at it. */
public final class ParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    public ParameterException(String parameter, String message) {
        super("'" + parameter + "': " + message);
        this.parameter = parameter;
    }

    /** The PyBaMM name of the parameter, or null when the problem concerns the whole set. */
    public String parameter() {
        return parameter;
    }

    /** The message without the parameter name. */
    public String detail() {
        String m = getMessage();
        int i = m.indexOf("': ");
        return i >= 0 ? m.substring(i + 3) : m;
    }
}
