package org.battsim.scenarios.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.SplittableRandom;
import org.battsim.model.aging.Stressor;
import org.junit.jupiter.api.Test;

class RateExpressionTest {
    static final EnumSet<Stressor> SAMPLE = EnumSet.of(Stressor.SOC, Stressor.VOLTAGE, Stressor.TEMPERATURE);

    static double eval(String text, double v, double t) {
        double[] x = new double[Stressor.COUNT];
        x[Stressor.VOLTAGE.ordinal()] = v;
        x[Stressor.TEMPERATURE.ordinal()] = t;
        return RateExpression.parse(text, Map.of("a", 7.543, "b", -23.75, "c", -6976.0), SAMPLE)
                .value(x);
    }

    @Test
    void precedenceAndFunctions() {
        assertEquals(7, eval("1 + 2*3", 0, 0));
        assertEquals(9, eval("(1 + 2)*3", 0, 0));
        assertEquals(-4, eval("-2^2", 0, 0));
        assertEquals(512, eval("2^3^2", 0, 0));
        assertEquals(0.25, eval("2^-2", 0, 0));
        assertEquals(2.5, eval("10/2/2", 0, 0));
        assertEquals(1.5e-3, eval("1.5e-3", 0, 0));
        assertEquals(3, eval("max(1, min(3, 4))", 0, 0));
        assertEquals(Math.sqrt(2) + Math.abs(-3) + Math.log(5), eval("sqrt(2) + abs(-3) + ln(5)", 0, 0), 1e-15);
    }

    /** The Schmalstieg calendar rate, written as in the parameter file and as Java. */
    @Test
    void schmalstiegCalendarRate() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < 100; i++) {
            double v = 3.3 + rnd.nextDouble();
            double t = 260 + rnd.nextDouble() * 70;
            double expected = (7.543 * v - 23.75) * 1e6 * Math.exp(-6976 / t);
            assertEquals(expected, eval("(a*V + b) * 1e6 * exp(c/T)", v, t), 1e-12 * Math.abs(expected));
        }
    }

    @Test
    void parametersFoldIntoConstants() {
        RateExpression e = RateExpression.parse("a*2 + exp(0)", Map.of("a", 3.0), EnumSet.noneOf(Stressor.class));
        assertTrue(e.isConstant());
        assertEquals(7, e.value(new double[0]));
        assertTrue(RateExpression.parse("a*V", Map.of("a", 3.0), SAMPLE).uses().contains(Stressor.VOLTAGE));
    }

    static int offsetOf(String text, EnumSet<Stressor> allowed) {
        RateExpression.SyntaxException e = assertThrows(
                RateExpression.SyntaxException.class, () -> RateExpression.parse(text, Map.of("k", 1.0), allowed));
        return e.offset();
    }

    @Test
    void errorsPointAtTheProblem() {
        assertEquals(4, offsetOf("k * kk", SAMPLE));
        assertEquals(4, offsetOf("k * dod", SAMPLE));
        assertEquals(7, offsetOf("k * (V ", SAMPLE));
        assertEquals(2, offsetOf("k $ V", SAMPLE));
        assertEquals(0, offsetOf("expp(V)", SAMPLE));
        assertEquals(4, offsetOf("k + ", SAMPLE));
        RateExpression.SyntaxException e = assertThrows(
                RateExpression.SyntaxException.class,
                () -> RateExpression.parse("k*T_maen", Map.of("k", 1.0), EnumSet.of(Stressor.TEMPERATURE_MEAN)));
        assertTrue(e.getMessage().contains("did you mean \"T_mean\""), e.getMessage());
        e = assertThrows(
                RateExpression.SyntaxException.class,
                () -> RateExpression.parse("k*T", Map.of("k", 1.0), EnumSet.of(Stressor.DOD)));
        assertTrue(e.getMessage().contains("cannot be used here; allowed: dod"), e.getMessage());
    }
}
