package org.battsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.battsim.cli.BattsimCommandTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charging chain's must-hold behaviours, through the command a user runs. */
class ChargeCommandTest {
    static JsonNode charge(Path dir, String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of("charge", "--quiet", "--out", dir.toString()));
        a.addAll(List.of(args));
        Result r = BattsimCommandTest.run(a.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    }

    /** The summary's energy books other than the source's (Wh): what the source's energy must equal. */
    static double energySinks(JsonNode energy) {
        return energy.get("adapterLossWh").asDouble()
                + energy.get("cableAndContactLossWh").asDouble()
                + energy.get("chargerLossWh").asDouble()
                + energy.get("systemWh").asDouble()
                + energy.get("intoCellWh").asDouble()
                + energy.get("packDrainWh").asDouble();
    }

    static double[] column(Path dir, String label) throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("timeseries.bdf.csv"));
        int j = List.of(lines.get(0).split(",")).indexOf(label);
        assertTrue(j >= 0, label);
        return lines.stream()
                .skip(1)
                .mapToDouble(l -> Double.parseDouble(l.split(",")[j]))
                .toArray();
    }

    @Test
    void nativeAdapterChargesAMi4FullyWithTheChainColumns(@TempDir Path dir) throws Exception {
        JsonNode s = charge(dir);
        assertEquals("DCP", s.get("detectedPortType").asText());
        assertEquals("charge terminated (full)", s.get("endReason").asText());
        double full = s.get("timeToFullSeconds").asDouble();
        assertTrue(full > 1.5 * 3600 && full < 3.5 * 3600, "a 3080 mAh phone on 5 V 2 A: " + full + " s");
        assertTrue(s.get("timeTo80PercentSeconds").asDouble() < full);
        assertEquals(eventTime(dir, "charge terminated"), full, 0, "time to full is the termination's time");
        for (String k : List.of("inputCurrentLimitA", "minVbusVolts", "maxInputCurrentA", "timeToFullSeconds")) {
            assertTrue(s.has(k), k);
        }
        // Energy books close: source = adapter + cable/contacts + charger + system + cell + pack drains.
        JsonNode e = s.get("energy");
        assertEquals(
                e.get("sourceWh").asDouble(),
                energySinks(e),
                1e-6 * e.get("sourceWh").asDouble());
        double[] vbus = column(dir, "VBUS / V");
        double[] iin = column(dir, "Input Current / A");
        double[] lim = column(dir, "Input Current Limit / A");
        for (int i = 0; i < iin.length; i++) {
            assertTrue(iin[i] <= lim[i] + 1e-9, "input current within its limit");
            assertTrue(vbus[i] > 4.4 || iin[i] == 0, "VBUS held above VINDPM");
        }
        column(dir, "Charger Phase / 1");
        column(dir, "Port Contact Temperature / degC");
    }

    @Test
    void thinCableCapsTheInputCurrentNearTheWorkedExample(@TempDir Path dir) throws Exception {
        JsonNode thin = charge(dir.resolve("28"), "--cable", "1m-28awg", "--until", "20min");
        JsonNode thick = charge(dir.resolve("24"), "--cable", "1m-24awg", "--until", "20min");
        // PHYSICS §2: ≈ 1.1 A with 28 AWG, ≈ 2.1 A with 24 AWG (here also limited by the adapter's own droop).
        assertEquals(1.1, thin.get("maxInputCurrentA").asDouble(), 0.15);
        assertTrue(thick.get("maxInputCurrentA").asDouble()
                > 1.4 * thin.get("maxInputCurrentA").asDouble());
    }

    @Test
    void usb2PortNeverSuppliesMoreThan500mAAndIsFarSlower(@TempDir Path dir) throws Exception {
        JsonNode usb = charge(dir.resolve("usb"), "--source", "usb2-port");
        JsonNode wall = charge(dir.resolve("wall"));
        assertEquals("SDP", usb.get("detectedPortType").asText());
        assertTrue(usb.get("maxInputCurrentA").asDouble() <= 0.5 + 1e-9);
        assertTrue(usb.get("timeToFullSeconds").asDouble()
                > 2 * wall.get("timeToFullSeconds").asDouble());
        // With the screen on, the 2.4 W the port can give barely exceeds the phone's own use.
        JsonNode busy = charge(
                dir.resolve("busy"), "--source", "usb2-port", "--load", "gaming", "--from-soc", "50%", "--until", "1h");
        assertTrue(
                busy.get("finalSocPercent").asDouble() < 50,
                "gaming on a USB 2.0 port loses charge: " + busy.get("finalSocPercent"));
    }

    /**
     * A load asked for a flat phone: it is switched on once plugged (the input can power it). On the
     * wall adapter the input carries the screen and the phone stays on while it charges; on a USB
     * 2.0 port, still at its 100 mA before enumeration, the battery has to supply the rest and the OS
     * shuts the phone down at the battery's cut-off.
     */
    @Test
    void aLoadOnAFlatPhoneSwitchesItOnFromTheInput(@TempDir Path dir) throws Exception {
        JsonNode wall = charge(dir.resolve("wall"), "--load", "screen-on", "--until", "10min");
        List<String> events = Files.readAllLines(dir.resolve("wall").resolve("events.csv"));
        int plugged = indexOf(events, "plugged into");
        assertTrue(plugged > 0 && indexOf(events, "powered on") > plugged, String.join("\n", events));
        assertEquals(-1, indexOf(events, "cannot power on"), String.join("\n", events));
        assertEquals(-1, indexOf(events, "shut down"), String.join("\n", events));
        assertTrue(wall.get("phoneOnAtEnd").asBoolean());

        charge(dir.resolve("usb"), "--source", "usb2-port", "--load", "screen-on", "--until", "10min");
        events = Files.readAllLines(dir.resolve("usb").resolve("events.csv"));
        int on = indexOf(events, "powered on");
        assertTrue(on > indexOf(events, "plugged into"), String.join("\n", events));
        assertTrue(indexOf(events, "shut down: battery at cut-off") > on, String.join("\n", events));
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void debrisFallsBackToAFloatLimit(@TempDir Path dir) throws Exception {
        JsonNode s = charge(dir, "--port", "debris", "--until", "10min");
        String type = s.get("detectedPortType").asText();
        assertTrue(type.equals("FLOAT") || type.equals("SDP"), type);
        double limit = s.get("inputCurrentLimitA").asDouble();
        assertTrue(limit >= 0.1 - 1e-9 && limit <= 0.5 + 1e-9, "limit " + limit);
    }

    /**
     * A protocol as the charger's algorithm: a gentler current than the IC's own reaches 80 % later,
     * the protocol ends the charge, and the summary names it; a misspelt protocol exits 2.
     */
    @Test
    void protocolAsTheChargersAlgorithm(@TempDir Path dir) throws Exception {
        JsonNode own = charge(dir.resolve("own"));
        JsonNode slow = charge(dir.resolve("slow"), "--protocol", "cccv:0.3C");
        assertTrue(own.get("chargingProtocol") == null, "no protocol key without --protocol");
        assertEquals("cccv:0.3C", slow.get("chargingProtocol").asText());
        assertEquals(
                "the charging algorithm ended the charge (full)",
                slow.get("endReason").asText());
        double t80 = slow.get("timeTo80PercentSeconds").asDouble();
        assertTrue(t80 > 1.5 * own.get("timeTo80PercentSeconds").asDouble(), "0.3C to 80 % in " + t80 + " s");
        double[] current = column(dir.resolve("slow"), "Current / A");
        double max = 0;
        for (double c : current) {
            max = Math.max(max, c);
        }
        assertTrue(max <= 0.3 * 3.08 + 1e-6 && max > 0.25 * 3.08, "largest charge current " + max + " A");
        Result bad = BattsimCommandTest.run(
                "charge", "--protocol", "cccvv:1C", "--out", dir.resolve("bad").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("did you mean \"cccv\""), bad.err());
    }

    @Test
    void badOptionsExitTwo() {
        for (String[] args : List.of(
                new String[] {"charge", "--source", "adapter-5v3a"},
                new String[] {"charge", "--cable", "length=1m,awg=x"},
                new String[] {"charge", "--port", "dusty"},
                new String[] {"charge", "--load", "dancing"},
                new String[] {"charge", "--until", "soon"},
                new String[] {"charge", "--device", "xiaomi-mi44"},
                // Options that do not apply to what runs are refused rather than ignored.
                new String[] {"charge", "--source", "frog-cradle", "--port", "debris"},
                new String[] {"charge", "--source", "frog-cradle", "--cable", "1m-24awg"},
                new String[] {"charge", "--source", "frog-cradle", "--load", "idle"},
                new String[] {"charge", "--polarity", "reversed"},
                new String[] {"charge", "--locked-out", "--from-soc", "10%"})) {
            Result r = BattsimCommandTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("battsim charge: option --"), r.err());
            assertTrue(!r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void frogCradleWakesALockedOutPackOnlyTheRightWayRound(@TempDir Path dir) throws Exception {
        JsonNode right = charge(dir.resolve("right"), "--source", "frog-cradle", "--locked-out", "--until", "2h");
        assertEquals(false, right.get("teButtonGreenAtStart").asBoolean(), "a 0 V pack lights nothing");
        assertEquals(true, right.get("packWoken").asBoolean());
        assertTrue(right.get("chargeCapacityAh").asDouble() > 0.3);
        JsonNode wrong = charge(
                dir.resolve("wrong"),
                "--source",
                "frog-cradle",
                "--locked-out",
                "--polarity",
                "reversed",
                "--until",
                "2h");
        assertEquals(false, wrong.get("packWoken").asBoolean());
        assertEquals(0, wrong.get("chargeCapacityAh").asDouble(), 0);
        JsonNode healthy = charge(dir.resolve("healthy"), "--source", "frog-cradle", "--from-soc", "40%");
        assertEquals(true, healthy.get("teButtonGreenAtStart").asBoolean());
        assertEquals(
                eventTime(dir.resolve("healthy"), "FUL: charge complete"),
                healthy.get("timeToFullSeconds").asDouble(),
                0,
                "time to full is when FUL lights");
    }

    /** The time of the first event whose text contains {@code text} in events.csv (s). */
    static double eventTime(Path dir, String text) throws Exception {
        List<String> events = Files.readAllLines(dir.resolve("events.csv"));
        int i = indexOf(events, text);
        assertTrue(i > 0, String.join("\n", events));
        return Double.parseDouble(events.get(i).split(",")[0]);
    }

    /** A locked-out pack in the phone: the charger sees no battery, so nothing charges (PHYSICS §4). */
    @Test
    void aLockedOutPackInThePhoneIsSeenAsAbsent(@TempDir Path dir) throws Exception {
        JsonNode s = charge(dir, "--locked-out", "--until", "30min");
        assertEquals(true, s.get("startedLockedOut").asBoolean());
        assertEquals(true, s.get("protectionLockedOut").asBoolean());
        assertEquals("DCP", s.get("detectedPortType").asText());
        assertEquals("NOT_CHARGING", s.get("finalChargerPhase").asText());
        assertEquals(0, s.get("chargeCapacityAh").asDouble(), 1e-9);
        assertTrue(s.get("initialSocPercent").asDouble() < 0, "the cell's lowest SoC, below 0 %");
        List<String> events = Files.readAllLines(dir.resolve("events.csv"));
        assertTrue(indexOf(events, "over-discharge lockout") >= 0, String.join("\n", events));
    }

    /** Every thermal node of a phone left in the cold starts in the cold, not at a default 25 degC. */
    @Test
    void aColdPhoneStartsColdThroughout(@TempDir Path dir) throws Exception {
        JsonNode s = charge(dir, "--ambient", "-20 degC", "--until", "10min");
        // JEITA stops charging below 0 degC, so nothing warms: every peak is the ambient.
        assertEquals(-20, s.get("maxCellTemperatureCelsius").asDouble(), 0.1);
        assertEquals(-20, s.get("maxPortContactTemperatureCelsius").asDouble(), 0.1);
        assertEquals(-20, s.get("maxChargerDieTemperatureCelsius").asDouble(), 0.1);
        double[] port = column(dir, "Port Contact Temperature / degC");
        double[] die = column(dir, "Charger Die Temperature / degC");
        assertEquals(-20, port[0], 1e-9);
        assertEquals(-20, die[0], 1e-9);
    }

    /** A cradle has no thermistor: it charges a frozen pack, and says so; a warm pack gets no warning. */
    @Test
    void aCradleChargingAFrozenPackIsFlagged(@TempDir Path dir) throws Exception {
        String[] frozen = {"--source", "frog-cradle", "--from-soc", "40%", "--ambient", "-20 degC"};
        JsonNode cold = charge(dir.resolve("cold"), concat(frozen, "--until", "30min"));
        assertTrue(cold.get("chargedBelowFreezingAh").asDouble() > 0.1, cold.toString());
        assertEquals(
                cold.get("chargeCapacityAh").asDouble(),
                cold.get("chargedBelowFreezingAh").asDouble(),
                1e-6);
        JsonNode warm = charge(dir.resolve("warm"), "--source", "frog-cradle", "--from-soc", "40%", "--until", "30min");
        assertEquals(0, warm.get("chargedBelowFreezingAh").asDouble(), 0);
        Result r = BattsimCommandTest.run(concat(
                concat(new String[] {"charge"}, frozen),
                "--until",
                "10min",
                "--out",
                dir.resolve("printed").toString()));
        assertTrue(r.out().contains("below 0 degC"), r.out());
    }

    private static String[] concat(String[] head, String... tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }

    @Test
    void sameSeedSameBytes(@TempDir Path dir) throws Exception {
        for (String sub : List.of("a", "b")) {
            charge(dir.resolve(sub), "--port", "oxidized", "--load", "idle", "--until", "30min", "--seed", "7");
        }
        for (String f : List.of("timeseries.bdf.csv", "events.csv", "summary.json")) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(
                    Files.readAllBytes(dir.resolve("a").resolve(f)),
                    Files.readAllBytes(dir.resolve("b").resolve(f)),
                    f);
        }
    }
}
