package org.battsim.model.charger;

/**
 * A switch-mode charger IC of the TI BQ25890 / Qualcomm SMB5 class, as a phone configures it.
 * All SI. Validated on construction.
 *
 * @param dcdDebounce data-contact-detect debounce (s)
 * @param dcdTimeout data-contact-detect timeout when D+ never makes contact (s)
 * @param primaryDetection primary detection time (s)
 * @param secondaryDetection secondary detection time (s)
 * @param enumerationDelay time for USB enumeration after an SDP/CDP is found (s)
 * @param iclDefault input limit before detection ends (A)
 * @param iclSdp input limit on an SDP before enumeration (A)
 * @param iclSdpEnumerated input limit on an SDP after enumeration (A; USB 2.0 device)
 * @param iclCdp A
 * @param iclDcp A
 * @param iclHvdcp A (at the raised voltage)
 * @param iclFloat A (D+/D- floating or data contacts open)
 * @param iclNonStandard A (proprietary dividers)
 * @param quickCharge whether the phone asks a DCP for a higher voltage (QC 2.0)
 * @param quickChargeVoltage the voltage asked for (V)
 * @param quickChargeHandshake D+ 0.6 V hold before the request (s)
 * @param vindpmAbsolute absolute VINDPM (V); used when {@code vindpmRelative} is false
 * @param vindpmRelative whether VINDPM follows the no-load VBUS minus {@code vindpmOffset}
 * @param vindpmOffset V
 * @param vindpmFloor V
 * @param aiclStart input limit the ramp starts from (A)
 * @param aiclStep ramp increment (A)
 * @param aiclStepTime time per increment (s)
 * @param icoLatchCurrent the limit ICO falls to when VBUS sits below VINDPM (A)
 * @param uvloFalling VBUS below which the input is treated as absent (V)
 * @param ovp VBUS above which the input is cut (V)
 * @param chargeCurrent fast-charge current ICHG (A)
 * @param prechargeCurrent A
 * @param batteryShortCurrent A
 * @param batteryShortVoltage below it: battery-short current (V)
 * @param batlowv below it: pre-charge (V)
 * @param vreg charge voltage (V)
 * @param iterm termination current (A)
 * @param rechargeDrop recharge when the battery falls this far below VREG (V)
 * @param jeitaT1 cold/cool boundary (K)
 * @param jeitaT2 cool/normal boundary (K)
 * @param jeitaT3 normal/warm boundary (K)
 * @param jeitaT4 warm/hot boundary (K)
 * @param jeitaCoolFactor fraction of ICHG in the cool zone
 * @param jeitaWarmVoltageDrop VREG reduction in the warm zone (V)
 * @param treg die temperature where thermal regulation starts (K)
 * @param tshutdown die thermal shutdown (K)
 * @param dieHeatCapacity J/K
 * @param dieToBody thermal resistance die → phone body (K/W)
 * @param safetyTimer fast-charge safety timer (s); runs at half speed under DPM or thermal regulation
 * @param prechargeTimer s
 * @param watchdog host watchdog (s); 0 disables it
 * @param lossFixed converter loss independent of current (W)
 * @param lossQuadratic converter loss coefficient (W/A² of output current)
 * @param minSystemVoltage NVDC minimum system voltage (V)
 * @param canWakeLockedPack whether the charger applies current to a pack that reads 0 V
 */
public record ChargerParameters(
        double dcdDebounce,
        double dcdTimeout,
        double primaryDetection,
        double secondaryDetection,
        double enumerationDelay,
        double iclDefault,
        double iclSdp,
        double iclSdpEnumerated,
        double iclCdp,
        double iclDcp,
        double iclHvdcp,
        double iclFloat,
        double iclNonStandard,
        boolean quickCharge,
        double quickChargeVoltage,
        double quickChargeHandshake,
        double vindpmAbsolute,
        boolean vindpmRelative,
        double vindpmOffset,
        double vindpmFloor,
        double aiclStart,
        double aiclStep,
        double aiclStepTime,
        double icoLatchCurrent,
        double uvloFalling,
        double ovp,
        double chargeCurrent,
        double prechargeCurrent,
        double batteryShortCurrent,
        double batteryShortVoltage,
        double batlowv,
        double vreg,
        double iterm,
        double rechargeDrop,
        double jeitaT1,
        double jeitaT2,
        double jeitaT3,
        double jeitaT4,
        double jeitaCoolFactor,
        double jeitaWarmVoltageDrop,
        double treg,
        double tshutdown,
        double dieHeatCapacity,
        double dieToBody,
        double safetyTimer,
        double prechargeTimer,
        double watchdog,
        double lossFixed,
        double lossQuadratic,
        double minSystemVoltage,
        boolean canWakeLockedPack) {

    public ChargerParameters {
        double[] positive = {
            primaryDetection,
            secondaryDetection,
            iclDefault,
            iclSdp,
            iclSdpEnumerated,
            iclCdp,
            iclDcp,
            iclHvdcp,
            iclFloat,
            iclNonStandard,
            vindpmAbsolute,
            aiclStart,
            aiclStep,
            aiclStepTime,
            icoLatchCurrent,
            uvloFalling,
            ovp,
            chargeCurrent,
            prechargeCurrent,
            batteryShortCurrent,
            batteryShortVoltage,
            batlowv,
            vreg,
            iterm,
            rechargeDrop,
            dieHeatCapacity,
            dieToBody,
            safetyTimer,
            prechargeTimer,
            minSystemVoltage
        };
        for (double v : positive) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("charger parameters must be positive and finite (got " + v + ")");
            }
        }
        if (!(dcdDebounce > 0 && dcdTimeout >= dcdDebounce)) {
            throw new IllegalArgumentException("DCD timeout must be at least the debounce");
        }
        if (!(batteryShortVoltage < batlowv && batlowv < vreg)) {
            throw new IllegalArgumentException("need battery-short voltage < BATLOWV < VREG");
        }
        if (!(jeitaT1 < jeitaT2 && jeitaT2 < jeitaT3 && jeitaT3 < jeitaT4)) {
            throw new IllegalArgumentException("JEITA temperatures must increase");
        }
        if (!(jeitaCoolFactor > 0 && jeitaCoolFactor <= 1) || !(jeitaWarmVoltageDrop >= 0)) {
            throw new IllegalArgumentException("JEITA cool factor must be in (0, 1], warm drop non-negative");
        }
        if (!(treg < tshutdown)) {
            throw new IllegalArgumentException("TREG must be below the thermal shutdown");
        }
        if (!(uvloFalling < vindpmAbsolute && vindpmAbsolute < ovp)) {
            throw new IllegalArgumentException("need UVLO < VINDPM < OVP");
        }
        if (!(lossFixed >= 0 && lossQuadratic >= 0) || !(watchdog >= 0) || !(vindpmOffset >= 0) || !(vindpmFloor > 0)) {
            throw new IllegalArgumentException("losses, watchdog and VINDPM offset must be non-negative");
        }
        if (!(iterm < chargeCurrent) || !(prechargeCurrent <= chargeCurrent)) {
            throw new IllegalArgumentException("need ITERM < ICHG and pre-charge current <= ICHG");
        }
        if (quickCharge && !(quickChargeVoltage > 5 && quickChargeHandshake >= 0)) {
            throw new IllegalArgumentException("Quick Charge needs a voltage above 5 V");
        }
    }
}
