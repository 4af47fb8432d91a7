package org.battsim.scenarios.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.battsim.model.aging.AgingModel;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.cell.spme.SpmeOptions;
import org.battsim.model.protocol.Protocol;
import org.battsim.model.protocol.ProtocolCycler;
import org.battsim.model.protocol.ProtocolCycling;
import org.battsim.scenarios.aging.AgingLibrary;
import org.battsim.scenarios.cells.CellLibrary;
import org.battsim.scenarios.cells.SpmeFile;
import org.battsim.scenarios.cells.SpmeLibrary;
import org.battsim.scenarios.run.CellModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's physics on the phone cell with its aging model, and its reproducibility. */
class ProtocolBenchmarkTest {
    static final EcmParameters CELL = CellLibrary.load("phone-lco-3080");
    static final AgingModel AGING = AgingLibrary.load("phone-lco", "--aging");
    static final double T25 = 298.15;

    static ProtocolBenchmark.Options options(List<String> protocols, int cycles, long seed, int samples) {
        return new ProtocolBenchmark.Options(
                new CellModel.Ecm(CELL),
                protocols,
                cycles,
                List.of(T25),
                seed,
                samples,
                0.02,
                0.05,
                AGING,
                0.01,
                50,
                1.0);
    }

    static ProtocolCycling.Result run(String protocol, int cycles) {
        ProtocolBenchmark.Options o = options(List.of(protocol), cycles, 1, 0);
        ProtocolCycling.Result r = ProtocolBenchmark.runOne(o, 0, T25, CellVariation.NOMINAL, null);
        assertNull(r.failure(), protocol);
        assertEquals(cycles, r.cyclesCompleted(), protocol);
        return r;
    }

    static double t80(ProtocolCycling.Result r) {
        return r.firstCharge().timeTo80();
    }

    /** A higher constant current reaches 80 % sooner and leaves less capacity, more resistance. */
    @Test
    void higherCurrentIsFasterAndAgesMore() {
        List<ProtocolCycling.Result> rs = new ArrayList<>();
        for (String p : List.of("cccv:0.5C", "cccv:1C", "cccv:2C", "cccv:3C")) {
            rs.add(run(p, 300));
        }
        for (int i = 1; i < rs.size(); i++) {
            ProtocolCycling.Result slow = rs.get(i - 1);
            ProtocolCycling.Result fast = rs.get(i);
            String what = fast.protocol() + " against " + slow.protocol();
            assertTrue(t80(fast) < 0.8 * t80(slow), what + ": time to 80 % " + t80(fast) + " vs " + t80(slow));
            assertTrue(
                    fast.finalRelativeCapacity() < slow.finalRelativeCapacity() - 0.002,
                    what + ": retention " + fast.finalRelativeCapacity() + " vs " + slow.finalRelativeCapacity());
            assertTrue(
                    fast.finalRelativeResistance() > slow.finalRelativeResistance(),
                    what + ": resistance " + fast.finalRelativeResistance() + " vs " + slow.finalRelativeResistance());
            assertTrue(
                    fast.firstCharge().peakTemperatureK() > slow.firstCharge().peakTemperatureK(), what);
        }
    }

    /**
     * A lower float voltage charges more slowly (to 80 % of the rated capacity) and keeps more
     * capacity. At 2C the voltage limit binds before 80 %; at 1C the cell reaches 80 % in constant
     * current under 4.3 V, so the time to 80 % would not tell 4.35 V from 4.3 V.
     */
    @Test
    void lowerFloatVoltageIsSlowerAndAgesLess() {
        List<ProtocolCycling.Result> rs = new ArrayList<>();
        for (String p : List.of("cccv:2C:4.35V", "cccv:2C:4.3V", "care:2C", "cccv:2C:4.2V")) {
            rs.add(run(p, 300));
        }
        for (int i = 1; i < rs.size(); i++) {
            ProtocolCycling.Result high = rs.get(i - 1);
            ProtocolCycling.Result low = rs.get(i);
            String what = low.protocol() + " against " + high.protocol();
            assertTrue(t80(low) > t80(high), what + ": time to 80 % " + t80(low) + " vs " + t80(high));
            assertTrue(
                    low.firstCharge().chargeAh() < high.firstCharge().chargeAh(),
                    what + ": charge " + low.firstCharge().chargeAh() + " vs "
                            + high.firstCharge().chargeAh());
            assertTrue(
                    low.finalRelativeCapacity() > high.finalRelativeCapacity() + 0.005,
                    what + ": retention " + low.finalRelativeCapacity() + " vs " + high.finalRelativeCapacity());
        }
    }

