package org.battsim.model.telemetry;

import org.battsim.model.charger.PortType;
import org.battsim.model.device.Phone;
import org.battsim.model.gauge.FuelGauge;
import org.battsim.model.os.BatteryHealth;
import org.battsim.model.os.BatteryService;
import org.battsim.model.os.BatteryStatus;
import org.battsim.model.os.ChargeType;
import org.battsim.model.os.PluggedType;

/**
 * One telemetry frame in Linux power_supply units: µV, µA (negative when discharging), µAh, 0.1 °C.
 * What the phone reports (gauge and OS), not the true state of the cell. Mutable and reused.
 */
public final class TelemetryFrame {
    /** CSV columns in file order. */
    public static final String[] COLUMNS = {
        "TIME_S",
        "POWER_SUPPLY_STATUS",
        "POWER_SUPPLY_HEALTH",
        "POWER_SUPPLY_CAPACITY",
        "POWER_SUPPLY_VOLTAGE_NOW",
        "POWER_SUPPLY_CURRENT_NOW",
        "POWER_SUPPLY_TEMP",
        "POWER_SUPPLY_CHARGE_COUNTER",
        "POWER_SUPPLY_CHARGE_FULL",
        "POWER_SUPPLY_CHARGE_FULL_DESIGN",
        "POWER_SUPPLY_CYCLE_COUNT",
        "POWER_SUPPLY_CHARGE_TYPE",
        "USB_ONLINE",
        "USB_TYPE",
        "USB_VOLTAGE_NOW",
        "USB_CURRENT_NOW",
        "USB_INPUT_CURRENT_LIMIT"
    };

    public double time;
    public BatteryStatus status = BatteryStatus.UNKNOWN;
    public BatteryHealth health = BatteryHealth.UNKNOWN;
    public int capacity;
    public long voltageNow;
    public long currentNow;
    public int temp;
    public long chargeCounter;
    public long chargeFull;
    public long chargeFullDesign;
    public int cycleCount;
    public ChargeType chargeType = ChargeType.NONE;
    public PluggedType plugged = PluggedType.NONE;
    public boolean present;
    public boolean usbOnline;
    public String usbType = "Unknown";
    public long usbVoltageNow;
    public long usbCurrentNow;
    public long usbInputCurrentLimit;

    /** Fills the frame from what the phone's gauge, OS and charger report at time t. */
    public TelemetryFrame fill(Phone phone, double t) {
        FuelGauge g = phone.gauge();
        BatteryService os = phone.batteryService();
        time = t;
        present = phone.pack().inserted();
        status = os.status();
        health = os.health();
        capacity = g.capacityPercent();
        voltageNow = Math.round(phone.sensedBatteryVoltage() * 1e6);
        currentNow = Math.round(-g.measuredCurrent() * 1e6);
        temp = (int) Math.round((phone.sensedTemperature() - 273.15) * 10);
        chargeCounter = Math.round(g.remainingAh() * 1e6);
        chargeFull = Math.round(g.learnedCapacityAh() * 1e6);
        chargeFullDesign = Math.round(g.parameters().designCapacityAh() * 1e6);
        cycleCount = g.cycleCount();
        chargeType = os.chargeType();
        plugged = os.pluggedType();
        // Online means a valid VBUS at the charger (the kernel's vbus-good bit), not just a cable in the port.
        usbOnline = phone.plugged()
                && phone.path() != null
                && phone.path().powerConnected()
                && phone.vbus() >= phone.charger().parameters().uvloFalling();
        usbType = usbType(phone.plugged() ? phone.charger().portType() : PortType.NONE);
        usbVoltageNow = Math.round((phone.plugged() ? phone.vbus() : 0) * 1e6);
        usbCurrentNow = Math.round(phone.inputCurrent() * 1e6);
        usbInputCurrentLimit = Math.round((phone.plugged() ? phone.charger().inputCurrentLimit() : 0) * 1e6);
        return this;
    }

    /** Linux {@code usb_type} names (Qualcomm kernels add HVDCP and FLOAT). */
    public static String usbType(PortType t) {
        return switch (t) {
            case NONE -> "Unknown";
            case SDP -> "SDP";
            case CDP -> "CDP";
            case DCP -> "DCP";
            case HVDCP -> "HVDCP";
            case FLOAT -> "FLOAT";
            case NON_STANDARD -> "BrickID";
            case TYPE_C -> "C";
        };
    }

