package org.battsim.model.charger;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.battsim.model.cycler.EventSink;
import org.battsim.model.power.DataSignature;

/**
 * The charger IC's firmware: a state machine that senses VBUS, D+/D-, the battery and the NTC,
 * decides the limits for each step ({@link #decide}, no side effects, so the engine may call it
 * for several trial steps) and updates itself from what happened ({@link #complete}, once per
 * committed step).
 *
 * <p>Detection follows BC 1.2 (data-contact detect with debounce or timeout, primary and secondary
 * detection, then proprietary dividers), optionally followed by a Quick Charge request and by USB
 * enumeration on host ports. The input limit then ramps (AICL/ICO) from a start value towards the
 * detected limit, stopping where VBUS reaches VINDPM; if VBUS is already at VINDPM at the start
 * value the limit collapses to a floor and stays latched until the input is re-plugged or the
 * controller reset (the ICO trap). Repeated under-voltage collapses (a weak adapter) suspend the
 * input briefly and raise the VINDPM threshold, up to a clamp (Qualcomm's storm handling).
 * Charging runs battery-short, pre-charge, CC, CV, terminates below ITERM and recharges when the
 * battery falls back; JEITA zones, die thermal regulation and shutdown, the safety timer (half
 * speed under DPM or thermal regulation) and the host watchdog act on top.
 */
public final class ChargerIc {
    private enum Detect {
        IDLE,
        DCD,
        PRIMARY,
        SECONDARY,
        QC_HANDSHAKE,
        ENUMERATING,
        DONE
    }

    private final ChargerParameters p;
    private final EventSink events;

    private boolean attached;
    private Detect detect = Detect.IDLE;
    private double detectElapsed;
    private PortType portType = PortType.NONE;
    private double iclDetected;
    private double aiclLevel;
    private double aiclTimer;
    private boolean aiclDone;
    private boolean icoLatched;
    private double latchedLimit = Double.NaN;
    private double vbusAtAttach;
    private double requestedVoltage = Double.NaN;
    private boolean enumerationPending;
    private double stormBoost;
    private final double[] uvTimes = new double[5];
    private int uvCount;
    private double suspendUntil = Double.NEGATIVE_INFINITY;
    private boolean wasCollapsed;

    private ChargePhase phase = ChargePhase.NOT_CHARGING;
    private boolean terminated;
    private double safetyElapsed;
    private double prechargeElapsed;
    private boolean timerExpired;
    private boolean hostAlive = true;
    private double watchdogElapsed;
    private boolean watchdogExpired;
    private boolean hostChargeEnable = true;
    private double hostVregOverride = Double.NaN;
    private double dieT = 298.15;
    private double dieDecayDt = Double.NaN; // exp(-dt/τ) of the die, kept while the step length repeats
    private double dieDecay;
    private boolean thermalShutdown;
    private final EnumSet<ChargerFault> faults = EnumSet.noneOf(ChargerFault.class);
    private ChargerFault ntcStatus;
    private ChargeAlgorithm algorithm;

    public ChargerIc(ChargerParameters p, EventSink events) {
        this.p = Objects.requireNonNull(p);
        this.events = Objects.requireNonNull(events);
    }

    public ChargerParameters parameters() {
        return p;
    }

    // ---- what the phone and the user can do ---------------------------------------------

    /** A cable was plugged in (VBUS appeared) or pulled out. */
    public void plug(boolean plugged, double t, double vbusNoLoad) {
        if (plugged == attached) {
            return;
        }
        attached = plugged;
        resetInputState();
        if (plugged) {
            vbusAtAttach = vbusNoLoad;
            detect = Detect.DCD;
            events.event(t, "charger", "input attached: VBUS " + fmt(vbusNoLoad) + " V, detection started");
        } else {
            events.event(t, "charger", "input removed");
            phase = ChargePhase.NOT_CHARGING;
            timerExpired = false;
            safetyElapsed = 0;
            prechargeElapsed = 0;
        }
    }

