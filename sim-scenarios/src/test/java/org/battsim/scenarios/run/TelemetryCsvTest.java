package org.battsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.battsim.model.device.DeviceParameters;
import org.battsim.model.device.LoadProfile;
import org.battsim.model.engine.SeededRandom;
import org.battsim.model.power.CablePortPath;
import org.battsim.model.power.PowerSource;
import org.battsim.model.telemetry.TelemetryFrame;
import org.battsim.scenarios.chain.CableLibrary;
import org.battsim.scenarios.chain.PortLibrary;
import org.battsim.scenarios.chain.SourceLibrary;
import org.battsim.scenarios.devices.DeviceLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code telemetry.csv} parsed back: power_supply names, units and signs against the BDF time series. */
class TelemetryCsvTest {
    @TempDir
    Path dir;

    static List<String[]> rows(Path f) throws IOException {
        return Files.readAllLines(f).stream().map(l -> l.split(",", -1)).toList();
    }

    @Test
    void telemetryUnitsAndSignsMatchTheTimeSeries() throws IOException {
        DeviceParameters d = DeviceLibrary.load("xiaomi-mi4");
        SeededRandom rnd = new SeededRandom(1);
        PowerSource src = SourceLibrary.load("adapter-5v2a", rnd);
        var path = new CablePortPath(CableLibrary.load("1m-24awg", rnd), PortLibrary.load("clean", rnd), src);
        ExperimentJob.Outcome o = ChargeJob.run(new ChargeJob.Options(
                d,
                src,
                path,
                List.of("adapter-5v2a", "1m-24awg", "clean"),
                LoadProfile.IDLE,
                0.3,
                298.15,
                false,
                1200,
                10,
                1,
                30));
        o.write(dir);
        List<String[]> t = rows(dir.resolve("telemetry.csv"));
        assertEquals(Arrays.asList(TelemetryFrame.COLUMNS), Arrays.asList(t.get(0)));
        Map<String, Integer> c = new HashMap<>();
        for (int i = 0; i < t.get(0).length; i++) {
            c.put(t.get(0)[i], i);
        }
        List<String[]> b = rows(dir.resolve("timeseries.bdf.csv"));
        List<String> labels =
                Arrays.stream(b.get(0)).map(s -> s.replace("\"", "")).toList();
        Map<Double, String[]> byTime = new HashMap<>();
        for (String[] r : b.subList(1, b.size())) {
            byTime.put(Double.parseDouble(r[labels.indexOf(ExperimentJob.TIME)]), r);
        }
        assertEquals(1 + 1200 / 30 + 1, t.size(), "a frame at 0 s and every 30 s");
        int charging = 0;
        for (String[] r : t.subList(1, t.size())) {
            double time = Double.parseDouble(r[c.get("TIME_S")]);
            assertEquals(0, time % 30, 1e-9);
            String[] s = byTime.get(time);
            assertTrue(s != null, "BDF row at " + time);
            double v = Double.parseDouble(s[labels.indexOf(ExperimentJob.VOLTAGE)]);
            double i = Double.parseDouble(s[labels.indexOf(ExperimentJob.CURRENT)]); // + = charge
            double cellT = Double.parseDouble(s[labels.indexOf(ExperimentJob.CELL_T)]);
            double vbus = Double.parseDouble(s[labels.indexOf(ChargeJob.VBUS)]);
            double iin = Double.parseDouble(s[labels.indexOf(ChargeJob.INPUT_CURRENT)]);
            assertEquals(v * 1e6, Long.parseLong(r[c.get("POWER_SUPPLY_VOLTAGE_NOW")]), 1.0, "µV");
            // µA with the counter's 0.5 % gain and 0.5 mA offset; positive when charging.
            assertEquals(
                    i * 1e6, Long.parseLong(r[c.get("POWER_SUPPLY_CURRENT_NOW")]), 0.006 * Math.abs(i) * 1e6 + 600);
            assertEquals(cellT * 10, Integer.parseInt(r[c.get("POWER_SUPPLY_TEMP")]), 10, "0.1 °C from the NTC");
            assertEquals(vbus * 1e6, Long.parseLong(r[c.get("USB_VOLTAGE_NOW")]), 1.0);
            assertEquals(iin * 1e6, Long.parseLong(r[c.get("USB_CURRENT_NOW")]), 1.0);
            assertEquals(
                    d.cell().nominalCapacityAh() * 1e6, Long.parseLong(r[c.get("POWER_SUPPLY_CHARGE_FULL_DESIGN")]), 1);
            long full = Long.parseLong(r[c.get("POWER_SUPPLY_CHARGE_FULL")]);
            long counter = Long.parseLong(r[c.get("POWER_SUPPLY_CHARGE_COUNTER")]);
            int cap = Integer.parseInt(r[c.get("POWER_SUPPLY_CAPACITY")]);
            assertEquals(100.0 * counter / full, cap, 1.0, "CAPACITY % and CHARGE_COUNTER µAh agree");
            if (time > 0) {
                // Online is VBUS-good: from the first step after the plug on.
                assertEquals("1", r[c.get("USB_ONLINE")], String.join(",", r));
            }
            if (r[c.get("POWER_SUPPLY_STATUS")].equals("Charging") && i > 0.5) {
                charging++;
                assertTrue(Long.parseLong(r[c.get("POWER_SUPPLY_CURRENT_NOW")]) > 0);
                assertEquals("DCP", r[c.get("USB_TYPE")]);
                assertEquals("Fast", r[c.get("POWER_SUPPLY_CHARGE_TYPE")]);
                assertTrue(Long.parseLong(r[c.get("USB_INPUT_CURRENT_LIMIT")]) >= 1_000_000);
            }
            assertEquals("Good", r[c.get("POWER_SUPPLY_HEALTH")]);
        }
        assertTrue(charging > 30, "charging frames " + charging);
        String summary = Files.readString(dir.resolve("summary.json"));
        for (String k : List.of(
                "finalTrueSocPercent",
                "finalReportedSocPercent",
                "maxSocErrorPercent",
                "learnedCapacityAh",
                "trueCapacityAh")) {
            assertTrue(summary.contains("\"" + k + "\""), k);
        }
    }
}
