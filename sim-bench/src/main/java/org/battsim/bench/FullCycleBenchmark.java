package org.battsim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.cycler.EventSink;
import org.battsim.model.cycler.ExperimentRunner;
import org.battsim.model.experiment.Experiment;
import org.battsim.model.experiment.Step;
import org.battsim.model.experiment.StepKind;
import org.battsim.model.experiment.Termination;
import org.battsim.scenarios.cells.CellLibrary;
import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of one full cycle of phone-lco-3080 from 100 % SoC: 1C discharge until 3.4 V, 1C charge
 * until 4.35 V, then 4.35 V held until the current falls to C/20.
 *
 * <p>{@link #experimentRunner} runs it as a cycler does, through {@link ExperimentRunner} with 1 s
 * steps (events located inside steps, no recorder, no event output). {@link #dormandPrince853}
 * integrates the same protocol as an ODE ({@link EcmOde}, DormandPrince853, rtol 1e-8, 1 s
 * maximum step), each phase ended by an event: on voltage for the two constant-current phases, on
 * |I| = C/20 for the voltage hold.
 *
 * <p>This cell rests at 4.333 V when full, so at 4.35 V it still takes about C/14 at 100 % SoC:
 * the hold reaches the top of the model's SoC range before C/20, and the runner ends it there on
 * its safety limit. The ODE run stops at the same SoC ceiling, so both do the same cycle. The
 * set-up runs each once, checks that every phase ended on its condition, and prints the steps per
 * cycle (ns/step = ns/op divided by them).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class FullCycleBenchmark {
    static final double START_SOC = 1.0;
    static final double START_K = 298.15;
    static final double CUTOFF_V = 3.4;
    static final double CHARGE_V = 4.35;
    static final double END_C_RATE = 0.05;
    static final double MAX_PHASE_S = 24 * 3600.0;

    private EcmParameters params;
    private EcmCell cell;
    private Experiment experiment;
    private EcmOde ode;
    private ODEIntegrator integrator;
    private double dt = 1.0;

    private ToDoubleFunction<double[]> belowCutoff;
    private ToDoubleFunction<double[]> aboveChargeVoltage;
    private ToDoubleFunction<double[]> belowEndCurrent; // or at the top of the SoC range

    @Setup
    public void setUp() {
        params = CellLibrary.load(CellStepBenchmark.CELL);
        cell = new EcmCell(params);
        experiment = new Experiment(
                List.of(List.of(
                        step(
                                "Discharge at 1 C until 3.4 V",
                                Step.Direction.DISCHARGE,
                                StepKind.C_RATE,
                                1.0,
                                new Termination(Termination.Quantity.VOLTAGE, Termination.Comparison.AUTO, CUTOFF_V)),
                        step(
                                "Charge at 1 C until 4.35 V",
                                Step.Direction.CHARGE,
                                StepKind.C_RATE,
                                -1.0,
                                new Termination(Termination.Quantity.VOLTAGE, Termination.Comparison.AUTO, CHARGE_V)),
                        step(
                                "Hold at 4.35 V until C/20",
                                Step.Direction.HOLD,
                                StepKind.VOLTAGE,
                                CHARGE_V,
                                new Termination(
                                        Termination.Quantity.C_RATE, Termination.Comparison.AUTO, END_C_RATE)))),
                List.of(),
                // Output period: with no recorder it only splits the run; one hour keeps that rare.
                3600);

        ode = new EcmOde(params);
        integrator = EcmOde.integrator(1e-8, 1.0);
        double endCurrent = END_C_RATE * params.nominalCapacityAh();
        belowCutoff = y -> ode.voltage(y) - CUTOFF_V;
        aboveChargeVoltage = y -> CHARGE_V - ode.voltage(y);
        double socCeiling = params.ocv().maxSoc();
        belowEndCurrent = y -> Math.min(Math.abs(ode.current(y)) - endCurrent, socCeiling - y[0]);

        reportStepsPerCycle();
    }

    private static Step step(String text, Step.Direction dir, StepKind kind, double value, Termination until) {
        return new Step(text, dir, kind, value, MAX_PHASE_S, false, List.of(until), Double.NaN);
    }

    @Benchmark
    public ExperimentRunner.Result experimentRunner() {
        cell.reset(START_SOC, START_K);
        return new ExperimentRunner(cell, dt, null, EventSink.NONE).run(experiment);
    }

    @Benchmark
    public double dormandPrince853() {
        return odeCycle()[2];
    }

    /** End times of the three phases (s). */
    private double[] odeCycle() {
        double c = params.nominalCapacityAh();
        double[] ends = new double[3];
        ode.set(EcmOde.Mode.CURRENT, c);
        ODEStateAndDerivative s = ode.run(integrator, 0, ode.rest(START_SOC, START_K), MAX_PHASE_S, belowCutoff);
        ends[0] = s.getTime();
        ode.set(EcmOde.Mode.CURRENT, -c);
        s = ode.run(integrator, s.getTime(), s.getPrimaryState(), s.getTime() + MAX_PHASE_S, aboveChargeVoltage);
        ends[1] = s.getTime();
        ode.set(EcmOde.Mode.VOLTAGE, CHARGE_V);
        s = ode.run(integrator, s.getTime(), s.getPrimaryState(), s.getTime() + MAX_PHASE_S, belowEndCurrent);
        ends[2] = s.getTime();
        return ends;
    }

    /** Runs both once, checks that each phase ended on its condition, and prints steps per cycle. */
    private void reportStepsPerCycle() {
        long[] ecmSteps = {0};
        cell.reset(START_SOC, START_K);
        ExperimentRunner runner = new ExperimentRunner(cell, dt, null, EventSink.NONE);
        runner.simulation().addStepHandler((m, t, atEvent) -> ecmSteps[0]++);
        ExperimentRunner.Result r = runner.run(experiment);
        for (ExperimentRunner.StepResult sr : r.steps()) {
            boolean holdAtCeiling = sr.index() == 3 && sr.endReason().startsWith("safety: state of charge above");
            if (!sr.endReason().startsWith("until") && !holdAtCeiling) {
                throw new IllegalStateException("step '" + sr.step().text() + "' ended by " + sr.endReason());
            }
        }
        if (r.steps().size() != 3) {
            throw new IllegalStateException("the cycle ran " + r.steps().size() + " steps, not 3");
        }

        long[] odeSteps = {0};
        integrator.addStepHandler(new ODEStepHandler() {
            @Override
            public void handleStep(org.hipparchus.ode.sampling.ODEStateInterpolator interpolator) {
                odeSteps[0]++;
            }
        });
        double[] ends = odeCycle();
        integrator.clearStepHandlers();
        for (int k = 0; k < 3; k++) {
            double start = k == 0 ? 0 : ends[k - 1];
            if (!(ends[k] - start < MAX_PHASE_S)) {
                throw new IllegalStateException("ODE phase " + (k + 1) + " did not end on its event");
            }
        }
        System.out.printf(
                "%nfull cycle, phases ending at (s): battsim %.1f / %.1f / %.1f (%s), %d steps;"
                        + " DormandPrince853 %.1f / %.1f / %.1f, %d steps%n",
                r.steps().get(0).endSeconds(),
                r.steps().get(1).endSeconds(),
                r.steps().get(2).endSeconds(),
                r.steps().get(2).endReason(),
                ecmSteps[0],
                ends[0],
                ends[1],
                ends[2],
                odeSteps[0]);
    }
}
