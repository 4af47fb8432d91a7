package org.battsim.scenarios.io;

/** Where a decimal number ({@code 12}, {@code 0.5}, {@code 1e-3}) written in an expression ends. */
public final class NumberText {
    private NumberText() {}

    /**
     * The index just after the number starting at {@code pos}: digits and dots, then an exponent
     * only if it has digits (so {@code 2e} stops before the {@code e}, which may start a name).
     */
    public static int end(CharSequence s, int pos) {
        int n = s.length();
        while (pos < n && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < n && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int p = pos + 1;
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                p++;
            }
            if (p < n && Character.isDigit(s.charAt(p))) {
                while (p < n && Character.isDigit(s.charAt(p))) {
                    p++;
                }
                pos = p;
            }
        }
        return pos;
    }
}
