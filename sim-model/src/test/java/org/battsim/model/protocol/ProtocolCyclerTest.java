package org.battsim.model.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.battsim.model.cell.Cell;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.cell.TestCells;
import org.battsim.model.experiment.Step;
import org.battsim.model.experiment.StepKind;
import org.battsim.model.experiment.Termination;
import org.junit.jupiter.api.Test;

class ProtocolCyclerTest {
    static final double NAN = Double.NaN;

    /** 1 Ah, OCV 3.0 + 1.2·SoC (4.2 V full), R0 50 mΩ + 20 mΩ (τ 20 s), isothermal. */
    static EcmCell linearCell(double soc) {
        EcmCell c = new EcmCell(
                TestCells.linear(1.0, 3.0, 1.2, 0.05, new double[] {0.02}, new double[] {1000}, TestCells.ISOTHERMAL));
        c.reset(soc, 298.15);
        return c;
    }

    /** OCV 3.0 + 0.5·SoC: even 5C keeps the terminal voltage below 4.2 V, so no voltage limit binds. */
    static EcmCell flatCell(double soc) {
        EcmCell c = new EcmCell(
                TestCells.linear(1.0, 3.0, 0.5, 0.05, new double[] {0.02}, new double[] {1000}, TestCells.ISOTHERMAL));
        c.reset(soc, 298.15);
        return c;
    }

    static List<Protocol> shipped() {
        return List.of(
                new CcCv("cccv:1C", 1, NAN, 0.05),
                new CcCv("cccv:2C:4.1V", 2, 4.1, 0.05),
                new StagedCc(
                        "mscc", new double[] {2, 1}, new double[] {0.5, 0.8}, new double[] {NAN, NAN}, 1, NAN, 0.05),
                new StagedCc(
                        "mscc-v",
                        new double[] {3, 1},
                        new double[] {NAN, NAN},
                        new double[] {4.0, 4.15},
                        0.5,
                        NAN,
                        0.05),
                StagedCc.severson("severson", 5.4, 0.4, 3.6, 0.05),
                StagedCc.attia("attia", new double[] {4.8, 5.2, 5.2, 4.16}, 0.05),
                new PulseCharge("pulse", 2, 10, 5, NAN, 0.05),
                new BoostCharge("boost", 3, 300, 1, NAN, 0.05),
                new ConstantPower("cp", 4, NAN, 0.05),
                new TemperatureAdaptive("tcccv", 2, NAN, 0.05),
                new HoldAndFinish("hold80", 1, 0.8, 5 * 3600, NAN, 0.05));
    }

    /** The current never exceeds the command and the voltage never its limit, at any period. */
    @Test
    void commandedLimitsAreNeverExceeded() {
        SplittableRandom rnd = new SplittableRandom(7);
        List<Cell> cells = new ArrayList<>(List.of(linearCell(0.05)));
        for (int i = 0; i < 3; i++) {
            EcmParameters p = TestCells.random(rnd, false);
            EcmCell c = new EcmCell(p);
            c.reset(0.05, 298.15);
            cells.add(c);
        }
        for (Cell cell : cells) {
            for (Protocol p : shipped()) {
                cell.reset(0.05, 298.15);
                ProtocolCycler cy = new ProtocolCycler(cell, cell.nominalCapacityAh(), 1.0);
                List<String> bad = new ArrayList<>();
                int[] periods = new int[1];
                cy.onPeriod((cmd, limited, c, t) -> {
                    periods[0]++;
                    double charge = -c.current();
                    if (charge > cmd.current * (1 + 1e-9) + 1e-12) {
                        bad.add(p.spec() + " t=" + t + ": " + charge + " A above " + cmd.current);
                    }
                    if (c.voltage() > cmd.voltageLimit + 1e-6) {
                        bad.add(p.spec() + " t=" + t + ": " + c.voltage() + " V above " + cmd.voltageLimit);
                    }
                });
                ProtocolCycler.ChargeStats s = cy.charge(p, 24 * 3600);
                assertEquals(List.of(), bad.subList(0, Math.min(3, bad.size())), p.spec() + " on " + cell);
                assertTrue(periods[0] > 10, p.spec());
                assertTrue(s.finished, p.spec() + ": " + s.stopReason);
                // Charge conservation: the coulombs in are the state of charge gained.
                assertEquals(
                        (s.endSoc - s.startSoc) * cell.capacityAh(), s.chargeAh, 1e-9 * cell.capacityAh(), p.spec());
            }
        }
    }

