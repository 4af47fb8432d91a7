package org.battsim.scenarios.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.battsim.scenarios.io.NumberText;

/**
 * The small language of a scenario's checks: comparisons of summary fields, numbers and text, with
 * arithmetic, {@code and}/{@code or}/{@code not}, and functions over the events and the time series.
 *
 * <pre>
 *   timeToFullSeconds &gt; 3 * baseline.timeToFullSeconds
 *   detectedPortType == 'SDP'
 *   maxPortContactTemperatureCelsius &lt; 60 and minVbusVolts &gt; 4.2
 *   event 'over-discharge lockout' occurs
 *   event 'VBUS collapsed' does not occur
 *   events('plugged into') &gt;= 3
 *   firstEvent('port cleaned') &lt; 2 h
 *   max('Port Contact Temperature / degC') &lt; 45
 * </pre>
 *
 * <p>Names are summary fields ({@code energy.soureWh} reaches into a nested object); a first part
 * naming a run of the scenario or a reference ({@code baseline.timeToFullSeconds}, {@code
 * usb2-rear.timeToFullSeconds}) reads that run's summary instead. A name may contain {@code -}
 * between letters and digits, so subtraction is written with spaces ({@code a - b}). A number may
 * carry a time unit ({@code s}, {@code min}, {@code h}, {@code d}): {@code 3 h} is 10800. A
 * comparison with a missing value ({@code null}) is false, except {@code == null} and {@code !=
 * null}.
 */
public final class CheckExpression {
    /** What an expression can read. */
    public interface Context {
        /** The value of a dotted name: a Double, String, Boolean, or null when the field is null. */
        Object value(List<String> name);

        /** Number of events whose text contains {@code text}. */
        int countEvents(String text);

        /** Time of the first event whose text contains {@code text} (s), or null. */
        Double firstEvent(String text);

        /** Statistic {@code stat} (max, min, mean, first, last) of a time-series column. */
        double column(String stat, String label);

        /** Value of a time-series column at a time (the last sample at or before it). */
        double columnAt(String label, double time);

        /** The same questions about another run or a reference ({@code fresh.max('...')}). */
        Context of(String runOrReference);
    }

    /** A malformed expression, with the 0-based character position of the problem. */
    public static final class SyntaxException extends RuntimeException {
        private final int position;

        SyntaxException(int position, String message) {
            super(message);
            this.position = position;
        }

        public int position() {
            return position;
        }
    }

    /** An expression that cannot be evaluated (a missing field, a type mismatch). */
    public static final class EvaluationException extends RuntimeException {
        EvaluationException(String message) {
            super(message);
        }
    }

    /** Functions and their argument kinds ('s' text, 'n' number). */
    private static final Map<String, String> FUNCTIONS = Map.of(
            "events", "s",
            "firstEvent", "s",
            "max", "s",
            "min", "s",
            "mean", "s",
            "first", "s",
            "last", "s",
            "valueAt", "sn",
            "abs", "n");

    private final String text;
    private final Node root;
    private final List<String> qualifiers;

    private CheckExpression(String text, Node root, List<String> qualifiers) {
        this.text = text;
        this.root = root;
        this.qualifiers = List.copyOf(qualifiers);
    }

    /** The runs or references whose events or time series the expression asks about ({@code fresh.max(...)}). */
    public List<String> qualifiers() {
        return qualifiers;
    }

    /** Parses an expression; throws {@link SyntaxException} at the first problem. */
    public static CheckExpression parse(String text) {
        Parser p = new Parser(Objects.requireNonNull(text));
        Node n = p.or();
        p.skip();
        if (p.pos < text.length()) {
            throw new SyntaxException(p.pos, "unexpected '" + text.substring(p.pos) + "'");
        }
        return new CheckExpression(text, n, p.qualifiers);
    }

    public String text() {
        return text;
    }

    /** The dotted names the expression reads, in order of appearance (for reports). */
    public List<List<String>> names() {
        List<List<String>> out = new ArrayList<>();
        root.names(out);
        return out;
    }