    private void resetInputState() {
        detect = Detect.IDLE;
        detectElapsed = 0;
        portType = PortType.NONE;
        iclDetected = 0;
        aiclLevel = 0;
        aiclTimer = 0;
        aiclDone = false;
        icoLatched = false;
        latchedLimit = Double.NaN;
        requestedVoltage = Double.NaN;
        enumerationPending = false;
        stormBoost = 0;
        uvCount = 0;
        suspendUntil = Double.NEGATIVE_INFINITY;
        terminated = false;
        watchdogExpired = false;
        watchdogElapsed = 0;
        wasCollapsed = false;
    }

    /** A controller reset (OS reboot or factory reset): registers to defaults and detection re-run. */
    public void reset(double t, double vbusNoLoad) {
        boolean was = attached;
        resetInputState();
        timerExpired = false;
        safetyElapsed = 0;
        hostVregOverride = Double.NaN;
        hostChargeEnable = true;
        if (was) {
            vbusAtAttach = vbusNoLoad;
            detect = Detect.DCD;
        }
        events.event(t, "charger", "controller reset: detection re-run");
    }

    /** Fault: the controller latches a wrong input limit (for example ICO stuck at 100 mA). */
    public void latchInputLimit(double amps, double t) {
        latchedLimit = amps;
        icoLatched = true;
        events.event(t, "charger", "input limit latched at " + fmt(amps) + " A");
    }

    /** Whether the host (the OS) is alive and kicks the watchdog. */
    public void setHostAlive(boolean alive) {
        hostAlive = alive;
        if (alive) {
            watchdogElapsed = 0;
        }
    }

    /** The OS enables or disables charging (charge limit, adaptive hold). */
    public void setHostChargeEnable(boolean enable) {
        hostChargeEnable = enable;
    }

    /**
     * Installs a charging algorithm that supplies ICHG and VREG (see {@link ChargeAlgorithm}), or
     * null for the IC's own CC/CV with termination at ITERM.
     */
    public void setAlgorithm(ChargeAlgorithm a) {
        algorithm = a;
    }

    public ChargeAlgorithm algorithm() {
        return algorithm;
    }

    /** The OS lowers the charge voltage (battery care); NaN restores the default. */
    public void setVregOverride(double volts) {
        hostVregOverride = volts;
    }

    /** Reads and clears the latched fault register (NTC status is live, not latched). */
    public Set<ChargerFault> readFaults() {
        EnumSet<ChargerFault> out = EnumSet.copyOf(faults.isEmpty() ? EnumSet.noneOf(ChargerFault.class) : faults);
        if (ntcStatus != null) {
            out.add(ntcStatus);
        }
        faults.clear();
        return out;
    }

    /** The latched faults without clearing them. */
    public Set<ChargerFault> peekFaults() {
        EnumSet<ChargerFault> out = EnumSet.noneOf(ChargerFault.class);
        out.addAll(faults);
        if (ntcStatus != null) {
            out.add(ntcStatus);
        }
        return out;
    }

    // ---- state read by the phone ----------------------------------------------------------

    public PortType portType() {
        return portType;
    }

    public ChargePhase phase() {
        return phase;
    }

    public boolean attached() {
        return attached;
    }

    public boolean detectionDone() {
        return detect == Detect.DONE;
    }

    public double dieTemperature() {
        return dieT;
    }

    /** Sets the die's temperature, for example to the phone body's at the start (K). */
    public void dieTemperature(double kelvin) {
        if (!(kelvin >= 1 && kelvin <= 1000)) {
            throw new IllegalArgumentException("die temperature must be between 1 and 1000 K, got " + kelvin);
        }
        dieT = kelvin;
    }

    /** The input limit that applies now (A). */
    public double inputCurrentLimit() {
        if (!attached) {
            return 0;
        }
        if (icoLatched) {
            return latchedLimit;
        }
        if (watchdogExpired) {
            return p.iclDefault();
        }
        if (detect != Detect.DONE) {
            return p.iclDefault();
        }
        return aiclDone ? aiclLevel : Math.min(aiclLevel, iclDetected);
    }

    /** A voltage the charger asks the source for (Quick Charge), or NaN; cleared by {@link #voltageRequestHandled}. */
    public double pendingVoltageRequest() {
        return requestedVoltage;
    }

