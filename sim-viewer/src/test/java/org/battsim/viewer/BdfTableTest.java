package org.battsim.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BdfTableTest {
    private static final double EPS = 1e-12;

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path file = dir.resolve("timeseries.bdf.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsColumnsUnitsAndRows() throws IOException {
        BdfTable t = BdfTable.read(write("""
                Test Time / s,Voltage / V,Current / A,Cycle Count / 1,Step Count / 1,Ambient Temperature / degC,State of Charge / %,Cell Temperature / degC
                0,3.700,1.5,0,1,25,10.0,25.0
                1.5,3.712,1.5,0,1,25,10.5,25.1
                3,3.725,-0.25,0,2,25,11.0,25.3
                """));
        assertEquals(3, t.rows());
        assertEquals(
                List.of(
                        "Test Time / s",
                        "Voltage / V",
                        "Current / A",
                        "Cycle Count / 1",
                        "Step Count / 1",
                        "Ambient Temperature / degC",
                        "State of Charge / %",
                        "Cell Temperature / degC"),
                t.labels());
        assertArrayEquals(new double[] {0, 1.5, 3}, t.time(), EPS);
        assertArrayEquals(
                new double[] {3.7, 3.712, 3.725}, t.column("Voltage / V").orElseThrow(), EPS);
        assertArrayEquals(
                new double[] {1.5, 1.5, -0.25}, t.column("Current / A").orElseThrow(), EPS);
        assertArrayEquals(new double[] {1, 1, 2}, t.column("Step Count / 1").orElseThrow(), EPS);
        assertEquals(Optional.of("V"), t.unit("Voltage / V"));
        assertEquals(Optional.of("degC"), t.unit("Cell Temperature / degC"));
        assertEquals(Optional.of("%"), t.unit("State of Charge / %"));
        assertEquals(Optional.of("1"), t.unit("Cycle Count / 1"));
        assertEquals(Optional.empty(), t.column("VBUS / V"));
        assertEquals(Optional.empty(), t.unit("VBUS / V"));
    }

    @Test
    void toleratesBomCrlfQuotesExtraColumnsAndBlankLines() throws IOException {
        BdfTable t = BdfTable.read(
                write("\uFEFF\"Test Time / s\",Voltage / V,\"Note, free text\",Charger Die Temperature / degC\r\n"
                        + "0,\"3.70\",\"hello, world\",30\r\n"
                        + "  1 , 3.80 ,\"say \"\"hi\"\"\",31\r\n"
                        + "2,3.90,\"two\r\nlines\",32\r\n"
                        + "\r\n"
                        + ",,,\r\n"
                        + "\r\n"));
        assertEquals(3, t.rows());
        assertArrayEquals(new double[] {0, 1, 2}, t.time(), EPS);
        assertArrayEquals(new double[] {3.7, 3.8, 3.9}, t.column("Voltage / V").orElseThrow(), EPS);
        assertArrayEquals(
                new double[] {30, 31, 32},
                t.column("Charger Die Temperature / degC").orElseThrow(),
                EPS);
        // Free text is not a quantity: it is left out rather than failing the file.
        assertFalse(t.labels().contains("Note, free text"));
    }

    @Test
    void emptyCellsAreNaNOutsideTheTimeColumn() throws IOException {
        BdfTable t = BdfTable.read(write("Test Time / s,Voltage / V,VBUS / V\n0,3.7,\n1,,5.0\n"));
        double[] v = t.column("Voltage / V").orElseThrow();
        double[] vbus = t.column("VBUS / V").orElseThrow();
        assertEquals(3.7, v[0], EPS);
        assertTrue(Double.isNaN(v[1]));
        assertTrue(Double.isNaN(vbus[0]));
        assertEquals(5.0, vbus[1], EPS);
    }

    @Test
    void opensArbinStyleExports() throws IOException {
        BdfTable t = BdfTable.read(write("""
                Data_Point,Date_Time,Test_Time(s),Step_Time(s),Cycle_Index,Step_Index,Current(A),Voltage(V),Charge_Capacity(Ah),Aux_Temperature_1(C)
                1,2024-03-01 10:00:00,0.0,0.0,1,1,0.0,3.601,0.0,24.8
                2,2024-03-01 10:00:10,10.0,10.0,1,2,1.5,3.652,0.0042,24.9
                """));
        assertEquals(2, t.rows());
        assertArrayEquals(new double[] {0, 10}, t.time(), EPS);
        assertArrayEquals(new double[] {3.601, 3.652}, t.column("Voltage / V").orElseThrow(), EPS);
        assertArrayEquals(new double[] {0, 1.5}, t.column("Current / A").orElseThrow(), EPS);
        assertArrayEquals(new double[] {1, 1}, t.column("Cycle Count / 1").orElseThrow(), EPS);
        assertArrayEquals(new double[] {1, 2}, t.column("Step Index / 1").orElseThrow(), EPS);
        assertArrayEquals(
                new double[] {0, 0.0042}, t.column("Charging Capacity / Ah").orElseThrow(), EPS);
        assertEquals(Optional.of("degC"), t.unit("Aux Temperature 1 / degC"));
        assertTrue(t.labels().contains("Step Time / s"));
        assertFalse(t.labels().stream().anyMatch(l -> l.contains("Date")), "text column is left out");
        // The labels as the cycler wrote them still find the columns.
        assertTrue(t.column("Test_Time(s)").isPresent());
        assertTrue(t.column("voltage(v)").isPresent());
        assertTrue(t.column("CURRENT(A)").isPresent());
    }

    @Test
    void scalesMilliUnitsToBaseUnits() throws IOException {
        BdfTable t = BdfTable.read(
                write("time/s,Ewe/mV,<I>/mA,Time(h:min:s.ms)\n0,3700,1500,00:00:00.000\n1,3710,-250,00:00:01.000\n"));
        assertArrayEquals(new double[] {3.7, 3.71}, t.column("Voltage / V").orElseThrow(), 1e-9);
        assertArrayEquals(new double[] {1.5, -0.25}, t.column("Current / A").orElseThrow(), 1e-9);
        assertEquals(Optional.of("A"), t.unit("Current / A"));
        assertEquals(List.of("Test Time / s", "Voltage / V", "Current / A"), t.labels());
    }

    @Test
    void lookupsIgnoreCaseAndSpacing() throws IOException {
        BdfTable t = BdfTable.read(write("test time / S,VOLTAGE / v\n0,4\n"));
        assertEquals(List.of("Test Time / s", "Voltage / V"), t.labels());
        assertTrue(t.column("voltage  /  V").isPresent());
        assertTrue(t.column("voltage_volt").isPresent());
        assertEquals(Optional.of("V"), t.unit("Voltage(V)"));
    }

    @Test
    void readsSemicolonSeparatedFilesWithDecimalCommas() throws IOException {
        BdfTable t = BdfTable.read(write("Test Time / s;Voltage / V;Current / A\n0;3,70;1,5\n0,5;3,71;1,5\n"));
        assertArrayEquals(new double[] {0, 0.5}, t.time(), EPS);
        assertArrayEquals(new double[] {3.7, 3.71}, t.column("Voltage / V").orElseThrow(), EPS);
    }

    @Test
    void readsTabSeparatedFiles() throws IOException {
        BdfTable t = BdfTable.read(write("Test Time / s\tVoltage / V\n0\t3.7\n1\t3.8\n"));
        assertArrayEquals(new double[] {3.7, 3.8}, t.column("Voltage / V").orElseThrow(), EPS);
    }

    @Test
    void readsLegacyEncodedUnitSymbols() throws IOException {
        Path file = dir.resolve("legacy.csv");
        Files.write(file, "Test_Time(s),Temperature(°C)\n0,25.5\n".getBytes(Charset.forName("windows-1252")));
        BdfTable t = BdfTable.read(file);
        assertEquals(List.of("Test Time / s", "Temperature / degC"), t.labels());
        assertArrayEquals(new double[] {25.5}, t.column("Temperature / degC").orElseThrow(), EPS);
    }

    @Test
    void keepsBothColumnsWhenTwoLabelsMeanTheSameQuantity() throws IOException {
        BdfTable t = BdfTable.read(write("Test Time / s,Current / A,Current(mA)\n0,1.5,1500\n"));
        assertArrayEquals(new double[] {1.5}, t.column("Current / A").orElseThrow(), EPS);
        assertArrayEquals(new double[] {1500}, t.column("Current(mA)").orElseThrow(), EPS);
        assertEquals(Optional.of("mA"), t.unit("Current(mA)"));
    }

    @Test
    void acceptsEqualTimesAndHeaderWithoutRows() throws IOException {
        assertEquals(3, BdfTable.read(write("Test Time / s\n0\n5\n5\n")).rows());
        BdfTable empty = BdfTable.read(write("Test Time / s,Voltage / V\n"));
        assertEquals(0, empty.rows());
        assertEquals(0, empty.column("Voltage / V").orElseThrow().length);
    }

    @Test
    void acceptsTrailingSeparatorOnDataRows() throws IOException {
        BdfTable t = BdfTable.read(write("Test Time / s,Voltage / V\n0,3.7,\n1,3.8,\n"));
        assertEquals(2, t.rows());
    }

    @Test
    void readsManyRows() throws IOException {
        var sb = new StringBuilder("Test Time / s,Voltage / V\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i).append(',').append(3 + i * 1e-5).append('\n');
        }
        BdfTable t = BdfTable.read(write(sb.toString()));
        assertEquals(100_000, t.rows());
        assertEquals(99_999, t.time()[99_999], EPS);
        assertEquals(3 + 99_999 * 1e-5, t.column("Voltage / V").orElseThrow()[99_999], 1e-12);
    }

    @Test
    void wrapsColumnsHeldInMemory() {
        var columns = new LinkedHashMap<String, double[]>();
        columns.put("Test Time / s", new double[] {0, 1});
        columns.put("Current(mA)", new double[] {1000, 2000});
        BdfTable t = BdfTable.of(columns);
        assertArrayEquals(new double[] {1, 2}, t.column("Current / A").orElseThrow(), EPS);
        assertEquals(2, t.rows());

        var backwards = new LinkedHashMap<String, double[]>();
        backwards.put("Test Time / s", new double[] {1, 0});
        assertThrows(IllegalArgumentException.class, () -> BdfTable.of(backwards));
        var noTime = new LinkedHashMap<String, double[]>();
        noTime.put("Voltage / V", new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> BdfTable.of(noTime));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("empty file", "", 1, "empty"),
                Arguments.of("only blank lines", "\n  \n\r\n", 1, "empty"),
                Arguments.of("no time column", "Voltage / V,Current / A\n4.0,1\n", 1, "no \"Test Time / s\" column"),
                Arguments.of("too many fields", "Test Time / s,Voltage / V\n0,4\n1,4,5\n", 3, "3 fields"),
                Arguments.of("too few fields", "Test Time / s,Voltage / V\n0,4\n1,4\n2\n", 4, "1 field,"),
                Arguments.of(
                        "text in a BDF column",
                        "Test Time / s,Voltage / V\n0,4\n1,abc\n",
                        3,
                        "\"Voltage / V\" value \"abc\" is not a number"),
                Arguments.of("suffixed number", "Test Time / s,Voltage / V\n0,4d\n", 2, "\"Voltage / V\""),
                Arguments.of("text time", "Test Time / s\n0\nsoon\n", 3, "\"Test Time / s\" value \"soon\""),
                Arguments.of(
                        "time backwards",
                        "Test Time / s,Voltage / V\n0,4\n1,4\n\n0.5,4\n",
                        5,
                        "goes back from 1 to 0.5"),
                Arguments.of("empty time", "Test Time / s,Voltage / V\n0,4\n,4\n", 3, "\"Test Time / s\" is empty"),
                Arguments.of("NaN time", "Test Time / s\n0\nNaN\n", 3, "finite"),
                Arguments.of("CRLF line ends", "Test Time / s,Voltage / V\r\n0,4\r\n1,x\r\n", 3, "\"x\""),
                Arguments.of("CR line ends", "Test Time / s,Voltage / V\r0,4\r1,x\r", 3, "\"x\""),
                Arguments.of("after BOM", "\uFEFFTest Time / s,Voltage / V\n0,x\n", 2, "\"x\""),
                Arguments.of(
                        "after a quoted line break",
                        "Test Time / s,Voltage / V,Note\n0,4,\"two\nlines\"\n1,bad,x\n",
                        4,
                        "\"bad\""),
                Arguments.of("unclosed quote", "Test Time / s,Voltage / V\n0,4\n1,\"4\n2,4\n", 3, "not closed"),
                Arguments.of("duplicate label", "Test Time / s,Voltage / V,Voltage / V\n0,1,2\n", 1, "both labelled"),
                Arguments.of("header after blank lines", "\n\nVoltage / V\n1\n", 3, "no \"Test Time / s\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedInputNamesFileAndLine(String name, String content, int line, String fragment) throws IOException {
        Path file = write(content);
        var e = assertThrows(BdfFormatException.class, () -> BdfTable.read(file));
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(e.getMessage().contains("(expected"), e.getMessage());
        assertEquals(line, e.line());
        assertEquals(file, e.file());
        assertTrue(e instanceof IllegalArgumentException);
    }
}
