package org.battsim.model.protocol;

/**
 * Adaptive charging as phones do overnight: CC-CV until the hold state of charge (80 %), wait
 * there, then finish to full so that the charge ends shortly before the expected unplug time (the
 * policy of Apple's Optimized Battery Charging and Android's Adaptive Charging; less time spent
 * full means less calendar aging).
 *
 * <p>The finish starts at the unplug time less an estimate of the finish's length, {@link
 * #TAIL_FACTOR} times the constant-current time for the charge still missing, plus {@link
 * #MARGIN_SECONDS}. If the hold is reached too late for a wait, the charge continues at once.
 */
public final class HoldAndFinish implements Protocol {
    /**
     * assumption: the CV tail makes a finish from 80 % last up to about twice and a half its
     * constant-current time at 0.5-1C (phone-lco-3080: 80 % to C/20 at 1C takes about 26 minutes
     * against 12 minutes of pure CC); an overestimate only ends the charge earlier.
     */
    static final double TAIL_FACTOR = 2.5;
    /** assumption: ten minutes of slack so that the charge is complete before the unplug time. */
    static final double MARGIN_SECONDS = 600;

    private enum Phase {
        TO_HOLD,
        WAIT,
        FINISH
    }

    private final String spec;
    private final double cRate;
    private final double holdSoc;
    private final double unplugSeconds;
    private final double floatVoltage;
    private final double terminationC;
    private Phase phase;
    private double finishAt;

    /**
     * @param holdSoc state of charge to hold at (fraction)
     * @param unplugSeconds expected unplug time, from the start of the charge (s)
     */
    public HoldAndFinish(
            String spec, double cRate, double holdSoc, double unplugSeconds, double floatVoltage, double terminationC) {
        this.spec = spec;
        this.cRate = Protocols.positive("current", cRate);
        this.holdSoc = Protocols.fraction("hold state of charge", holdSoc);
        this.unplugSeconds = Protocols.positive("unplug time", unplugSeconds);
        this.floatVoltage = Protocols.voltageOrNaN(floatVoltage);
        this.terminationC = Protocols.positive("termination current", terminationC);
    }

    @Override
    public String spec() {
        return spec;
    }

    public double unplugSeconds() {
        return unplugSeconds;
    }

    @Override
    public double controlPeriod() {
        // While waiting nothing changes but the clock: wake once a minute, and at the finish's start.
        return phase == Phase.WAIT ? Math.max(1.0, Math.min(60.0, finishAt - lastTime)) : 1.0;
    }

    private double lastTime;

    @Override
    public void start(Observation o) {
        phase = Phase.TO_HOLD;
        finishAt = Double.NaN;
    }

    @Override
    public void control(Observation o, Command c) {
        lastTime = o.time;
        double v = Protocols.floatOr(floatVoltage, o);
        if (phase == Phase.TO_HOLD && o.soc >= holdSoc) {
            double finishLength = TAIL_FACTOR * (1 - o.soc) * o.ratedCapacityAh / o.amps(cRate) * 3600;
            finishAt = unplugSeconds - finishLength - MARGIN_SECONDS;
            phase = o.time < finishAt ? Phase.WAIT : Phase.FINISH;
        }
        if (phase == Phase.WAIT) {
            if (o.time >= finishAt - 1e-6) {
                phase = Phase.FINISH;
            } else {
                c.pause();
                c.voltageLimit = v;
                return;
            }
        }
        if (phase != Phase.WAIT && Protocols.cvDone(o, terminationC)) {
            c.finish();
        } else {
            c.set(o.amps(cRate), v);
        }
    }
}
