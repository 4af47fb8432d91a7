package org.battsim.scenarios.aging;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.battsim.model.aging.Rate;
import org.battsim.model.aging.Stressor;
import org.battsim.scenarios.io.NumberText;

/**
 * Arithmetic rate expressions of aging parameter files, such as {@code (qcal_A_V*V +
 * qcal_B_V)*1e6*exp(qcal_C_TdegK/T)}.
 *
 * <p>Grammar: numbers, named parameters, stressor names ({@link Stressor#symbol()}), {@code + - *
 * /}, {@code ^} (power, right-associative, binding tighter than a leading minus: {@code -2^2 =
 * -4}), parentheses, and the functions {@code exp ln sqrt abs} (one argument) and {@code min max}
 * (two). Parameters are folded into constants when parsed; the compiled tree evaluates without
 * allocating.
 */
public final class RateExpression implements Rate {
    /** A problem in an expression, at a 0-based character offset. */
    public static final class SyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int offset;

        SyntaxException(String message, int offset) {
            super(message);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    private static final List<String> FUNCTIONS = List.of("exp", "ln", "sqrt", "abs", "min", "max");

    // Node kinds.
    private static final int CONST = 0;
    private static final int VAR = 1;
    private static final int NEG = 2;
    private static final int ADD = 3;
    private static final int SUB = 4;
    private static final int MUL = 5;
    private static final int DIV = 6;
    private static final int POW = 7;
    private static final int EXP = 8;
    private static final int LN = 9;
    private static final int SQRT = 10;
    private static final int ABS = 11;
    private static final int MIN = 12;
    private static final int MAX = 13;

    /** One node; a single class keeps the evaluation calls monomorphic. */
    private static final class Node {
        final int kind;
        final double value;
        final int index;
        final Node a;
        final Node b;

        Node(int kind, double value, int index, Node a, Node b) {
            this.kind = kind;
            this.value = value;
            this.index = index;
            this.a = a;
            this.b = b;
        }

        double eval(double[] x) {
            switch (kind) {
                case CONST:
                    return value;
                case VAR:
                    return x[index];
                case NEG:
                    return -a.eval(x);
                case ADD:
                    return a.eval(x) + b.eval(x);
                case SUB:
                    return a.eval(x) - b.eval(x);
                case MUL:
                    return a.eval(x) * b.eval(x);
                case DIV:
                    return a.eval(x) / b.eval(x);
                case POW:
                    return Math.pow(a.eval(x), b.eval(x));
                case EXP:
                    return Math.exp(a.eval(x));
                case LN:
                    return Math.log(a.eval(x));
                case SQRT:
                    return Math.sqrt(a.eval(x));
                case ABS:
                    return Math.abs(a.eval(x));
                case MIN:
                    return Math.min(a.eval(x), b.eval(x));
                case MAX:
                    return Math.max(a.eval(x), b.eval(x));
                default:
                    throw new IllegalStateException();
            }
        }
    }

    private final String text;
    private final Node root;
    private final Set<Stressor> uses;

    private RateExpression(String text, Node root, Set<Stressor> uses) {
        this.text = text;
        this.root = root;
        this.uses = uses;
    }

    /**
     * Parses {@code text}.
     *
     * @param parameters named constants
     * @param allowed the stressors the expression may read
     * @throws SyntaxException with the offset of the problem
     */
    public static RateExpression parse(String text, Map<String, Double> parameters, Set<Stressor> allowed) {
        Parser p = new Parser(text, parameters, allowed);
        Node n = p.expression();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new SyntaxException(
                    "unexpected " + quoteChar(text.charAt(p.pos)) + "; expected an operator or the end", p.pos);
        }
        return new RateExpression(text, n, p.used.isEmpty() ? EnumSet.noneOf(Stressor.class) : EnumSet.copyOf(p.used));
    }

    /** Evaluates an expression of parameters only. */
    public static double constant(String text, Map<String, Double> parameters) {
        return parse(text, parameters, EnumSet.noneOf(Stressor.class)).root.value;
    }

    @Override
    public double value(double[] stressors) {
        return root.eval(stressors);
    }

    /** The stressors the expression reads. */
    public Set<Stressor> uses() {
        return uses;
    }

    public boolean isConstant() {
        return root.kind == CONST;
    }

    @Override
    public String toString() {
        return text;
    }

    private static String quoteChar(char c) {
        return "'" + c + "'";
    }

    private static final class Parser {
        final String s;
        final Map<String, Double> params;
        final Set<Stressor> allowed;
        final Set<Stressor> used = new java.util.HashSet<>();
        int pos;

