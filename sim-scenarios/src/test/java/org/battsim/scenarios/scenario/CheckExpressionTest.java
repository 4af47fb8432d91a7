package org.battsim.scenarios.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckExpressionTest {
    /** Summary fields by dotted name, two events, and one column 1, 2, 3 at times 0, 10, 20. */
    static final class Fake implements CheckExpression.Context {
        final Map<String, Object> fields;

        Fake(Map<String, Object> fields) {
            this.fields = fields;
        }

        @Override
        public Object value(List<String> name) {
            String k = String.join(".", name);
            if (!fields.containsKey(k)) {
                throw new CheckExpression.EvaluationException("no field " + k);
            }
            return fields.get(k);
        }

        @Override
        public int countEvents(String text) {
            return text.equals("plugged") ? 2 : 0;
        }

        @Override
        public Double firstEvent(String text) {
            return text.equals("plugged") ? 5.0 : null;
        }

        @Override
        public double column(String stat, String label) {
            return switch (stat) {
                case "max", "last" -> 3;
                case "min", "first" -> 1;
                default -> 2;
            };
        }

        @Override
        public double columnAt(String label, double time) {
            return time < 10 ? 1 : time < 20 ? 2 : 3;
        }

        @Override
        public CheckExpression.Context of(String run) {
            return new Fake(Map.of("x", 100.0));
        }
    }

    static final Fake C = new Fake(new java.util.HashMap<>(
            Map.of("a", 2.0, "b", 3.0, "type", "DCP", "flag", true, "baseline.t", 100.0, "usb2-rear.t", 400.0)));

    static {
        C.fields.put("none", null);
    }

    static boolean eval(String s) {
        return CheckExpression.parse(s).test(C);
    }

    @Test
    void arithmeticFollowsPrecedence() {
        assertTrue(eval("a + b * 2 == 8"));
        assertTrue(eval("(a + b) * 2 == 10"));
        assertTrue(eval("a - b == -1"));
        assertTrue(eval("-a + 1 == -1"));
        assertTrue(eval("b / a == 1.5"));
        assertTrue(eval("1e3 == 1000"));
    }

    @Test
    void namesWithDashesAndDotsReadOtherRuns() {
        assertTrue(eval("usb2-rear.t > 3 * baseline.t"));
        assertEquals(
                List.of(List.of("usb2-rear", "t"), List.of("baseline", "t")),
                CheckExpression.parse("usb2-rear.t > 3 * baseline.t").names());
    }

    @Test
    void timeUnitsScaleNumbers() {
        assertTrue(eval("baseline.t < 2 min"));
        assertTrue(eval("3600 == 1 h and 86400 == 1 d and 90 == 1.5 min"));
    }

    @Test
    void textAndTruthValuesCompare() {
        assertTrue(eval("type == 'DCP'"));
        assertTrue(eval("type != \"SDP\""));
        assertTrue(eval("flag and not (a > b)"));
        assertTrue(eval("a > b or flag"));
    }

    @Test
    void nullMakesOrderingsFalseButEqualityWorks() {
        assertFalse(eval("none > 1"));
        assertFalse(eval("none < 1"));
        assertTrue(eval("none == null"));
        assertTrue(eval("none == null or none > 3 * baseline.t"));
        assertTrue(eval("a != null"));
    }

    @Test
    void eventsAndColumns() {
        assertTrue(eval("event 'plugged' occurs"));
        assertTrue(eval("event 'tripped' does not occur"));
        assertTrue(eval("events('plugged') == 2 and firstEvent('plugged') == 5"));
        assertTrue(eval("firstEvent('tripped') == null"));
        assertTrue(eval("max('V / V') == 3 and min('V / V') == 1 and mean('V / V') == 2"));
        assertTrue(eval("valueAt('V / V', 15 s) == 2 and abs(-4) == 4"));
        assertTrue(eval("other.max('V / V') == 3"));
        assertEquals(
                List.of("other"),
                CheckExpression.parse("other.max('V / V') == 3").qualifiers());
    }

    @Test
    void syntaxErrorsSayWhere() {
        CheckExpression.SyntaxException e =
                assertThrows(CheckExpression.SyntaxException.class, () -> CheckExpression.parse("a = 2"));
        assertEquals(2, e.position());
        assertTrue(e.getMessage().contains("=="));
        e = assertThrows(CheckExpression.SyntaxException.class, () -> CheckExpression.parse("maxx('x') > 1"));
        assertTrue(e.getMessage().contains("did you mean \"max\""), e.getMessage());
        assertThrows(CheckExpression.SyntaxException.class, () -> CheckExpression.parse("(a > 1"));
        assertThrows(CheckExpression.SyntaxException.class, () -> CheckExpression.parse("type == 'DCP"));
        assertThrows(CheckExpression.SyntaxException.class, () -> CheckExpression.parse("event 'x' happens"));
        assertThrows(CheckExpression.SyntaxException.class, () -> CheckExpression.parse("a >"));
    }

    @Test
    void typeErrorsAreReportedNotThrownAsCrashes() {
        assertThrows(CheckExpression.EvaluationException.class, () -> eval("type > 1"));
        assertThrows(CheckExpression.EvaluationException.class, () -> eval("a + 1"));
        assertThrows(CheckExpression.EvaluationException.class, () -> eval("missing > 1"));
    }
}
