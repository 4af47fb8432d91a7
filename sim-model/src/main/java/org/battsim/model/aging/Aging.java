package org.battsim.model.aging;

import java.util.Objects;

/**
 * Ages a cell from samples of its state: cuts the sample stream into windows and advances the
 * mechanisms at the end of each.
 *
 * <p>A window closes when it spans {@link AgingModel#windowDays()} days, or at a state-of-charge
 * turning point once it holds {@link AgingModel#windowEfc()} equivalent full cycles (as
 * BLAST-Lite updates per equivalent full cycle or per day); a driver may also close one, for
 * example at the end of each cycle. Feeding samples allocates nothing.
 */
public final class Aging {
    /** Observes each applied window. */
    @FunctionalInterface
    public interface WindowListener {
        /** Called after the state has been advanced over {@code w}. */
        void windowApplied(Window w, AgingState state);
    }

    private final AgingModel model;
    private final AgingState state;
    private final StressorAccumulator acc;
    private final Window window;
    private WindowListener listener = (w, s) -> {};

    public Aging(AgingModel model) {
        this(new AgingState(model));
    }

    /** Continues from a given state (for example a cell that starts worn). */
    public Aging(AgingState state) {
        this.state = Objects.requireNonNull(state);
        this.model = state.model();
        this.acc = new StressorAccumulator(model);
        this.window = new Window(model.mechanisms().size());
    }

    public Aging onWindow(WindowListener l) {
        this.listener = Objects.requireNonNull(l);
        return this;
    }

    public AgingModel model() {
        return model;
    }

    public AgingState state() {
        return state;
    }

    public double relativeCapacity() {
        return state.relativeCapacity();
    }

    public double relativeResistance() {
        return state.relativeResistance();
    }

    /** Starts the stream (or restarts it after a gap) at this sample. */
    public void start(double timeSeconds, double soc, double temperatureK) {
        acc.start(timeSeconds, soc, temperatureK);
    }

    /** Adds the next sample, closing windows by the model's rules. */
    public void sample(double timeSeconds, double soc, double temperatureK) {
        if (acc.samples() > 1 && acc.halfSocThroughput() >= model.windowEfc() && acc.turnsAt(soc)) {
            closeWindow();
        }
        acc.add(timeSeconds, soc, temperatureK);
        if (acc.days() >= model.windowDays()) {
            closeWindow();
        }
    }

    /** Days in the open window. */
    public double openWindowDays() {
        return acc.days();
    }

    /**
     * Closes the open window and advances the state over it.
     *
     * @return false when the window holds a single sample (nothing to apply)
     */
    public boolean closeWindow() {
        if (acc.samples() < 2) {
            return false;
        }
        acc.close(window);
        state.apply(window);
        listener.windowApplied(window, state);
        return true;
    }
}