    public void voltageRequestHandled(double achieved, double t) {
        if (!Double.isNaN(requestedVoltage)) {
            if (achieved > 5.5) {
                portType = PortType.HVDCP;
                iclDetected = p.iclHvdcp();
                vbusAtAttach = achieved;
                events.event(t, "charger", "Quick Charge: source raised VBUS to " + fmt(achieved) + " V (HVDCP)");
            } else {
                events.event(t, "charger", "Quick Charge request ignored: staying at " + fmt(achieved) + " V");
            }
        }
        requestedVoltage = Double.NaN;
    }

    /** Whether the phone should now tell the host it is configured (USB enumeration finished). */
    public boolean takeEnumeration() {
        boolean e = enumerationPending;
        enumerationPending = false;
        return e;
    }

    /** Earliest time after {@code t} at which the state machine changes by itself, or +∞. */
    public double nextTransition(double t, boolean dataPlus) {
        if (!attached) {
            return Double.POSITIVE_INFINITY;
        }
        double remaining = switch (detect) {
            case DCD -> (dataPlus ? p.dcdDebounce() : p.dcdTimeout()) - detectElapsed;
            case PRIMARY -> p.primaryDetection() - detectElapsed;
            case SECONDARY -> p.secondaryDetection() - detectElapsed;
            case QC_HANDSHAKE -> p.quickChargeHandshake() - detectElapsed;
            case ENUMERATING -> p.enumerationDelay() - detectElapsed;
            default -> Double.POSITIVE_INFINITY;
        };
        double next = t + Math.max(remaining, 1e-9);
        if (suspendUntil > t) {
            next = Math.min(next, suspendUntil);
        }
        return next;
    }

    // ---- per step ----------------------------------------------------------------------------

    /** Decides the limits for a step starting at {@code t}. No side effects. */
    public void decide(double t, ChargerInputs in, ChargerLimits out) {
        out.thermalRegulation = false;
        boolean inputValid = attached && in.vbusNoLoad >= p.uvloFalling() && in.vbusNoLoad <= p.ovp();
        out.inputEnabled = inputValid && !thermalShutdown && t >= suspendUntil;
        out.inputCurrentLimit = out.inputEnabled ? inputCurrentLimit() : 0;
        double base =
                p.vindpmRelative() ? Math.max(p.vindpmFloor(), vbusAtAttach - p.vindpmOffset()) : p.vindpmAbsolute();
        out.vindpm = base + stormBoost;
        // Charging.
        double tb = in.batteryTemperature;
        double ichg;
        double v = in.batteryVoltage;
        if (v < p.batteryShortVoltage()) {
            ichg = p.batteryShortCurrent();
        } else if (v < p.batlowv()) {
            ichg = p.prechargeCurrent();
        } else {
            ichg = algorithm != null ? algorithm.chargeCurrent() : p.chargeCurrent();
        }
        double vregBase = algorithm != null ? algorithm.chargeVoltage() : p.vreg();
        double vreg = Double.isNaN(hostVregOverride) ? vregBase : Math.min(vregBase, hostVregOverride);
        boolean jeitaStop = tb < p.jeitaT1() || tb > p.jeitaT4();
        if (tb >= p.jeitaT1() && tb < p.jeitaT2()) {
            ichg *= p.jeitaCoolFactor();
        } else if (tb > p.jeitaT3() && tb <= p.jeitaT4()) {
            vreg -= p.jeitaWarmVoltageDrop();
        }
        if (dieT > p.treg()) {
            double f = Math.max(0, 1 - (dieT - p.treg()) / 10.0);
            ichg *= f;
            out.thermalRegulation = true;
        }
        boolean present = in.batteryPresent || p.canWakeLockedPack();
        out.chargeEnabled = out.inputEnabled
                && detect == Detect.DONE
                && present
                && in.batteryChargeable
                && hostChargeEnable
                && !timerExpired
                && !jeitaStop
                && !terminated
                && (algorithm == null || (!algorithm.finished() && algorithm.chargeCurrent() > 0));
        out.chargeCurrentLimit = ichg;
        out.chargeVoltageLimit = vreg;
    }

