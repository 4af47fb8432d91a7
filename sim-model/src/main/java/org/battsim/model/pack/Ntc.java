package org.battsim.model.pack;

/**
 * The pack's NTC thermistor as the charger reads it: R(T) = R25·exp(B·(1/T − 1/298.15)), and the
 * temperature the charger infers from that resistance. Faults: an open NTC reads as extremely cold,
 * a shorted one as extremely hot (both stop charging through JEITA).
 */
public final class Ntc {
    /** Condition of the thermistor. */
    public enum State {
        OK,
        OPEN,
        SHORTED
    }

    private final double r25;
    private final double beta;
    private State state = State.OK;

    /**
     * @param r25 resistance at 25 °C (Ω), typically 10 kΩ
     * @param beta B constant (K), typically 3380–3950
     */
    public Ntc(double r25, double beta) {
        if (!(r25 > 0) || !(beta > 0)) {
            throw new IllegalArgumentException("NTC R25 and beta must be positive");
        }
        this.r25 = r25;
        this.beta = beta;
    }

    public void setState(State s) {
        state = s;
    }

    public State state() {
        return state;
    }

    /** Resistance at a cell temperature (Ω). */
    public double resistance(double kelvin) {
        return switch (state) {
            case OPEN -> Double.POSITIVE_INFINITY;
            case SHORTED -> 0;
            case OK -> r25 * Math.exp(beta * (1 / kelvin - 1 / 298.15));
        };
    }

    /** The temperature a charger infers from the resistance (K): -273 °C-like extremes on faults. */
    public double reading(double kelvin) {
        if (state == State.OK) {
            return kelvin; // the B-equation inverted exactly; no need to go through exp and log
        }
        double r = resistance(kelvin);
        if (r == Double.POSITIVE_INFINITY) {
            return 173.15; // reads as -100 °C: "cold"
        }
        if (r == 0) {
            return 473.15; // reads as 200 °C: "hot"
        }
        return 1 / (1 / 298.15 + Math.log(r / r25) / beta);
    }
}
