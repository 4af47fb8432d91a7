package org.battsim.model.device;

import java.util.Objects;
import org.battsim.model.cell.Cell;
import org.battsim.model.charger.ChargePhase;
import org.battsim.model.charger.ChargerIc;
import org.battsim.model.charger.ChargerInputs;
import org.battsim.model.charger.ChargerLimits;
import org.battsim.model.charger.ChargerStep;
import org.battsim.model.cycler.EventSink;
import org.battsim.model.engine.SimulationModel;
import org.battsim.model.gauge.FuelGauge;
import org.battsim.model.os.BatteryService;
import org.battsim.model.os.BatteryServiceParameters;
import org.battsim.model.pack.BatteryPack;
import org.battsim.model.power.CablePortPath;
import org.battsim.model.power.PowerPath;
import org.battsim.model.power.PowerSource;

/**
 * A phone on its charger: source → cable and port → charger IC → pack → cell, with the system
 * load fed first (power path). One step:
 *
 * <ol>
 *   <li>the source gives its Thevenin view (EMF, output resistance, current limit) and the path
 *       its loop resistance and which pins mate;
 *   <li>the charger IC, from what it senses at the start of the step, decides its limits;
 *   <li>the operating point is solved so every limit holds at the end of the step: the input
 *       current is the largest allowed by IINDPM, the source's limit and VINDPM (VBUS = EMF −
 *       R·I ≥ VINDPM); the converter turns that input power, less its loss, into system power first
 *       and battery power second; the battery current is the smallest of ICHG, the CV current
 *       holding VREG, and the current the remaining power allows (or the battery supplements a
 *       deficit);
 *   <li>on commit the cell keeps its state, then source, path, pack protection and charger update
 *       from what flowed.
 * </ol>
 *
 * <p>Energy is booked per step from the same quantities the solve used, so the books of source,
 * adapter, path, converter, system and cell close.
 *
 * <p>A fuel gauge observes the pack (sense current, terminal voltage, NTC) after every committed
 * step, and the OS battery service, from what the gauge and charger report, decides shutdown and
 * charge holds through the phone's controls.
 */
public final class Phone implements SimulationModel {
    private final DeviceParameters params;
    private final BatteryPack pack;
    private final Cell cell;
    private final ChargerIc charger;
    private final EventSink events;
    private final FuelGauge gauge;
    private final BatteryService os;

    private PowerSource source;
    private PowerPath path;
    private LoadProfile load = LoadProfile.OFF;
    private boolean on;
    private double ambient = 298.15;

    private final ChargerInputs in = new ChargerInputs();
    private final ChargerLimits lim = new ChargerLimits();
    private final ChargerStep res = new ChargerStep();

    // Trial results (current step).
    private double vbus;
    private double iin;
    private double packCurrent; // positive = discharge
    private double systemPower;
    private double converterLoss;
    private boolean brownOut;
    private double eSource;
    private double eAdapter;
    private double ePath;
    private double eConverter;
    private double eSystem;
    private double ePack;
    private double eLeak;
    private double emf;
    private boolean inputOn;

    // Committed energy books (J).
    private double tSource;
    private double tAdapter;
    private double tPath;
    private double tConverter;
    private double tSystem;
    private double tPackIn;
    private double tLeak;
    private double lastVbus;

    public Phone(DeviceParameters params, BatteryPack pack, ChargerIc charger, EventSink events) {
        this.params = Objects.requireNonNull(params);
        this.pack = Objects.requireNonNull(pack);
        this.cell = pack.cell();
        this.charger = Objects.requireNonNull(charger);
        this.events = Objects.requireNonNull(events);
        this.gauge = new FuelGauge(params.gauge(), params.cell().ocv());
        this.gauge.init(cell.voltage());
        // The charger sits in the phone's body: it starts at the body's temperature.
        charger.dieTemperature(cell.bodyTemperature());
        this.os = new BatteryService(BatteryServiceParameters.defaults(), this, gauge, events);
    }

    // ---- user actions -------------------------------------------------------------------------

    /** Plugs a source (through a cable and the phone's port) in at time t. */
    public void plug(PowerSource src, PowerPath p, double t) {
        this.source = Objects.requireNonNull(src);
        this.path = Objects.requireNonNull(p);
        // A port that has not carried current yet is at the phone's surroundings, not a default.
        p.settle(ambient);
        src.attach(true, t);
        events.event(t, "user", "plugged into " + src.name());
        charger.plug(true, t, noLoadVbus());
        lastVbus = noLoadVbus();
        os.plugged(t);
    }

