package org.battsim.model.power;

import java.util.Objects;
import org.battsim.model.engine.SeededRandom;

/**
 * The phone's USB receptacle: contact resistance per line, debris that keeps the plug proud,
 * oxide growth, a loose plug that drops out when the phone moves, and I²R heating of the contacts.
 *
 * <p>Contact heating {@code I²·(R_VBUS + R_GND)} feeds one thermal node (heat capacity, thermal
 * resistance to what the port is mounted in), advanced exactly for a constant current over the
 * step. Oxidation age advances at the rate humidity and the contact temperature at the start of
 * the step give it ({@link OxidationParameters#acceleration}); it never goes back except when the
 * port is cleaned with its plating intact. A loose plug draws from the stream {@code
 * port/<name>/plug}.
 */
public final class Port {
    private static final Wire[] WIRES = Wire.values();

    private final PortParameters p;
    private final OxidationParameters ox;
    private final Motion plug;

    private double depthLoss;
    private double addedPower;
    private double oxidationAge;
    private double oxidationFactor = 1;
    private double humidity;
    private double intermittentProbability;
    private boolean platingGone;
    private double temperature = 298.15;
    private double heatPower;
    private double now;
    private double factorHumidity = Double.NaN;
    private double humidityFactor;
    private double decayDt = Double.NaN;
    private double decay;
    // The Arrhenius factor at an anchor temperature, for temperatureFactor.
    private final double activationTemperature;
    private double anchorTemperature = Double.NaN;
    private double anchorInverse;
    private double anchorRatio;
    private double anchorFactor;

    public Port(PortParameters parameters, PortCondition condition, SeededRandom random) {
        this.p = Objects.requireNonNull(parameters, "parameters");
        this.ox = p.oxidation();
        this.activationTemperature = ox.activationEnergy() / OxidationParameters.GAS_CONSTANT;
        Objects.requireNonNull(random, "random");
        this.plug = new Motion(random.stream("port/" + p.name() + "/plug"));
        condition(condition);
    }

    public PortParameters parameters() {
        return p;
    }

    /** Puts the port in a condition (debris, oxidation, humidity, loose plug, plating). */
    public void condition(PortCondition c) {
        Objects.requireNonNull(c, "condition");
        depthLoss = c.depthLoss();
        setOxidationAge(c.oxidationAge());
        humidity = c.relativeHumidity();
        platingGone = c.platingGone();
        intermittent(c.intermittentOpenProbability());
    }

    // ---- what the path reads -----------------------------------------------------------

    /** Resistance of a contact now (Ω); +∞ when it does not touch. */
    public double contactResistance(Wire w) {
        keepContacts();
        return kept[w.ordinal()];
    }

    /** VBUS plus GND contact resistance (Ω); +∞ when either does not touch. */
    public double powerContactResistance() {
        keepContacts();
        return keptPower;
    }

    /** Brings the kept contact resistances up to date. */
    private void keepContacts() {
        // The four values depend only on the plug, the debris and the oxide: kept until one changes.
        boolean open = plug.open();
        if (open != keptOpen
                || depthLoss != keptDepthLoss
                || oxidationFactor != keptOxidationFactor
                || addedPower != keptAddedPower) {
            for (Wire x : WIRES) {
                kept[x.ordinal()] = computeContactResistance(x);
            }
            keptPower = kept[Wire.VBUS.ordinal()] + kept[Wire.GND.ordinal()];
            keptOpen = open;
            keptDepthLoss = depthLoss;
            keptOxidationFactor = oxidationFactor;
            keptAddedPower = addedPower;
        }
    }

    private final double[] kept = new double[WIRES.length];
    private double keptPower; // kept[VBUS] + kept[GND]
    private boolean keptOpen;
    private double keptDepthLoss = Double.NaN;
    private double keptOxidationFactor = Double.NaN;
    private double keptAddedPower = Double.NaN;

    private double computeContactResistance(Wire w) {
        if (plug.open()) {
            return Double.POSITIVE_INFINITY;
        }
        double dOpen = p.openDepth(w);
        if (depthLoss >= dOpen) {
            return Double.POSITIVE_INFINITY;
        }
        double film = p.newResistance(w) * oxidationFactor;
        if (film >= ox.openResistance()) {
            return Double.POSITIVE_INFINITY;
        }
        double added = w == Wire.VBUS || w == Wire.GND ? addedPower : 0;
        return film + added + p.seatingResistance() * depthLoss / (dOpen - depthLoss);
    }

    /**
     * Adds resistance to each power contact (VBUS and GND): a worn spring or a dirty contact whose
     * cause is not modelled. Like any contact resistance it drops voltage and heats the contacts.
     */
    public void addedPowerContactResistance(double ohms) {
        addedPower = Checks.within("added contact resistance", ohms, 0, 1000, "Ohm");
    }

    /** The resistance added to each power contact (Ω). */
    public double addedPowerContactResistance() {
        return addedPower;
    }

    /** Whether a contact touches now. */
    public boolean mated(Wire w) {
        return Double.isFinite(contactResistance(w));
    }

    /** Temperature of the contacts (K). */
    public double contactTemperature() {
        return temperature;
    }

    /** Sets the contacts' temperature, for example to the phone's at the start (K). */
    public void contactTemperature(double kelvin) {
        Checks.within("contact temperature", kelvin, 1, 1000, "K");
        temperature = kelvin;
        settled = true;
    }

    /** The contacts start at {@code kelvin} unless their temperature was set or stepped already (K). */
    public void settle(double kelvin) {
        if (!settled) {
            contactTemperature(kelvin);
        }
    }

    // Whether the contacts' temperature has a history (set, or advanced over a step).
    private boolean settled;

