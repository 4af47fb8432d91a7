package org.battsim.scenarios.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scores computed by hand for a small set of answers. */
class ReportTest {
    static Campaign.Outcome outcome(int i, List<FaultClass> truth, FaultClass answer, List<Remedy> actions) {
        Case c = new Case(i, i, truth, List.of(), "");
        double cost = actions.stream().mapToDouble(Remedy::cost).sum();
        return new Campaign.Outcome(c, new Diagnosis(answer, 0.5), actions, cost);
    }

    @Test
    void accuracyPrecisionRecallAndCosts() {
        var pd = FaultClass.PORT_DEBRIS;
        var fc = FaultClass.FAULTY_CABLE;
        var h = FaultClass.HEALTHY;
        List<Campaign.Outcome> l = List.of(
                outcome(0, List.of(pd), pd, List.of(Remedy.INSPECT_PORT, Remedy.CLEAN_PORT)),
                outcome(1, List.of(pd), fc, List.of(Remedy.TRY_ANOTHER_CABLE)),
                outcome(2, List.of(fc), fc, List.of()),
                outcome(3, List.of(), h, List.of()),
                outcome(4, List.of(pd, FaultClass.WORN_BATTERY), FaultClass.WORN_BATTERY, List.of()),
                outcome(5, List.of(fc), h, List.of()));
        Report r = new Report("x", new Campaign.Options(1, 6, null, 0, 12), l);
        assertEquals(4.0 / 6, r.accuracy(null), 1e-12);
        assertEquals(2.0 / 4, r.accuracy("single"), 1e-12);
        assertEquals(1.0, r.accuracy("combination"), 1e-12);
        Map<String, Object> j = r.json();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> per = (Map<String, Map<String, Object>>) j.get("perClass");
        // port-debris: said once (right) out of two true cases; faulty-cable: said twice, right once.
        assertEquals(1.0, per.get("port-debris").get("precision"));
        assertEquals(0.5, per.get("port-debris").get("recall"));
        assertEquals(0.5, per.get("faulty-cable").get("precision"));
        assertEquals(0.5, per.get("faulty-cable").get("recall"));
        assertEquals(0.5, per.get("healthy").get("precision"));
        int[][] cm = r.confusion();
        assertEquals(1, cm[pd.ordinal()][fc.ordinal()]);
        assertEquals(1, cm[fc.ordinal()][h.ordinal()]);
        double correctCost = (Remedy.INSPECT_PORT.cost() + Remedy.CLEAN_PORT.cost()) / 4;
        assertEquals(Math.round(correctCost * 1e4) / 1e4, (Double) j.get("meanCostToCorrectMinutes"), 1e-9);
        assertEquals(0.5, (Double) j.get("meanActionsToCorrect"), 1e-12);
        assertEquals(2, ((List<?>) j.get("wrong")).size());
    }
}
