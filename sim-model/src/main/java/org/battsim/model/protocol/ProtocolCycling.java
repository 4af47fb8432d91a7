package org.battsim.model.protocol;

import java.util.Arrays;
import java.util.Objects;
import org.battsim.model.aging.Aging;
import org.battsim.model.aging.AgingModel;
import org.battsim.model.aging.CycleSkipping;
import org.battsim.model.cell.Cell;

/**
 * Cycles a cell under a charging protocol and ages it: after a conditioning discharge from full at
 * the discharge rate to the cut-off, each cycle is the protocol's charge, a rest, a constant-current
 * discharge to the cut-off and a rest. The aging model is the cycler's coupled one (sampled as
 * {@link ProtocolCycler} describes, a window closed at every cycle end), with cycle skipping
 * ({@link CycleSkipping}) when a tolerance is given: every cycle repeats the same steps, so the
 * aging of the cycles between simulated ones is extrapolated from the last simulated one.
 *
 * <p>The charge metrics (time to 80 % and to full, temperatures, plating indicator, efficiency)
 * are those of the first cycle, on the fresh cell.
 */
public final class ProtocolCycling {
    /**
     * How to cycle.
     *
     * @param cycles number of cycles
     * @param dischargeC discharge current (C-rate of the rated capacity)
     * @param cutoffVoltage end of discharge (V)
     * @param restSeconds rest after the charge and after the discharge (s)
     * @param maxStepSeconds longest control period (s)
     * @param maxChargeSeconds a charge that lasts longer is stopped and the run reported as failed
     * @param aging the aging model, or null for no aging
     * @param skipTolerance cycle skipping's tolerance, 0 to simulate every cycle
     * @param maxSkip most cycles extrapolated in a row
     */
    public record Options(
            int cycles,
            double dischargeC,
            double cutoffVoltage,
            double restSeconds,
            double maxStepSeconds,
            double maxChargeSeconds,
            AgingModel aging,
            double skipTolerance,
            int maxSkip) {
        public Options {
            if (cycles < 1) {
                throw new IllegalArgumentException("at least one cycle is needed, got " + cycles);
            }
            Protocols.positive("discharge current", dischargeC);
            Protocols.positive("cut-off voltage", cutoffVoltage);
            if (!(restSeconds >= 0) || Double.isInfinite(restSeconds)) {
                throw new IllegalArgumentException("rest must be zero or positive, got " + restSeconds);
            }
            Protocols.positive("step", maxStepSeconds);
            Protocols.positive("longest charge", maxChargeSeconds);
            if (skipTolerance < 0 || skipTolerance >= 1) {
                throw new IllegalArgumentException("skip tolerance must be in [0, 1), got " + skipTolerance);
            }
        }
    }

    /**
     * What a run produced. Per-cycle arrays hold one value per completed cycle.
     *
     * @param failure why the run stopped early, or null
     * @param firstCharge the first cycle's charge
     * @param efficiency first cycle: discharge energy / charge energy
     * @param throughputAh charge put in over all cycles (extrapolated ones scaled by the capacity)
     * @param relativeCapacity per cycle, after it: the aging model's, or without one the cell's own
     *     capacity relative to its capacity when cycling started (the SPMe loses lithium to SEI and
     *     plating; the equivalent circuit's stays)
     * @param relativeResistance per cycle, after it
     * @param dischargeAh per cycle
     * @param simulated per cycle: false where extrapolated
     */
    public record Result(
            String protocol,
            String failure,
            int cyclesCompleted,
            ChargeResult firstCharge,
            double firstDischargeAh,
            double efficiency,
            double throughputAh,
            double[] relativeCapacity,
            double[] relativeResistance,
            double[] dischargeAh,
            boolean[] simulated,
            double seconds) {
        public double finalRelativeCapacity() {
            return cyclesCompleted == 0 ? 1 : relativeCapacity[cyclesCompleted - 1];
        }

        public double finalRelativeResistance() {
            return cyclesCompleted == 0 ? 1 : relativeResistance[cyclesCompleted - 1];
        }

        public int cyclesSimulated() {
            int n = 0;
            for (boolean b : simulated) {
                n += b ? 1 : 0;
            }
            return n;
        }
    }

    /** An immutable copy of a charge's statistics. */
    public record ChargeResult(
            boolean finished,
            String stopReason,
            double seconds,
            double timeTo80,
            double startSoc,
            double endSoc,
            double chargeAh,
            double chargeWh,
            double peakTemperatureK,
            double meanTemperatureK,
            double platingRiskHours,
            double anodeBelowZeroSeconds) {
        static ChargeResult of(ProtocolCycler.ChargeStats s) {
            return new ChargeResult(
                    s.finished,
                    s.stopReason,
                    s.seconds,
                    s.timeTo80,
                    s.startSoc,
                    s.endSoc,
                    s.chargeAh,
                    s.chargeWh,
                    s.peakTemperatureK,
                    s.meanTemperatureK,
                    s.platingRiskHours,
                    s.anodeBelowZeroSeconds);
        }
    }