    /** Evaluates to true or false; throws {@link EvaluationException} if the result is not a truth value. */
    public boolean test(Context c) {
        Object v = root.eval(c);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new EvaluationException("the check is not a comparison: it evaluates to " + show(v));
    }

    /** Evaluates a sub-expression's value for a name (for reports). */
    public static Object valueOf(Context c, List<String> name) {
        return c.value(name);
    }

    static String show(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "'" + s + "'";
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : Double.toString(d);
        }
        return v.toString();
    }

    // ---- syntax tree ---------------------------------------------------------------------

    private interface Node {
        Object eval(Context c);

        default void names(List<List<String>> out) {}
    }

    private record Literal(Object value) implements Node {
        @Override
        public Object eval(Context c) {
            return value;
        }
    }

    private record Name(List<String> parts) implements Node {
        @Override
        public Object eval(Context c) {
            return c.value(parts);
        }

        @Override
        public void names(List<List<String>> out) {
            if (!out.contains(parts)) {
                out.add(parts);
            }
        }
    }

    private record Not(Node a) implements Node {
        @Override
        public Object eval(Context c) {
            return !truth(a.eval(c), "not");
        }

        @Override
        public void names(List<List<String>> out) {
            a.names(out);
        }
    }

    private record Logic(String op, Node a, Node b) implements Node {
        @Override
        public Object eval(Context c) {
            boolean x = truth(a.eval(c), op);
            if (op.equals("and") ? !x : x) {
                return x;
            }
            return truth(b.eval(c), op);
        }

        @Override
        public void names(List<List<String>> out) {
            a.names(out);
            b.names(out);
        }
    }

    private record Compare(String op, Node a, Node b) implements Node {
        @Override
        public Object eval(Context c) {
            Object x = a.eval(c);
            Object y = b.eval(c);
            if (op.equals("==") || op.equals("!=")) {
                boolean eq = x instanceof Double dx && y instanceof Double dy
                        ? dx.doubleValue() == dy
                        : Objects.equals(x, y);
                return op.equals("==") == eq;
            }
            if (x == null || y == null) {
                return false;
            }
            if (!(x instanceof Double dx) || !(y instanceof Double dy)) {
                throw new EvaluationException("'" + op + "' compares numbers, got " + show(x) + " and " + show(y));
            }
            return switch (op) {
                case "<" -> dx < dy;
                case "<=" -> dx <= dy;
                case ">" -> dx > dy;
                default -> dx >= dy;
            };
        }

        @Override
        public void names(List<List<String>> out) {
            a.names(out);
            b.names(out);
        }
    }

    private record Arithmetic(char op, Node a, Node b) implements Node {
        @Override
        public Object eval(Context c) {
            Object x = a.eval(c);
            Object y = b.eval(c);
            if (x == null || y == null) {
                return null;
            }
            if (!(x instanceof Double dx) || !(y instanceof Double dy)) {
                throw new EvaluationException("'" + op + "' needs numbers, got " + show(x) + " and " + show(y));
            }
            return switch (op) {
                case '+' -> dx + dy;
                case '-' -> dx - dy;
                case '*' -> dx * dy;
                default -> dx / dy;
            };
        }

        @Override
        public void names(List<List<String>> out) {
            a.names(out);
            b.names(out);
        }
    }

    private record Negate(Node a) implements Node {
        @Override
        public Object eval(Context c) {
            Object x = a.eval(c);
            if (x == null) {
                return null;
            }
            if (!(x instanceof Double d)) {
                throw new EvaluationException("'-' needs a number, got " + show(x));
            }
            return -d;
        }

        @Override
        public void names(List<List<String>> out) {
            a.names(out);
        }
    }

    private record Call(String qualifier, String function, List<Node> args) implements Node {

        @Override
        public Object eval(Context outer) {
            Context c = qualifier == null ? outer : outer.of(qualifier);
            List<Object> v = new ArrayList<>();
            for (Node n : args) {
                v.add(n.eval(c));
            }
            return switch (function) {
                case "events" -> (double) c.countEvents((String) v.get(0));
                case "firstEvent" -> c.firstEvent((String) v.get(0));
                case "valueAt" -> v.get(1) == null ? null : c.columnAt((String) v.get(0), (Double) v.get(1));
                case "abs" -> v.get(0) == null ? null : Math.abs((Double) v.get(0));
                default -> c.column(function, (String) v.get(0));
            };
        }

        @Override
        public void names(List<List<String>> out) {
            for (Node n : args) {
                n.names(out);
            }
        }
    }

    private static boolean truth(Object v, String op) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new EvaluationException("'" + op + "' needs true or false, got " + show(v));
    }

    // ---- parser ------------------------------------------------------------------------------

    private static final class Parser {
        private final String s;
        private int pos;
        private final List<String> qualifiers = new ArrayList<>();

        Parser(String s) {
            this.s = s;
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean word(String w) {
            skip();
            int end = pos + w.length();
            if (s.startsWith(w, pos) && (end >= s.length() || !isNameChar(s.charAt(end)))) {
                pos = end;
                return true;
            }
            return false;
        }

        boolean symbol(String sym) {
            skip();
            if (s.startsWith(sym, pos)) {
                pos += sym.length();
                return true;
            }
            return false;
        }

        SyntaxException error(String message) {
            return new SyntaxException(pos, message);
        }

        Node or() {
            Node a = and();
            while (word("or")) {
                a = new Logic("or", a, and());
            }
            return a;
        }

        Node and() {
            Node a = not();
            while (word("and")) {
                a = new Logic("and", a, not());
            }
            return a;
        }

        Node not() {
            if (word("not")) {
                return new Not(not());
            }
            return comparison();
        }

        Node comparison() {
            Node a = sum();
            for (String op : List.of("<=", ">=", "==", "!=", "<", ">")) {
                if (symbol(op)) {
                    return new Compare(op, a, sum());
                }
            }
            skip();
            if (pos < s.length() && s.charAt(pos) == '=') {
                throw error("use '==' to compare");
            }
            return a;
        }

        Node sum() {
            Node a = product();
            while (true) {
                if (symbol("+")) {
                    a = new Arithmetic('+', a, product());
                } else if (symbol("-")) {
                    a = new Arithmetic('-', a, product());
                } else {
                    return a;
                }
            }
        }

        Node product() {
            Node a = unary();
            while (true) {
                if (symbol("*")) {
                    a = new Arithmetic('*', a, unary());
                } else if (symbol("/")) {
                    a = new Arithmetic('/', a, unary());
                } else {
                    return a;
                }
            }
        }

        Node unary() {
            if (symbol("-")) {
                return new Negate(unary());
            }
            return primary();
        }

        Node primary() {
            skip();
            if (pos >= s.length()) {
                throw error("the expression ends too early: a value is missing");
            }
            char ch = s.charAt(pos);
            if (ch == '(') {
                pos++;
                Node n = or();
                if (!symbol(")")) {
                    throw error("missing ')'");
                }
                return n;
            }
            if (ch == '\'' || ch == '"') {
                return new Literal(string());
            }
            if (Character.isDigit(ch) || ch == '.') {
                return number();
            }
            if (word("event")) {
                skip();
                if (pos >= s.length() || (s.charAt(pos) != '\'' && s.charAt(pos) != '"')) {
                    throw error("expected the quoted text of an event after 'event'");
                }
                String t = string();
                Node count = new Call(null, "events", List.of(new Literal(t)));
                if (word("occurs")) {
                    return new Compare(">", count, new Literal(0.0));
                }
                if (word("does")) {
                    if (word("not") && word("occur")) {
                        return new Compare("==", count, new Literal(0.0));
                    }
                    throw error("expected 'does not occur'");
                }
                throw error("expected 'occurs' or 'does not occur' after the event text");
            }
            if (Character.isLetter(ch)) {
                int start = pos;
                List<String> parts = new ArrayList<>();
                parts.add(name());
                skip();
                if (pos < s.length() && s.charAt(pos) == '(') {
                    return call(null, parts.get(0), start);
                }
                while (pos < s.length() && s.charAt(pos) == '.') {
                    pos++;
                    if (pos >= s.length() || !Character.isLetterOrDigit(s.charAt(pos))) {
                        throw error("expected a field name after '.'");
                    }
                    int at = pos;
                    parts.add(name());
                    if (parts.size() == 2 && pos < s.length() && s.charAt(pos) == '(') {
                        // run.function(...): the function asked of another run or a reference
                        if (!qualifiers.contains(parts.get(0))) {
                            qualifiers.add(parts.get(0));
                        }
                        return call(parts.get(0), parts.get(1), at);
                    }
                }
                String first = parts.get(0);
                if (parts.size() == 1) {
                    switch (first) {
                        case "null" -> {
                            return new Literal(null);
                        }
                        case "true" -> {
                            return new Literal(Boolean.TRUE);
                        }
                        case "false" -> {
                            return new Literal(Boolean.FALSE);
                        }
                        default -> {}
                    }
                }
                return new Name(List.copyOf(parts));
            }
            throw error("unexpected '" + ch + "'");
        }

        private Node call(String qualifier, String function, int start) {
            String kinds = FUNCTIONS.get(function);
            if (kinds == null) {
                throw new SyntaxException(
                        start,
                        "unknown function '" + function + "'"
                                + org.battsim.scenarios.io.Messages.didYouMean(function, FUNCTIONS.keySet())
                                + "; functions: " + String.join(", ", new java.util.TreeSet<>(FUNCTIONS.keySet())));
            }
            pos++; // (
            List<Node> args = new ArrayList<>();
            for (int i = 0; i < kinds.length(); i++) {
                if (i > 0 && !symbol(",")) {
                    throw error(function + "() takes " + kinds.length() + " arguments");
                }
                skip();
                if (kinds.charAt(i) == 's') {
                    if (pos >= s.length() || (s.charAt(pos) != '\'' && s.charAt(pos) != '"')) {
                        throw error(function + "() takes quoted text here");
                    }
                    args.add(new Literal(string()));
                } else {
                    args.add(sum());
                }
            }
            if (!symbol(")")) {
                throw error("missing ')' after the arguments of " + function + "()");
            }
            return new Call(qualifier, function, List.copyOf(args));
        }

        private String name() {
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (Character.isLetterOrDigit(c) || c == '_') {
                    pos++;
                } else if (c == '-'
                        && pos + 1 < s.length()
                        && pos > start
                        && Character.isLetterOrDigit(s.charAt(pos + 1))) {
                    pos++;
                } else {
                    break;
                }
            }
            return s.substring(start, pos);
        }

        private String string() {
            char q = s.charAt(pos);
            int end = s.indexOf(q, pos + 1);
            if (end < 0) {
                throw error("unterminated text: a closing " + q + " is missing");
            }
            String t = s.substring(pos + 1, end);
            pos = end + 1;
            return t;
        }

        private Node number() {
            int start = pos;
            pos = NumberText.end(s, pos);
            double v;
            try {
                v = Double.parseDouble(s.substring(start, pos));
            } catch (NumberFormatException e) {
                throw new SyntaxException(start, "malformed number '" + s.substring(start, pos) + "'");
            }
            int save = pos;
            skip();
            int unitStart = pos;
            while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                pos++;
            }
            String unit = s.substring(unitStart, pos).toLowerCase(Locale.ROOT);
            double scale = switch (unit) {
                case "s" -> 1;
                case "min" -> 60;
                case "h" -> 3600;
                case "d" -> 86400;
                default -> Double.NaN;
            };
            if (Double.isNaN(scale)) {
                pos = save;
                scale = 1;
            }
            return new Literal(v * scale);
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }
    }
}
