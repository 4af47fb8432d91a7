package org.battsim.model.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The controls that solve for the current each step (a CV hold, a constant power) allocate nothing. */
class EcmCellAllocationTest {
    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    /** Bytes allocated by this thread over {@code steps} committed steps of one control. */
    private static long bytesFor(EcmCell cell, Cell.Control control, double target, int steps) {
        long tid = Thread.currentThread().getId();
        long before = MX.getThreadAllocatedBytes(tid);
        for (int k = 0; k < steps; k++) {
            cell.trial(control, target, 1.0);
            cell.commit();
        }
        return MX.getThreadAllocatedBytes(tid) - before;
    }

    @Test
    void aVoltageHoldAndAPowerStepAllocateNothing() {
        EcmCell cell = new EcmCell(TestCells.random(new SplittableRandom(7), false));
        cell.reset(0.3, 298.15);
        double hold = cell.voltage() + 0.05; // a charging hold that tapers over the run
        bytesFor(cell, Cell.Control.VOLTAGE, hold, 3000); // warm: compiled, tables located
        long held = bytesFor(cell, Cell.Control.VOLTAGE, hold, 3000);
        assertEquals(hold, cell.voltage(), 1e-9, "the hold was met");
        assertTrue(held < 256, held + " bytes over 3000 held steps");
        cell.reset(0.9, 298.15);
        double watts = 0.1 * cell.nominalCapacityAh() * 3.7; // about C/10, 0.17 of the charge in all
        bytesFor(cell, Cell.Control.POWER, watts, 3000);
        long powered = bytesFor(cell, Cell.Control.POWER, watts, 3000);
        assertTrue(powered < 256, powered + " bytes over 3000 constant-power steps");
    }
}
