package org.battsim.scenarios.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.battsim.model.aging.AgingModel;
import org.battsim.model.cell.Cell;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.protocol.Protocol;
import org.battsim.model.protocol.ProtocolCycling;
import org.battsim.scenarios.run.CellModel;

/**
 * The charging-protocol benchmark: every protocol cycled on the same cell, at one or more ambient
 * temperatures and, for a Monte-Carlo sweep, on cells drawn around the nominal one. The runs form
 * a {@link SweepGrid} (protocol × ambient × cell); each run has its own cell and protocol instance
 * and they run in parallel on a {@link SweepRunner}. What a run produces depends only on its
 * protocol, its cell, its ambient and the options, so the outcome is the same for any number of
 * threads.
 */
public final class ProtocolBenchmark {
    /**
     * The discharge of every cycle, 1C to the cut-off: the discharge of the cycle the phone-lco
     * aging model's cycle fade is calibrated on (1C to 3.4 V, 0.5C CC-CV charge; phone-lco.yaml,
     * qcyc_k), so that only the charge differs from the calibration.
     */
    public static final double DISCHARGE_C = 1.0;
    /**
     * assumption: 10-minute rests after the charge and after the discharge, the rests of the README's
     * 500-cycle aging example; long enough for the RC voltages to settle before the next phase.
     */
    public static final double REST_SECONDS = 600;
    /** assumption: a charge still running after 48 h has failed (the slowest shipped policy waits a night). */
    public static final double MAX_CHARGE_SECONDS = 48 * 3600;

    /**
     * What to run.
     *
     * @param cell the nominal cell: the equivalent circuit, or the SPMe (no drawn cells)
     * @param protocols protocol specs, in order
     * @param cycles cycles per run
     * @param ambientsK ambient and starting temperatures (K); the leaderboard uses the first
     * @param seed seed of the Monte-Carlo draws
     * @param samples number of drawn cells besides the nominal one (0: nominal only)
     * @param capacitySd standard deviation of the capacity factor of drawn cells
     * @param resistanceSd standard deviation of the resistance factor of drawn cells
     * @param aging aging model, or null for none
     * @param skipTolerance cycle skipping's tolerance, 0 to simulate every cycle
     * @param maxSkip most cycles extrapolated in a row
     * @param maxStepSeconds control period (s)
     */
    public record Options(
            CellModel cell,
            List<String> protocols,
            int cycles,
            List<Double> ambientsK,
            long seed,
            int samples,
            double capacitySd,
            double resistanceSd,
            AgingModel aging,
            double skipTolerance,
            int maxSkip,
            double maxStepSeconds) {
        public Options {
            Objects.requireNonNull(cell);
            protocols = List.copyOf(protocols);
            ambientsK = List.copyOf(ambientsK);
            if (ambientsK.isEmpty()) {
                throw new IllegalArgumentException("at least one ambient temperature is needed");
            }
            if (protocols.isEmpty()) {
                throw new IllegalArgumentException("at least one protocol is needed");
            }
            if (cycles < 1) {
                throw new IllegalArgumentException("at least one cycle is needed, got " + cycles);
            }
            if (samples > 0 && !(cell instanceof CellModel.Ecm)) {
                throw new IllegalArgumentException("drawn cells (samples) need the equivalent-circuit cell");
            }
        }

        /** A cell of the model in no particular state, to read its ratings. */
        private Cell probe() {
            return cell.newCell();
        }

        /** Capacity that C-rates refer to (Ah). */
        public double ratedCapacityAh() {
            return probe().nominalCapacityAh();
        }

        /** The cell's voltage limits. */
        public EcmParameters.VoltageLimits limits() {
            return probe().limits();
        }

        /** The ambient temperature of the leaderboard (K). */
        public double ambientK() {
            return ambientsK.get(0);
        }

        public ProtocolLibrary.CellInfo cellInfo() {
            Cell c = probe();
            return new ProtocolLibrary.CellInfo(
                    c.nominalCapacityAh(), c.limits().chargeLimit());
        }
    }

    /** One run: a protocol on one cell at one ambient temperature. */
    public record Run(
            String protocol, int protocolIndex, double ambientK, CellVariation cell, ProtocolCycling.Result result) {}

    /**
     * Everything the benchmark produced.
     *
     * @param nominal the nominal cell at the first ambient, one run per protocol in the order given
     * @param all every point of the grid, in grid order (protocol, then ambient, then cell)
     */
    public record Outcome(Options options, SweepGrid grid, List<Run> nominal, List<Run> all) {}