    /** Updates timers, detection, AICL, phases and faults after a committed step [t, t + dt]. */
    public void complete(double t, double dt, ChargerInputs in, ChargerLimits lim, ChargerStep r) {
        double tEnd = t + dt;
        // Die temperature: one node to the phone body, exact for the step's constant loss.
        double tau = p.dieHeatCapacity() * p.dieToBody();
        double rise = r.converterLoss * p.dieToBody();
        if (dt != dieDecayDt) {
            dieDecayDt = dt;
            dieDecay = Math.exp(-dt / tau);
        }
        dieT = r.bodyTemperature + rise + (dieT - r.bodyTemperature - rise) * dieDecay;
        if (!thermalShutdown && dieT >= p.tshutdown()) {
            thermalShutdown = true;
            faults.add(ChargerFault.THERMAL_SHUTDOWN);
            events.event(tEnd, "charger", "thermal shutdown at die " + fmt(dieT - 273.15) + " degC");
        } else if (thermalShutdown && dieT < p.tshutdown() - 30) {
            thermalShutdown = false;
            events.event(tEnd, "charger", "thermal shutdown released");
        }
        ChargerFault ntc = in.batteryTemperature < p.jeitaT1()
                ? ChargerFault.NTC_COLD
                : in.batteryTemperature < p.jeitaT2()
                        ? ChargerFault.NTC_COOL
                        : in.batteryTemperature > p.jeitaT4()
                                ? ChargerFault.NTC_HOT
                                : in.batteryTemperature > p.jeitaT3() ? ChargerFault.NTC_WARM : null;
        if (ntc != ntcStatus) {
            events.event(
                    tEnd,
                    "charger",
                    "NTC " + (ntc == null ? "normal" : ntc.name().substring(4).toLowerCase(Locale.ROOT)));
            ntcStatus = ntc;
        }
        if (!attached) {
            phase = ChargePhase.NOT_CHARGING;
            return;
        }
        if (in.vbusNoLoad > p.ovp()) {
            if (faults.add(ChargerFault.INPUT_OVER_VOLTAGE)) {
                events.event(tEnd, "charger", "input over-voltage: VBUS " + fmt(in.vbusNoLoad) + " V");
            }
        }
        // Input collapse: the source went away (hiccup, trip, intermittent contact) or sagged below UVLO.
        boolean collapsed = in.vbusNoLoad < p.uvloFalling() || (r.inputCurrent > 0 && r.vbus < p.uvloFalling());
        if (collapsed && !wasCollapsed) {
            faults.add(ChargerFault.INPUT_UNDER_VOLTAGE);
            underVoltageInterrupt(tEnd);
            if (detect != Detect.IDLE) {
                events.event(tEnd, "charger", "VBUS collapsed: input lost, detection will re-run");
            }
            // The input stage restarts when VBUS returns: detection runs again.
            double keepBoost = stormBoost;
            boolean keepLatch = icoLatched;
            double keepLimit = latchedLimit;
            int keepUv = uvCount;
            double[] keepTimes = uvTimes.clone();
            double keepSuspend = suspendUntil;
            resetInputState();
            stormBoost = keepBoost;
            icoLatched = keepLatch;
            latchedLimit = keepLimit;
            uvCount = keepUv;
            System.arraycopy(keepTimes, 0, uvTimes, 0, uvTimes.length);
            suspendUntil = keepSuspend;
        } else if (!collapsed && wasCollapsed) {
            vbusAtAttach = in.vbusNoLoad;
            detect = Detect.DCD;
            detectElapsed = 0;
            events.event(tEnd, "charger", "VBUS back: " + fmt(in.vbusNoLoad) + " V, detection started");
        }
        wasCollapsed = collapsed;
        boolean detectingBefore = detect != Detect.DONE && detect != Detect.IDLE;
        if (!collapsed) {
            advanceDetection(tEnd, dt, in);
            advanceAicl(tEnd, dt, lim, r);
        }
        // Watchdog.
        if (p.watchdog() > 0 && !hostAlive && !watchdogExpired) {
            watchdogElapsed += dt;
            if (watchdogElapsed >= p.watchdog()) {
                watchdogExpired = true;
                faults.add(ChargerFault.WATCHDOG);
                events.event(
                        tEnd,
                        "charger",
                        "watchdog expired: registers back to defaults (input limit " + fmt(p.iclDefault()) + " A)");
            }
        }
        // The step's limits were decided while detection ran: report the phase as still detecting.
        updatePhase(tEnd, dt, lim, r, detectingBefore && detect == Detect.DONE);
        if (algorithm != null) {
            algorithm.stepCompleted(tEnd, dt, in, r);
        }
    }

