package org.battsim.viewer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time series in Battery Data Format (BDF): one column per quantity, labelled {@code Quantity / unit}, with the
 * required column {@value #TEST_TIME}. Values are held column by column as {@code double[]}.
 *
 * <p>Labels are normalised when read: BDF labels keep their spelling (with the standard capitalisation for known
 * ones), and common cycler labels such as {@code Test_Time(s)}, {@code Voltage(V)}, {@code Current(mA)} or {@code
 * Ewe/V} become the BDF label, with milli- and micro-units scaled to the base unit. Lookups by label are
 * case-insensitive and accept the same aliases.
 */
public final class BdfTable {
    /** The label of the required time column, in seconds since the start of the test. */
    public static final String TEST_TIME = "Test Time / s";

    private static final Pattern BDF_LABEL = Pattern.compile("(.*?\\S)\\s+/\\s+(\\S.*)");
    private static final Pattern BRACKETED_UNIT = Pattern.compile("(.*?\\S)\\s*[(\\[]([^()\\[\\]]*)[)\\]]");
    private static final Pattern SLASHED_UNIT = Pattern.compile("([^/\\s][^/]*)/([^/]+)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Map<String, String> UNIT_SPELLINGS = Map.ofEntries(
            Map.entry("°C", "degC"),
            Map.entry("ºC", "degC"),
            Map.entry("℃", "degC"),
            Map.entry("C", "degC"),
            Map.entry("deg C", "degC"),
            Map.entry("degc", "degC"),
            Map.entry("DegC", "degC"),
            Map.entry("celsius", "degC"),
            Map.entry("Celsius", "degC"),
            Map.entry("sec", "s"),
            Map.entry("Ohm", "ohm"),
            Map.entry("Ω", "ohm"),
            Map.entry("mOhm", "mohm"),
            Map.entry("mΩ", "mohm"),
            Map.entry("µA", "uA"),
            Map.entry("μA", "uA"));

    private record Scale(String unit, double factor) {}

    private static final Map<String, Scale> SCALES = Map.ofEntries(
            Map.entry("mA", new Scale("A", 1e-3)),
            Map.entry("uA", new Scale("A", 1e-6)),
            Map.entry("mV", new Scale("V", 1e-3)),
            Map.entry("mAh", new Scale("Ah", 1e-3)),
            Map.entry("mWh", new Scale("Wh", 1e-3)),
            Map.entry("mW", new Scale("W", 1e-3)),
            Map.entry("mohm", new Scale("ohm", 1e-3)),
            Map.entry("ms", new Scale("s", 1e-3)),
            Map.entry("min", new Scale("s", 60)),
            Map.entry("h", new Scale("s", 3600)));

    /** Lookup key of a label or alias → BDF label. */
    private static final Map<String, String> ALIASES = new HashMap<>();

    static {
        alias(TEST_TIME, "Test_Time(s)", "TestTime(s)", "Time(s)", "time/s", "Total Time(s)", "test_time_second");
        alias("Voltage / V", "Voltage(V)", "Ewe/V", "Ecell/V", "U(V)", "Cell Voltage(V)", "voltage_volt");
        alias("Current / A", "Current(A)", "I/A", "<I>/A", "Cur(A)", "current_ampere");
        alias("Unix Time / s", "unix_time_second");
        alias(
                "Cycle Count / 1",
                "Cycle_Index",
                "Cycle ID",
                "Cycle",
                "Cycle Number",
                "cycle_count",
                "cycle_dimensionless");
        alias("Step Count / 1", "step_count", "step_count_dimensionless");
        alias("Step Index / 1", "Step_Index", "Step ID", "Step", "Step Number", "step_index");
        alias("Ambient Temperature / degC", "ambient_temperature_celsius", "ambient_temperature_degc");
        alias("Charging Capacity / Ah", "Charge_Capacity(Ah)", "Capacitance_Chg(Ah)", "charging_capacity_ah");
        alias("Discharging Capacity / Ah", "Discharge_Capacity(Ah)", "Capacitance_DChg(Ah)", "discharging_capacity_ah");
        alias("Charging Energy / Wh", "Charge_Energy(Wh)", "Engy_Chg(Wh)", "charging_energy_wh");
        alias("Discharging Energy / Wh", "Discharge_Energy(Wh)", "Engy_DChg(Wh)", "discharging_energy_wh");
        alias("Net Capacity / Ah", "net_capacity_ah");
        alias("Power / W", "Power(W)", "P/W", "power_watt");
        alias("Internal Resistance / ohm", "Internal_Resistance(Ohm)", "DCIR(Ohm)", "internal_resistance_ohm");
        alias("State of Charge / %", "SOC(%)", "state_of_charge_percent");
        alias("Reported State of Charge / %");
        alias("Cell Temperature / degC");
        alias("VBUS / V");
        alias("Input Current / A");
    }

    private final List<String> labels;
    private final List<String> units;
    private final double[][] columns;
    private final Map<String, Integer> index;
    private final int rows;

    private BdfTable(List<String> labels, List<String> units, double[][] columns, int rows) {
        this.labels = List.copyOf(labels);
        this.units = List.copyOf(units);
        this.columns = columns;
        this.rows = rows;
        var idx = new HashMap<String, Integer>();
        for (int i = 0; i < labels.size(); i++) {
            idx.put(key(labels.get(i)), i);
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    /**
     * Reads a BDF CSV file. Accepts a byte order mark, CRLF line ends, quoted fields, blank lines, a semicolon or tab
     * separator, and extra columns; extra columns whose label is neither BDF nor a known alias are dropped if they hold
     * text (such as a date column). Empty cells read as NaN, except in the time column.
     *
     * @throws BdfFormatException if the file is malformed; the message names the file and line
     * @throws IOException if the file cannot be read
     */
    public static BdfTable read(Path file) throws IOException {
        return CsvReader.read(file, (char) 0, csv -> parse(file, csv));
    }

    /**
     * Wraps columns held in memory. The arrays are used as they are, not copied, unless their label has a unit that
     * is scaled to the base unit.
     *
     * @param columns label → values, in column order; must contain {@value #TEST_TIME} (or an alias)
     * @throws IllegalArgumentException if time is missing, not finite or decreasing, or lengths differ
     */
    public static BdfTable of(Map<String, double[]> columns) {
        var labels = new ArrayList<String>();
        var units = new ArrayList<String>();
        var data = new ArrayList<double[]>();
        var seen = new HashMap<String, String>();
        int rows = -1;
        for (var e : columns.entrySet()) {
            Label l = describe(e.getKey());
            String previous = seen.putIfAbsent(key(l.label), e.getKey());
            if (previous != null) {
                throw new IllegalArgumentException(
                        "columns \"" + previous + "\" and \"" + e.getKey() + "\" are both \"" + l.label + "\"");
            }
            double[] values = e.getValue();
            if (rows >= 0 && values.length != rows) {
                throw new IllegalArgumentException("column \"" + e.getKey() + "\" has " + values.length
                        + " values, but the first column has " + rows);
            }
            rows = values.length;
            if (l.factor != 1) {
                values = values.clone();
                for (int i = 0; i < values.length; i++) {
                    values[i] *= l.factor;
                }
            }
            labels.add(l.label);
            units.add(l.unit);
            data.add(values);
        }
        int t = labels.indexOf(TEST_TIME);
        if (t < 0) {
            throw new IllegalArgumentException("no \"" + TEST_TIME + "\" column among " + columns.keySet());
        }
        double[] time = data.get(t);
        for (int i = 0; i < time.length; i++) {
            if (!Double.isFinite(time[i]) || (i > 0 && time[i] < time[i - 1])) {
                throw new IllegalArgumentException("\"" + TEST_TIME + "\" at row " + i + " is " + time[i]
                        + " (expected finite times that never decrease)");
            }
        }
        return new BdfTable(labels, units, data.toArray(double[][]::new), Math.max(rows, 0));
    }

    /** Column labels in file order, normalised to BDF form where recognised. */
    public List<String> labels() {
        return labels;
    }

    /**
     * The values of a column, found by BDF label or alias, ignoring case. The array is the table's own storage, shared
     * to avoid copying millions of values: do not modify it.
     */
    public Optional<double[]> column(String label) {
        return find(label).map(i -> columns[i]);
    }

    /** The {@value #TEST_TIME} column, never decreasing. Shared storage: do not modify. */
    public double[] time() {
        return columns[index.get(key(TEST_TIME))];
    }

    /** Number of data rows. */
    public int rows() {
        return rows;
    }

    /** The unit of a column ({@code "V"} for {@code Voltage / V}; empty if the label has none), if there is one. */
    public Optional<String> unit(String label) {
        return find(label).map(units::get);
    }

    @Override
    public String toString() {
        return "BdfTable" + labels + " × " + rows + " rows";
    }

    private Optional<Integer> find(String label) {
        Integer i = index.get(key(label));
        if (i == null) {
            i = index.get(key(describe(label).label));
        }
        return Optional.ofNullable(i);
    }

    // ---- reading

    /** A header cell: its normalised label, unit, factor to the base unit, and whether it must be numeric. */
    record Label(String label, String unit, double factor, boolean strict) {}

    private static final class Column {
        final Label label;
        double[] values = new double[1024];
        boolean text;

        Column(Label label) {
            this.label = label;
        }

        void add(int row, double v) {
            if (row == values.length) {
                values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, values.length * 2L));
            }
            values[row] = v;
        }
    }

    private static BdfTable parse(Path file, CsvReader csv) throws IOException {
        var fields = new ArrayList<String>();
        if (!csv.next(fields)) {
            throw new BdfFormatException(
                    file, 1, "the file is empty (expected a header row such as \"Test Time / s,Voltage / V\")");
        }
        int headerLine = csv.recordLine();
        int width = fields.size();
        Column[] cols = header(file, headerLine, fields);
        int timeCol = -1;
        for (int i = 0; i < width; i++) {
            if (cols[i] != null && cols[i].label.label.equals(TEST_TIME)) {
                timeCol = i;
            }
        }
        if (timeCol < 0) {
            throw new BdfFormatException(
                    file,
                    headerLine,
                    "no \"" + TEST_TIME + "\" column among " + quoteAll(fields) + " (expected \"" + TEST_TIME
                            + "\" or an alias such as \"Test_Time(s)\")");
        }
        String separator = csv.delimiter() == '\t' ? "tabs" : "\"" + csv.delimiter() + "\"";
        boolean decimalComma = csv.delimiter() == ';';
        double lastTime = Double.NEGATIVE_INFINITY;
        int rows = 0;
        while (csv.next(fields)) {
            int line = csv.recordLine();
            if (fields.size() != width && !onlyEmptyExtra(fields, width)) {
                throw new BdfFormatException(
                        file,
                        line,
                        fields(fields.size()) + ", but the header on line " + headerLine + " has " + width
                                + " (expected one value per column, separated by " + separator + ")");
            }
            for (int i = 0; i < width; i++) {
                Column col = cols[i];
                if (col == null || col.text) {
                    continue;
                }
                String s = fields.get(i);
                double v;
                if (s.isEmpty()) {
                    if (i == timeCol) {
                        throw new BdfFormatException(
                                file, line, "\"" + TEST_TIME + "\" is empty (expected a time in seconds on every row)");
                    }
                    v = Double.NaN;
                } else {
                    try {
                        v = CsvReader.number(s, decimalComma) * col.label.factor;
                    } catch (NumberFormatException e) {
                        if (!col.label.strict) {
                            // A text column (such as a date) that is not part of BDF: leave it out.
                            col.text = true;
                            continue;
                        }
                        throw new BdfFormatException(
                                file,
                                line,
                                "\"" + col.label.label + "\" value \"" + s + "\" is not a number"
                                        + " (expected a decimal number such as 3.85, or an empty cell)");
                    }
                }
                if (i == timeCol) {
                    if (!Double.isFinite(v)) {
                        throw new BdfFormatException(
                                file, line, "\"" + TEST_TIME + "\" is " + s + " (expected a finite time in seconds)");
                    }
                    if (v < lastTime) {
                        throw new BdfFormatException(
                                file,
                                line,
                                "\"" + TEST_TIME + "\" goes back from " + plain(lastTime) + " to " + plain(v)
                                        + " (expected times that never decrease)");
                    }
                    lastTime = v;
                }
                col.add(rows, v);
            }
            if (rows == Integer.MAX_VALUE - 8) {
                throw new BdfFormatException(file, line, "too many rows (expected at most " + rows + ")");
            }
            rows++;
        }
        var labels = new ArrayList<String>();
        var units = new ArrayList<String>();
        var data = new ArrayList<double[]>();
        for (Column col : cols) {
            if (col != null && !col.text) {
                labels.add(col.label.label);
                units.add(col.label.unit);
                data.add(col.values.length == rows ? col.values : Arrays.copyOf(col.values, rows));
                col.values = null;
            }
        }
        return new BdfTable(labels, units, data.toArray(double[][]::new), rows);
    }

    private static Column[] header(Path file, int line, List<String> fields) {
        var cols = new Column[fields.size()];
        var seen = new HashMap<String, Integer>();
        for (int i = 0; i < fields.size(); i++) {
            String raw = fields.get(i);
            if (raw.isEmpty()) {
                continue;
            }
            Label l = describe(raw);
            if (seen.containsKey(key(l.label))) {
                // Two cells for the same quantity (say "Current / A" and "Current(mA)"): keep the second as written.
                l = new Label(raw, parseLabel(raw).writtenUnit, 1, false);
            }
            Integer first = seen.putIfAbsent(key(l.label), i);
            if (first != null) {
                throw new BdfFormatException(
                        file,
                        line,
                        "columns " + (first + 1) + " and " + (i + 1) + " are both labelled \"" + raw
                                + "\" (expected each label once)");
            }
            cols[i] = new Column(l);
        }
        return cols;
    }

    /** A trailing separator at the end of data rows, but not of the header, adds only empty fields. */
    private static boolean onlyEmptyExtra(List<String> fields, int width) {
        if (fields.size() < width) {
            return false;
        }
        for (int i = width; i < fields.size(); i++) {
            if (!fields.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    // ---- labels

    private record Parsed(String quantity, String unit, double factor, boolean bdf, String writtenUnit) {}

    private static Parsed parseLabel(String raw) {
        String s = raw.strip();
        String quantity;
        String unit;
        boolean bdf = false;
        Matcher m;
        if ((m = BDF_LABEL.matcher(s)).matches()) {
            quantity = m.group(1);
            unit = m.group(2).strip();
            bdf = true;
        } else if ((m = BRACKETED_UNIT.matcher(s)).matches()) {
            quantity = m.group(1).replace('_', ' ');
            unit = m.group(2).strip();
        } else if ((m = SLASHED_UNIT.matcher(s)).matches()) {
            quantity = m.group(1).replace('_', ' ');
            unit = m.group(2).strip();
        } else {
            quantity = s.replace('_', ' ');
            unit = "";
        }
        quantity = SPACES.matcher(quantity.strip()).replaceAll(" ");
        String written = unit;
        unit = UNIT_SPELLINGS.getOrDefault(unit, unit);
        Scale scale = SCALES.get(unit);
        if (scale != null) {
            return new Parsed(quantity, scale.unit, scale.factor, bdf, written);
        }
        return new Parsed(quantity, unit, 1, bdf, written);
    }

    /** Normalises a header cell to its BDF label. */
    static Label describe(String raw) {
        Parsed p = parseLabel(raw);
        String bdfLabel = ALIASES.get(key(p.quantity, p.unit));
        if (bdfLabel != null) {
            return new Label(bdfLabel, unitOf(bdfLabel), p.factor, true);
        }
        if (!p.unit.isEmpty()) {
            return new Label(p.quantity + " / " + p.unit, p.unit, p.factor, p.bdf);
        }
        return new Label(raw.strip(), "", 1, false);
    }

    private static void alias(String bdfLabel, String... alternatives) {
        Parsed self = parseLabel(bdfLabel);
        ALIASES.put(key(self.quantity, self.unit), bdfLabel);
        for (String alt : alternatives) {
            Parsed p = parseLabel(alt);
            ALIASES.put(key(p.quantity, p.unit), bdfLabel);
        }
    }

    private static String unitOf(String bdfLabel) {
        return bdfLabel.substring(bdfLabel.lastIndexOf(" / ") + 3);
    }

    private static String key(String quantity, String unit) {
        return (quantity + " / " + unit).toLowerCase(Locale.ROOT);
    }

    private static String key(String label) {
        return SPACES.matcher(label.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String quoteAll(List<String> fields) {
        var quoted = new ArrayList<String>();
        for (String f : fields.subList(0, Math.min(fields.size(), 8))) {
            quoted.add("\"" + f + "\"");
        }
        return String.join(", ", quoted) + (fields.size() > 8 ? ", …" : "");
    }

    private static String fields(int n) {
        return n == 1 ? "1 field" : n + " fields";
    }
}
