package org.battsim.model.device;

import java.util.Objects;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.charger.ChargerParameters;
import org.battsim.model.gauge.GaugeParameters;
import org.battsim.model.pack.ProtectionParameters;

/**
 * An assembled phone: its cell, pack protection, NTC, charger IC configuration and system power
 * profiles.
 *
 * @param name device name
 * @param cell cell parameters
 * @param protection pack protection IC
 * @param ntcR25 NTC resistance at 25 °C (Ω)
 * @param ntcBeta NTC B constant (K)
 * @param selfDischargePerMonth cell self-discharge (fraction of capacity per month)
 * @param charger charger IC configuration
 * @param idlePower W drawn by the system when on and idle
 * @param screenOnPower W with the screen on
 * @param gamingPower W under heavy load
 * @param offDrain A drawn from the battery by the charger IC when the phone is off and unplugged
 * @param cutoffVoltage battery voltage at which the phone shuts down (V)
 * @param removableBattery whether the pack can be taken out
 * @param gauge the fuel gauge's configuration
 */
public record DeviceParameters(
        String name,
        EcmParameters cell,
        ProtectionParameters protection,
        double ntcR25,
        double ntcBeta,
        double selfDischargePerMonth,
        ChargerParameters charger,
        double idlePower,
        double screenOnPower,
        double gamingPower,
        double offDrain,
        double cutoffVoltage,
        boolean removableBattery,
        GaugeParameters gauge) {
    public DeviceParameters {
        Objects.requireNonNull(gauge);
        Objects.requireNonNull(name);
        Objects.requireNonNull(cell);
        Objects.requireNonNull(protection);
        Objects.requireNonNull(charger);
        if (!(idlePower >= 0 && screenOnPower >= idlePower && gamingPower >= screenOnPower)
                || Double.isInfinite(gamingPower)) {
            throw new IllegalArgumentException("load powers must satisfy 0 <= idle <= screen-on <= gaming");
        }
        if (!(offDrain >= 0) || !(cutoffVoltage > 0) || !(ntcR25 > 0) || !(ntcBeta > 0)) {
            throw new IllegalArgumentException("off drain must be non-negative, cut-off and NTC values positive");
        }
    }

    /** A device with the typical gauge for its cell's nominal capacity. */
    public DeviceParameters(
            String name,
            EcmParameters cell,
            ProtectionParameters protection,
            double ntcR25,
            double ntcBeta,
            double selfDischargePerMonth,
            ChargerParameters charger,
            double idlePower,
            double screenOnPower,
            double gamingPower,
            double offDrain,
            double cutoffVoltage,
            boolean removableBattery) {
        this(
                name,
                cell,
                protection,
                ntcR25,
                ntcBeta,
                selfDischargePerMonth,
                charger,
                idlePower,
                screenOnPower,
                gamingPower,
                offDrain,
                cutoffVoltage,
                removableBattery,
                GaugeParameters.typical(cell.nominalCapacityAh()));
    }

    /** System power for a load profile (W). */
    public double power(LoadProfile l) {
        return switch (l) {
            case OFF -> 0;
            case IDLE -> idlePower;
            case SCREEN_ON -> screenOnPower;
            case GAMING -> gamingPower;
        };
    }
}