    private void underVoltageInterrupt(double t) {
        System.arraycopy(uvTimes, 0, uvTimes, 1, uvTimes.length - 1);
        uvTimes[0] = t;
        uvCount = Math.min(uvCount + 1, uvTimes.length);
        if (uvCount == uvTimes.length && t - uvTimes[uvTimes.length - 1] <= 3.0) {
            suspendUntil = t + 0.020;
            stormBoost += 0.2;
            uvCount = 0;
            double vindpm = (p.vindpmRelative()
                            ? Math.max(p.vindpmFloor(), vbusAtAttach - p.vindpmOffset())
                            : p.vindpmAbsolute())
                    + stormBoost;
            events.event(
                    t,
                    "charger",
                    "weak adapter: 5 under-voltage interrupts in 3 s, input suspended 20 ms, VINDPM raised to "
                            + fmt(vindpm) + " V");
            if (vindpm >= 4.8 && !icoLatched) {
                icoLatched = true;
                latchedLimit = p.icoLatchCurrent();
                events.event(
                        t, "charger", "weak adapter: input limit clamped to " + fmt(latchedLimit) + " A until unplug");
            }
        }
    }

    private void advanceDetection(double t, double dt, ChargerInputs in) {
        if (detect == Detect.IDLE || detect == Detect.DONE) {
            return;
        }
        detectElapsed += dt;
        switch (detect) {
            case DCD -> {
                double need = in.dataPlus ? p.dcdDebounce() : p.dcdTimeout();
                if (detectElapsed >= need - 1e-12) {
                    detect = Detect.PRIMARY;
                    detectElapsed = 0;
                    if (!in.dataPlus) {
                        events.event(t, "charger", "data contact detect timed out (D+ not connected)");
                    }
                }
            }
            case PRIMARY -> {
                if (detectElapsed >= p.primaryDetection() - 1e-12) {
                    detectElapsed = 0;
                    detect = Detect.SECONDARY;
                }
            }
            case SECONDARY -> {
                if (detectElapsed >= p.secondaryDetection() - 1e-12) {
                    detectElapsed = 0;
                    finishDetection(t, in);
                }
            }
            case QC_HANDSHAKE -> {
                if (detectElapsed >= p.quickChargeHandshake() - 1e-12) {
                    requestedVoltage = p.quickChargeVoltage();
                    detect = Detect.DONE;
                    startAicl();
                }
            }
            case ENUMERATING -> {
                if (detectElapsed >= p.enumerationDelay() - 1e-12) {
                    enumerationPending = true;
                    if (portType == PortType.SDP) {
                        iclDetected = p.iclSdpEnumerated();
                    }
                    events.event(t, "charger", "USB enumeration done: input limit " + fmt(iclDetected) + " A");
                    detect = Detect.DONE;
                    startAicl();
                }
            }
            default -> {}
        }
    }

