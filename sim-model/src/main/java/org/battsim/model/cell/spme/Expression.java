package org.battsim.model.cell.spme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * An arithmetic expression over a few named variables, written as PyBaMM writes its parameter
 * functions: {@code 5.34e-10 * exp(-0.65 * c_e / 1000) * exp(37040 / R * (1 / 298.15 - 1 / T))}.
 *
 * <p>Grammar: numbers, variables, {@code + - * /}, powers {@code **} or {@code ^} (right
 * associative, binding tighter than unary minus as in Python), parentheses, the functions {@code
 * exp log log10 sqrt tanh sinh cosh arcsinh abs min max} (optionally prefixed {@code np.} or {@code
 * pybamm.}), the constants {@code R F k_b q_e pi} (CODATA 2018, as PyBaMM) and {@code
 * Parameter("name")}, replaced by the value of another scalar parameter when the expression is
 * compiled.
 *
 * <p>Compiled to a postfix program with constants folded. {@link #eval} takes a caller-owned stack
 * so evaluation allocates nothing and compiled expressions can be shared between threads; {@link
 * #evalVector} evaluates one instruction over a whole array at a time, which makes a profile of
 * coefficients (one per mesh cell) nearly as cheap as hand-written code.
 */
public final class Expression {
    /** Gas constant (J/mol/K), as {@code pybamm.constants.R}. */
    public static final double R = 8.31446261815324;
    /** Faraday constant (C/mol). */
    public static final double F = 96485.33212331001;
    /** Boltzmann constant (J/K). */
    public static final double K_B = 1.380649e-23;
    /** Elementary charge (C). */
    public static final double Q_E = 1.602176634e-19;

    // Opcodes.
    private static final int CONST = 0;
    private static final int VAR = 1;
    private static final int ADD = 2;
    private static final int SUB = 3;
    private static final int MUL = 4;
    private static final int DIV = 5;
    private static final int POW = 6;
    private static final int NEG = 7;
    private static final int EXP = 8;
    private static final int LOG = 9;
    private static final int LOG10 = 10;
    private static final int SQRT = 11;
    private static final int TANH = 12;
    private static final int SINH = 13;
    private static final int COSH = 14;
    private static final int ASINH = 15;
    private static final int ABS = 16;
    private static final int MIN = 17;
    private static final int MAX = 18;
    private static final int SQUARE = 19;
    private static final int CUBE = 20;
    private static final int POW15 = 21;

    private static final Map<String, Integer> UNARY = Map.of(
            "exp", EXP,
            "log", LOG,
            "log10", LOG10,
            "sqrt", SQRT,
            "tanh", TANH,
            "sinh", SINH,
            "cosh", COSH,
            "arcsinh", ASINH,
            "asinh", ASINH,
            "abs", ABS);

    private final String text;
    private final List<String> variables;
    private final int[] code;
    private final double[] consts;
    private final int maxDepth;
    private final boolean[] uses;

    private Expression(String text, List<String> variables, int[] code, double[] consts, int maxDepth) {
        this.text = text;
        this.variables = variables;
        this.code = code;
        this.consts = consts;
        this.maxDepth = maxDepth;
        this.uses = new boolean[variables.size()];
        for (int i = 0; i < code.length; i++) {
            int op = code[i];
            if (op == CONST || op == VAR) {
                if (op == VAR) {
                    uses[code[i + 1]] = true;
                }
                i++;
            }
        }
    }

    /**
     * Parses and compiles {@code text}.
     *
     * @param variables the names the expression may use, in the order {@link #eval} takes them
     * @param parameters values of other parameters for {@code Parameter("name")}; returns null for
     *     an unknown or non-scalar parameter
     * @throws ExpressionException with the character position of the problem
     */
    public static Expression compile(String text, List<String> variables, Function<String, Double> parameters) {
        Parser p = new Parser(text, variables, parameters);
        Node root = p.parseAll();
        Emitter e = new Emitter();
        e.emit(root);
        int[] code = new int[e.code.size()];
        for (int i = 0; i < code.length; i++) {
            code[i] = e.code.get(i);
        }
        double[] consts = e.consts.stream().mapToDouble(Double::doubleValue).toArray();
        return new Expression(text, List.copyOf(variables), code, consts, Math.max(1, e.maxDepth));
    }

    /** The source text. */
    public String text() {
        return text;
    }

    public List<String> variables() {
        return variables;
    }

    /** Stack size {@link #eval} needs. */
    public int stackSize() {
        return maxDepth;
    }

    /** Whether the expression reads variable {@code index}. */
    public boolean uses(int index) {
        return index < uses.length && uses[index];
    }

    /** Whether the value does not depend on any variable (folded to one constant). */
    public boolean isConstant() {
        return code.length == 2 && code[0] == CONST;
    }

    /** The value of a constant expression. */
    public double constantValue() {
        if (!isConstant()) {
            throw new IllegalStateException("not a constant expression: " + text);
        }
        return consts[code[1]];
    }

    /**
     * Evaluates with up to four variables (unused ones ignored).
     *
     * @param stack scratch of at least {@link #stackSize()} values
     */
    public double eval(double v0, double v1, double v2, double v3, double[] stack) {
        int sp = -1;
        final int[] c = code;
        for (int pc = 0; pc < c.length; pc++) {
            switch (c[pc]) {
                case CONST -> stack[++sp] = consts[c[++pc]];
                case VAR -> {
                    int k = c[++pc];
                    stack[++sp] = k == 0 ? v0 : k == 1 ? v1 : k == 2 ? v2 : v3;
                }
                case ADD -> {
                    sp--;
                    stack[sp] += stack[sp + 1];
                }
                case SUB -> {
                    sp--;
                    stack[sp] -= stack[sp + 1];
                }
                case MUL -> {
                    sp--;
                    stack[sp] *= stack[sp + 1];
                }
                case DIV -> {
                    sp--;
                    stack[sp] /= stack[sp + 1];
                }
                case POW -> {
                    sp--;
                    stack[sp] = Math.pow(stack[sp], stack[sp + 1]);
                }
                case MIN -> {
                    sp--;
                    stack[sp] = Math.min(stack[sp], stack[sp + 1]);
                }
                case MAX -> {
                    sp--;
                    stack[sp] = Math.max(stack[sp], stack[sp + 1]);
                }
                default -> stack[sp] = unary(c[pc], stack[sp]);
            }
        }
        return stack[0];
    }

    /**
     * Evaluates for {@code n} values of variable 0 at once; the other variables are scalars.
     *
     * @param stack scratch of at least {@link #stackSize()} arrays of length {@code n}
     */
    public void evalVector(double[] v0, int n, double v1, double v2, double v3, double[] out, double[][] stack) {
        int sp = -1;
        final int[] c = code;
        for (int pc = 0; pc < c.length; pc++) {
            int op = c[pc];
            switch (op) {
                case CONST -> {
                    double k = consts[c[++pc]];
                    double[] s = stack[++sp];
                    for (int i = 0; i < n; i++) {
                        s[i] = k;
                    }
                }
                case VAR -> {
                    int k = c[++pc];
                    double[] s = stack[++sp];
                    if (k == 0) {
                        System.arraycopy(v0, 0, s, 0, n);
                    } else {
                        double x = k == 1 ? v1 : k == 2 ? v2 : v3;
                        for (int i = 0; i < n; i++) {
                            s[i] = x;
                        }
                    }
                }
                case ADD, SUB, MUL, DIV, POW, MIN, MAX -> {
                    sp--;
                    double[] a = stack[sp];
                    double[] b = stack[sp + 1];
                    switch (op) {
                        case ADD -> {
                            for (int i = 0; i < n; i++) {
                                a[i] += b[i];
                            }
                        }
                        case SUB -> {
                            for (int i = 0; i < n; i++) {
                                a[i] -= b[i];
                            }
                        }
                        case MUL -> {
                            for (int i = 0; i < n; i++) {
                                a[i] *= b[i];
                            }
                        }
                        case DIV -> {
                            for (int i = 0; i < n; i++) {
                                a[i] /= b[i];
                            }
                        }
                        case POW -> {
                            for (int i = 0; i < n; i++) {
                                a[i] = Math.pow(a[i], b[i]);
                            }
                        }
                        case MIN -> {
                            for (int i = 0; i < n; i++) {
                                a[i] = Math.min(a[i], b[i]);
                            }
                        }
                        default -> {
                            for (int i = 0; i < n; i++) {
                                a[i] = Math.max(a[i], b[i]);
                            }
                        }
                    }
                }
                default -> {
                    double[] s = stack[sp];
                    for (int i = 0; i < n; i++) {
                        s[i] = unary(op, s[i]);
                    }
                }
            }
        }
        if (sp != 0) {
            throw new IllegalStateException("bad program");
        }
        System.arraycopy(stack[0], 0, out, 0, n);
    }

    private static double unary(int op, double x) {
        return switch (op) {
            case NEG -> -x;
            case EXP -> Math.exp(x);
            case LOG -> Math.log(x);
            case LOG10 -> Math.log10(x);
            case SQRT -> Math.sqrt(x);
            case TANH -> tanh(x);
            case SINH -> Math.sinh(x);
            case COSH -> cosh(x);
            case ASINH -> asinh(x);
            case ABS -> Math.abs(x);
            case SQUARE -> x * x;
            case CUBE -> x * x * x;
            case POW15 -> x * Math.sqrt(x);
            default -> throw new IllegalStateException("opcode " + op);
        };
    }

    /**
     * Hyperbolic tangent through {@link Math#exp}, which the JIT compiles to an intrinsic (the
     * library tanh is several times slower); absolute error below 1e-15.
     */
    public static double tanh(double x) {
        double a = Math.abs(x);
        if (a < 0.02) {
            double x2 = x * x;
            return x * (1 - x2 * (1.0 / 3 - x2 * (2.0 / 15 - x2 * (17.0 / 315))));
        }
        if (a > 22) {
            return x > 0 ? 1 : -1;
        }
        double r = 1 - 2 / (Math.exp(2 * a) + 1);
        return x < 0 ? -r : r;
    }

    /** Hyperbolic cosine through {@link Math#exp} (no cancellation: both terms are positive). */
    public static double cosh(double x) {
        double e = Math.exp(Math.abs(x));
        return 0.5 * (e + 1 / e);
    }

    /** Inverse hyperbolic sine, accurate for large and small arguments of either sign. */
    public static double asinh(double x) {
        double a = Math.abs(x);
        double r;
        if (a > 1e8) {
            r = Math.log(a) + Math.log(2);
        } else if (a < 1e-4) {
            r = a * (1 - a * a / 6);
        } else {
            r = Math.log(a + Math.sqrt(a * a + 1));
        }
        return x < 0 ? -r : r;
    }

    @Override
    public String toString() {
        return text;
    }

    /** A parse or compile error at a character offset of the text. */
    public static final class ExpressionException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int position;

        ExpressionException(String text, int position, String message) {
            super(message + " at character " + (position + 1) + " of \"" + text + "\"");
            this.position = position;
        }

        /** 0-based character offset. */
        public int position() {
            return position;
        }
    }

    // ---- syntax tree ----

    private sealed interface Node permits Num, Var, Bin, Un {}

    private record Num(double value) implements Node {}

    private record Var(int index) implements Node {}

    private record Bin(int op, Node a, Node b) implements Node {}

    private record Un(int op, Node a) implements Node {}

    private static Node fold(Node n) {
        if (n instanceof Bin b && b.a() instanceof Num x && b.b() instanceof Num y) {
            double v = switch (b.op()) {
                case ADD -> x.value() + y.value();
                case SUB -> x.value() - y.value();
                case MUL -> x.value() * y.value();
                case DIV -> x.value() / y.value();
                case POW -> Math.pow(x.value(), y.value());
                case MIN -> Math.min(x.value(), y.value());
                case MAX -> Math.max(x.value(), y.value());
                default -> throw new IllegalStateException();
            };
            return new Num(v);
        }
        if (n instanceof Un u && u.a() instanceof Num x) {
            return new Num(unary(u.op(), x.value()));
        }
        if (n instanceof Bin b && b.op() == POW && b.b() instanceof Num y) {
            // Common exponents without Math.pow, which is slow.
            if (y.value() == 0.5) {
                return new Un(SQRT, b.a());
            }
            if (y.value() == 2) {
                return new Un(SQUARE, b.a());
            }
            if (y.value() == 3) {
                return new Un(CUBE, b.a());
            }
            if (y.value() == 1.5) {
                return new Un(POW15, b.a());
            }
            if (y.value() == 1) {
                return b.a();
            }
        }
        return n;
    }

    private static final class Emitter {
        final List<Integer> code = new ArrayList<>();
        final List<Double> consts = new ArrayList<>();
        int depth;
        int maxDepth;

        void emit(Node n) {
            if (n instanceof Num k) {
                code.add(CONST);
                code.add(consts.size());
                consts.add(k.value());
                push();
            } else if (n instanceof Var v) {
                code.add(VAR);
                code.add(v.index());
                push();
            } else if (n instanceof Bin b) {
                emit(b.a());
                emit(b.b());
                code.add(b.op());
                depth--;
            } else {
                Un u = (Un) n;
                emit(u.a());
                code.add(u.op());
            }
        }

        private void push() {
            depth++;
            maxDepth = Math.max(maxDepth, depth);
        }
    }

    private static final class Parser {
        private final String s;
        private final List<String> vars;
        private final Function<String, Double> params;
        private int pos;

        Parser(String s, List<String> vars, Function<String, Double> params) {
            this.s = s;
            this.vars = vars;
            this.params = params;
        }

        Node parseAll() {
            skip();
            if (pos >= s.length()) {
                throw error("empty expression");
            }
            Node n = expr();
            skip();
            if (pos < s.length()) {
                throw error("unexpected '" + s.charAt(pos) + "'");
            }
            return n;
        }

        private ExpressionException error(String msg) {
            return new ExpressionException(s, Math.min(pos, Math.max(0, s.length() - 1)), msg);
        }

        private void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private boolean take(String t) {
            skip();
            if (s.startsWith(t, pos)) {
                pos += t.length();
                return true;
            }
            return false;
        }

        private Node expr() {
            Node n = term();
            while (true) {
                skip();
                if (take("+")) {
                    n = fold(new Bin(ADD, n, term()));
                } else if (take("-")) {
                    n = fold(new Bin(SUB, n, term()));
                } else {
                    return n;
                }
            }
        }

        private Node term() {
            Node n = unaryExpr();
            while (true) {
                skip();
                if (s.startsWith("**", pos)) {
                    return n; // handled in power()
                }
                if (take("*")) {
                    n = fold(new Bin(MUL, n, unaryExpr()));
                } else if (take("/")) {
                    n = fold(new Bin(DIV, n, unaryExpr()));
                } else {
                    return n;
                }
            }
        }

        private Node unaryExpr() {
            if (take("-")) {
                return fold(new Un(NEG, unaryExpr()));
            }
            if (take("+")) {
                return unaryExpr();
            }
            return power();
        }

        private Node power() {
            Node base = primary();
            skip();
            if (take("**") || take("^")) {
                return fold(new Bin(POW, base, unaryExpr()));
            }
            return base;
        }

        private Node primary() {
            skip();
            if (pos >= s.length()) {
                throw error("expression ends too early");
            }
            char ch = s.charAt(pos);
            if (ch == '(') {
                pos++;
                Node n = expr();
                if (!take(")")) {
                    throw error("missing ')'");
                }
                return n;
            }
            if (Character.isDigit(ch) || ch == '.') {
                return number();
            }
            if (Character.isLetter(ch) || ch == '_') {
                return name();
            }
            throw error("unexpected '" + ch + "'");
        }

        private Node number() {
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                int digits = pos;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
                if (pos == digits) {
                    pos = save;
                }
            }
            String t = s.substring(start, pos);
            try {
                return new Num(Double.parseDouble(t));
            } catch (NumberFormatException e) {
                pos = start;
                throw error("bad number '" + t + "'");
            }
        }

        private Node name() {
            int start = pos;
            while (pos < s.length()
                    && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == '.')) {
                pos++;
            }
            String raw = s.substring(start, pos);
            String name = raw;
            for (String prefix : new String[] {"np.", "numpy.", "pybamm.", "math.", "pybamm.constants."}) {
                if (name.startsWith(prefix) && name.length() > prefix.length()) {
                    name = name.substring(prefix.length());
                }
            }
            if (name.startsWith("constants.")) {
                name = name.substring("constants.".length());
            }
            skip();
            boolean call = pos < s.length() && s.charAt(pos) == '(';
            if (call) {
                pos++;
                if (name.equals("Parameter")) {
                    return parameter(start);
                }
                Integer u = UNARY.get(name);
                if (u != null) {
                    Node a = expr();
                    if (!take(")")) {
                        throw error("missing ')' after the argument of " + name);
                    }
                    return fold(new Un(u, a));
                }
                if (name.equals("min") || name.equals("max") || name.equals("minimum") || name.equals("maximum")) {
                    Node a = expr();
                    if (!take(",")) {
                        throw error(name + " takes two arguments");
                    }
                    Node b = expr();
                    if (!take(")")) {
                        throw error("missing ')'");
                    }
                    return fold(new Bin(name.startsWith("min") ? MIN : MAX, a, b));
                }
                pos = start;
                throw error("unknown function '" + raw + "'; allowed: exp, log, log10, sqrt, tanh, sinh, cosh, "
                        + "arcsinh, abs, min, max, Parameter(\"name\")");
            }
            int v = vars.indexOf(name);
            if (v >= 0) {
                return new Var(v);
            }
            switch (name) {
                case "R":
                    return new Num(R);
                case "F":
                    return new Num(F);
                case "k_b":
                    return new Num(K_B);
                case "q_e":
                    return new Num(Q_E);
                case "pi":
                    return new Num(Math.PI);
                default:
                    pos = start;
                    throw error("unknown name '" + raw + "'; this function may use "
                            + (vars.isEmpty() ? "no variables" : String.join(", ", vars))
                            + " and the constants R, F, k_b, q_e, pi");
            }
        }

        private Node parameter(int start) {
            skip();
            if (pos >= s.length() || (s.charAt(pos) != '"' && s.charAt(pos) != '\'')) {
                throw error("Parameter takes a quoted parameter name");
            }
            char q = s.charAt(pos++);
            int end = s.indexOf(q, pos);
            if (end < 0) {
                throw error("unterminated parameter name");
            }
            String pname = s.substring(pos, end);
            pos = end + 1;
            if (!take(")")) {
                throw error("missing ')' after the parameter name");
            }
            Double v = params == null ? null : params.apply(pname);
            if (v == null) {
                pos = start;
                throw error("Parameter(\"" + pname + "\") is not a number defined in this parameter set");
            }
            return new Num(v);
        }
    }

    /** For messages: the variable list as text. */
    static String describe(List<String> vars) {
        return vars.isEmpty() ? "(none)" : String.join(", ", vars).toLowerCase(Locale.ROOT);
    }
}
