package org.battsim.model.device;

import java.util.List;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.cell.Table;
import org.battsim.model.charger.ChargerParameters;
import org.battsim.model.cycler.EventSink;
import org.battsim.model.pack.ProtectionParameters;
import org.battsim.model.power.DataSignature;
import org.battsim.model.power.PowerPath;
import org.battsim.model.power.PowerSource;
import org.battsim.model.power.TypeCRp;

/** A phone-like device and minimal sources/paths with known resistances, for chain tests. */
final class TestDevices {
    private TestDevices() {}

    static EcmParameters cell() {
        double[] soc = {0, 0.05, 0.1, 0.2, 0.5, 0.8, 0.9, 1.0, 1.02};
        double[] ocv = {3.0, 3.45, 3.62, 3.73, 3.86, 4.10, 4.20, 4.343, 4.36};
        return new EcmParameters(
                "test-phone-cell",
                3.08,
                Table.ofSoc(soc, ocv),
                Table.constant(-1e-4),
                Table.constant(0.03),
                List.of(new EcmParameters.RcPair(Table.constant(0.015), Table.constant(2000))),
                EcmParameters.Hysteresis.NONE,
                new EcmParameters.Thermal(46, 80, 2.5, 6, Double.POSITIVE_INFINITY, false),
                new EcmParameters.VoltageLimits(2.0, 4.45, 4.35, 3.4));
    }

    static ChargerParameters charger(boolean quickCharge, boolean canWake) {
        return new ChargerParameters(
                0.01,
                0.5,
                0.04,
                0.04,
                1.0, // detection
                0.5,
                0.1,
                0.5,
                1.5,
                2.0,
                1.5,
                0.1,
                2.0, // input limits
                quickCharge,
                9.0,
                1.25, // QC
                4.4,
                true,
                0.6,
                3.9, // VINDPM
                0.5,
                0.05,
                0.1,
                0.1, // AICL
                3.8,
                14.0, // UVLO, OVP
                2.5,
                0.128,
                0.1,
                2.2,
                3.0,
                4.35,
                0.15,
                0.1, // charge
                273.15,
                288.15,
                318.15,
                333.15,
                0.5,
                0.15, // JEITA
                393.15,
                433.15,
                0.5,
                20, // thermal
                12 * 3600,
                2 * 3600,
                40, // timers
                0.134,
                0.117,
                3.5,
                canWake);
    }

    static DeviceParameters device(boolean quickCharge, boolean canWake) {
        return new DeviceParameters(
                "test-phone",
                cell(),
                new ProtectionParameters(4.45, 4.25, 1.0, 2.40, 3.00, 0.01, 3.0, 0.01, 3e-6, 0, 0.7),
                10_000,
                3435,
                0.025,
                charger(quickCharge, canWake),
                0.08,
                1.2,
                3.5,
                70e-6,
                3.4,
                true);
    }

    /** A Thevenin source with a fixed signature. */
    static final class Source implements PowerSource {
        double emf;
        final double r;
        final double limit;
        final DataSignature sig;
        boolean enumerated;
        final boolean usb;

        Source(double emf, double r, double limit, DataSignature sig) {
            this.emf = emf;
            this.r = r;
            this.limit = limit;
            this.sig = sig;
            this.usb = sig == DataSignature.SDP;
        }

        @Override
        public double emf() {
            return emf;
        }

        @Override
        public double outputResistance() {
            return r;
        }

        @Override
        public double currentLimit() {
            return usb && !enumerated ? 0.1 : limit;
        }

        @Override
        public DataSignature signature() {
            return sig;
        }

        @Override
        public TypeCRp rp() {
            return TypeCRp.NONE;
        }

        @Override
        public double requestVoltage(double volts) {
            return emf;
        }

        @Override
        public void enumerated(boolean configured) {
            enumerated = configured;
        }

        @Override
        public void advance(double t, double dt, double current) {}

        @Override
        public void attach(boolean attached, double t) {}

        @Override
        public String name() {
            return "test-source";
        }
    }

    /** A fixed loop: two wires and four contacts. */
    static final class Path implements PowerPath {
        final double wire;
        final double contact;
        boolean dPlus = true;
        boolean dMinus = true;

        Path(double wireOhmPerWire, double contactOhm) {
            this.wire = wireOhmPerWire;
            this.contact = contactOhm;
        }

        @Override
        public double vbusResistance() {
            return wire + 2 * contact;
        }

        @Override
        public double gndResistance() {
            return wire + 2 * contact;
        }

        @Override
        public boolean dataPlusConnected() {
            return dPlus;
        }

        @Override
        public boolean dataMinusConnected() {
            return dMinus;
        }

        @Override
        public double contactTemperature() {
            return 298.15;
        }

        @Override
        public void advance(double t, double dt, double current, double ambientK) {}
    }

    static Phone phone(DeviceParameters d, double soc, EventSink events) {
        var cell = new org.battsim.model.cell.EcmCell(d.cell());
        cell.reset(soc, 298.15);
        var pack = new org.battsim.model.pack.BatteryPack(
                cell,
                new org.battsim.model.pack.ProtectionIc(d.protection()),
                new org.battsim.model.pack.Ntc(d.ntcR25(), d.ntcBeta()),
                d.selfDischargePerMonth());
        var charger = new org.battsim.model.charger.ChargerIc(d.charger(), events);
        Phone p = new Phone(d, pack, charger, events);
        p.setAmbient(298.15);
        p.refresh();
        return p;
    }
}