    /** BC 1.2 outcome from the source's signature and which data contacts mate. */
    private void finishDetection(double t, ChargerInputs in) {
        DataSignature s = in.signature;
        if (!in.dataPlus) {
            portType = PortType.FLOAT;
        } else if (!in.dataMinus) {
            // Primary detection drives D+ and looks for it on D-: nothing comes back, as from a host.
            portType = PortType.SDP;
        } else {
            portType = switch (s) {
                case SDP -> PortType.SDP;
                case CDP -> PortType.CDP;
                case DCP -> PortType.DCP;
                case APPLE_1A, APPLE_2_1A, APPLE_2_4A, SAMSUNG_2A -> PortType.NON_STANDARD;
                case FLOAT -> PortType.FLOAT;
            };
        }
        iclDetected = switch (portType) {
            case SDP -> p.iclSdp();
            case CDP -> p.iclCdp();
            case DCP -> p.iclDcp();
            case FLOAT -> p.iclFloat();
            case NON_STANDARD -> Math.min(p.iclNonStandard(), dividerAmps(s));
            default -> p.iclDefault();
        };
        events.event(t, "charger", "detected " + portType + ": input limit " + fmt(iclDetected) + " A");
        boolean hostPort = (portType == PortType.SDP || portType == PortType.CDP)
                && in.dataPlus
                && in.dataMinus
                && (s == DataSignature.SDP || s == DataSignature.CDP);
        if (hostPort) {
            detect = Detect.ENUMERATING;
        } else if (portType == PortType.DCP && p.quickCharge()) {
            detect = Detect.QC_HANDSHAKE;
        } else {
            detect = Detect.DONE;
            startAicl();
        }
    }

    private static double dividerAmps(DataSignature s) {
        return switch (s) {
            case APPLE_1A -> 1.0;
            case APPLE_2_1A -> 2.1;
            case APPLE_2_4A -> 2.4;
            case SAMSUNG_2A -> 2.0;
            default -> 0.5;
        };
    }

    private void startAicl() {
        aiclLevel = Math.min(p.aiclStart(), iclDetected);
        aiclTimer = 0;
        aiclDone = aiclLevel >= iclDetected;
    }

    private void advanceAicl(double t, double dt, ChargerLimits lim, ChargerStep r) {
        if (detect != Detect.DONE || aiclDone || icoLatched) {
            return;
        }
        if (r.inVindpm) {
            if (r.inputCurrent < p.aiclStart() - 1e-6) {
                // VBUS sits at VINDPM below even the start current: ICO walks down and latches.
                icoLatched = true;
                latchedLimit = p.icoLatchCurrent();
                events.event(
                        t,
                        "charger",
                        "ICO: VBUS below VINDPM at the start current, input limit latched at " + fmt(latchedLimit)
                                + " A");
            } else {
                aiclLevel = Math.max(p.icoLatchCurrent(), Math.min(aiclLevel, r.inputCurrent));
                events.event(
                        t,
                        "charger",
                        "AICL settled at " + fmt(aiclLevel) + " A (VBUS at VINDPM " + fmt(lim.vindpm) + " V)");
            }
            aiclDone = true;
            return;
        }
        aiclTimer += dt;
        while (aiclTimer >= p.aiclStepTime() - 1e-12 && !aiclDone) {
            aiclTimer -= p.aiclStepTime();
            aiclLevel = Math.min(iclDetected, aiclLevel + p.aiclStep());
            if (aiclLevel >= iclDetected) {
                aiclDone = true;
                events.event(t, "charger", "AICL reached the detected limit " + fmt(aiclLevel) + " A");
            }
        }
    }

