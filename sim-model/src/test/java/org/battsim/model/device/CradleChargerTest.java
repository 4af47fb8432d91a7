package org.battsim.model.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.battsim.model.cell.Cell;
import org.battsim.model.cycler.EventSink;
import org.battsim.model.engine.Simulation;
import org.junit.jupiter.api.Test;

class CradleChargerTest {
    static Phone lockedOutPack() {
        Phone p = TestDevices.phone(TestDevices.device(false, false), 0.0, EventSink.NONE);
        for (int i = 0; i < 5 && !p.pack().protection().lockedOut(); i++) {
            p.cell().trial(Cell.Control.CURRENT, 20.0, 0.01);
            p.cell().commit();
            p.pack().afterStep(i * 0.01, 0.01, 20.0, false, EventSink.NONE);
        }
        // Rest: the cell recovers to about its OCV at empty, the terminals still read 0 V.
        for (int i = 0; i < 600; i++) {
            p.cell().trial(Cell.Control.CURRENT, 0, 1);
            p.cell().commit();
        }
        assertTrue(p.pack().protection().lockedOut());
        return p;
    }

    @Test
    void healthyPackLightsOnTeAndChargesToFull() {
        Phone p = TestDevices.phone(TestDevices.device(false, false), 0.4, EventSink.NONE);
        List<String> ev = new ArrayList<>();
        CradleCharger c = new CradleCharger(CradleParameters.typical(), p.pack(), (t, s, e) -> ev.add(e));
        c.seat(true, 0);
        assertTrue(c.pressTe(0));
        Simulation<CradleCharger> sim = new Simulation<>(c, 0, 1);
        sim.run(600);
        assertTrue(c.leds().ch(), "CH while charging");
        assertEquals(0.3, c.chargeCurrent(), 1e-9);
        sim.run(12 * 3600);
        assertTrue(c.leds().ful());
        assertTrue(p.cell().voltage() <= 4.2 + 1e-9);
        assertTrue(ev.stream().anyMatch(e -> e.startsWith("FUL")));
    }

    @Test
    void lockedOutPackShowsNoLightButWakesInTheRightPolarity() {
        Phone p = lockedOutPack();
        CradleCharger c = new CradleCharger(CradleParameters.typical(), p.pack(), EventSink.NONE);
        c.seat(true, 0);
        assertFalse(c.pressTe(0), "0 V terminals: polarity cannot be sensed");
        assertFalse(c.leds().con());
        Simulation<CradleCharger> sim = new Simulation<>(c, 0, 1);
        sim.run(3600);
        assertFalse(p.pack().protection().lockedOut(), "woken through the body diode");
        assertTrue(c.leds().con() && c.leds().ch());
    }

    @Test
    void reversedPackGetsNothing() {
        Phone p = lockedOutPack();
        double v0 = p.cell().voltage();
        CradleCharger c = new CradleCharger(CradleParameters.typical(), p.pack(), EventSink.NONE);
        c.seat(false, 0);
        new Simulation<>(c, 0, 1).run(3600);
        assertTrue(p.pack().protection().lockedOut());
        assertEquals(0, c.chargeCurrent(), 0);
        assertTrue(p.cell().voltage() <= v0 + 1e-6);
        assertFalse(c.pressTe(3600));
    }
}
