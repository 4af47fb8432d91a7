package org.battsim.model.pack;

import java.util.Objects;
import org.battsim.model.cell.Cell;
import org.battsim.model.cycler.EventSink;

/**
 * A battery pack: the cell behind its protection IC, with an NTC and the small currents that drain
 * a stored pack (the cell's self-discharge and the protection IC's supply current).
 *
 * <p>The pack does not step its cell by itself: the phone (or a cradle charger) decides the pack
 * current for a step, asks {@link #cellCurrent} for the current the cell actually carries, and
 * calls {@link #afterStep} once the step is committed.
 */
public final class BatteryPack {
    private final Cell cell;
    private final ProtectionIc protection;
    private final Ntc ntc;
    private final double selfDischargePerMonth;
    private boolean inserted = true;

    /**
     * @param selfDischargePerMonth fraction of capacity lost per month by the cell itself (0.02–0.03)
     */
    public BatteryPack(Cell cell, ProtectionIc protection, Ntc ntc, double selfDischargePerMonth) {
        this.cell = Objects.requireNonNull(cell);
        this.protection = Objects.requireNonNull(protection);
        this.ntc = Objects.requireNonNull(ntc);
        if (!(selfDischargePerMonth >= 0 && selfDischargePerMonth < 1)) {
            throw new IllegalArgumentException("self-discharge must be a fraction per month in [0, 1)");
        }
        this.selfDischargePerMonth = selfDischargePerMonth;
    }

    public Cell cell() {
        return cell;
    }

    public ProtectionIc protection() {
        return protection;
    }

    public Ntc ntc() {
        return ntc;
    }

    /** Whether the pack is in the phone (removable packs can be taken out). */
    public boolean inserted() {
        return inserted;
    }

    public void setInserted(boolean in) {
        inserted = in;
    }

    /** Drain that is always there (A): self-discharge plus the protection IC's supply. */
    public double leakCurrent() {
        double capacity = cell.capacityAh();
        if (capacity != leakCapacity) {
            // Kept while the capacity (which only aging changes) stays the same.
            double selfDischarge = selfDischargePerMonth * capacity * 3600 / (30 * 86400.0);
            leak = selfDischarge + protection.parameters().supplyCurrent();
            leakCapacity = capacity;
        }
        return leak;
    }

    private double leakCapacity = Double.NaN;
    private double leak;

    /** Cell current (positive = discharge) for a given pack terminal current. */
    public double cellCurrent(double packCurrent) {
        return packCurrent + leakCurrent();
    }

    /**
     * Voltage at the pack terminals as a phone measures it (V): the cell voltage, or about 0 V when
     * the protection holds the discharge FET open and nothing charges through the body diode.
     */
    public double terminalVoltage(boolean charging) {
        if (!protection.dischargeAllowed() && !charging) {
            return 0;
        }
        return cell.voltage();
    }

    /** Whether charge current can flow into the pack now. */
    public boolean chargeAllowed() {
        return protection.chargeAllowed(cell.voltage());
    }

    public boolean dischargeAllowed() {
        return protection.dischargeAllowed();
    }

    /** The charger's reading of the pack temperature (K). */
    public double ntcReading() {
        return ntc.reading(cell.temperature());
    }

    /** Updates the protection after a committed step that carried {@code packCurrent}. */
    public void afterStep(double t, double dt, double packCurrent, boolean chargerPresent, EventSink events) {
        protection.update(t, dt, cell.voltage(), packCurrent, chargerPresent, events);
    }
}
