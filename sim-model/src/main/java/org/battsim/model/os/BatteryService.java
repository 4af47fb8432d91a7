package org.battsim.model.os;

import java.util.Objects;
import java.util.Set;
import org.battsim.model.charger.ChargePhase;
import org.battsim.model.charger.ChargerFault;
import org.battsim.model.charger.PortType;
import org.battsim.model.cycler.EventSink;
import org.battsim.model.device.Phone;
import org.battsim.model.gauge.FuelGauge;

/**
 * The OS battery service (Android's BatteryService over the Linux power_supply class). It reads what
 * the gauge and the charger report and acts only through the phone's controls: the charger's host
 * charge enable (charge limit, adaptive hold) and shutdown.
 *
 * <p>It shuts the phone down when the reported SoC reaches 0 % with no input (Android's rule) or
 * when the battery voltage reaches the cut-off while discharging (then the gauge takes it as
 * empty). It raises the low and critical warnings once per discharge.
 *
 * <p>OS-level state: battery statistics (plug-ins, time and charge on battery), the adaptive
 * charging history (durations of long plug-ins, from which it predicts the next unplug) and the
 * user's charge-limit setting. A factory reset erases exactly these and reboots the charger
 * controller; it does not touch the gauge (learned capacity, cycle count, SoC estimate), the cell,
 * the pack protection, the charger's latched fault register, nor the cable and port.
 */
public final class BatteryService {
    private static final int HISTORY = 14;

    private final BatteryServiceParameters p;
    private final Phone phone;
    private final FuelGauge gauge;
    private final EventSink events;

    // OS state (erased by a factory reset).
    private boolean chargeLimitEnabled;
    private final double[] sessions = new double[HISTORY];
    private int sessionCount;
    private int sessionNext;
    private int plugCount;
    private double onBatterySeconds;
    private double onBatteryAh;

    private double plugTime = Double.NaN;
    private boolean holding;
    private boolean adaptiveHolding;
    private boolean lowWarned;
    private boolean criticalWarned;
    private double reportedAtShutdown = Double.NaN;

    public BatteryService(BatteryServiceParameters p, Phone phone, FuelGauge gauge, EventSink events) {
        this.p = Objects.requireNonNull(p);
        this.phone = Objects.requireNonNull(phone);
        this.gauge = Objects.requireNonNull(gauge);
        this.events = Objects.requireNonNull(events);
        this.chargeLimitEnabled = p.chargeLimitEnabled();
    }

    public BatteryServiceParameters parameters() {
        return p;
    }

    // ---- user actions and phone notifications -------------------------------------------------

    /** The user's "limit charging to 80 %" setting. */
    public void setChargeLimit(boolean enabled) {
        chargeLimitEnabled = enabled;
    }

    public boolean chargeLimitEnabled() {
        return chargeLimitEnabled;
    }

    /** An input was attached at t. */
    public void plugged(double t) {
        plugTime = t;
        plugCount++;
        lowWarned = false;
        criticalWarned = false;
    }

    /** The input was removed at t: a long plug-in joins the adaptive-charging history. */
    public void unplugged(double t) {
        if (!Double.isNaN(plugTime) && t - plugTime >= p.adaptiveMinSessionSeconds()) {
            sessions[sessionNext] = t - plugTime;
            sessionNext = (sessionNext + 1) % HISTORY;
            sessionCount = Math.min(HISTORY, sessionCount + 1);
        }
        plugTime = Double.NaN;
        release(t);
    }

    /** Erases the OS's data and reboots the charger controller; see the class comment for what stays. */
    public void factoryReset(double t) {
        chargeLimitEnabled = p.chargeLimitEnabled();
        java.util.Arrays.fill(sessions, 0);
        sessionCount = 0;
        sessionNext = 0;
        plugCount = 0;
        onBatterySeconds = 0;
        onBatteryAh = 0;
        holding = false;
        adaptiveHolding = false;
        lowWarned = false;
        criticalWarned = false;
        events.event(t, "os", "factory reset: battery statistics and adaptive-charging history erased");
    }

    // ---- per committed step --------------------------------------------------------------------

    /** Runs after the phone committed a step ending at t (allocates nothing). */
    public void update(double t, double dt) {
        if (!phone.isOn()) {
            // No OS: the charger runs on its own defaults.
            release(t);
            return;
        }
        boolean plugged = phone.plugged();
        double discharge = -phone.batteryChargeCurrent();
        if (!plugged) {
            onBatterySeconds += dt;
            if (discharge > 0) {
                onBatteryAh += discharge * dt / 3600;
            }
        }
        int pct = gauge.capacityPercent();
        reportedAtShutdown = gauge.reportedSoc();
        if (discharge > 0
                && phone.pack().inserted()
                && phone.sensedBatteryVoltage() <= phone.parameters().cutoffVoltage()) {
            gauge.emptyAnchor();
            phone.shutdown(t, "shut down: battery at cut-off " + fmt(phone.sensedBatteryVoltage()) + " V");
            release(t);
            return;
        }
        if (pct <= 0 && !plugged) {
            phone.shutdown(t, "shut down: reported battery level 0 %");
            release(t);
            return;
        }
        if (!plugged && discharge > 0) {
            if (!lowWarned && pct <= p.lowWarningPercent()) {
                lowWarned = true;
                events.event(t, "os", "low battery warning at " + pct + " %");
            }
            if (!criticalWarned && pct <= p.criticalWarningPercent()) {
                criticalWarned = true;
                events.event(t, "os", "critical battery warning at " + pct + " %");
            }
        }
        boolean adaptive = adaptiveActive(t);
        boolean want = false;
        if (plugged && (chargeLimitEnabled || adaptive)) {
            int limit = p.chargeLimitPercent();
            want = holding ? pct > limit - p.resumeMarginPercent() : pct >= limit;
        }
        if (want != holding) {
            holding = want;
            adaptiveHolding = want && !chargeLimitEnabled;
            phone.charger().setHostChargeEnable(!want);
            events.event(
                    t,
                    "os",
                    want
                            ? (chargeLimitEnabled ? "charge limit: holding at " : "adaptive charging: holding at ")
                                    + pct
                                    + " %"
                            : "charging resumed at " + pct + " %");
        }
    }