    public void unplug(double t) {
        if (source != null) {
            source.attach(false, t);
            source.enumerated(false);
            events.event(t, "user", "unplugged from " + source.name());
        }
        boolean was = source != null;
        source = null;
        charger.plug(false, t, 0);
        lastVbus = 0;
        if (was) {
            os.unplugged(t);
        }
    }

    /** Shuts the phone down (the OS's decision, or a loss of power). */
    public void shutdown(double t, String reason) {
        if (on) {
            on = false;
            charger.setHostAlive(false);
            events.event(t, "phone", reason);
        }
    }

    /** Takes the battery out (removable packs): the phone loses power, the gauge's memory starts to fade. */
    public void removeBattery(double t) {
        if (!params.removableBattery()) {
            throw new IllegalStateException(params.name() + " has no removable battery");
        }
        disconnectBattery(t);
    }

    /**
     * Disconnects the pack whatever the phone's design: a technician who opens the case (the only way
     * to reach a built-in pack with a multimeter or a cradle charger).
     */
    public void disconnectBattery(double t) {
        if (!pack.inserted()) {
            return;
        }
        pack.setInserted(false);
        gauge.batteryRemoved(t);
        events.event(t, "user", "battery removed");
        shutdown(t, "shut down: battery removed");
    }

    /** Puts the battery back; the gauge restarts from the rested voltage. */
    public void insertBattery(double t) {
        if (pack.inserted()) {
            return;
        }
        pack.setInserted(true);
        gauge.batteryInserted(t, cell.voltage());
        events.event(t, "user", "battery inserted");
    }

    /** Factory reset: the OS's data is erased and the phone reboots (the charger controller resets). */
    public void factoryReset(double t) {
        events.event(t, "user", "factory reset");
        os.factoryReset(t);
        charger.reset(t, noLoadVbus());
        charger.setHostAlive(on);
    }

    /** Plugs the same source through another cable (a replaced cable). */
    public void replaceCable(PowerPath p, double t) {
        PowerSource src = source;
        if (src == null) {
            this.path = Objects.requireNonNull(p);
            return;
        }
        unplug(t);
        plug(src, p, t);
    }

    /** Cleans the phone's port (debris removed). */
    public void cleanPort(double t) {
        if (path instanceof CablePortPath cp) {
            cp.port().clean();
            events.event(t, "user", "port cleaned");
        }
    }

    /** Repairs every wire of the cable (a cleared cable fault). */
    public void clearCable(double t) {
        if (path instanceof CablePortPath cp) {
            cp.cable().repair();
            events.event(t, "user", "cable fault cleared");
        }
    }

    public boolean plugged() {
        return source != null;
    }

    /** Switches the phone on (if the battery or the input can power it) or off. */
    public void power(boolean wantOn, double t) {
        if (wantOn && !on) {
            boolean battery = pack.dischargeAllowed() && cell.voltage() > params.cutoffVoltage();
            if (!battery && !(plugged() && noLoadVbus() > params.charger().uvloFalling())) {
                events.event(t, "phone", "cannot power on: battery below cut-off and no input");
                return;
            }
            on = true;
            if (load == LoadProfile.OFF) {
                load = LoadProfile.IDLE;
            }
            events.event(t, "phone", "powered on");
        } else if (!wantOn && on) {
            on = false;
            events.event(t, "phone", "powered off");
        }
        charger.setHostAlive(on);
    }

    /** Sets the load the phone runs when on (OFF switches it off). */
    public void setLoad(LoadProfile l, double t) {
        load = Objects.requireNonNull(l);
        if (l == LoadProfile.OFF) {
            power(false, t);
        } else {
            power(true, t);
        }
    }

    public void setAmbient(double kelvin) {
        ambient = kelvin;
        cell.setAmbientTemperature(kelvin);
    }

    // ---- accessors for outputs --------------------------------------------------------------

    public DeviceParameters parameters() {
        return params;
    }

    public BatteryPack pack() {
        return pack;
    }

    public Cell cell() {
        return cell;
    }

    public ChargerIc charger() {
        return charger;
    }

    public FuelGauge gauge() {
        return gauge;
    }

    public BatteryService batteryService() {
        return os;
    }

    /** Battery voltage as the phone senses it at the committed state (V). */
    public double sensedBatteryVoltage() {
        return sensedBatteryVoltage;
    }

    /** Pack temperature as the NTC reads it (K). */
    public double sensedTemperature() {
        return sensedNtc;
    }