    /** Constant current below the voltage limit: t80 = (0.8 − SoC0)·Q / I. */
    @Test
    void constantCurrentTimeTo80MatchesCoulombCounting() {
        for (double c : new double[] {0.5, 1, 2}) {
            ProtocolCycler cy = new ProtocolCycler(linearCell(0.1), 1.0, 1.0);
            ProtocolCycler.ChargeStats s = cy.charge(new CcCv("cccv", c, 4.2, 0.05), 24 * 3600);
            assertEquals(0.7 / c * 3600, s.timeTo80, 1e-6, "C-rate " + c);
        }
    }

    /**
     * CC-CV ends held at the float voltage with C/20 flowing: with the RC pair settled, the OCV is
     * 4.2 − 0.05 A × 70 mΩ, so SoC = (4.2 − 0.0035 − 3.0)/1.2.
     */
    @Test
    void ccCvEndsAtTheTerminationCurrent() {
        ProtocolCycler cy = new ProtocolCycler(linearCell(0.1), 1.0, 1.0);
        ProtocolCycler.ChargeStats s = cy.charge(new CcCv("cccv", 1, 4.2, 0.05), 24 * 3600);
        assertTrue(s.finished);
        assertEquals((4.2 - 0.05 * 0.07 - 3.0) / 1.2, s.endSoc, 2e-4);
        assertTrue(-cy.cell().current() < 0.05 && -cy.cell().current() > 0.045);
        assertEquals(4.2, cy.cell().voltage(), 1e-6);
    }

    /**
     * A protocol sees the time from the start of its charge, also when the cycler's clock has run
     * on before it (a later cycle): the steps of an experiment-string protocol end on their
     * conditions, not hours late.
     */
    @Test
    void laterChargesSeeTimeFromTheirStart() {
        Step cc = new Step(
                "Charge at 1C until 4.2 V",
                Step.Direction.CHARGE,
                StepKind.C_RATE,
                -1,
                2 * 3600,
                false,
                List.of(new Termination(Termination.Quantity.VOLTAGE, Termination.Comparison.AUTO, 4.2)),
                NAN);
        Step cv = new Step(
                "Hold at 4.2 V until C/20",
                Step.Direction.HOLD,
                StepKind.VOLTAGE,
                4.2,
                24 * 3600,
                false,
                List.of(new Termination(Termination.Quantity.C_RATE, Termination.Comparison.AUTO, 0.05)),
                NAN);
        ProtocolCycler first = new ProtocolCycler(linearCell(0.1), 1.0, 1.0);
        ProtocolCycler.ChargeStats fresh = first.charge(new StepsProtocol("steps", List.of(cc, cv)), 24 * 3600);
        double expected = fresh.seconds;
        ProtocolCycler later = new ProtocolCycler(linearCell(0.1), 1.0, 1.0);
        later.rest(10 * 3600);
        List<Double> commanded = new ArrayList<>();
        later.onPeriod((cmd, limited, c, t) -> commanded.add(cmd.current));
        ProtocolCycler.ChargeStats s = later.charge(new StepsProtocol("steps", List.of(cc, cv)), 24 * 3600);
        assertTrue(s.finished, s.stopReason);
        assertEquals(expected, s.seconds, 1e-9);
        assertTrue(commanded.contains(StepsProtocol.VOLTAGE_STEP_MAX_C), "the hold step ran");
    }

