package org.battsim.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {
    /** x' = -x, exact: the engine sees a smooth, known trajectory. */
    static final class Decay implements SimulationModel {
        double x0 = 1;
        double x = 1;
        double rate = 1;

        @Override
        public void trial(double t0, double dt) {
            x = x0 * Math.exp(-rate * dt);
        }

        @Override
        public void commit() {
            x0 = x;
        }
    }

    static EventDetector<Decay> crossing(double level, List<Double> times, Action action) {
        return new EventDetector<>() {
            @Override
            public double g(Decay m) {
                return m.x - level;
            }

            @Override
            public Action eventOccurred(Decay m, double time, boolean increasing) {
                times.add(time);
                return action;
            }
        };
    }

    @Test
    void eventIsLocatedInsideTheStepToItsThreshold() {
        Decay m = new Decay();
        Simulation<Decay> sim = new Simulation<>(m, 0, 10);
        List<Double> times = new ArrayList<>();
        sim.addDetector(crossing(0.5, times, Action.STOP).withThreshold(1e-9));
        assertEquals(Simulation.Outcome.STOPPED, sim.run(100));
        assertEquals(1, times.size());
        assertEquals(Math.log(2), times.get(0), 1e-9);
        assertTrue(m.x <= 0.5, "state is just past the crossing");
    }

    @Test
    void continuingEventFiresExactlyOnce() {
        Decay m = new Decay();
        Simulation<Decay> sim = new Simulation<>(m, 0, 0.37);
        List<Double> times = new ArrayList<>();
        sim.addDetector(crossing(0.25, times, Action.CONTINUE));
        assertEquals(Simulation.Outcome.END_TIME, sim.run(20));
        assertEquals(List.of(times.get(0)), times);
        assertEquals(Math.log(4), times.get(0), 1e-6);
        assertEquals(20, sim.time(), 0);
    }

    @Test
    void resetStateLetsAHandlerChangeTheModel() {
        Decay m = new Decay();
        Simulation<Decay> sim = new Simulation<>(m, 0, 1);
        List<Double> times = new ArrayList<>();
        EventDetector<Decay> d = new EventDetector<>() {
            @Override
            public double g(Decay model) {
                return model.x - 0.5;
            }

            @Override
            public Action eventOccurred(Decay model, double time, boolean increasing) {
                times.add(time);
                if (!increasing) {
                    // Jump the state down and let it grow: it must cross 0.5 upward ln 2 later.
                    model.rate = -1;
                    model.x0 = model.x = 0.25;
                    return Action.RESET_STATE;
                }
                return Action.STOP;
            }
        };
        sim.addDetector(d.withThreshold(1e-10));
        assertEquals(Simulation.Outcome.STOPPED, sim.run(10));
        assertEquals(2, times.size());
        assertEquals(Math.log(2), times.get(0), 1e-9);
        assertEquals(2 * Math.log(2), times.get(1), 1e-9);
    }

    @Test
    void scheduledActionsRunExactlyAtTheirTimesInOrder() {
        Decay m = new Decay();
        Simulation<Decay> sim = new Simulation<>(m, 0, 1);
        List<Double> seen = new ArrayList<>();
        sim.schedule(2.5, (d, t) -> {
            seen.add(t);
            return Action.CONTINUE;
        });
        sim.schedule(0.75, (d, t) -> {
            seen.add(t);
            d.rate = 0;
            return Action.RESET_STATE;
        });
        sim.run(5);
        assertEquals(List.of(0.75, 2.5), seen);
        assertEquals(Math.exp(-0.75), m.x, 1e-15);
    }

    @Test
    void stepHandlersSeeEveryCommittedStepWithMonotoneTime() {
        Decay m = new Decay();
        Simulation<Decay> sim = new Simulation<>(m, 0, 0.3);
        List<Double> ts = new ArrayList<>();
        sim.addStepHandler((d, t, ev) -> ts.add(t));
        sim.run(1.0);
        assertEquals(4, ts.size());
        assertEquals(1.0, ts.get(3), 0);
        assertEquals(4, sim.clock().steps());
    }

    @Test
    void recorderStaysBoundedAndKeepsImportantRows() {
        Recorder r = new Recorder(64);
        double[] t = {0};
        r.column("Test Time / s", () -> t[0]);
        for (int i = 0; i < 10_000; i++) {
            t[0] = i;
            r.sample(i == 5000);
        }
        assertTrue(r.rows() < 64);
        double[] times = r.column("Test Time / s");
        assertTrue(java.util.Arrays.stream(times).anyMatch(x -> x == 5000));
        for (int i = 1; i < times.length; i++) {
            assertTrue(times[i] > times[i - 1]);
        }
        assertTrue(times[times.length - 1] > 9000, "coverage reaches the end");
    }

    @Test
    void seededStreamsAreReproducibleAndIndependent() {
        SeededRandom a = new SeededRandom(42);
        SeededRandom b = new SeededRandom(42);
        assertEquals(a.stream("port").nextLong(), b.stream("port").nextLong());
        assertTrue(a.stream("port").nextLong() != a.stream("cable").nextLong());
        assertTrue(new SeededRandom(43).stream("port").nextLong()
                != a.stream("port").nextLong());
    }
}
