package org.battsim.scenarios.scenario;

import java.util.List;

/** The summary fields a check may name (checked when a scenario is read, so a typo fails early). */
final class SummaryFields {
    private SummaryFields() {}

    /** Objects a check reaches into with a dot: {@code energy.sourceWh}, {@code leds.ful}. */
    static final List<String> NESTED = List.of("energy", "leds");

    static final List<String> ALL = List.of(
            "equivalentFullCycles",
            "minVoltage",
            "maxVoltage",
            "finalVoltage",
            "cyclesCompleted",
            "dischargeEnergyWh",
            "chargeEnergyWh",
            "ambientTemperatureCelsius",
            "cable",
            "cellAge",
            "chargeCapacityAh",
            "chargedBelowFreezingAh",
            "chargerFaults",
            "currentSign",
            "designCapacityAh",
            "detectedPortType",
            "device",
            "dischargeCapacityAh",
            "durationSeconds",
            "endReason",
            "finalChargerPhase",
            "finalReportedSocPercent",
            "finalSocPercent",
            "finalTrueSocPercent",
            "initialSocPercent",
            "inputCurrentLimitA",
            "learnedCapacityAh",
            "load",
            "maxBodyTemperatureCelsius",
            "maxCellTemperatureCelsius",
            "maxChargerDieTemperatureCelsius",
            "maxInputCurrentA",
            "maxPortContactTemperatureCelsius",
            "maxSocErrorPercent",
            "minVbusVolts",
            "packWoken",
            "phoneOnAtEnd",
            "plugEvents",
            "port",
            "protectionLockedOut",
            "run",
            "scenario",
            "shutdownReportedSocPercent",
            "shutdownTimeSeconds",
            "shutdownTrueSocPercent",
            "source",
            "startedLockedOut",
            "timeTo80PercentSeconds",
            "timeToFullSeconds",
            "trueCapacityAh",
            "unplugEvents",
            "unsafeToRevive",
            "vbusCollapses");
}
