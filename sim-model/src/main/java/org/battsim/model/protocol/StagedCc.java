package org.battsim.model.protocol;

/**
 * Multi-stage constant current: each stage holds a current until the state of charge or the
 * terminal voltage reaches the stage's threshold, always under the float voltage; then a CC-CV
 * finish to the termination current. The shape of multi-stage CC charging, of Severson's
 * step-to-80 % protocols and of Attia's four-step protocols.
 *
 * <ul>
 *   <li>Severson et al., Nature Energy 4 (2019) 383: {@code C1(Q1)-C2} charges at C1 until SoC
 *       Q1, at C2 until 80 %, then 1C CC-CV to full ({@link #severson}).
 *   <li>Attia et al., Nature 578 (2020) 397: {@code CC1-CC2-CC3-CC4} applies each current over
 *       one 20 % window from 0 to 80 % (10 minutes in all), then 1C CC-CV ({@link #attia}).
 * </ul>
 */
public final class StagedCc implements Protocol {
    private final String spec;
    private final double[] cRates;
    private final double[] untilSoc;
    private final double[] untilVoltage;
    private final double finishC;
    private final double floatVoltage;
    private final double terminationC;
    private int stage;

    /**
     * @param cRates each stage's current (C-rate)
     * @param untilSoc each stage's end state of charge (fraction), NaN where it ends on voltage
     * @param untilVoltage each stage's end voltage (V), NaN where it ends on state of charge
     * @param finishC current of the CC-CV finish (C-rate)
     * @param floatVoltage CV voltage and limit throughout (V), NaN for the cell's charge limit
     */
    public StagedCc(
            String spec,
            double[] cRates,
            double[] untilSoc,
            double[] untilVoltage,
            double finishC,
            double floatVoltage,
            double terminationC) {
        if (cRates.length == 0 || untilSoc.length != cRates.length || untilVoltage.length != cRates.length) {
            throw new IllegalArgumentException("each stage needs a current and one threshold");
        }
        this.spec = spec;
        this.cRates = cRates.clone();
        this.untilSoc = untilSoc.clone();
        this.untilVoltage = untilVoltage.clone();
        for (int i = 0; i < cRates.length; i++) {
            Protocols.positive("stage " + (i + 1) + " current", cRates[i]);
            if (Double.isNaN(untilSoc[i]) == Double.isNaN(untilVoltage[i])) {
                throw new IllegalArgumentException(
                        "stage " + (i + 1) + " needs exactly one end: a state of charge or a voltage");
            }
            if (!Double.isNaN(untilSoc[i])) {
                Protocols.fraction("stage " + (i + 1) + " end", untilSoc[i]);
            } else {
                Protocols.voltageOrNaN(untilVoltage[i]);
            }
        }
        this.finishC = Protocols.positive("finishing current", finishC);
        this.floatVoltage = Protocols.voltageOrNaN(floatVoltage);
        this.terminationC = Protocols.positive("termination current", terminationC);
    }

    /** Severson's {@code C1(Q1)-C2}: C1 to SoC q1, C2 to 80 %, then 1C CC-CV. */
    public static StagedCc severson(String spec, double c1, double q1, double c2, double terminationC) {
        if (!(q1 > 0 && q1 < 0.8)) {
            throw new IllegalArgumentException("Q1 must be above 0 and below 80 %, got " + 100 * q1 + " %");
        }
        return new StagedCc(
                spec,
                new double[] {c1, c2},
                new double[] {q1, 0.8},
                new double[] {Double.NaN, Double.NaN},
                1.0,
                Double.NaN,
                terminationC);
    }

    /** Attia's four steps over 0-20-40-60-80 % SoC, then 1C CC-CV. */
    public static StagedCc attia(String spec, double[] c, double terminationC) {
        if (c.length != 4) {
            throw new IllegalArgumentException("four currents are needed, got " + c.length);
        }
        double nan = Double.NaN;
        return new StagedCc(
                spec,
                c,
                new double[] {0.2, 0.4, 0.6, 0.8},
                new double[] {nan, nan, nan, nan},
                1.0,
                Double.NaN,
                terminationC);
    }

    /**
     * The fourth current that makes Attia's 0-80 % charge last 10 minutes: each 20 % window at
     * C-rate c lasts 0.2/c hours, so 12/c1 + 12/c2 + 12/c3 + 12/c4 = 10 minutes.
     *
     * @throws IllegalArgumentException if the first three leave no time for the fourth
     */
    public static double attiaFourth(double c1, double c2, double c3) {
        double left = 10 - 12 / c1 - 12 / c2 - 12 / c3;
        if (!(left > 0)) {
            throw new IllegalArgumentException(
                    "the first three currents already take 10 minutes or more for 0-60 %: no fourth current fits");
        }
        return 12 / left;
    }

    @Override
    public String spec() {
        return spec;
    }

    /** 0-based stage running now; the number of stages once in the CC-CV finish. */
    public int stage() {
        return stage;
    }

    @Override
    public void start(Observation o) {
        stage = 0;
    }

    @Override
    public void control(Observation o, Command c) {
        while (stage < cRates.length && reached(o, stage)) {
            stage++;
        }
        // A stage whose threshold lies above what the float voltage allows would never end.
        if (Protocols.cvDone(o, terminationC)) {
            c.finish();
            return;
        }
        double v = Protocols.floatOr(floatVoltage, o);
        c.set(o.amps(stage < cRates.length ? cRates[stage] : finishC), v);
    }

    private boolean reached(Observation o, int i) {
        return Double.isNaN(untilSoc[i]) ? o.voltage >= untilVoltage[i] : o.soc >= untilSoc[i];
    }
}
