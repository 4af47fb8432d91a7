package org.battsim.bench;

import java.util.concurrent.TimeUnit;
import org.battsim.model.cell.Cell;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.cell.EcmParameters;
import org.battsim.scenarios.cells.CellLibrary;
import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of one 1 s step of the two-RC thermal cell phone-lco-3080 under current control: the
 * exact-discretisation {@link EcmCell} ({@code trial} then {@code commit}) against the same cell as
 * an ODE ({@link EcmOde}) integrated over 1 s by Hipparchus' DormandPrince853 (rtol 1e-8, 1 s
 * maximum step), the general-purpose way of doing it.
 *
 * <p>The current is a ±1C square wave of period 3600 steps starting at 75 % SoC, so the cell
 * cycles between 25 % and 75 % SoC forever, warms and cools, and every step moves SoC and
 * temperature, so the start-of-step parameters and time constants change at every step. The
 * amplitude and step length live in state fields so the compiler cannot fold them; each benchmark
 * returns a state value.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CellStepBenchmark {
    static final String CELL = "phone-lco-3080";
    static final int HALF_PERIOD = 1800;

    /** Square-wave current: +amplitude for HALF_PERIOD steps, then -amplitude. */
    public abstract static class SquareWave {
        double amplitude;
        double dt = 1.0;
        int stepInHalf;
        double sign = 1;

        double nextCurrent() {
            if (++stepInHalf > HALF_PERIOD) {
                stepInHalf = 1;
                sign = -sign;
            }
            return sign * amplitude;
        }
    }

    @State(Scope.Thread)
    public static class EcmState extends SquareWave {
        EcmCell cell;

        @Setup
        public void setUp() {
            EcmParameters p = CellLibrary.load(CELL);
            cell = new EcmCell(p);
            cell.reset(0.75, 298.15);
            amplitude = p.nominalCapacityAh();
        }
    }

    @State(Scope.Thread)
    public static class OdeState extends SquareWave {
        EcmOde ode;
        ODEIntegrator integrator;
        double t;
        double[] y;
        int temperatureIndex;

        @Setup
        public void setUp() {
            EcmParameters p = CellLibrary.load(CELL);
            ode = new EcmOde(p);
            integrator = EcmOde.integrator(1e-8, 1.0);
            y = ode.rest(0.75, 298.15);
            temperatureIndex = p.order() + 2;
            amplitude = p.nominalCapacityAh();
        }
    }

    @Benchmark
    public double ecmCellStep(EcmState s) {
        s.cell.trial(Cell.Control.CURRENT, s.nextCurrent(), s.dt);
        s.cell.commit();
        return s.cell.voltage();
    }

    @Benchmark
    public double dormandPrince853Step(OdeState s) {
        s.ode.set(EcmOde.Mode.CURRENT, s.nextCurrent());
        ODEStateAndDerivative end = s.integrator.integrate(s.ode, new ODEState(s.t, s.y), s.t + s.dt);
        s.t = end.getTime();
        s.y = end.getPrimaryState();
        return s.y[s.temperatureIndex];
    }
}