    /** Every protocol the library ships, as {@code protocols list} shows it, plus a few variants. */
    static List<String> everyProtocol() {
        List<String> out = new ArrayList<>();
        for (ProtocolLibrary.Entry e : ProtocolLibrary.entries()) {
            out.add(e.example());
        }
        out.addAll(
                List.of(
                        "cccv:1C",
                        "mscc:3C@4.1V,1C@4.25V,0.5C",
                        "severson:5.4C(40%)-3.6C",
                        "attia:3.6C-6C-5.6C",
                        "pulse:3C:2s:1s:4.2V",
                        "pulse:10C:1s:1s",
                        "tcccv:3C",
                        "Charge at 2C until 4.2 V; Charge at 1C until 4.35 V; Rest for 10 minutes; Hold at 4.3 V until 100 mA"));
        return out;
    }

    /**
     * On the phone cell, from the state a 1C discharge leaves, at 25 degC and 5 degC: in no control
     * period does the simulated charge current exceed the commanded current or the terminal voltage
     * the commanded voltage limit, and every protocol ends its charge.
     */
    @Test
    void commandedLimitsAreNeverExceededOnThePhoneCell() {
        ProtocolLibrary.CellInfo info = options(List.of("cccv:1C"), 1, 1, 0).cellInfo();
        for (double ambient : new double[] {T25, 278.15}) {
            for (String spec : everyProtocol()) {
                Protocol p = ProtocolLibrary.parse(spec, info);
                EcmCell cell = new EcmCell(CELL);
                cell.reset(1.0, ambient);
                cell.setAmbientTemperature(ambient);
                ProtocolCycler cy = new ProtocolCycler(cell, CELL.nominalCapacityAh(), 1.0);
                cy.discharge(CELL.nominalCapacityAh(), CELL.limits().cutoff(), 3 * 3600);
                cy.rest(600);
                List<String> bad = new ArrayList<>();
                double[] peak = {0, 0};
                cy.onPeriod((cmd, limited, c, t) -> {
                    double charge = -c.current();
                    peak[0] = Math.max(peak[0], charge);
                    peak[1] = Math.max(peak[1], c.voltage());
                    if (charge > cmd.current * (1 + 1e-9) + 1e-12 && bad.size() < 3) {
                        bad.add("t=" + t + ": " + charge + " A above the commanded " + cmd.current + " A");
                    }
                    if (c.voltage() > cmd.voltageLimit + 1e-6 && bad.size() < 3) {
                        bad.add("t=" + t + ": " + c.voltage() + " V above the commanded " + cmd.voltageLimit + " V");
                    }
                });
                ProtocolCycler.ChargeStats s = cy.charge(p, 48 * 3600);
                String what = spec + " at " + (ambient - 273.15) + " degC";
                assertEquals(List.of(), bad, what);
                assertTrue(s.finished, what + ": " + s.stopReason);
                assertTrue(peak[0] > 0.1 * CELL.nominalCapacityAh(), what + ": charged at " + peak[0] + " A at most");
                assertTrue(peak[1] <= CELL.limits().chargeLimit() + 1e-6, what + ": " + peak[1] + " V");
                assertTrue(s.endSoc > 0.75, what + ": ended at SoC " + s.endSoc);
            }
        }
    }

    /**
     * The same options give the same bytes in every file, whatever the number of threads; another
     * seed draws other cells (sweep.csv changes) but leaves the nominal leaderboard alone.
     */
    @Test
    void reproducibleFromTheSeedWhateverTheThreads(@TempDir Path dir) throws Exception {
        List<String> ps = List.of("cccv:1C", "care:1C", "mscc:2C@0.5,1C@0.8", "attia:4.8C-5.2C-5.2C-4.160C");
        ProtocolBenchmark.Options o = new ProtocolBenchmark.Options(
                new CellModel.Ecm(CELL), ps, 40, List.of(T25, 308.15), 42, 2, 0.02, 0.05, AGING, 0.01, 50, 1.0);
        Path one = dir.resolve("one");
        Path three = dir.resolve("three");
        Path again = dir.resolve("again");
        BenchmarkFiles.write(ProtocolBenchmark.run(o, new LocalSweepRunner(1), null), one, "phone-lco");
        BenchmarkFiles.write(ProtocolBenchmark.run(o, new LocalSweepRunner(3), null), three, "phone-lco");
        BenchmarkFiles.write(ProtocolBenchmark.run(o, new LocalSweepRunner(2), null), again, "phone-lco");
        for (String f : BenchmarkFiles.NAMES) {
            byte[] a = Files.readAllBytes(one.resolve(f));
            assertTrue(a.length > 100, f);
            assertArrayEquals(a, Files.readAllBytes(three.resolve(f)), f + ": 1 thread vs 3");
            assertArrayEquals(a, Files.readAllBytes(again.resolve(f)), f + ": 1 thread vs 2");
        }
        List<String> sweep = Files.readAllLines(one.resolve("sweep.csv"));
        assertEquals(1 + ps.size() * 2 * 3, sweep.size(), "one row per protocol, ambient and cell");
        Path other = dir.resolve("other");
        ProtocolBenchmark.Options o2 = new ProtocolBenchmark.Options(
                new CellModel.Ecm(CELL), ps, 40, List.of(T25, 308.15), 43, 2, 0.02, 0.05, AGING, 0.01, 50, 1.0);
        BenchmarkFiles.write(ProtocolBenchmark.run(o2, new LocalSweepRunner(2), null), other, "phone-lco");
        assertArrayEquals(
                Files.readAllBytes(one.resolve("leaderboard.csv")),
                Files.readAllBytes(other.resolve("leaderboard.csv")));
        assertFalse(sweep.equals(Files.readAllLines(other.resolve("sweep.csv"))), "another seed draws other cells");
    }

