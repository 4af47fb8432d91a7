package org.battsim.model.cell;

/** A control a cell cannot follow, such as more power than it can deliver at any current. */
public final class CellControlException extends RuntimeException {
    public CellControlException(String message) {
        super(message);
    }
}
