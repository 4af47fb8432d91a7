package org.battsim.scenarios.io;

import java.util.Collection;
import java.util.Locale;

/** Wording shared by every input error: quoting, lists, "did you mean". */
public final class Messages {
    private static final int MAX_QUOTED = 60;
    private static final int MAX_SUGGEST_DISTANCE = 2;

    private Messages() {}

    /**
     * User text in double quotes, shortened and with control characters escaped, so that a hostile
     * or binary value cannot break the one-line message.
     */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_QUOTED) + 8).append('"');
        int shown = 0;
        for (int i = 0; i < s.length(); ) {
            if (shown == MAX_QUOTED) {
                sb.append('\u2026');
                break;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            shown++;
            switch (cp) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (Character.isISOControl(cp)
                            || !Character.isDefined(cp)
                            || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
                        sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** {@code a, b, c}. */
    public static String list(Collection<String> items) {
        return String.join(", ", items);
    }

    /**
     * {@code  (did you mean "x"?)} for the closest candidate within edit distance 2, ignoring case;
     * empty if none is close. The edit must keep at least one character, so that "x" is not
     * "corrected" into an unrelated one-letter unit such as "V".
     */
    public static String didYouMean(String input, Collection<String> candidates) {
        String best = closest(input, candidates);
        return best == null ? "" : " (did you mean " + quote(best) + "?)";
    }

    static String closest(String input, Collection<String> candidates) {
        String in = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            if (Math.abs(c.length() - in.length()) > MAX_SUGGEST_DISTANCE) {
                continue;
            }
            int d = distance(in, c);
            if (d <= MAX_SUGGEST_DISTANCE && d < Math.max(in.length(), c.length()) && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance. Callers keep the lengths close, so the quadratic cost stays small. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
