package org.battsim.model.aging;

/**
 * The quantities a rate expression may use, with their names in parameter files.
 *
 * <p>Sample stressors are read at every sample of the cell's state; a rate made of them is
 * evaluated at each sample and averaged over the window's time (trapezoid), as BLAST-Lite does for
 * its calendar rates. Window stressors summarise a whole window (one cycle, or one day of storage)
 * and are used by rates evaluated once per window.
 */
public enum Stressor {
    /** State of charge (fraction of the present capacity). */
    SOC("soc", true, "state of charge, fraction of the present capacity"),
    /** Open-circuit voltage from the model's own table at the sample's state of charge (V). */
    VOLTAGE("V", true, "open-circuit voltage from the model's table at the state of charge, V"),
    /** Cell temperature (K). */
    TEMPERATURE("T", true, "cell temperature, K"),

    /** Window length (days). */
    DAYS("days", false, "length of the window, days"),
    /** Equivalent full cycles in the window: Σ|ΔSoC|/2 × relative capacity. */
    EFC("efc", false, "equivalent full cycles in the window (Σ|ΔSoC|/2 × relative capacity)"),
    /** Depth of discharge: highest minus lowest state of charge in the window. */
    DOD("dod", false, "depth of discharge, highest minus lowest state of charge in the window"),
    /** Throughput-weighted mean range of the window's rainflow-counted cycles. */
    DOD_RAINFLOW("dod_rf", false, "throughput-weighted mean depth of the window's rainflow cycles"),
    /** Root mean square of the sampled voltages (mean over samples, as BLAST-Lite) (V). */
    VOLTAGE_RMS("vrms", false, "root mean square of the voltage over the window's samples, V"),
    /** Time-averaged open-circuit voltage (V). */
    VOLTAGE_MEAN("V_mean", false, "time-averaged voltage, V"),
    /** Highest open-circuit voltage in the window (V). */
    VOLTAGE_MAX("V_max", false, "highest voltage in the window, V"),
    /** Time-averaged state of charge. */
    SOC_MEAN("soc_mean", false, "time-averaged state of charge"),
    /** Highest state of charge in the window. */
    SOC_MAX("soc_max", false, "highest state of charge in the window"),
    /** Time-averaged temperature (K). */
    TEMPERATURE_MEAN("T_mean", false, "time-averaged cell temperature, K"),
    /** Highest temperature in the window (K). */
    TEMPERATURE_MAX("T_max", false, "highest cell temperature in the window, K"),
    /** Mean C-rate (of the present capacity) while the state of charge moves by at least 1 %/h. */
    C_RATE("crate", false, "mean C-rate (of the present capacity) while current flows, 1/h");

    private final String symbol;
    private final boolean perSample;
    private final String description;

    Stressor(String symbol, boolean perSample, String description) {
        this.symbol = symbol;
        this.perSample = perSample;
        this.description = description;
    }

    /** Name in rate expressions. */
    public String symbol() {
        return symbol;
    }

    public boolean perSample() {
        return perSample;
    }

    public String description() {
        return description;
    }

    /** Number of stressors: the length of the variable array a {@link Rate} reads. */
    public static final int COUNT = values().length;
}
