package org.battsim.scenarios.diagnose;

/**
 * Telemetry rules and nothing else: one look, no action. It reads the same signs as the reference
 * but cannot tell apart what only an action separates (lint from a broken data wire, oxide from a
 * thin cable from a sagging adapter, a dead adapter from an open cable), so it guesses the most
 * common cause of each symptom.
 */
public final class TelemetryOnlyDiagnostician implements Diagnostician {
    @Override
    public String name() {
        return "telemetry-only";
    }

    @Override
    public Diagnosis diagnose(Bench bench) {
        Bench.Setup s = bench.setup();
        Observation o = bench.first();
        if (!o.phoneOn()) {
            return new Diagnosis(FaultClass.DEEP_DISCHARGE, 0.6);
        }
        if (Signs.heldBack(o) || Signs.latchedLow(o)) {
            return new Diagnosis(FaultClass.SYSTEM_FAILURE, 0.7);
        }
        if (Signs.normal(o) && !Signs.flicker(o)) {
            return ReferenceDiagnostician.battery(o);
        }
        if (s.sourceKind().equals("usb-port")) {
            return new Diagnosis(FaultClass.WEAK_USB_PORT, 0.7);
        }
        if (!s.nativeAdapter() || s.cableLabel().contains("no brand")) {
            return new Diagnosis(FaultClass.UNDERRATED_ADAPTER, 0.6);
        }
        if (!Signs.online(o)) {
            return new Diagnosis(FaultClass.FAILED_ADAPTER, 0.4);
        }
        if (Signs.flicker(o)) {
            return new Diagnosis(FaultClass.FAULTY_CABLE, 0.4);
        }
        if (!Signs.dedicated(o)) {
            return new Diagnosis(FaultClass.PORT_DEBRIS, 0.5);
        }
        return new Diagnosis(FaultClass.OXIDIZED_CONTACTS, 0.4);
    }
}