    /** Progress in cycles over all runs (thread-safe callers only need a monotone count). */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    private ProtocolBenchmark() {}

    /**
     * Parses every protocol, so that a bad name fails before anything runs.
     *
     * @throws IllegalArgumentException naming the first bad protocol
     */
    public static List<Protocol> parseAll(Options o) {
        List<Protocol> out = new ArrayList<>();
        for (String s : o.protocols()) {
            out.add(ProtocolLibrary.parse(s, o.cellInfo()));
        }
        return out;
    }

    /** The grid of runs: protocol × ambient × cell (sample 0 is the nominal cell). */
    public static SweepGrid grid(Options o, List<CellVariation> cells) {
        List<String> ambients = new ArrayList<>();
        for (double k : o.ambientsK()) {
            ambients.add(BenchmarkFiles.fmt(k - 273.15, 2));
        }
        List<String> samples = new ArrayList<>();
        for (CellVariation v : cells) {
            samples.add(Integer.toString(v.index()));
        }
        return new SweepGrid(List.of(
                new SweepGrid.Axis("protocol", o.protocols()),
                new SweepGrid.Axis("ambient", ambients),
                new SweepGrid.Axis("sample", samples)));
    }

    public static Outcome run(Options o, SweepRunner runner, Progress progress) {
        parseAll(o);
        List<CellVariation> cells = CellVariation.draw(o.seed(), o.samples(), o.capacitySd(), o.resistanceSd());
        SweepGrid grid = grid(o, cells);
        List<SweepGrid.Point> points = grid.points();
        long total = (long) points.size() * o.cycles();
        AtomicLong done = new AtomicLong();
        List<Run> runs = runner.run(points, p -> {
            int protocol = p.get(0);
            double ambient = o.ambientsK().get(p.get(1));
            CellVariation cell = cells.get(p.get(2));
            long[] reported = {0};
            ProtocolCycling.Result r;
            try {
                r = runOne(o, protocol, ambient, cell, (d, n) -> {
                    long add = d - reported[0];
                    reported[0] = d;
                    long now = done.addAndGet(add);
                    if (progress != null) {
                        progress.update(now, total);
                    }
                });
            } catch (RuntimeException e) {
                // The model left its range (a cell that cannot take a control, a state out of
                // bounds): this run fails with the reason, the others go on.
                r = failed(o.protocols().get(protocol), e);
            }
            if (progress != null && r.cyclesCompleted() < o.cycles()) {
                // A run that stopped early counts its remaining cycles as done.
                progress.update(done.addAndGet(o.cycles() - reported[0]), total);
            }
            return new Run(o.protocols().get(protocol), protocol, ambient, cell, r);
        });
        List<Run> nominal = new ArrayList<>();
        for (Run r : runs) {
            if (r.cell().index() == 0 && r.ambientK() == o.ambientK()) {
                nominal.add(r);
            }
        }
        return new Outcome(o, grid, List.copyOf(nominal), List.copyOf(runs));
    }

    /** The result of a run that stopped on an error before its first cycle ended. */
    static ProtocolCycling.Result failed(String protocol, RuntimeException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ProtocolCycling.Result(
                protocol,
                "stopped: " + why,
                0,
                null,
                Double.NaN,
                Double.NaN,
                0,
                new double[0],
                new double[0],
                new double[0],
                new boolean[0],
                0);
    }

    /** One protocol on one cell: a fresh cell, full and rested at the ambient temperature. */
    public static ProtocolCycling.Result runOne(
            Options o, int protocolIndex, double ambientK, CellVariation v, ProtocolCycling.CycleListener progress) {
        Protocol p = ProtocolLibrary.parse(o.protocols().get(protocolIndex), o.cellInfo());
        Cell cell = o.cell() instanceof CellModel.Ecm e
                ? new EcmCell(v.apply(e.parameters()))
                : o.cell().newCell();
        cell.reset(1.0, ambientK);
        cell.setAmbientTemperature(ambientK);
        ProtocolCycling.Options co = new ProtocolCycling.Options(
                o.cycles(),
                DISCHARGE_C,
                cell.limits().cutoff(),
                REST_SECONDS,
                o.maxStepSeconds(),
                MAX_CHARGE_SECONDS,
                o.aging(),
                o.aging() == null ? 0 : o.skipTolerance(),
                Math.max(1, o.maxSkip()));
        // C-rates refer to the nominal cell's rating, as a charger set for the product would apply them.
        return ProtocolCycling.run(cell, o.ratedCapacityAh(), p, co, null, progress);
    }
}