    public PowerSource source() {
        return source;
    }

    public PowerPath path() {
        return path;
    }

    public boolean isOn() {
        return on;
    }

    public LoadProfile load() {
        return on ? load : LoadProfile.OFF;
    }

    /** VBUS at the charger input (V). */
    public double vbus() {
        return vbus;
    }

    /** Input current (A). */
    public double inputCurrent() {
        return iin;
    }

    /** Input current limit in force (A). */
    public double inputCurrentLimit() {
        return lim.inputCurrentLimit;
    }

    /** Pack current, positive = charging (A). */
    public double batteryChargeCurrent() {
        return -packCurrent;
    }

    public double systemPower() {
        return systemPower;
    }

    public double ambient() {
        return ambient;
    }

    /** Energy books since the start (J): source EMF, adapter, path, converter, system, pack, pack drain. */
    public double[] energyBooks() {
        return new double[] {tSource, tAdapter, tPath, tConverter, tSystem, tPackIn, tLeak};
    }

    private double noLoadVbus() {
        if (source == null || path == null || !path.powerConnected()) {
            return 0;
        }
        return source.emf();
    }

    // ---- the step -----------------------------------------------------------------------------

    private void sense(boolean connected) {
        in.plugged = source != null;
        in.vbusNoLoad = connected ? source.emf() : 0;
        in.vbus = lastVbus;
        if (charger.sensesDataLines()) {
            // Read only while the charger looks at them: each read walks cable and port contacts.
            in.dataPlus = in.plugged && path.dataPlusConnected();
            in.dataMinus = in.plugged && path.dataMinusConnected();
            in.signature = in.plugged ? source.signature() : org.battsim.model.power.DataSignature.FLOAT;
        }
        in.batteryVoltage = sensedBatteryVoltage;
        in.batteryPresent = pack.inserted() && in.batteryVoltage > 0.5;
        in.batteryChargeable = pack.inserted() && sensedChargeable;
        in.batteryTemperature = sensedNtc;
    }

    // Sensor values at the committed state: trial steps must not see each other's results.
    private double cellV;
    private double sensedBatteryVoltage;
    private boolean sensedChargeable;
    private double sensedNtc;

    /** Re-reads the committed state (after construction, a reset of the cell, or a commit). */
    public void refresh() {
        cellV = cell.voltage();
        sensedBatteryVoltage = pack.terminalVoltage(false);
        sensedChargeable = pack.chargeAllowed();
        sensedNtc = pack.ntcReading();
    }