    /** Attia: each 20 % window at C-rate c lasts 12/c minutes; the four together 10 minutes. */
    @Test
    void attiaFourStepsTakeTenMinutesTo80() {
        assertEquals(4.160, StagedCc.attiaFourth(4.8, 5.2, 5.2), 5e-4, "Attia 2020's 4.8C-5.2C-5.2C-4.160C");
        double c4 = StagedCc.attiaFourth(3.6, 6.0, 5.6);
        assertEquals(10.0, 12 / 3.6 + 12 / 6.0 + 12 / 5.6 + 12 / c4, 1e-12);
        ProtocolCycler cy = new ProtocolCycler(flatCell(0.0), 1.0, 0.1);
        ProtocolCycler.ChargeStats s =
                cy.charge(StagedCc.attia("attia", new double[] {4.8, 5.2, 5.2, 4.16}, 0.05), 24 * 3600);
        assertEquals(600, s.timeTo80, 1.0);
    }

    /** Severson: C1 from SoC0 to Q1, C2 to 80 %: t80 = (Q1 − SoC0)/C1 + (0.8 − Q1)/C2 hours. */
    @Test
    void seversonStepsTo80() {
        ProtocolCycler cy = new ProtocolCycler(flatCell(0.05), 1.0, 0.1);
        ProtocolCycler.ChargeStats s = cy.charge(StagedCc.severson("s", 5.4, 0.4, 3.6, 0.05), 24 * 3600);
        assertEquals(((0.4 - 0.05) / 5.4 + (0.8 - 0.4) / 3.6) * 3600, s.timeTo80, 1.0);
    }

    /**
     * Pulses of 10 s at 1C with 5 s rests: 0.7 of SoC needs 2520 s of pulses = 252 pulses, so 80 %
     * is reached at the end of the 252nd: 251 × 15 + 10 s.
     */
    @Test
    void pulseDutyCycle() {
        ProtocolCycler cy = new ProtocolCycler(linearCell(0.1), 1.0, 1.0);
        ProtocolCycler.ChargeStats s = cy.charge(new PulseCharge("p", 1, 10, 5, 4.2, 0.05), 24 * 3600);
        assertEquals(251 * 15 + 10, s.timeTo80, 1e-6);
    }

    /**
     * Pulses one control period long (1 s on, 1 s off): each pulse's start sees only the rest
     * before it, yet the charge ends once a pulse is held at the float voltage below C/20, full.
     */
    @Test
    void shortPulsesEndTheCharge() {
        for (double on : new double[] {1, 0.5}) {
            ProtocolCycler cy = new ProtocolCycler(linearCell(0.1), 1.0, 1.0);
            ProtocolCycler.ChargeStats s = cy.charge(new PulseCharge("p", 2, on, 1, 4.2, 0.05), 24 * 3600);
            assertTrue(s.finished, on + " s pulses: " + s.stopReason);
            assertTrue(s.endSoc > 0.97, on + " s pulses end at SoC " + s.endSoc);
        }
    }

    /** Constant power: the mean of V·I over the periods before the voltage limit is the power asked. */
    @Test
    void constantPowerDeliversThePower() {
        ProtocolCycler cy = new ProtocolCycler(linearCell(0.1), 1.0, 1.0);
        double[] e = new double[2];
        cy.onPeriod((cmd, limited, c, t) -> {
            if (!limited) {
                e[0] += -c.current() * c.voltage();
                e[1] += 1.0;
            }
        });
        assertTrue(cy.charge(new ConstantPower("cp", 4, 4.2, 0.05), 24 * 3600).finished);
        // Each period's current is set from the voltage at its start; V rises by under 1 mV per period.
        assertEquals(4.0, e[0] / e[1], 0.002, "mean power while not voltage limited");
    }

