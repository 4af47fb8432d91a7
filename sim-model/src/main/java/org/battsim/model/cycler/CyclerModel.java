package org.battsim.model.cycler;

import java.util.Objects;
import org.battsim.model.cell.Cell;
import org.battsim.model.engine.SimulationModel;

/** A bare cell on a battery cycler: the cycler holds one control for the cell during each step. */
public final class CyclerModel implements SimulationModel {
    private final Cell cell;
    private Cell.Control control = Cell.Control.CURRENT;
    private double value;

    public CyclerModel(Cell cell) {
        this.cell = Objects.requireNonNull(cell);
    }

    public Cell cell() {
        return cell;
    }

    /** Sets what the cycler holds from now on. */
    public void control(Cell.Control c, double v) {
        this.control = Objects.requireNonNull(c);
        this.value = v;
    }

    public Cell.Control control() {
        return control;
    }

    public double controlValue() {
        return value;
    }

    @Override
    public void trial(double t0, double dt) {
        cell.trial(control, value, dt);
    }

    @Override
    public void commit() {
        cell.commit();
    }
}
