package org.battsim.scenarios.diagnose;

/**
 * One telemetry frame as the phone reports it ({@code /sys/class/power_supply}), in SI units: what an
 * app, adb or a technician's tool can read. Voltages and currents carry the sensor's noise.
 *
 * @param time seconds since the diagnosis started
 * @param status POWER_SUPPLY_STATUS: Charging, Discharging, Not charging, Full, Unknown
 * @param health POWER_SUPPLY_HEALTH: Good, Overheat, Cold, Over voltage, Unspecified failure, ... (the
 *     charger's fault register as the kernel maps it)
 * @param capacityPercent the level on screen
 * @param batteryVolts POWER_SUPPLY_VOLTAGE_NOW
 * @param batteryAmps POWER_SUPPLY_CURRENT_NOW, positive when the battery charges
 * @param batteryCelsius POWER_SUPPLY_TEMP
 * @param chargeFullAh the gauge's learned capacity (POWER_SUPPLY_CHARGE_FULL)
 * @param chargeFullDesignAh POWER_SUPPLY_CHARGE_FULL_DESIGN
 * @param cycleCount POWER_SUPPLY_CYCLE_COUNT
 * @param chargeType POWER_SUPPLY_CHARGE_TYPE: N/A, Trickle, Fast, Taper
 * @param usbOnline whether the USB supply is online
 * @param usbType SDP, CDP, DCP, HVDCP, FLOAT, Unknown
 * @param usbVolts VBUS at the charger
 * @param usbAmps input current
 * @param usbInputLimitAmps the charger's input current limit
 */
public record Frame(
        double time,
        String status,
        String health,
        int capacityPercent,
        double batteryVolts,
        double batteryAmps,
        double batteryCelsius,
        double chargeFullAh,
        double chargeFullDesignAh,
        int cycleCount,
        String chargeType,
        boolean usbOnline,
        String usbType,
        double usbVolts,
        double usbAmps,
        double usbInputLimitAmps) {}
