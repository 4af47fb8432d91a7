package org.battsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.battsim.cli.BattsimCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelemetryCommandTest {
    static Map<String, String> uevent(String text) {
        Map<String, String> m = new HashMap<>();
        for (String l : text.split("\n")) {
            if (l.startsWith("POWER_SUPPLY_") && !l.startsWith("POWER_SUPPLY_NAME")) {
                int eq = l.indexOf('=');
                m.putIfAbsent(l.substring(0, eq), l.substring(eq + 1)); // battery block first
            }
        }
        return m;
    }

    @Test
    void ueventOnBatteryShowsANegativeCurrentInMicroamps() {
        Result r = BattsimCommandTest.run("telemetry", "--source", "none", "--load", "screen-on", "--soc", "60%");
        assertEquals(0, r.code(), r.err());
        Map<String, String> m = uevent(r.out());
        assertEquals("Discharging", m.get("POWER_SUPPLY_STATUS"));
        assertEquals("Good", m.get("POWER_SUPPLY_HEALTH"));
        long ua = Long.parseLong(m.get("POWER_SUPPLY_CURRENT_NOW"));
        assertTrue(ua < -200_000 && ua > -500_000, "screen-on draw about -0.3 A: " + ua);
        long uv = Long.parseLong(m.get("POWER_SUPPLY_VOLTAGE_NOW"));
        assertTrue(uv > 3_600_000 && uv < 4_100_000, "µV " + uv);
        int temp = Integer.parseInt(m.get("POWER_SUPPLY_TEMP"));
        assertTrue(temp > 240 && temp < 300, "0.1 degC " + temp);
        assertEquals(60, Integer.parseInt(m.get("POWER_SUPPLY_CAPACITY")), 1);
        assertTrue(r.out().contains("POWER_SUPPLY_ONLINE=0"));
    }

    @Test
    void dumpsysOnTheAdapterShowsAcPoweredAndCharging() {
        Result r = BattsimCommandTest.run("telemetry", "--format", "dumpsys", "--at", "120s");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Current Battery Service state:"), r.out());
        assertTrue(r.out().contains("  AC powered: true\n"), r.out());
        assertTrue(r.out().contains("  status: 2\n"), r.out());
        assertTrue(r.out().contains("  health: 2\n"), r.out());
        int level = Integer.parseInt(r.out().replaceAll("(?s).*\n  level: (\\d+)\n.*", "$1"));
        assertTrue(level >= 50 && level <= 53, "about 2 % in two minutes at 2 A: " + level);
    }

    @Test
    void unknownFormatIsRejected() {
        Result r = BattsimCommandTest.run("telemetry", "--format", "xml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("uevent, dumpsys"), r.err());
    }

    @Test
    void chargeWritesTelemetryAtTheChosenPeriod(@TempDir Path dir) throws Exception {
        Result r = BattsimCommandTest.run(
                "charge", "--quiet", "--out", dir.toString(), "--until", "10min", "--telemetry-period", "1min");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("telemetry.csv"));
        assertTrue(lines.get(0).startsWith("TIME_S,POWER_SUPPLY_STATUS,POWER_SUPPLY_HEALTH,POWER_SUPPLY_CAPACITY"));
        assertEquals(1 + 11, lines.size());
        assertTrue(lines.get(5).startsWith("240,Charging,"), lines.get(5));
        String summary = Files.readString(dir.resolve("summary.json"));
        assertTrue(summary.contains("\"learnedCapacityAh\"") && summary.contains("\"maxSocErrorPercent\""));
    }
}
