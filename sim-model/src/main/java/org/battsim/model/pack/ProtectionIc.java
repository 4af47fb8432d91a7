package org.battsim.model.pack;

import java.util.Objects;
import org.battsim.model.cycler.EventSink;

/**
 * The protection IC's state machine: over-charge opens the charge FET, over-discharge opens the
 * discharge FET and latches (the pack reads ~0 V to a phone) until a charger lifts the cell above
 * the release voltage through the open FET's body diode, over-current opens the discharge FET
 * until the load goes away.
 */
public final class ProtectionIc {
    private final ProtectionParameters p;
    private boolean chargeFetOn = true;
    private boolean dischargeFetOn = true;
    private boolean overdischargeLatched;
    private boolean overcurrentTripped;
    private double ovTimer;
    private double uvTimer;
    private double ocTimer;
    private double belowTime; // how long the cell has sat below 1.5 V (safety)

    public ProtectionIc(ProtectionParameters p) {
        this.p = Objects.requireNonNull(p);
    }

    public ProtectionParameters parameters() {
        return p;
    }

    /** Charge current may flow into the cell (possibly through the discharge FET's body diode). */
    public boolean chargeAllowed(double cellVoltage) {
        return chargeFetOn && !(p.zeroVoltInhibit() > 0 && cellVoltage < p.zeroVoltInhibit());
    }

    /** Current may flow out of the pack. */
    public boolean dischargeAllowed() {
        return dischargeFetOn;
    }

    /** The pack is in over-discharge lockout: its terminals read ~0 V. */
    public boolean lockedOut() {
        return overdischargeLatched;
    }

    public boolean overcurrentTripped() {
        return overcurrentTripped;
    }

    /** Seconds the cell has spent below 1.5 V (a pack held there for a week is unsafe to revive). */
    public double timeBelow1v5() {
        return belowTime;
    }

    /**
     * Updates the FET states after a step.
     *
     * @param cellVoltage cell voltage at the end of the step (V)
     * @param current pack current, positive = discharge (A)
     * @param chargerPresent whether a charger applies voltage to the pack terminals
     */
    public void update(
            double t, double dt, double cellVoltage, double current, boolean chargerPresent, EventSink events) {
        if (cellVoltage < 1.5) {
            belowTime += dt;
        }
        // Over-charge.
        if (chargeFetOn) {
            ovTimer = cellVoltage > p.overchargeDetect() ? ovTimer + dt : 0;
            if (ovTimer >= p.overchargeDelay() && cellVoltage > p.overchargeDetect()) {
                chargeFetOn = false;
                events.event(t, "protection", "over-charge: charge FET off at " + fmt(cellVoltage) + " V");
            }
        } else if (cellVoltage < p.overchargeRelease()) {
            chargeFetOn = true;
            ovTimer = 0;
            events.event(t, "protection", "over-charge released");
        }
        // Over-discharge lockout.
        if (!overdischargeLatched) {
            uvTimer = cellVoltage < p.overdischargeDetect() ? uvTimer + dt : 0;
            if (uvTimer >= p.overdischargeDelay() && cellVoltage < p.overdischargeDetect()) {
                overdischargeLatched = true;
                events.event(t, "protection", "over-discharge lockout at " + fmt(cellVoltage) + " V");
            }
        } else if (chargerPresent && cellVoltage >= p.overdischargeRelease()) {
            overdischargeLatched = false;
            uvTimer = 0;
            events.event(t, "protection", "over-discharge released: pack woken by the charger");
        }
        // Over-current (discharge).
        if (!overcurrentTripped) {
            ocTimer = current > p.overcurrentDetect() ? ocTimer + dt : 0;
            if (ocTimer >= p.overcurrentDelay() && current > p.overcurrentDetect()) {
                overcurrentTripped = true;
                events.event(t, "protection", "over-current trip at " + fmt(current) + " A");
            }
        } else if (current <= 0 || chargerPresent) {
            overcurrentTripped = false;
            ocTimer = 0;
            events.event(t, "protection", "over-current released");
        }
        dischargeFetOn = !overdischargeLatched && !overcurrentTripped;
    }

    private static String fmt(double x) {
        return org.battsim.model.engine.DecimalText.fixed(x, 3);
    }
}