    /** The hold policy waits at 80 % and completes before the unplug time, within the margin and tail. */
    @Test
    void holdAndFinishCompletesBeforeUnplug() {
        double unplug = 8 * 3600;
        ProtocolCycler cy = new ProtocolCycler(linearCell(0.1), 1.0, 1.0);
        double[] waited = new double[1];
        cy.onPeriod((cmd, limited, c, t) -> {
            if (cmd.current == 0) {
                waited[0] += 1;
            }
        });
        ProtocolCycler.ChargeStats s = cy.charge(new HoldAndFinish("h", 1, 0.8, unplug, 4.2, 0.05), 24 * 3600);
        assertTrue(s.finished);
        assertTrue(s.seconds <= unplug, "ends at " + s.seconds);
        assertTrue(s.seconds > unplug - 3600, "ends at " + s.seconds + ", more than an hour early");
        assertTrue(s.timeTo80 < 0.75 * 3600);
        assertTrue(s.endSoc > 0.99);
    }

    @Test
    void temperatureDerating() {
        assertEquals(0, TemperatureAdaptive.factor(272.0));
        assertEquals(0.3, TemperatureAdaptive.factor(273.15), 1e-12);
        assertEquals(0.65, TemperatureAdaptive.factor(280.65), 1e-12);
        assertEquals(1, TemperatureAdaptive.factor(298.15));
        assertEquals(0.3, TemperatureAdaptive.factor(318.15), 1e-12);
        assertEquals(0, TemperatureAdaptive.factor(319.0));
    }

    @Test
    void platingRiskProxy() {
        assertEquals(3.0, PlatingRisk.safeCRate(298.15, 0), 1e-12);
        assertEquals(1.5, PlatingRisk.safeCRate(288.15, 0), 1e-3, "halves for 10 K of cooling");
        assertEquals(0.9, PlatingRisk.safeCRate(298.15, 1), 1e-12);
        assertEquals(0, PlatingRisk.rate(2.9, 298.15, 0));
        assertEquals(1.0, PlatingRisk.rate(6, 298.15, 0), 1e-12);
        // 1C on the linear cell never exceeds the limit below SoC (1 − 1/3)/0.7 = 95 %.
        ProtocolCycler cy = new ProtocolCycler(linearCell(0.1), 1.0, 1.0);
        ProtocolCycler.ChargeStats s = cy.charge(new CcCv("c", 1, 4.2, 0.05), 24 * 3600);
        assertEquals(0, s.platingRiskHours, 1e-3);
        cy = new ProtocolCycler(linearCell(0.1), 1.0, 1.0);
        assertTrue(cy.charge(new CcCv("c", 4, 4.2, 0.05), 24 * 3600).platingRiskHours > 0.01);
    }

    /**
     * The protocol loop allocates nothing: a staged charge on a cell that never reaches the voltage
     * limit allocates no bytes once warm (the cell's own controls are checked by
     * EcmCellAllocationTest). The JIT may still be settling in one measured charge (a deoptimized
     * frame's objects are rebuilt on the heap, about 1 KB once), so the least of five charges
     * counts: a loop that allocated per period would show it in every one.
     */
    @Test
    void chargeLoopDoesNotAllocate() {
        var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        Protocol p =
                new StagedCc("m", new double[] {2, 1}, new double[] {0.5, 0.8}, new double[] {NAN, NAN}, 1, NAN, 0.05);
        EcmCell cell = flatCell(0.05);
        ProtocolCycler cy = new ProtocolCycler(cell, 1.0, 1.0);
        for (int i = 0; i < 3; i++) {
            cell.reset(0.05, 298.15);
            cy.charge(p, 24 * 3600);
        }
        long least = Long.MAX_VALUE;
        ProtocolCycler.ChargeStats s = null;
        for (int i = 0; i < 5; i++) {
            cell.reset(0.05, 298.15);
            long before = mx.getThreadAllocatedBytes(tid);
            s = cy.charge(p, 24 * 3600);
            least = Math.min(least, mx.getThreadAllocatedBytes(tid) - before);
        }
        assertTrue(s.seconds > 2000);
        assertTrue(least < 256, least + " bytes for " + s.seconds + " periods");
        assertFalse(Double.isNaN(s.timeTo80));
    }
}