    @Override
    public void trial(double t0, double dt) {
        // VBUS and GND are both mated exactly when their (non-negative) sum is finite.
        double loop = source != null && path != null ? path.loopResistance() : Double.POSITIVE_INFINITY;
        boolean connected = Double.isFinite(loop);
        sense(connected);
        charger.decide(t0, in, lim);
        double sysP = on ? params.power(load) : 0;
        emf = in.vbusNoLoad;
        double rSrc = source != null ? source.outputResistance() : 0;
        double rTot = connected ? rSrc + loop : Double.POSITIVE_INFINITY;
        inputOn = lim.inputEnabled && emf > 0 && Double.isFinite(rTot);
        double iinMax = 0;
        boolean vindpmBinding = false;
        boolean iclBinding = false;
        if (inputOn) {
            double iV = emf > lim.vindpm ? (emf - lim.vindpm) / rTot : 0;
            double sourceLimit = source.currentLimit();
            double iLim = Math.min(lim.inputCurrentLimit, sourceLimit);
            if (iV < iLim) {
                iinMax = iV;
                vindpmBinding = true;
            } else {
                iinMax = iLim;
                iclBinding = lim.inputCurrentLimit <= sourceLimit;
                vindpmBinding = !iclBinding; // past the source's limit its voltage folds onto VINDPM
            }
        }
        double pinMax = inputOn ? (emf - rTot * iinMax) * iinMax : 0;
        // d(input power)/d(input current) at the limit, for the input current of a power-limited step.
        double pinSlope = emf - 2 * rTot * iinMax;
        double invPinSlope = 1 / pinSlope;
        double minSys = charger.parameters().minSystemVoltage();
        double vsys = cellV > minSys ? cellV : minSys; // both positive: Math.max without its NaN checks
        double poutMax = charger.outputFromInput(pinMax, vsys);
        double leak = pack.leakCurrent() + (on || plugged() ? 0 : params.offDrain());
        boolean dischargeOk = pack.inserted() && pack.dischargeAllowed();
        brownOut = false;
        boolean inCv = false;
        boolean powerLimited = false;
        double avail = poutMax - sysP;
        boolean charged = false;
        if (avail >= 0 && lim.chargeEnabled && charger.phase() == ChargePhase.CV) {
            // Still in CV: the current holding VREG is the likely answer. Keep it when it is below
            // ICHG, does not discharge and fits the power, as the sequence below would (voltage
            // and power both rise with the charge current).
            holdVoltage(lim.chargeVoltageLimit, dt);
            charged = cell.current() > -lim.chargeCurrentLimit + leak
                    && cell.current() - leak <= 0
                    && packInPower(dt, leak) <= avail;
            inCv = charged;
        }
        if (!charged && avail >= 0 && lim.chargeEnabled && lim.chargeCurrentLimit * cellV > avail) {
            // Charging at ICHG would take more than ICHG·V_now, which already exceeds the power
            // available: go straight to the power-limited current, and keep it only if it meets
            // ICHG and VREG (otherwise take the full sequence below).
            chargeAtPower(avail, dt, leak);
            charged = leak - cell.current() <= lim.chargeCurrentLimit && cell.voltage() <= lim.chargeVoltageLimit;
            powerLimited = charged;
        }
        if (charged) {
            // done: power-limited
        } else if (avail >= 0 && lim.chargeEnabled) {
            // Charge: the smallest of ICHG, the CV current and what the power allows.
            cell.trial(Cell.Control.CURRENT, -lim.chargeCurrentLimit + leak, dt);
            if (cell.voltage() > lim.chargeVoltageLimit) {
                holdVoltage(lim.chargeVoltageLimit, dt);
                inCv = true;
                if (cell.current() - leak > 0) {
                    cell.trial(Cell.Control.CURRENT, leak, dt); // never discharge to reach VREG
                }
            }
            if (packInPower(dt, leak) > avail) {
                powerLimited = true;
                inCv = false;
                chargeAtPower(avail, dt, leak);
            }
        } else if (avail >= 0) {
            cell.trial(Cell.Control.CURRENT, leak, dt);
        } else if (dischargeOk) {
            // The input cannot carry the system: the battery supplies the rest.
            powerLimited = inputOn;
            double deficit = -avail;
            cell.trial(Cell.Control.POWER, deficit + leak * cellV, dt);
        } else {
            // Nothing can power the system: it browns out; the cell keeps only its drain.
            brownOut = sysP > 0;
            sysP = Math.min(sysP, poutMax);
            cell.trial(Cell.Control.CURRENT, leak, dt);
        }
        // Book the step from the cell's exact energy.
        double cellOut = cell.stepElectricalOut();
        double leakE = leak * 0.5 * (cellV + cell.voltage()) * dt;
        ePack = -(cellOut - leakE); // energy into the pack terminals from the system rail
        double pOut = sysP + ePack * inverse(dt);
        if (pOut < 0) {
            // Battery supplements more than the system needs (rounding): nothing flows back to the input.
            pOut = 0;
        }
        // The converter switches only while it delivers power; idle, it draws nothing measurable.
        converterLoss = pOut > 1e-9 && inputOn ? charger.loss(pOut, vsys) : 0;
        double pin = inputOn && pOut > 1e-9 ? pOut + converterLoss : 0;
        double belowMax = pinMax - pin;
        if (pin > 0 && powerLimited && belowMax >= 0 && belowMax <= 1e-9 * pinMax && pinSlope > 0.1 * emf) {
            // Power-limited: the input power sits just under its maximum, so one Newton step back
            // from the limit's current solves EMF·I - R·I² = P_in to rounding (the step's error is
            // R·ΔI²/slope with ΔI ~ 1e-9 of the current at most) without a square root.
            iin = iinMax - belowMax * invPinSlope;
        } else if (pin > 0) {
            double disc = emf * emf - 4 * rTot * pin;
            iin = 2 * pin / (emf + Math.sqrt(Math.max(disc, 0)));
        } else {
            iin = 0;
        }
        vbus = inputOn || emf > 0 ? emf - (Double.isFinite(rTot) ? rTot * iin : 0) : 0;
        packCurrent = cell.current() - leak;
        systemPower = sysP;
        eLeak = leakE;
        eSystem = sysP * dt;
        eConverter = converterLoss * dt;
        eAdapter = rSrc * iin * iin * dt;
        ePath = inputOn ? (rTot - rSrc) * iin * iin * dt : 0;
        eSource = emf * iin * dt;
        res.vbus = vbus;
        res.inputCurrent = iin;
        res.batteryCurrent = -packCurrent;
        res.batteryVoltage = cell.voltage();
        res.inIindpm = powerLimited && iclBinding && avail >= 0;
        res.inVindpm = (powerLimited && vindpmBinding) || (inputOn && iinMax == 0 && lim.inputCurrentLimit > 0);
        res.inCv = inCv;
        res.converterLoss = converterLoss;
        this.trialDt = dt;
        this.trialT0 = t0;
    }