    private ProtocolCycling() {}

    /**
     * Runs the cycles.
     *
     * @param cell a fresh cell, reset full at the ambient temperature
     * @param ratedCapacityAh capacity that C-rates refer to
     * @param protocol the protocol (its state is reset for every charge)
     * @param listener sees every charge period, or null
     */
    public static Result run(
            Cell cell,
            double ratedCapacityAh,
            Protocol protocol,
            Options o,
            ProtocolCycler.PeriodListener listener,
            CycleListener progress) {
        Objects.requireNonNull(protocol);
        ProtocolCycler cy = new ProtocolCycler(cell, ratedCapacityAh, o.maxStepSeconds());
        cy.onPeriod(listener);
        double dischargeA = o.dischargeC() * ratedCapacityAh;
        double maxDischarge = 3 * 3600 / o.dischargeC();
        // Conditioning: every protocol starts from the same discharged, rested cell.
        cy.discharge(dischargeA, o.cutoffVoltage(), maxDischarge);
        cy.rest(o.restSeconds());
        double startCapacity = cell.capacityAh();
        Aging aging = null;
        CycleSkipping skipping = null;
        if (o.aging() != null) {
            aging = new Aging(o.aging());
            cy.setAging(aging);
            if (o.skipTolerance() > 0) {
                skipping = new CycleSkipping(aging, o.skipTolerance(), o.maxSkip());
            }
        }
        int n = o.cycles();
        double[] q = new double[n];
        double[] r = new double[n];
        double[] dis = new double[n];
        boolean[] sim = new boolean[n];
        ChargeResult first = null;
        double firstDis = Double.NaN;
        double eff = Double.NaN;
        double throughput = 0;
        String failure = null;
        int done = 0;
        for (int c = 0; c < n; c++) {
            double start = cy.time();
            ProtocolCycler.ChargeStats cs = cy.charge(protocol, o.maxChargeSeconds());
            double chargeAh = cs.chargeAh;
            if (first == null) {
                first = ChargeResult.of(cs);
            }
            if (!cs.finished) {
                failure = "cycle " + (c + 1) + ": " + cs.stopReason;
                break;
            }
            cy.rest(o.restSeconds());
            dis[c] = cy.discharge(dischargeA, o.cutoffVoltage(), maxDischarge);
            if (c == 0) {
                firstDis = dis[c];
                eff = first.chargeWh() > 0 ? cy.lastDischargeWh() / first.chargeWh() : Double.NaN;
            }
            cy.rest(o.restSeconds());
            cy.closeAgingWindow();
            throughput += chargeAh;
            sim[c] = true;
            record(c, cell, aging, startCapacity, q, r);
            done = c + 1;
            if (progress != null) {
                progress.cycleDone(done, n);
            }
            if (skipping == null) {
                continue;
            }
            double length = cy.time() - start;
            int skip = Math.min(skipping.cycleEnded(), n - 1 - c);
            double capacity = cell.capacityAh();
            for (int k = 0; k < skip; k++) {
                skipping.extrapolateCycle();
                cy.applyAging();
                int j = c + 1 + k;
                double scale = cell.capacityAh() / capacity;
                dis[j] = dis[c] * scale;
                throughput += chargeAh * scale;
                record(j, cell, aging, startCapacity, q, r);
                cy.skipTime(length);
            }
            c += skip;
            done = c + 1;
            if (skip > 0 && progress != null) {
                progress.cycleDone(done, n);
            }
        }
        return new Result(
                protocol.spec(),
                failure,
                done,
                first,
                firstDis,
                eff,
                throughput,
                Arrays.copyOf(q, done),
                Arrays.copyOf(r, done),
                Arrays.copyOf(dis, done),
                Arrays.copyOf(sim, done),
                cy.time());
    }

    private static void record(int c, Cell cell, Aging aging, double startCapacity, double[] q, double[] r) {
        q[c] = aging != null
                ? Math.max(0, Math.min(1, aging.relativeCapacity()))
                : Math.max(0, cell.capacityAh() / startCapacity);
        r[c] = aging != null ? Math.max(1, aging.relativeResistance()) : 1;
    }

    /** Progress, after each simulated cycle or stretch of extrapolated ones. */
    @FunctionalInterface
    public interface CycleListener {
        void cycleDone(int done, int total);
    }
}
