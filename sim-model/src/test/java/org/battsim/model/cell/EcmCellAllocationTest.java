package org.battsim.model.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The controls that solve for the current each step (a CV hold, a constant power) allocate nothing. */
class EcmCellAllocationTest {
    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * The least bytes this thread allocated over four runs of 1000 committed steps of one control,
     * after 3000 steps of warm-up: the JIT may still be settling in one run (a deoptimized frame's
     * objects are rebuilt on the heap once), while a step that allocated would show in every run.
     */
    private static long leastBytes(EcmCell cell, Cell.Control control, double target) {
        long tid = Thread.currentThread().getId();
        long least = Long.MAX_VALUE;
        for (int run = -3; run < 4; run++) {
            long before = MX.getThreadAllocatedBytes(tid);
            for (int k = 0; k < 1000; k++) {
                cell.trial(control, target, 1.0);
                cell.commit();
            }
            if (run >= 0) {
                least = Math.min(least, MX.getThreadAllocatedBytes(tid) - before);
            }
        }
        return least;
    }

    @Test
    void aVoltageHoldAndAPowerStepAllocateNothing() {
        EcmCell cell = new EcmCell(TestCells.random(new SplittableRandom(7), false));
        cell.reset(0.3, 298.15);
        double hold = cell.voltage() + 0.05; // a charging hold that tapers over the run
        long held = leastBytes(cell, Cell.Control.VOLTAGE, hold);
        assertEquals(hold, cell.voltage(), 1e-9, "the hold was met");
        assertTrue(held < 256, held + " bytes over 1000 held steps");
        cell.reset(0.9, 298.15);
        double watts = 0.1 * cell.nominalCapacityAh() * 3.7; // about C/10, 0.2 of the charge in all
        long powered = leastBytes(cell, Cell.Control.POWER, watts);
        assertTrue(powered < 256, powered + " bytes over 1000 constant-power steps");
    }
}
