package org.battsim.model.device;

import java.util.Objects;
import org.battsim.model.cell.Cell;
import org.battsim.model.cycler.EventSink;
import org.battsim.model.engine.SimulationModel;
import org.battsim.model.pack.BatteryPack;

/**
 * The cradle charger with a bare pack between its sliding contacts.
 *
 * <p>It senses polarity from the pack's terminal voltage, so a pack at 0 V, or one whose protection
 * holds its discharge FET open, lights nothing: no CON, and the TE button shows nothing. Its output
 * is reverse-protected: fitted the wrong way round, no current flows. Fitted the right way round it
 * still pushes its constant current through the open FET's body diode, which lifts the cell until
 * the protection releases; then the terminals show the cell voltage, CON lights and CH blinks while
 * current flows. CC, then CV at 4.20 V at the terminals, then FUL and auto-off.
 */
public final class CradleCharger implements SimulationModel {
    /** LEDs on the cradle. */
    public record Leds(boolean con, boolean ch, boolean ful) {}

    private final CradleParameters p;
    private final BatteryPack pack;
    private final Cell cell;
    private final EventSink events;
    private boolean rightPolarity = true;
    private boolean seated;
    private boolean off;
    private double packCurrent; // positive = discharge
    private double t0;
    private double dt;
    private boolean cv;

    public CradleCharger(CradleParameters p, BatteryPack pack, EventSink events) {
        this.p = Objects.requireNonNull(p);
        this.pack = Objects.requireNonNull(pack);
        this.cell = pack.cell();
        this.events = Objects.requireNonNull(events);
    }

    /** Seats the pack in the cradle with the contacts the right or the wrong way round. */
    public void seat(boolean right, double t) {
        rightPolarity = right;
        seated = true;
        off = false;
        events.event(t, "cradle", "pack seated with " + (right ? "correct" : "reversed") + " polarity");
        if (pack.protection().timeBelow1v5() >= 7 * 86400) {
            events.event(
                    t,
                    "cradle",
                    "warning: the cell sat below 1.5 V for a week or more: unsafe to revive (copper dissolution, internal short risk)");
        }
    }

    public void remove(double t) {
        seated = false;
        events.event(t, "cradle", "pack removed");
    }

    /** Terminal voltage the cradle sees (V): 0 when the protection holds the pack off. */
    private double terminal() {
        return pack.dischargeAllowed() ? cell.voltage() : 0;
    }

    private boolean polaritySensed() {
        return seated && terminal() >= p.senseVoltage();
    }

    /** LED states now. CH lights while current flows and the cradle can see the pack. */
    public Leds leds() {
        boolean con = polaritySensed() && rightPolarity;
        boolean ch = con && !off && -packCurrent > 1e-6;
        return new Leds(con, ch, con && off);
    }

    /** The TE (test) button: lights CON when the connection and polarity are right and sensed. */
    public boolean pressTe(double t) {
        boolean green = polaritySensed() && rightPolarity;
        events.event(t, "cradle", green ? "TE: CON lights green" : "TE: no light");
        return green;
    }

    public double chargeCurrent() {
        return -packCurrent;
    }

    public BatteryPack pack() {
        return pack;
    }

    @Override
    public void trial(double t0, double dt) {
        this.t0 = t0;
        this.dt = dt;
        double leak = pack.leakCurrent();
        cv = false;
        if (!seated || !rightPolarity || off || !pack.chargeAllowed()) {
            cell.trial(Cell.Control.CURRENT, leak, dt);
            packCurrent = 0;
            return;
        }
        // Through the body diode the terminal sits a diode drop above the cell: regulate the terminal.
        double drop =
                pack.dischargeAllowed() ? 0 : pack.protection().parameters().bodyDiodeDrop();
        cell.trial(Cell.Control.CURRENT, -p.chargeCurrent() + leak, dt);
        if (cell.voltage() + drop > p.cvVoltage()) {
            cell.trial(Cell.Control.VOLTAGE, p.cvVoltage() - drop, dt);
            cv = true;
            if (cell.current() > leak) {
                cell.trial(Cell.Control.CURRENT, leak, dt);
            }
        }
        packCurrent = cell.current() - leak;
    }

    @Override
    public void commit() {
        cell.commit();
        double tEnd = t0 + dt;
        boolean lockedBefore = pack.protection().lockedOut();
        pack.afterStep(tEnd, dt, packCurrent, seated && rightPolarity && !off, events);
        if (lockedBefore && !pack.protection().lockedOut()) {
            events.event(tEnd, "cradle", "CON lights: polarity sensed at " + fmt(cell.voltage()) + " V, CH blinking");
        }
        if (cv && !off && -packCurrent < p.autoOffCurrent()) {
            off = true;
            events.event(tEnd, "cradle", "FUL: charge complete, output off");
        }
    }

    private static String fmt(double x) {
        return org.battsim.model.engine.DecimalText.fixed(x, 3);
    }
}