    private void release(double t) {
        if (holding) {
            holding = false;
            adaptiveHolding = false;
            phone.charger().setHostChargeEnable(true);
            events.event(t, "os", "charge hold released");
        }
    }

    /** Whether the adaptive hold applies now: enough history, plugged, and before the predicted finish. */
    public boolean adaptiveActive(double t) {
        if (!p.adaptiveEnabled() || sessionCount < p.adaptiveLearnSessions() || Double.isNaN(plugTime)) {
            return false;
        }
        return t < plugTime + predictedSessionSeconds() - p.adaptiveFinishLeadSeconds();
    }

    /** Mean of the learned long plug-ins (s), or NaN without history. */
    public double predictedSessionSeconds() {
        if (sessionCount == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (int i = 0; i < sessionCount; i++) {
            s += sessions[i];
        }
        return s / sessionCount;
    }

    // ---- what the OS reports -------------------------------------------------------------------

    /** Reported SoC (fraction) the last time the OS checked for shutdown, before any empty anchor. */
    public double reportedAtShutdown() {
        return reportedAtShutdown;
    }

    public boolean holding() {
        return holding;
    }

    public boolean adaptiveHolding() {
        return adaptiveHolding;
    }

    public int adaptiveHistorySize() {
        return sessionCount;
    }

    public int plugCount() {
        return plugCount;
    }

    public double onBatterySeconds() {
        return onBatterySeconds;
    }

    public double onBatteryAh() {
        return onBatteryAh;
    }

    public BatteryStatus status() {
        if (!phone.pack().inserted()) {
            return BatteryStatus.UNKNOWN;
        }
        if (!phone.plugged()) {
            return BatteryStatus.DISCHARGING;
        }
        ChargePhase ph = phone.charger().phase();
        if (ph == ChargePhase.DONE && gauge.capacityPercent() >= 100) {
            return BatteryStatus.FULL;
        }
        if (holding) {
            return BatteryStatus.NOT_CHARGING;
        }
        return switch (ph) {
            case DETECTING, BATTERY_SHORT, PRECHARGE, FAST_CC, CV -> BatteryStatus.CHARGING;
            case DONE -> BatteryStatus.FULL;
            case NOT_CHARGING, FAULT -> BatteryStatus.NOT_CHARGING;
        };
    }

    /** Health from the pack and the charger's fault register (PHYSICS.md §3 mapping). */
    public BatteryHealth health() {
        if (!phone.pack().inserted()) {
            return BatteryHealth.UNKNOWN;
        }
        if (!phone.pack().dischargeAllowed()
                || phone.cell().voltage() < phone.charger().parameters().batteryShortVoltage()) {
            return BatteryHealth.DEAD;
        }
        Set<ChargerFault> f = phone.charger().peekFaults();
        if (f.contains(ChargerFault.BATTERY_OVER_VOLTAGE)) {
            return BatteryHealth.OVER_VOLTAGE;
        }
        if (f.contains(ChargerFault.THERMAL_SHUTDOWN)) {
            return BatteryHealth.OVERHEAT;
        }
        if (f.contains(ChargerFault.NTC_HOT)) {
            return BatteryHealth.HOT;
        }
        if (f.contains(ChargerFault.NTC_COLD)) {
            return BatteryHealth.COLD;
        }
        if (f.contains(ChargerFault.SAFETY_TIMER)) {
            return BatteryHealth.SAFETY_TIMER_EXPIRE;
        }
        if (f.contains(ChargerFault.WATCHDOG) && phone.isOn()) {
            // With the phone off nobody kicks the watchdog: expiry is the expected state then.
            return BatteryHealth.WATCHDOG_TIMER_EXPIRE;
        }
        if (f.contains(ChargerFault.INPUT_OVER_VOLTAGE) || f.contains(ChargerFault.INPUT_UNDER_VOLTAGE)) {
            return BatteryHealth.UNSPECIFIED_FAILURE;
        }
        if (gauge.calibrationRequired()) {
            return BatteryHealth.CALIBRATION_REQUIRED;
        }
        if (f.contains(ChargerFault.NTC_WARM)) {
            return BatteryHealth.WARM;
        }
        if (f.contains(ChargerFault.NTC_COOL)) {
            return BatteryHealth.COOL;
        }
        return BatteryHealth.GOOD;
    }

    public PluggedType pluggedType() {
        if (!phone.plugged()) {
            return PluggedType.NONE;
        }
        return switch (phone.charger().portType()) {
            case SDP, CDP -> PluggedType.USB;
            case NONE -> PluggedType.NONE;
            default -> PluggedType.AC;
        };
    }

    public ChargeType chargeType() {
        if (holding) {
            return adaptiveHolding ? ChargeType.ADAPTIVE : ChargeType.LONG_LIFE;
        }
        return switch (phone.charger().phase()) {
            case BATTERY_SHORT, PRECHARGE -> ChargeType.TRICKLE;
            case FAST_CC, CV -> phone.charger().portType() == PortType.SDP ? ChargeType.STANDARD : ChargeType.FAST;
            default -> ChargeType.NONE;
        };
    }

    private static String fmt(double x) {
        return org.battsim.model.engine.DecimalText.fixed(x, 3);
    }
}
