package org.battsim.scenarios.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battsim.model.protocol.ProtocolCycling;
import org.junit.jupiter.api.Test;

class LeaderboardTest {
    /** A run with the given time to 80 % and final capacity; everything else alike. */
    static ProtocolBenchmark.Run run(String name, double t80, double q) {
        ProtocolCycling.ChargeResult c =
                new ProtocolCycling.ChargeResult(true, "", 4000, t80, 0.05, 1.0, 3.0, 11.5, 300, 299, 0, Double.NaN);
        ProtocolCycling.Result r = new ProtocolCycling.Result(
                name,
                null,
                1,
                c,
                3.0,
                0.93,
                3.0,
                new double[] {q},
                new double[] {1.1},
                new double[] {3.0},
                new boolean[] {true},
                9000);
        return new ProtocolBenchmark.Run(name, 0, 298.15, CellVariation.NOMINAL, r);
    }

    static Leaderboard.Row row(List<Leaderboard.Row> rows, String name) {
        return rows.stream().filter(r -> r.protocol().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void missingValueRanksLastNotFirst() {
        List<Leaderboard.Row> rows =
                Leaderboard.build(List.of(run("never80", Double.NaN, 0.9), run("fast", 1000, 0.9)));
        assertEquals(1, row(rows, "fast").overallRank());
        assertEquals(2, row(rows, "never80").overallRank());
        assertEquals(0, row(rows, "never80").ranks()[Leaderboard.METRICS.indexOf(Leaderboard.TIME_TO_80)]);
        assertFalse(row(rows, "never80").pareto(), "no time to 80 %: not on the front");
    }

    @Test
    void valuesThatPrintAlikeTie() {
        List<Leaderboard.Row> rows = Leaderboard.build(
                List.of(run("a", 1000, 0.9), run("b", 1000.00001, 0.9 + 1e-12), run("c", 1200, 0.95)));
        int t = Leaderboard.METRICS.indexOf(Leaderboard.TIME_TO_80);
        int q = Leaderboard.METRICS.indexOf(Leaderboard.RETENTION);
        assertEquals(1, row(rows, "a").ranks()[t]);
        assertEquals(1, row(rows, "b").ranks()[t], "1000.00001 s prints as 1000.0 s");
        assertEquals(2, row(rows, "b").ranks()[q]);
        assertEquals(row(rows, "a").overallRank(), row(rows, "b").overallRank());
        assertTrue(row(rows, "a").pareto()
                && row(rows, "b").pareto()
                && row(rows, "c").pareto());
    }

    @Test
    void paretoFrontDropsDominatedRuns() {
        List<Leaderboard.Row> rows = Leaderboard.build(
                List.of(run("slowWorse", 3000, 0.8), run("fast", 1000, 0.85), run("slowBetter", 3000, 0.9)));
        assertTrue(row(rows, "fast").pareto());
        assertTrue(row(rows, "slowBetter").pareto());
        assertFalse(row(rows, "slowWorse").pareto());
    }

    @Test
    void runStoppedByAnErrorIsAFailedRow() {
        ProtocolBenchmark.Run bad = new ProtocolBenchmark.Run(
                "x",
                1,
                298.15,
                CellVariation.NOMINAL,
                ProtocolBenchmark.failed("x", new IllegalStateException("state of charge out of range")));
        List<Leaderboard.Row> rows = Leaderboard.build(List.of(run("fast", 1000, 0.9), bad));
        assertEquals("stopped: state of charge out of range", row(rows, "x").failure());
        assertEquals(2, row(rows, "x").overallRank());
        assertTrue(Leaderboard.csv(rows).contains(",stopped: state of charge out of range\n"));
    }
}
