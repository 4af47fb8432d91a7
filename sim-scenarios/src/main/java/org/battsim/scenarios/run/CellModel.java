package org.battsim.scenarios.run;

import java.util.Objects;
import org.battsim.model.cell.Cell;
import org.battsim.model.cell.EcmCell;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.cell.spme.SpmeCell;
import org.battsim.model.cell.spme.SpmeOptions;
import org.battsim.model.cell.spme.SpmeParameters;

/** Which cell model a run uses, with its parameters: the equivalent circuit or the SPMe. */
public sealed interface CellModel permits CellModel.Ecm, CellModel.Spme {
    /** Parameter-set name. */
    String name();

    /** Short model name for outputs: {@code ecm} or {@code spme}. */
    String model();

    /** A new cell, not yet put in its starting state. */
    Cell newCell();

    /**
     * Puts a cell made by {@link #newCell()} in its starting state: at {@code soc}, or, when soc is
     * NaN, the model's own starting state (the equivalent circuit full, the SPMe at its parameter
     * set's initial concentrations, as PyBaMM starts).
     */
    void start(Cell cell, double soc, double temperatureK);

    /** The equivalent-circuit cell. */
    record Ecm(EcmParameters parameters) implements CellModel {
        public Ecm {
            Objects.requireNonNull(parameters);
        }

        @Override
        public String name() {
            return parameters.name();
        }

        @Override
        public String model() {
            return "ecm";
        }

        @Override
        public Cell newCell() {
            return new EcmCell(parameters);
        }

        @Override
        public void start(Cell cell, double soc, double temperatureK) {
            cell.reset(Double.isNaN(soc) ? 1.0 : soc, temperatureK);
        }
    }

    /** The single-particle model with electrolyte. */
    record Spme(SpmeParameters parameters, SpmeOptions options) implements CellModel {
        public Spme {
            Objects.requireNonNull(parameters);
            Objects.requireNonNull(options);
        }

        @Override
        public String name() {
            return parameters.name();
        }

        @Override
        public String model() {
            return "spme";
        }

        @Override
        public Cell newCell() {
            return new SpmeCell(parameters, options);
        }

        @Override
        public void start(Cell cell, double soc, double temperatureK) {
            if (Double.isNaN(soc)) {
                ((SpmeCell) cell).resetToInitial(temperatureK);
            } else {
                cell.reset(soc, temperatureK);
            }
        }
    }
}
