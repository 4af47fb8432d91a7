package org.battsim.model.os;

/**
 * OS battery-service settings.
 *
 * @param lowWarningPercent reported SoC that raises the low-battery warning (Android: 15 %)
 * @param criticalWarningPercent reported SoC of the second warning (Android: 5 %)
 * @param chargeLimitEnabled the user's "limit to 80 %" setting
 * @param chargeLimitPercent where the charge limit and the adaptive hold stop charging (80 %)
 * @param resumeMarginPercent charging resumes this far below the limit
 * @param adaptiveEnabled adaptive charging switched on
 * @param adaptiveLearnSessions long plug-ins the OS must have seen before it predicts the unplug
 * @param adaptiveMinSessionSeconds a plug-in counts for the history only if this long (s)
 * @param adaptiveFinishLeadSeconds the hold ends this long before the predicted unplug (s)
 */
public record BatteryServiceParameters(
        int lowWarningPercent,
        int criticalWarningPercent,
        boolean chargeLimitEnabled,
        int chargeLimitPercent,
        int resumeMarginPercent,
        boolean adaptiveEnabled,
        int adaptiveLearnSessions,
        double adaptiveMinSessionSeconds,
        double adaptiveFinishLeadSeconds) {
    public BatteryServiceParameters {
        if (!(criticalWarningPercent >= 0 && criticalWarningPercent <= lowWarningPercent && lowWarningPercent <= 100)) {
            throw new IllegalArgumentException("warnings must satisfy 0 <= critical <= low <= 100");
        }
        if (!(chargeLimitPercent > 0 && chargeLimitPercent <= 100 && resumeMarginPercent >= 0)) {
            throw new IllegalArgumentException("charge limit must be in (0, 100] and the resume margin >= 0");
        }
        if (!(adaptiveLearnSessions > 0 && adaptiveMinSessionSeconds >= 0 && adaptiveFinishLeadSeconds >= 0)) {
            throw new IllegalArgumentException(
                    "adaptive charging needs a positive session count and non-negative times");
        }
    }

    /** Android defaults: warnings at 15 % and 5 %, no charge limit, adaptive charging on after 3 long plug-ins. */
    public static BatteryServiceParameters defaults() {
        return new BatteryServiceParameters(15, 5, false, 80, 3, true, 3, 4 * 3600, 3600);
    }

    public BatteryServiceParameters withChargeLimit(boolean enabled) {
        return new BatteryServiceParameters(
                lowWarningPercent,
                criticalWarningPercent,
                enabled,
                chargeLimitPercent,
                resumeMarginPercent,
                adaptiveEnabled,
                adaptiveLearnSessions,
                adaptiveMinSessionSeconds,
                adaptiveFinishLeadSeconds);
    }
}