    /** The leaderboard: one row per protocol, ranks consistent with the values, the Pareto front non-dominated. */
    @Test
    void leaderboardRanksAndFront(@TempDir Path dir) throws Exception {
        List<String> ps = List.of("cccv:0.5C", "cccv:1C", "cccv:2C", "cccv:1C:4.2V", "cccv:0.5C:4.2V");
        ProtocolBenchmark.Outcome out = ProtocolBenchmark.run(options(ps, 100, 1, 0), new LocalSweepRunner(2), null);
        List<Leaderboard.Row> rows = Leaderboard.build(out.nominal());
        assertEquals(ps.size(), rows.size());
        int t = Leaderboard.METRICS.indexOf(Leaderboard.TIME_TO_80);
        int q = Leaderboard.METRICS.indexOf(Leaderboard.RETENTION);
        Leaderboard.Row fastest = rows.stream()
                .filter(r -> r.protocol().equals("cccv:2C"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, fastest.ranks()[t]);
        assertTrue(fastest.pareto(), "the fastest is on the front");
        Leaderboard.Row best = rows.stream()
                .filter(r -> r.protocol().equals("cccv:0.5C:4.2V"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, best.ranks()[q]);
        assertTrue(best.pareto(), "the gentlest is on the front");
        for (Leaderboard.Row a : rows) {
            for (Leaderboard.Row b : rows) {
                boolean dominates = b.values()[t] < a.values()[t] && b.values()[q] > a.values()[q];
                if (dominates) {
                    assertFalse(a.pareto(), a.protocol() + " is beaten by " + b.protocol());
                }
            }
        }
        BenchmarkFiles.write(out, dir, "phone-lco");
        List<String> csv = Files.readAllLines(dir.resolve("leaderboard.csv"));
        assertEquals(1 + ps.size(), csv.size());
        assertTrue(csv.get(0).startsWith("Overall Rank / 1,Protocol,Time to 80% / s"), csv.get(0));
        String md = Files.readString(dir.resolve("leaderboard.md"));
        for (String p : ps) {
            assertTrue(md.contains("| " + p + " |"), p);
        }
        byte[] png = Files.readAllBytes(dir.resolve("pareto.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        List<String> cap = Files.readAllLines(dir.resolve("capacity.csv"));
        assertEquals(1 + ps.size() * 100, cap.size());
    }

    /**
     * On the electrochemical cell (chen2020 with SEI and irreversible plating, at 10 degC, where
     * fast charging plates): a higher current keeps the anode below 0 V vs Li longer and leaves less
     * capacity (the cell's own lithium inventory, no aging model); that time is the ranked plating
     * metric.
     */
    @Test
    void electrochemicalCellReportsTimeBelowZeroVolts() {
        SpmeFile.Loaded l = SpmeLibrary.load("chen2020");
        CellModel spme = new CellModel.Spme(
                l.parameters(),
                l.options()
                        .withSei(SpmeOptions.SeiModel.SOLVENT_DIFFUSION_LIMITED)
                        .withPlating(SpmeOptions.PlatingModel.IRREVERSIBLE));
        List<String> ps = List.of("cccv:0.5C", "cccv:1C", "cccv:2C");
        ProtocolBenchmark.Options o =
                new ProtocolBenchmark.Options(spme, ps, 5, List.of(283.15), 1, 0, 0, 0, null, 0, 1, 5.0);
        ProtocolBenchmark.Outcome out = ProtocolBenchmark.run(o, new LocalSweepRunner(2), null);
        int anode = Leaderboard.METRICS.indexOf(Leaderboard.ANODE);
        int q = Leaderboard.METRICS.indexOf(Leaderboard.RETENTION);
        double[] prev = null;
        for (ProtocolBenchmark.Run r : out.nominal()) {
            assertNull(r.result().failure(), r.protocol());
            double[] v = Leaderboard.values(r.result());
            assertTrue(Double.isFinite(v[anode]), r.protocol());
            if (prev != null) {
                assertTrue(v[anode] > prev[anode], r.protocol() + ": " + v[anode] + " s vs " + prev[anode] + " s");
                assertTrue(v[q] < prev[q], r.protocol() + ": retention " + v[q] + " vs " + prev[q]);
            }
            prev = v;
        }
        List<Leaderboard.Row> rows = Leaderboard.build(out.nominal());
        String csv = Leaderboard.csv(rows);
        assertTrue(csv.contains("Rank Anode Below 0 V / 1"), csv);
        assertFalse(csv.contains("Rank Plating Risk Index / 1"), csv);
    }
}
