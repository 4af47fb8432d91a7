package org.battsim.scenarios.diagnose;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.battsim.scenarios.scenario.Scenario;
import org.battsim.scenarios.scenario.ScenarioReader;

/**
 * A diagnosis campaign: draws cases, puts each on the bench in front of a diagnostician, and keeps
 * what it answered and what it did. Trials run in parallel on all cores; each depends only on the
 * seed and its index, so results do not depend on the thread count.
 */
public final class Campaign {
    /**
     * @param seed the campaign seed
     * @param trials how many cases
     * @param faults the classes to draw (null: all, and healthy phones)
     * @param combinations share of two-fault cases
     * @param maxActions action budget per case
     */
    public record Options(long seed, int trials, Set<FaultClass> faults, double combinations, int maxActions) {
        public Options {
            if (trials < 1) {
                throw new IllegalArgumentException("trials must be at least 1");
            }
        }
    }

    /**
     * What happened to one case.
     *
     * @param theCase the case
     * @param diagnosis the answer
     * @param actions what the diagnostician did, in order
     * @param cost the actions' total cost ({@link Remedy#cost()}, minutes)
     */
    public record Outcome(Case theCase, Diagnosis diagnosis, List<Remedy> actions, double cost) {
        public boolean correct() {
            return theCase.correct(diagnosis.fault());
        }
    }

    /** Called after each trial with the number done so far. */
    public interface Progress {
        void done(int done, int total);
    }

    private Campaign() {}

    /** Runs a campaign. */
    public static List<Outcome> run(Diagnostician d, Options o, Progress progress) {
        CaseGenerator g = new CaseGenerator(o.seed(), o.faults(), o.combinations());
        AtomicInteger done = new AtomicInteger();
        return IntStream.range(0, o.trials())
                .parallel()
                .mapToObj(i -> {
                    Outcome r = trial(d, g.draw(i), o.maxActions());
                    if (progress != null) {
                        progress.done(done.incrementAndGet(), o.trials());
                    }
                    return r;
                })
                .toList();
    }

    /** Puts one case in front of a diagnostician. */
    public static Outcome trial(Diagnostician d, Case c, int maxActions) {
        Scenario s = ScenarioReader.read(c.yaml(), "case-" + c.index() + ".yaml", "case-" + c.index(), null);
        Trial t = new Trial(s, maxActions);
        Diagnosis dx = d.diagnose(t);
        if (dx == null) {
            throw new DiagnosticianException(d.name() + " answered nothing for case " + c.index());
        }
        return new Outcome(c, dx, t.actions(), t.cost());
    }

    /** Re-runs a case from its scenario file: the same answer, the same actions. */
    public static Outcome replay(Diagnostician d, Scenario s, int maxActions) {
        Trial t = new Trial(s, maxActions);
        Diagnosis dx = d.diagnose(t);
        if (dx == null) {
            throw new DiagnosticianException(d.name() + " answered nothing");
        }
        return new Outcome(new Case(-1, s.seed(), List.of(), List.of(), s.text()), dx, t.actions(), t.cost());
    }

    /** A diagnostician that misbehaved (no answer, a broken reply, a dead process). */
    public static final class DiagnosticianException extends RuntimeException {
        public DiagnosticianException(String message) {
            super(message);
        }

        public DiagnosticianException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