        Parser(String s, Map<String, Double> params, Set<Stressor> allowed) {
            this.s = s;
            this.params = params;
            this.allowed = allowed;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean eat(char c) {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        Node expression() {
            Node n = term();
            while (true) {
                if (eat('+')) {
                    n = fold(ADD, n, term());
                } else if (eat('-')) {
                    n = fold(SUB, n, term());
                } else {
                    return n;
                }
            }
        }

        Node term() {
            Node n = unary();
            while (true) {
                if (eat('*')) {
                    n = fold(MUL, n, unary());
                } else if (eat('/')) {
                    n = fold(DIV, n, unary());
                } else {
                    return n;
                }
            }
        }

        Node unary() {
            if (eat('-')) {
                return fold(NEG, unary(), null);
            }
            if (eat('+')) {
                return unary();
            }
            return power();
        }

        Node power() {
            Node base = primary();
            if (eat('^')) {
                return fold(POW, base, unary());
            }
            return base;
        }

        Node primary() {
            skipSpace();
            if (pos >= s.length()) {
                throw new SyntaxException("expression ends too early; expected a number, a name or '('", pos);
            }
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                Node n = expression();
                if (!eat(')')) {
                    throw new SyntaxException("missing ')'", pos);
                }
                return n;
            }
            if (Character.isDigit(c) || c == '.') {
                return number();
            }
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                    pos++;
                }
                String name = s.substring(start, pos);
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == '(') {
                    return call(name, start);
                }
                return name(name, start);
            }
            throw new SyntaxException("unexpected " + quoteChar(c) + "; expected a number, a name or '('", pos);
        }

        Node number() {
            int start = pos;
            pos = NumberText.end(s, pos);
            String t = s.substring(start, pos);
            try {
                return new Node(CONST, Double.parseDouble(t), 0, null, null);
            } catch (NumberFormatException e) {
                throw new SyntaxException("not a number: '" + t + "'", start);
            }
        }

        Node name(String name, int at) {
            Double v = params.get(name);
            if (v != null) {
                return new Node(CONST, v, 0, null, null);
            }
            for (Stressor st : Stressor.values()) {
                if (st.symbol().equals(name)) {
                    if (!allowed.contains(st)) {
                        throw new SyntaxException(
                                "'" + name + "' (" + st.description() + ") cannot be used here; allowed: "
                                        + names(allowed),
                                at);
                    }
                    used.add(st);
                    return new Node(VAR, 0, st.ordinal(), null, null);
                }
            }
            Set<String> known = new TreeSet<>(params.keySet());
            for (Stressor st : allowed) {
                known.add(st.symbol());
            }
            String hint = org.battsim.scenarios.io.Messages.didYouMean(name, known);
            throw new SyntaxException(
                    "unknown name '" + name + "'" + hint + "; parameters and stressors allowed here: "
                            + String.join(", ", known),
                    at);
        }

        Node call(String name, int at) {
            int kind = switch (name.toLowerCase(Locale.ROOT).equals(name) ? name : "") {
                case "exp" -> EXP;
                case "ln" -> LN;
                case "sqrt" -> SQRT;
                case "abs" -> ABS;
                case "min" -> MIN;
                case "max" -> MAX;
                default ->
                    throw new SyntaxException(
                            "unknown function '" + name + "'"
                                    + org.battsim.scenarios.io.Messages.didYouMean(name, FUNCTIONS) + "; functions: "
                                    + String.join(", ", FUNCTIONS),
                            at);
            };
            eat('(');
            Node a = expression();
            Node b = null;
            if (kind == MIN || kind == MAX) {
                if (!eat(',')) {
                    throw new SyntaxException(name + " takes two arguments separated by ','", pos);
                }
                b = expression();
            }
            if (!eat(')')) {
                throw new SyntaxException("missing ')' after the argument of " + name, pos);
            }
            return fold(kind, a, b);
        }

        static Node fold(int kind, Node a, Node b) {
            Node n = new Node(kind, 0, 0, a, b);
            if (a.kind == CONST && (b == null || b.kind == CONST)) {
                return new Node(CONST, n.eval(new double[0]), 0, null, null);
            }
            return n;
        }

        static String names(Set<Stressor> set) {
            Set<String> out = new TreeSet<>();
            for (Stressor st : set) {
                out.add(st.symbol());
            }
            return out.isEmpty() ? "none (parameters only)" : String.join(", ", out);
        }
    }
}