    private double trialDt;
    private double trialT0;

    /** Power into the pack over the trial step (W), exact average. */
    private double packInPower(double dt, double leak) {
        double leakE = leak * 0.5 * (cellV + cell.voltage()) * dt;
        return -(cell.stepElectricalOut() - leakE) * inverse(dt);
    }

    // The last power-limited current per watt (A/W, negative when charging; 0 before any): scaled
    // by the next step's power, it is that step's warm start.
    private double lastPowerRatio;

    /**
     * Charges with the pack taking {@code power} watts on average over the step: a secant on the
     * (constant) step current, each probe an exact current-controlled trial, so the average power
     * matches to rounding and never exceeds what the input allows.
     */
    private void chargeAtPower(double power, double dt, double leak) {
        if (power <= 0) {
            cell.trial(Cell.Control.CURRENT, leak, dt);
            return;
        }
        // Warm start: the power-limited current moves little from one step to the next, so scaling
        // the last solution by the power ratio usually leaves one secant step to go.
        double i1 = lastPowerRatio < 0 ? lastPowerRatio * power : -power / Math.max(cellV, 0.5);
        // Newton on the cell's closed-form step lands within the tolerance below in one trial;
        // aim just under the power so that trial usually needs no correction to the allowed side.
        double predicted = predictedPowerCurrent(power * (1 - 1e-11), dt, leak, i1);
        if (predicted < 0) {
            i1 = predicted;
        }
        cell.trial(Cell.Control.CURRENT, i1 + leak, dt);
        double f1 = packInPower(dt, leak) - power;
        double i0 = 0;
        double f0 = -power;
        // The step energy is a difference of SoC integrals that grow with SoC, so its rounding noise
        // rises to ~1e-12 of the step's energy late in a charge: ask for 1e-10, well above it.
        for (int k = 0; k < 30 && Math.abs(f1) > 1e-10 * power; k++) {
            if (f1 == f0) {
                break;
            }
            double i2 = i1 - f1 * (i1 - i0) / (f1 - f0);
            if (!Double.isFinite(i2)) {
                break;
            }
            i0 = i1;
            f0 = f1;
            i1 = i2;
            cell.trial(Cell.Control.CURRENT, i1 + leak, dt);
            f1 = packInPower(dt, leak) - power;
        }
        if (f1 > 0) {
            // Land on the allowed side of the limit: power is nearly proportional to the current.
            i1 *= 1 - 2 * f1 / power - 1e-12;
            cell.trial(Cell.Control.CURRENT, i1 + leak, dt);
        }
        lastPowerRatio = i1 / power;
    }

    private final double[] prediction = new double[6];

    /**
     * A step toward the root of f0 + f1·d + f2·d²/2 corrected for the curvature (Halley's step: it
     * differs from that parabola's root nearest 0 by a term of third order in the step, and needs
     * no square root); the Newton step where the correction would divide by zero.
     */
    private static double quadraticStep(double f0, double f1, double f2) {
        double den = 2 * f1 * f1 - f0 * f2;
        return den != 0 ? -2 * f0 * f1 / den : -f0 / f1;
    }

    /**
     * Trial at the current that ends the step at {@code volts}, from the cell's prediction, kept if
     * one trial confirms it to the cell solver's own tolerance, else the cell's solve. The voltage is
     * linear in the current apart from the slight curvature of the hysteresis term, so one step on
     * the prediction's parabola usually lands to rounding.
     */
    private void holdVoltage(double volts, double dt) {
        // The hold's current tapers smoothly: extrapolated from the last two held steps of this
        // length, the first Halley step is already below the acceptance threshold.
        double i = cell.current();
        if (holdDt == dt && holdSteps >= 2) {
            i = 2 * holdCurrent1 - holdCurrent2;
        }
        for (int k = 0; k < 8; k++) {
            if (!cell.predictStep(i, dt, prediction)) {
                break;
            }
            double step = quadraticStep(prediction[2] - volts, prediction[3], prediction[5]);
            i += step;
            // The error left after the step is third order in it: far below 1e-15 of the current.
            if (!(Math.abs(step) > 1e-4 * Math.max(1, Math.abs(i)))) {
                cell.trial(Cell.Control.CURRENT, i, dt);
                if (Math.abs(cell.voltage() - volts) <= 1e-12) {
                    return;
                }
                break;
            }
        }
        cell.trial(Cell.Control.VOLTAGE, volts, dt);
    }