    /** Heat released in the contacts over the last step (W). */
    public double heatPower() {
        return heatPower;
    }

    /**
     * Advances over the step from {@code t} to {@code t + dt} that carried {@code current} amperes,
     * with the port mounted in surroundings at {@code ambientK}.
     */
    public void advance(double t, double dt, double current, double ambientK) {
        double r = powerContactResistance();
        heatPower = r < Double.POSITIVE_INFINITY ? current * current * r : 0; // both contacts touch
        // Humidity and the step length rarely change: their factors are kept from step to step.
        if (humidity != factorHumidity) {
            factorHumidity = humidity;
            humidityFactor = ox.humidityFactor(humidity);
        }
        setOxidationAge(oxidationAge + humidityFactor * temperatureFactor(temperature) * dt);
        double rth = p.thermalResistance();
        double steady = ambientK + heatPower * rth;
        if (dt != decayDt) {
            decayDt = dt;
            decay = Math.exp(-dt / (rth * p.heatCapacity()));
        }
        temperature = steady + (temperature - steady) * decay;
        settled = true;
        now = t + dt;
        plug.advance(now);
    }

    /** The next time the loose plug may change (s); +∞ if none. */
    public double nextMotionTime() {
        return plug.active() ? plug.nextEvent() : Double.POSITIVE_INFINITY;
    }

    // ---- faults, environment and user actions ------------------------------------------

    /** Pushes lint in: the plug sits {@code extra} metres further out. */
    public void insertDebris(double extra) {
        Checks.nonNegative("debris depth loss", extra, "m");
        depthLoss = Math.min(depthLoss + extra, 0.01);
    }

    /**
     * Cleans the port (blow out, brush, alcohol): the debris is gone and the plug seats; with the
     * plating intact the oxide comes off and the contacts are as new, with the plating gone the
     * bare metal's oxide stays.
     */
    public void clean() {
        depthLoss = 0;
        intermittent(0);
        if (!platingGone) {
            setOxidationAge(0);
        }
    }

    /**
     * Ages the contacts over {@code seconds} spent unplugged at relative humidity {@code rh} and
     * {@code kelvin} (a phone left in a damp drawer): the oxide grows at the rate the law gives those
     * conditions; no current flows, so nothing heats.
     */
    public void expose(double seconds, double rh, double kelvin) {
        Checks.nonNegative("exposure time", seconds, "s");
        Checks.probability("relative humidity", rh);
        Checks.within("exposure temperature", kelvin, 200, 400, "K");
        setOxidationAge(oxidationAge + ox.acceleration(rh, kelvin) * seconds);
    }

    /** Relative humidity around the port from now on (fraction). */
    public void setHumidity(double rh) {
        humidity = Checks.probability("relative humidity", rh);
    }

    /** Wears the plating through (fretting, abrasive cleaning). */
    public void wearPlating() {
        platingGone = true;
    }

    /** Makes the plug loose: at each movement it loses contact with probability {@code p}. */
    public void intermittent(double p) {
        Checks.probability("intermittent open probability", p);
        intermittentProbability = p;
        if (p > 0) {
            plug.start(p, now);
        } else {
            plug.stop();
        }
    }

    /** How often the phone is moved (movements per second), from the end of the last step. */
    public void motionRate(double hz) {
        Checks.nonNegative("motion rate", hz, "Hz");
        plug.rate(hz, now);
    }

    public double motionRate() {
        return plug.rate();
    }

    public double depthLoss() {
        return depthLoss;
    }

    /** Oxidation age (s at reference conditions). */
    public double oxidationAge() {
        return oxidationAge;
    }

    /** Contact resistance multiplier from oxidation (≥ 1). */
    public double oxidationFactor() {
        return oxidationFactor;
    }

    public double humidity() {
        return humidity;
    }

    public boolean platingGone() {
        return platingGone;
    }

    public double intermittentProbability() {
        return intermittentProbability;
    }

    /** Whether the loose plug is out of contact now. */
    public boolean plugOpen() {
        return plug.open();
    }

    /** Number of contacts that touch now (0–4). */
    public int matedCount() {
        int n = 0;
        for (Wire w : WIRES) {
            if (mated(w)) {
                n++;
            }
        }
        return n;
    }

    /**
     * {@link OxidationParameters#temperatureFactor} for the contacts' temperature, which moves little
     * from step to step: with the factor f_a at an anchor temperature T_a, f(T) = f_a·exp(d), d =
     * E_a/R·(1/T_a − 1/T) = (E_a/(R·T_a))·δ/(1 + δ) with δ = (T − T_a)/T_a. For |δ| ≤ 1e-4 the series
     * of δ/(1 + δ) to δ⁴ is exact to 1e-16 of d, and for |d| ≤ 1e-3 the series of exp(d) to d⁴ leaves
     * an error below 1e-17 relative, so the result agrees with the exponential to a few ulps, without
     * a division; further away the anchor moves to T (one exponential, the parameters' own).
     */
    private double temperatureFactor(double kelvin) {
        double delta = (kelvin - anchorTemperature) * anchorInverse;
        double d = anchorRatio * delta * (1 - delta * (1 - delta * (1 - delta)));
        if (Math.abs(delta) <= 1e-4 && Math.abs(d) <= 1e-3) { // false with no anchor yet (NaN)
            return anchorFactor * (1 + d * (1 + d * 0.5 * (1 + d * (1.0 / 3) * (1 + d * 0.25))));
        }
        anchorTemperature = kelvin;
        anchorInverse = 1 / kelvin;
        anchorRatio = activationTemperature / kelvin;
        anchorFactor = ox.temperatureFactor(kelvin);
        return anchorFactor;
    }

    private void setOxidationAge(double age) {
        oxidationAge = age;
        oxidationFactor = ox.factor(age);
    }
}