    private void updatePhase(double t, double dt, ChargerLimits lim, ChargerStep r, boolean justDetected) {
        ChargePhase next;
        if (justDetected && lim.inputEnabled) {
            next = ChargePhase.DETECTING;
        } else if (!lim.inputEnabled || detect != Detect.DONE) {
            next = detect != Detect.DONE && attached && lim.inputEnabled
                    ? ChargePhase.DETECTING
                    : ChargePhase.NOT_CHARGING;
        } else if (timerExpired || thermalShutdown) {
            next = ChargePhase.FAULT;
        } else if (terminated) {
            if (r.batteryVoltage < lim.chargeVoltageLimit - p.rechargeDrop()) {
                terminated = false;
                safetyElapsed = 0;
                events.event(t, "charger", "recharge: battery fell to " + fmt(r.batteryVoltage) + " V");
                next = ChargePhase.FAST_CC;
            } else {
                next = ChargePhase.DONE;
            }
        } else if (!lim.chargeEnabled) {
            next = ntcStatus == ChargerFault.NTC_COLD || ntcStatus == ChargerFault.NTC_HOT
                    ? ChargePhase.FAULT
                    : ChargePhase.NOT_CHARGING;
        } else if (r.inCv) {
            next = ChargePhase.CV;
            if (algorithm == null
                    && r.batteryCurrent >= 0
                    && r.batteryCurrent < p.iterm()
                    && !r.inIindpm
                    && !r.inVindpm) {
                terminated = true;
                next = ChargePhase.DONE;
                events.event(
                        t,
                        "charger",
                        // In mA to two decimals: a current just under ITERM would read as ITERM in A.
                        "charge terminated: battery current " + milliamps(r.batteryCurrent) + " mA, below ITERM "
                                + milliamps(p.iterm()) + " mA");
            }
        } else if (r.batteryVoltage < p.batteryShortVoltage()) {
            next = ChargePhase.BATTERY_SHORT;
        } else if (r.batteryVoltage < p.batlowv()) {
            next = ChargePhase.PRECHARGE;
        } else {
            next = ChargePhase.FAST_CC;
        }
        // Timers.
        double rate = (r.inIindpm || r.inVindpm || lim.thermalRegulation) ? 0.5 : 1.0;
        if (next == ChargePhase.FAST_CC || next == ChargePhase.CV) {
            safetyElapsed += dt * rate;
            if (safetyElapsed >= p.safetyTimer() && !timerExpired) {
                timerExpired = true;
                faults.add(ChargerFault.SAFETY_TIMER);
                events.event(t, "charger", "safety timer expired: charging stopped until re-plug");
                next = ChargePhase.FAULT;
            }
        } else if (next == ChargePhase.PRECHARGE || next == ChargePhase.BATTERY_SHORT) {
            prechargeElapsed += dt * rate;
            if (prechargeElapsed >= p.prechargeTimer() && !timerExpired) {
                timerExpired = true;
                faults.add(ChargerFault.SAFETY_TIMER);
                events.event(t, "charger", "pre-charge timer expired: charging stopped until re-plug");
                next = ChargePhase.FAULT;
            }
        }
        if (next != phase) {
            events.event(t, "charger", "phase " + phase + " -> " + next);
            phase = next;
        }
    }

    /** Converter loss at an output power (W): fixed plus conduction, at the system voltage. */
    public double loss(double outputPower, double systemVoltage) {
        if (outputPower <= 0) {
            return 0;
        }
        double i = outputPower / systemVoltage(systemVoltage);
        return p.lossFixed() + p.lossQuadratic() * i * i;
    }

    /**
     * Whether the charger reads D+ and D- now: only while detection runs (BC 1.2, the Quick Charge
     * handshake, enumeration); the rest of the time the data lines' state does not matter to it.
     */
    public boolean sensesDataLines() {
        return detect != Detect.IDLE && detect != Detect.DONE;
    }

    /**
     * The output power the converter can deliver from an input power (W): inverse of
     * {@code in = out + loss(out)}.
     */
    public double outputFromInput(double inputPower, double systemVoltage) {
        double excess = inputPower - p.lossFixed();
        if (excess <= 0) {
            return 0;
        }
        double vs = systemVoltage(systemVoltage);
        double lq = p.lossQuadratic();
        if (lq == 0) {
            return excess;
        }
        // The root of out + lq·(out/vs)² = excess, in the form without cancellation and with one
        // division (it lies on every step's path from the cell voltage to the charge current).
        return 2 * excess * vs / (vs + Math.sqrt(vs * vs + 4 * lq * excess));
    }

    /** Math.max(v, the minimum system voltage) for a v that is not NaN. */
    private double systemVoltage(double v) {
        double min = p.minSystemVoltage();
        return v > min ? v : min;
    }

    private static String fmt(double x) {
        return org.battsim.model.engine.DecimalText.fixed(x, 3);
    }

    private static String milliamps(double amps) {
        return org.battsim.model.engine.DecimalText.fixed(1000 * amps, 2);
    }
}