    /**
     * Pack current (A) taking {@code power} by the cell's step prediction, NaN without one. The step
     * energy is quadratic in the current apart from the hysteresis term, so one step on the
     * prediction's parabola from a warm start usually lands to rounding.
     */
    private double predictedPowerCurrent(double power, double dt, double leak, double guess) {
        double a = 0.5 * leak * dt; // the drain's share of the step energy, per volt of the mean voltage
        double target = power * dt - a * cellV;
        double i = guess;
        for (int k = 0; k < 8; k++) {
            if (!cell.predictStep(i + leak, dt, prediction)) {
                return Double.NaN;
            }
            double f0 = -prediction[0] + a * prediction[2] - target;
            double f1 = -prediction[1] + a * prediction[3];
            double f2 = -prediction[4] + a * prediction[5];
            double step = quadraticStep(f0, f1, f2);
            i += step;
            if (!(Math.abs(step) > 1e-4 * Math.abs(i))) {
                return i;
            }
        }
        return i;
    }

    // 1/dt for the last step length asked (a multiplication instead of a division per use).
    private double inverseFor = Double.NaN;
    private double inverseDt;

    private double inverse(double dt) {
        if (dt != inverseFor) {
            inverseFor = dt;
            inverseDt = 1 / dt;
        }
        return inverseDt;
    }

    // The cell currents of the last two committed steps that held VREG, and their step length.
    private double holdCurrent1;
    private double holdCurrent2;
    private double holdDt = Double.NaN;
    private int holdSteps;

    @Override
    public void commit() {
        if (res.inCv) {
            if (trialDt != holdDt) {
                holdDt = trialDt;
                holdSteps = 0;
            }
            holdCurrent2 = holdCurrent1;
            holdCurrent1 = cell.current();
            holdSteps++;
        } else {
            holdSteps = 0;
        }
        cell.commit();
        double t = trialT0;
        double dt = trialDt;
        double tEnd = t + dt;
        tSource += eSource;
        tAdapter += eAdapter;
        tPath += ePath;
        tConverter += eConverter;
        tSystem += eSystem;
        tPackIn += ePack;
        tLeak += eLeak;
        lastVbus = vbus;
        if (source != null) {
            source.advance(t, dt, iin);
        }
        if (path != null && source != null) {
            path.advance(t, dt, iin, ambient);
        }
        boolean chargerPresent = inputOn && lim.chargeEnabled;
        pack.afterStep(tEnd, dt, packCurrent, chargerPresent, events);
        res.bodyTemperature = cell.bodyTemperature();
        charger.complete(t, dt, in, lim, res);
        // Heat from the converter and the system warms the phone body.
        cell.setBodyHeat(converterLoss + systemPower);
        if (source != null) {
            double req = charger.pendingVoltageRequest();
            if (!Double.isNaN(req)) {
                charger.voltageRequestHandled(source.requestVoltage(req), tEnd);
            }
            if (charger.takeEnumeration()) {
                source.enumerated(true);
            }
        }
        refresh();
        if (pack.inserted()) {
            ChargePhase ph = charger.phase();
            boolean charging = ph == ChargePhase.BATTERY_SHORT
                    || ph == ChargePhase.PRECHARGE
                    || ph == ChargePhase.FAST_CC
                    || ph == ChargePhase.CV;
            gauge.update(dt, packCurrent, sensedBatteryVoltage, sensedNtc, plugged(), charging, ph == ChargePhase.DONE);
        }
        if (on && brownOut) {
            shutdown(tEnd, "shut down: no power for the system");
        }
        os.update(tEnd, dt);
    }

    /** Next time the charger changes state by itself (detection timers), for the session to stop at. */
    public double nextTransition(double t) {
        double next = charger.nextTransition(t, source != null && path != null && path.dataPlusConnected());
        if (source != null) {
            double s = source.nextTransitionTime();
            if (s > t) {
                next = Math.min(next, s);
            }
        }
        return next;
    }
}
