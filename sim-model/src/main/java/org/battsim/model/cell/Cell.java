package org.battsim.model.cell;

/**
 * A lithium cell as the rest of the chain sees it: it takes a control (current, voltage, power or
 * load resistance) for a step and reports its terminal state.
 *
 * <p>Like every stepped component, a cell has a committed state and a trial state: {@link #trial}
 * computes the state {@code dt} seconds after the committed one (it may be called several times
 * while an event is located), {@link #commit} keeps the last trial. Accessors read the current
 * (trial or committed) state. Currents are positive when the cell discharges (PyBaMM's sign).
 */
public interface Cell {
    /** What a step holds constant. */
    enum Control {
        /** Current in A (positive = discharge). */
        CURRENT,
        /** Terminal voltage in V, held exactly at the end of the step. */
        VOLTAGE,
        /** Power in W delivered by the cell (positive = discharge), held at the end of the step. */
        POWER,
        /** A load resistance in Ω across the terminals. */
        RESISTANCE
    }

    /**
     * Computes the state after {@code dt} seconds under the control.
     *
     * @throws CellControlException if the control cannot be met (for example more power than the
     *     cell can deliver)
     */
    void trial(Control control, double value, double dt);

    /** Keeps the last trial state. */
    void commit();

    /** Puts the cell at rest (no polarisation, no hysteresis) at a state of charge and temperature. */
    void reset(double soc, double temperatureK);

    void setAmbientTemperature(double kelvin);

    /**
     * Heat released into the body node by other parts of the phone (charger losses, the system
     * load), in watts, for the following steps.
     */
    void setBodyHeat(double watts);

    double ambientTemperature();

    /** Capacity used for C-rates (Ah). */
    double nominalCapacityAh();

    /** Present usable capacity (Ah), below nominal once the cell has aged. */
    double capacityAh();

    /**
     * Applies aging: capacity and resistances relative to the fresh cell.
     *
     * @param relativeCapacity in (0, 1]
     * @param relativeResistance at least 1
     */
    void setAging(double relativeCapacity, double relativeResistance);

    /** State of charge as a fraction of the present capacity. */
    double soc();

    /** Terminal voltage (V). */
    double voltage();

    /** Current (A), positive = discharge. */
    double current();

    /** Open-circuit voltage at the present state (V). */
    double openCircuitVoltage();

    /** Cell temperature (K). */
    double temperature();

    /** Temperature of the body the cell sits in (K). */
    double bodyTemperature();

    /** Heat generated in the cell over the last step, as a mean rate (W). */
    double heatRate();

    /** Lowest and highest SoC where the model is defined. */
    double minSoc();

    double maxSoc();

    /** Voltage window and charge limit. */
    EcmParameters.VoltageLimits limits();

    /**
     * Electrical energy the cell delivered over the current trial step (J, ∫V·I dt, positive when
     * discharging), exact for the step; added to {@link #energy()} on commit.
     */
    double stepElectricalOut();

    /**
     * Predicts a step at constant current without a trial: {@code out} receives the electrical
     * energy out (J, as {@link #stepElectricalOut}), its derivative in the current, the end
     * voltage (V) and its derivative, then, if {@code out} has room for them, the second
     * derivatives of the energy and of the voltage. For solvers that then confirm their answer
     * with one trial.
     *
     * @return false if the cell has no such prediction (then nothing is written)
     */
    default boolean predictStep(double current, double dt, double[] out) {
        return false;
    }

    /** Energy bookkeeping since the last reset (J). */
    EnergyLedger energy();
}
