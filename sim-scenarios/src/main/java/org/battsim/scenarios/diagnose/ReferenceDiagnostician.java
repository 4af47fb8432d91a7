package org.battsim.scenarios.diagnose;

/**
 * The seed article's troubleshooting order turned into explicit rules: look at the phone on its
 * own charger; a dead phone gets its pack measured and, if it reads 0 V, a cradle charge; a
 * computer port or a non-native adapter is swapped for the native adapter first; then, by
 * symptom, the port is inspected and cleaned, the cable and the adapter are swapped, the same
 * cable and adapter are tried on another phone, and a factory reset clears a stuck controller. A
 * phone that charges normally has its battery judged from the gauge's learned capacity and cycle
 * count. Each step is taken only when the symptom calls for it, so healthy phones cost nothing.
 */
public final class ReferenceDiagnostician implements Diagnostician {
    @Override
    public String name() {
        return "reference";
    }

    @Override
    public Diagnosis diagnose(Bench bench) {
        Bench.Setup s = bench.setup();
        Observation o = bench.first();
        if (!o.phoneOn()) {
            Observation m = bench.act(Remedy.MEASURE_BATTERY);
            if (Signs.number(m, "packVolts") < 2.5) {
                Observation c = bench.act(Remedy.CRADLE_CHARGE);
                return new Diagnosis(FaultClass.DEEP_DISCHARGE, Signs.finding(c, "packWoken") ? 0.95 : 0.7);
            }
            return new Diagnosis(FaultClass.UNKNOWN, 0.3);
        }
        // The controller or the OS holds the charge back although the supply is good.
        if (Signs.heldBack(o) || Signs.latchedLow(o)) {
            Observation r = bench.act(Remedy.FACTORY_RESET);
            if (!Signs.heldBack(r) && !Signs.latchedLow(r)) {
                return new Diagnosis(FaultClass.SYSTEM_FAILURE, 0.9);
            }
        }
        // "Charging from a computer": the native adapter settles whether the port was the limit.
        if (s.sourceKind().equals("usb-port") && !Signs.normal(o)) {
            Observation r = bench.act(Remedy.TRY_ANOTHER_ADAPTER);
            if (Signs.normal(r)) {
                return new Diagnosis(FaultClass.WEAK_USB_PORT, 0.9);
            }
            o = r;
        }
        // "Make sure that all the elements are rated for 2 A, 5 V."
        boolean nonNativeCable = s.cableLabel().contains("no brand");
        if ((s.sourceKind().equals("wall-adapter") && !s.nativeAdapter() || nonNativeCable) && !Signs.normal(o)) {
            Observation r = s.nativeAdapter() ? o : bench.act(Remedy.TRY_ANOTHER_ADAPTER);
            if (!Signs.normal(r) && nonNativeCable) {
                r = bench.act(Remedy.TRY_ANOTHER_CABLE);
            }
            if (Signs.normal(r)) {
                return new Diagnosis(FaultClass.UNDERRATED_ADAPTER, 0.85);
            }
            o = r;
        }
        if (!Signs.normal(o) || Signs.flicker(o)) {
            Diagnosis d = supplyFault(bench, o);
            if (d != null) {
                return d;
            }
            o = bench.history().get(bench.history().size() - 1);
            if (!Signs.normal(o) || Signs.flicker(o)) {
                return new Diagnosis(FaultClass.UNKNOWN, 0.2);
            }
        }
        return battery(o);
    }

    /** The supply path misbehaves: port, cable or adapter, in the article's order. */
    private static Diagnosis supplyFault(Bench bench, Observation o) {
        Observation ins = bench.act(Remedy.INSPECT_PORT);
        boolean lint = Signs.finding(ins, "lintVisible");
        boolean oxide = Signs.finding(ins, "contactsDiscoloured");
        if (lint || oxide) {
            Observation c = bench.act(Remedy.CLEAN_PORT);
            if (Signs.normal(c) && !Signs.flicker(c)) {
                return new Diagnosis(lint ? FaultClass.PORT_DEBRIS : FaultClass.OXIDIZED_CONTACTS, 0.9);
            }
        }
        // "Check the cable on another device": does the fault travel with the cable and adapter?
        Observation other = bench.act(Remedy.TRY_ANOTHER_DEVICE);
        boolean otherFine = Signs.finding(other, "otherCharging")
                && Signs.number(other, "otherInputAmps") * Signs.number(other, "otherUsbVolts") >= Signs.NORMAL_POWER
                && Signs.number(other, "otherDropouts") == 0;
        if (otherFine) {
            // The accessories are fine: the fault is in this phone's port.
            if (oxide || !lint) {
                return new Diagnosis(FaultClass.OXIDIZED_CONTACTS, oxide ? 0.8 : 0.5);
            }
            return new Diagnosis(FaultClass.PORT_DEBRIS, 0.6);
        }
        Observation cable = bench.act(Remedy.TRY_ANOTHER_CABLE);
        if (Signs.normal(cable) && !Signs.flicker(cable)) {
            return new Diagnosis(FaultClass.FAULTY_CABLE, 0.9);
        }
        Observation adapter = bench.act(Remedy.TRY_ANOTHER_ADAPTER);
        if (Signs.normal(adapter) && !Signs.flicker(adapter)) {
            return new Diagnosis(FaultClass.FAILED_ADAPTER, 0.9);
        }
        return null;
    }

    /** A phone that charges: is the battery or its gauge the problem? */
    static Diagnosis battery(Observation o) {
        double ratio = Signs.capacityRatio(o);
        int cycles = Signs.cycles(o);
        if (cycles >= Signs.MANY_CYCLES && ratio < Signs.WORN_RATIO) {
            return new Diagnosis(FaultClass.WORN_BATTERY, 0.85);
        }
        if (ratio < Signs.GAUGE_LOW || ratio > Signs.GAUGE_HIGH) {
            return new Diagnosis(FaultClass.GAUGE_MISCALIBRATED, cycles < Signs.MANY_CYCLES ? 0.8 : 0.5);
        }
        return new Diagnosis(FaultClass.HEALTHY, 0.8);
    }
}