    /** Appends the CSV row (no newline), in {@link #COLUMNS} order. */
    public void appendCsv(StringBuilder sb) {
        sb.append(formatTime(time)).append(',');
        sb.append(status.linuxName()).append(',');
        sb.append(health.linuxName()).append(',');
        sb.append(capacity).append(',');
        sb.append(voltageNow).append(',');
        sb.append(currentNow).append(',');
        sb.append(temp).append(',');
        sb.append(chargeCounter).append(',');
        sb.append(chargeFull).append(',');
        sb.append(chargeFullDesign).append(',');
        sb.append(cycleCount).append(',');
        sb.append(chargeType.linuxName()).append(',');
        sb.append(usbOnline ? 1 : 0).append(',');
        sb.append(usbType).append(',');
        sb.append(usbVoltageNow).append(',');
        sb.append(usbCurrentNow).append(',');
        sb.append(usbInputCurrentLimit);
    }

    private static String formatTime(double t) {
        if (t == Math.rint(t) && Math.abs(t) < 1e15) {
            return Long.toString((long) t);
        }
        return Double.toString(t);
    }

    /** The frame as {@code /sys/class/power_supply/battery/uevent} and {@code .../usb/uevent} print it. */
    public String uevent() {
        StringBuilder sb = new StringBuilder();
        sb.append("# /sys/class/power_supply/battery/uevent\n");
        line(sb, "NAME", "battery");
        line(sb, "STATUS", status.linuxName());
        line(sb, "HEALTH", health.linuxName());
        line(sb, "PRESENT", present ? "1" : "0");
        line(sb, "TECHNOLOGY", "Li-poly");
        line(sb, "CAPACITY", Integer.toString(capacity));
        line(sb, "VOLTAGE_NOW", Long.toString(voltageNow));
        line(sb, "CURRENT_NOW", Long.toString(currentNow));
        line(sb, "TEMP", Integer.toString(temp));
        line(sb, "CHARGE_COUNTER", Long.toString(chargeCounter));
        line(sb, "CHARGE_FULL", Long.toString(chargeFull));
        line(sb, "CHARGE_FULL_DESIGN", Long.toString(chargeFullDesign));
        line(sb, "CYCLE_COUNT", Integer.toString(cycleCount));
        line(sb, "CHARGE_TYPE", chargeType.linuxName());
        sb.append("# /sys/class/power_supply/usb/uevent\n");
        line(sb, "NAME", "usb");
        line(sb, "ONLINE", usbOnline ? "1" : "0");
        line(sb, "USB_TYPE", usbType);
        line(sb, "VOLTAGE_NOW", Long.toString(usbVoltageNow));
        line(sb, "CURRENT_NOW", Long.toString(usbCurrentNow));
        line(sb, "INPUT_CURRENT_LIMIT", Long.toString(usbInputCurrentLimit));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append("POWER_SUPPLY_").append(key).append('=').append(value).append('\n');
    }

    /** The frame as {@code dumpsys battery} prints it (voltage in mV, temperature in 0.1 °C). */
    public String dumpsys() {
        StringBuilder sb = new StringBuilder();
        sb.append("Current Battery Service state:\n");
        sb.append("  AC powered: ").append(plugged == PluggedType.AC).append('\n');
        sb.append("  USB powered: ").append(plugged == PluggedType.USB).append('\n');
        sb.append("  Wireless powered: ")
                .append(plugged == PluggedType.WIRELESS)
                .append('\n');
        sb.append("  Dock powered: ").append(plugged == PluggedType.DOCK).append('\n');
        sb.append("  Max charging current: ").append(usbInputCurrentLimit).append('\n');
        sb.append("  Max charging voltage: ")
                .append(usbOnline ? usbVoltageNow : 0)
                .append('\n');
        sb.append("  Charge counter: ").append(chargeCounter).append('\n');
        sb.append("  status: ").append(status.code()).append('\n');
        sb.append("  health: ").append(health.code()).append('\n');
        sb.append("  present: ").append(present).append('\n');
        sb.append("  level: ").append(capacity).append('\n');
        sb.append("  scale: 100\n");
        sb.append("  voltage: ").append(Math.round(voltageNow / 1000.0)).append('\n');
        sb.append("  temperature: ").append(temp).append('\n');
        sb.append("  technology: Li-poly\n");
        return sb.toString();
    }
}
