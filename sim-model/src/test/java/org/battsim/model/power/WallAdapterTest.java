package org.battsim.model.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.battsim.model.power.WallAdapterParameters.Level;
import org.battsim.model.power.WallAdapterParameters.LimitMode;
import org.battsim.model.power.WallAdapterParameters.QuickCharge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WallAdapterTest {
    static WallAdapterParameters miQc2() {
        return new WallAdapterParameters(
                "mi-qc2",
                List.of(new Level(5, 2), new Level(9, 1.2), new Level(12, 1)),
                0.1,
                0.08,
                LimitMode.FOLD,
                0,
                0.05,
                DataSignature.DCP,
                TypeCRp.NONE,
                QuickCharge.QC2,
                1.25);
    }

    static WallAdapterParameters generic(LimitMode mode) {
        return new WallAdapterParameters(
                "generic",
                List.of(new Level(5, 0.7)),
                0,
                0.35,
                mode,
                1.5,
                0.2,
                DataSignature.FLOAT,
                TypeCRp.NONE,
                QuickCharge.NONE,
                0);
    }

    @Test
    void foldHoldsTheCurrentAtTheLimitWhileTheVoltageCollapses() {
        WallAdapter a = new WallAdapter(generic(LimitMode.FOLD));
        double t = 0;
        for (double load : new double[] {20, 10, 5, 2, 1, 0.5, 0.1, 0}) {
            double i = a.currentInto(load);
            double unlimited = 5 / (0.35 + load);
            assertEquals(Math.min(unlimited, 0.7), i, 1e-12, "load " + load);
            a.advance(t, 0.1, i);
            t += 0.1;
            assertEquals(5, a.emf(), 0, "a folding adapter never cuts its output");
            assertEquals(unlimited >= 0.7 ? SourceState.CURRENT_LIMIT : SourceState.ON, a.state());
        }
        // Held at 0.7 A into 1 Ω the terminal voltage is 0.7 V, far below the 4.65 V of Thevenin.
        assertEquals(0.7, a.currentInto(1) * 1, 1e-12);
    }

    @Test
    void hiccupCutsTheOutputForItsOffTimeThenRetries() {
        WallAdapter a = new WallAdapter(generic(LimitMode.HICCUP));
        double load = 1; // wants 3.7 A from a 0.7 A adapter
        double t = 0;
        double dt = 0.01;
        boolean on = true;
        List<Double> changes = new ArrayList<>();
        while (t < 10) {
            double step = Math.min(dt, a.nextTransitionTime() - t);
            double i = a.currentInto(load);
            a.advance(t, step, i);
            t += step;
            boolean nowOn = a.emf() > 0;
            if (nowOn != on) {
                changes.add(t);
                on = nowOn;
            }
        }
        // Off at the end of the first overloaded step, on 1.5 s later, one step on, off again...
        assertTrue(changes.size() >= 10, changes.toString());
        for (int k = 0; k + 1 < changes.size(); k += 2) {
            assertEquals(1.5, changes.get(k + 1) - changes.get(k), 1e-9, "off time, cycle " + k / 2);
            if (k + 2 < changes.size()) {
                assertEquals(dt, changes.get(k + 2) - changes.get(k + 1), 1e-9, "retry lasts one step");
            }
        }
        assertEquals(0.01, changes.get(0), 1e-12);
    }

    @Test
    void hiccupStaysOnBelowTheLimitAndOffReadsZero() {
        WallAdapter a = new WallAdapter(generic(LimitMode.HICCUP));
        for (int k = 0; k < 1000; k++) {
            a.advance(k * 0.1, 0.1, 0.69);
        }
        assertEquals(SourceState.ON, a.state());
        a.advance(100, 0.1, 0.7);
        assertEquals(SourceState.HICCUP_OFF, a.state());
        assertEquals(0, a.emf());
        assertEquals(0, a.currentLimit());
        assertEquals(100.1 + 1.5, a.nextTransitionTime(), 1e-12);
        assertEquals(0, a.currentInto(1));
    }

    @Test
    void qcRequestTo9VWorksOnlyOnTheQcAdapterAndRespects1_2A() {
        WallAdapter mi = new WallAdapter(miQc2());
        WallAdapter dcp = new WallAdapter(WallAdapterParameters.simple("plain", 5, 2, 0.08, DataSignature.DCP));
        mi.attach(true, 0);
        dcp.attach(true, 0);
        assertEquals(5.1, mi.emf(), 1e-12);
        assertEquals(2, mi.currentLimit(), 0);

        assertEquals(5, dcp.requestVoltage(9), 0);
        assertEquals(5, dcp.emf(), 0);

        assertEquals(9, mi.requestVoltage(9), 0);
        assertEquals(9.1, mi.emf(), 1e-12);
        assertEquals(1.2, mi.currentLimit(), 0);
        SplittableRandom r = new SplittableRandom(5);
        for (int k = 0; k < 1000; k++) {
            assertTrue(mi.currentInto(20 * r.nextDouble()) <= 1.2);
        }
        assertEquals(9, mi.requestVoltage(7), 0, "QC 2.0 has no 7 V");
        assertEquals(12, mi.requestVoltage(12), 0);
        assertEquals(1.0, mi.currentLimit(), 0);
        mi.attach(false, 5);
        assertEquals(5, mi.setpoint(), 0, "unplugging forgets the handshake");
        assertEquals(2, mi.currentLimit(), 0);
    }

    @Test
    void qc3StepsBy200mVAndInterpolatesTheLimit() {
        WallAdapterParameters p = new WallAdapterParameters(
                "qc3",
                List.of(new Level(5, 3), new Level(9, 2), new Level(12, 1.5)),
                0,
                0.05,
                LimitMode.FOLD,
                0,
                0,
                DataSignature.DCP,
                TypeCRp.NONE,
                QuickCharge.QC3,
                1.25);
        WallAdapter a = new WallAdapter(p);
        assertEquals(7.4, a.requestVoltage(7.33), 1e-12);
        assertEquals(3 - 0.6, a.currentLimit(), 1e-12);
        assertEquals(3.6, a.requestVoltage(3.6), 1e-12);
        assertEquals(3, a.currentLimit(), 0);
        assertEquals(3.6, a.requestVoltage(15), 1e-12, "above 12 V is refused");
        assertEquals(9, a.requestVoltage(9), 0);
    }

    @Test
    void killDegradeRestoreAndMains() {
        WallAdapter a = new WallAdapter(miQc2());
        a.kill();
        assertEquals(0, a.emf());
        assertEquals(0, a.currentLimit());
        assertEquals(SourceState.DEAD, a.state());
        assertEquals(5, a.requestVoltage(9), 0, "a dead adapter does not negotiate");
        a.restore();
        assertEquals(5.1, a.emf(), 1e-12);

        a.degrade(0.3, 0.5, 1.0);
        assertEquals(4.8, a.emf(), 1e-12);
        assertEquals(0.58, a.outputResistance(), 1e-12);
        assertEquals(1.0, a.currentLimit(), 0);
        a.requestVoltage(9);
        assertEquals(1.0, a.currentLimit(), 0, "the cap holds at every level");
        a.restore();
        assertEquals(9.1, a.emf(), 1e-12);
        assertEquals(1.2, a.currentLimit(), 0);

        a.mains(false);
        assertEquals(SourceState.UNPOWERED, a.state());
        assertEquals(0, a.emf());
        a.mains(true);
        assertEquals(5.1, a.emf(), 1e-12, "back at 5 V after a power cut");
    }

    @ParameterizedTest
    @ValueSource(doubles = {7, 20})
    void qc2LevelsAreTheFixedVoltagesOnly(double bad) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new WallAdapterParameters(
                        "x",
                        List.of(new Level(5, 2), new Level(bad, 1)),
                        0,
                        0.1,
                        LimitMode.FOLD,
                        0,
                        0,
                        DataSignature.DCP,
                        TypeCRp.NONE,
                        QuickCharge.QC2,
                        1.25));
        assertTrue(e.getMessage().contains("5, 9 or 12 V"), e.getMessage());
    }

    @Test
    void parametersNameWhatIsWrong() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new WallAdapterParameters(
                        "x",
                        List.of(new Level(5, 2)),
                        0,
                        0.1,
                        LimitMode.HICCUP,
                        0,
                        0,
                        DataSignature.FLOAT,
                        TypeCRp.NONE,
                        QuickCharge.NONE,
                        0));
        assertTrue(e.getMessage().contains("hiccup off time"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> new WallAdapterParameters(
                        "x",
                        List.of(new Level(5, 2), new Level(9, 1)),
                        0,
                        0.1,
                        LimitMode.FOLD,
                        0,
                        0,
                        DataSignature.FLOAT,
                        TypeCRp.NONE,
                        QuickCharge.QC2,
                        0));
        assertTrue(e.getMessage().contains("DCP"), e.getMessage());
    }
}
