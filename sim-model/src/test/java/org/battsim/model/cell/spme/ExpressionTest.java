package org.battsim.model.cell.spme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTest {
    static final List<String> VARS = List.of("sto", "T");
    final double[] stack = new double[64];

    double eval(String text, double sto, double t) {
        Expression e = Expression.compile(text, VARS, name -> null);
        return e.eval(sto, t, 0, 0, stack);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "1 + 2 * 3; 7",
                "(1 + 2) * 3; 9",
                "2 ** 3 ** 2; 512",
                "2 ^ 3; 8",
                "-2 ** 2; -4",
                "2 ** -1; 0.5",
                "-(3); -3",
                "10 / 4 / 5; 0.5",
                "1e-3 * 1E3; 1",
                ".5 + 1.; 1.5",
                "8 - 3 - 2; 3",
                "min(2, 3) + max(2, 3); 5",
                "abs(-2.5); 2.5",
                "sqrt(16) + log(exp(2)) + log10(1000); 9",
                "np.exp(0) + pybamm.constants.R / R; 2",
                "pi; 3.141592653589793",
            })
    void arithmeticFollowsPythonPrecedence(String text, double expected) {
        assertEquals(expected, eval(text, 0, 0), 1e-12);
    }

    @Test
    void variablesAndConstants() {
        assertEquals(0.3 * 298.15, eval("sto * T", 0.3, 298.15), 1e-12);
        double arr = Math.exp(37040 / Expression.R * (1 / 298.15 - 1 / 308.15));
        assertEquals(arr, eval("exp(37040 / R * (1 / 298.15 - 1 / T))", 0, 308.15), 1e-12);
        // PARAMETERS-Marquis2019.md section 4: the Arrhenius factor of 37040 J/mol at 308.15 K is 1.6240.
        assertEquals(1.6240, arr, 1e-4);
    }

    @Test
    void constantExpressionsFoldToOneValue() {
        Expression e = Expression.compile("2 * 3.3e-14 / 2", VARS, n -> null);
        assertTrue(e.isConstant());
        assertEquals(3.3e-14, e.constantValue(), 1e-28);
        Expression d = Expression.compile("3.9e-14 * exp(42770 / R * (1 / 298.15 - 1 / T))", VARS, n -> null);
        assertFalse(d.isConstant());
        assertFalse(d.uses(0));
        assertTrue(d.uses(1));
    }

    @Test
    void parameterReferencesAreReplacedByValues() {
        Map<String, Double> values = Map.of("Lithium plating kinetic rate constant [m.s-1]", 1e-9);
        Expression e = Expression.compile(
                "F * Parameter(\"Lithium plating kinetic rate constant [m.s-1]\") * c_e", List.of("c_e"), values::get);
        assertEquals(Expression.F * 1e-9 * 1000, e.eval(1000, 0, 0, 0, stack), 1e-15);
        Expression.ExpressionException x = assertThrows(
                Expression.ExpressionException.class,
                () -> Expression.compile("Parameter('Nope') * 2", List.of(), values::get));
        assertTrue(x.getMessage().contains("Nope"), x.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "1 +; 3",
                "foo * 2; 1",
                "exp(1; 6",
                "sto sto; 5",
                "cosine(1); 1",
                "; 1",
                "1 $ 2; 3",
            })
    void errorsSayWhere(String text, int position) {
        String t = text == null ? "" : text;
        Expression.ExpressionException e =
                assertThrows(Expression.ExpressionException.class, () -> Expression.compile(t, VARS, n -> null));
        assertTrue(e.getMessage().contains("at character"), e.getMessage());
        assertTrue(Math.abs(e.position() + 1 - position) <= 1, e.getMessage() + " (expected near " + position + ")");
    }

    @Test
    void unknownNamesListWhatIsAllowed() {
        Expression.ExpressionException e = assertThrows(
                Expression.ExpressionException.class, () -> Expression.compile("c_e * 2", VARS, n -> null));
        assertTrue(e.getMessage().contains("sto, T"), e.getMessage());
    }

    @Test
    void vectorEvaluationEqualsScalarEvaluation() {
        String text = "0.194 + 1.5 * exp(-120.0 * sto) + 0.0351 * tanh((sto - 0.286) / 0.083)"
                + " - 0.0045 / cosh((sto - 0.849) / 0.119) ** 2 + min(sto, 0.5) * T ** 1.5 / T ** 3 + sto ** 2";
        Expression e = Expression.compile(text, VARS, n -> null);
        SplittableRandom rnd = new SplittableRandom(42);
        int n = 57;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble();
        }
        double[] out = new double[n];
        double[][] vstack = new double[e.stackSize()][n];
        e.evalVector(x, n, 301.0, 0, 0, out, vstack);
        for (int i = 0; i < n; i++) {
            assertEquals(e.eval(x[i], 301.0, 0, 0, stack), out[i], 0.0);
        }
    }

    @Test
    void fastHyperbolicFunctionsMatchTheLibrary() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double x = (rnd.nextDouble() - 0.5) * (i % 2 == 0 ? 0.1 : 60);
            assertEquals(Math.tanh(x), Expression.tanh(x), 1e-15, "tanh " + x);
            assertEquals(Math.cosh(x), Expression.cosh(x), 1e-14 * Math.cosh(x), "cosh " + x);
            assertEquals(asinhReference(x), Expression.asinh(x), 1e-14 * Math.max(1, Math.abs(asinhReference(x))));
        }
    }

    private static double asinhReference(double x) {
        return Math.signum(x) * Math.log(Math.abs(x) + Math.sqrt(x * x + 1));
    }
}
