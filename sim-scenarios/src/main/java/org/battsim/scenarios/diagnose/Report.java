package org.battsim.scenarios.diagnose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.battsim.scenarios.output.AtomicFiles;
import org.battsim.scenarios.output.Json;

/**
 * The scores of a campaign: accuracy overall and by kind of case, precision and recall per fault
 * class, the confusion matrix, the actions and cost spent, and the cases answered wrongly (each
 * written as a scenario file that replays to the same answer).
 *
 * <p>Per-class figures and the confusion matrix count single-fault and healthy cases (a
 * two-fault case has no single true class); a two-fault case counts as right when the answer
 * names either fault.
 */
public final class Report {
    private final String diagnostician;
    private final Campaign.Options options;
    private final List<Campaign.Outcome> outcomes;

    public Report(String diagnostician, Campaign.Options options, List<Campaign.Outcome> outcomes) {
        this.diagnostician = diagnostician;
        this.options = options;
        this.outcomes = List.copyOf(outcomes);
    }

    public List<Campaign.Outcome> outcomes() {
        return outcomes;
    }

    /** Share of right answers among the cases of a kind ({@code single}, {@code combination}, {@code healthy}; null for all). */
    public double accuracy(String kind) {
        int n = 0;
        int ok = 0;
        for (Campaign.Outcome o : outcomes) {
            if (kind == null || o.theCase().kind().equals(kind)) {
                n++;
                ok += o.correct() ? 1 : 0;
            }
        }
        return n == 0 ? Double.NaN : (double) ok / n;
    }

    private static FaultClass truthClass(Case c) {
        return c.faults().isEmpty() ? FaultClass.HEALTHY : c.faults().get(0);
    }

    /** Confusion counts over single-fault and healthy cases: [truth][answer]. */
    public int[][] confusion() {
        int k = FaultClass.values().length;
        int[][] m = new int[k][k];
        for (Campaign.Outcome o : outcomes) {
            if (o.theCase().faults().size() <= 1) {
                m[truthClass(o.theCase()).ordinal()][o.diagnosis().fault().ordinal()]++;
            }
        }
        return m;
    }

    /** The report as JSON (fixed key order). */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("diagnostician", diagnostician);
        m.put("seed", options.seed());
        m.put("trials", options.trials());
        m.put(
                "faults",
                options.faults() == null
                        ? "all"
                        : options.faults().stream().map(FaultClass::id).sorted().toList());
        m.put("combinations", options.combinations());
        m.put("maxActions", options.maxActions());
        Map<String, Object> acc = new LinkedHashMap<>();
        acc.put("all", r4(accuracy(null)));
        for (String kind : List.of("single", "combination", "healthy")) {
            acc.put(kind, r4(accuracy(kind)));
        }
        m.put("accuracy", acc);
        m.put("cases", counts());
        int[][] cm = confusion();
        Map<String, Object> per = new LinkedHashMap<>();
        for (FaultClass f : FaultClass.values()) {
            if (f == FaultClass.UNKNOWN) {
                continue;
            }
            int tp = cm[f.ordinal()][f.ordinal()];
            int truth = 0;
            int said = 0;
            for (int j = 0; j < cm.length; j++) {
                truth += cm[f.ordinal()][j];
                said += cm[j][f.ordinal()];
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("cases", truth);
            e.put("precision", said == 0 ? null : r4((double) tp / said));
            e.put("recall", truth == 0 ? null : r4((double) tp / truth));
            per.put(f.id(), e);
        }
        m.put("perClass", per);
        Map<String, Object> conf = new LinkedHashMap<>();
        for (FaultClass t : FaultClass.values()) {
            if (t == FaultClass.UNKNOWN) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (FaultClass a : FaultClass.values()) {
                row.put(a.id(), cm[t.ordinal()][a.ordinal()]);
            }
            conf.put(t.id(), row);
        }
        m.put("confusion", conf);
        m.put("meanActions", r4(mean(o -> o.actions().size(), false)));
        m.put("meanCostMinutes", r4(mean(Campaign.Outcome::cost, false)));
        m.put("meanActionsToCorrect", r4(mean(o -> o.actions().size(), true)));
        m.put("meanCostToCorrectMinutes", r4(mean(Campaign.Outcome::cost, true)));
        Map<String, Object> actions = new LinkedHashMap<>();
        for (Remedy r : Remedy.values()) {
            long n = outcomes.stream()
                    .flatMap(o -> o.actions().stream())
                    .filter(a -> a == r)
                    .count();
            actions.put(r.id(), n);
        }
        m.put("actionsUsed", actions);
        List<Object> wrong = new ArrayList<>();
        for (Campaign.Outcome o : outcomes) {
            if (!o.correct()) {
                wrong.add(caseJson(o));
            }
        }
        m.put("wrong", wrong);
        return m;
    }

    private Map<String, Object> counts() {
        Map<String, Object> c = new LinkedHashMap<>();
        for (String kind : List.of("single", "combination", "healthy")) {
            c.put(
                    kind,
                    outcomes.stream()
                            .filter(o -> o.theCase().kind().equals(kind))
                            .count());
        }
        return c;
    }

    static String caseFile(Case c) {
        return String.format(Locale.ROOT, "cases/case-%04d.yaml", c.index());
    }

    private Map<String, Object> caseJson(Campaign.Outcome o) {
        Map<String, Object> e = new LinkedHashMap<>();
        Case c = o.theCase();
        e.put("case", c.index());
        e.put("truth", c.truth());
        e.put("details", c.details());
        e.put("diagnosis", o.diagnosis().fault().id());
        e.put("confidence", r4(o.diagnosis().confidence()));
        e.put("actions", o.actions().stream().map(Remedy::id).toList());
        e.put("costMinutes", r4(o.cost()));
        e.put("file", caseFile(c));
        e.put("replay", "battsim diagnose --diagnostician " + diagnostician + " --case " + caseFile(c));
        return e;
    }

    private double mean(java.util.function.ToDoubleFunction<Campaign.Outcome> f, boolean onlyCorrect) {
        double s = 0;
        int n = 0;
        for (Campaign.Outcome o : outcomes) {
            if (!onlyCorrect || o.correct()) {
                s += f.applyAsDouble(o);
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    private static Double r4(double x) {
        return Double.isNaN(x) ? null : Math.round(x * 1e4) / 1e4;
    }

    /** The report as Markdown. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Diagnosis campaign: ").append(diagnostician).append("\n\n");
        b.append(String.format(
                Locale.ROOT,
                "%d cases from seed %d (%s), at most %d actions each.%n%n",
                options.trials(),
                options.seed(),
                options.faults() == null
                        ? "every fault class and healthy phones"
                        : String.join(
                                ", ",
                                options.faults().stream()
                                        .map(FaultClass::id)
                                        .sorted()
                                        .toList()),
                options.maxActions()));
        b.append("| cases | count | accuracy |\n|---|---|---|\n");
        Map<String, Object> counts = counts();
        b.append(row("all", outcomes.size(), accuracy(null)));
        for (String kind : List.of("single", "combination", "healthy")) {
            b.append(row(kind, ((Number) counts.get(kind)).intValue(), accuracy(kind)));
        }
        b.append(String.format(
                Locale.ROOT,
                "%nMean actions %.2f, mean cost %.1f min; to a correct diagnosis: %.2f actions, %.1f min.%n%n",
                mean(o -> o.actions().size(), false),
                mean(Campaign.Outcome::cost, false),
                mean(o -> o.actions().size(), true),
                mean(Campaign.Outcome::cost, true)));
        b.append(
                "## Per class (single-fault and healthy cases)\n\n| class | cases | precision | recall |\n|---|---|---|---|\n");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> per = (Map<String, Map<String, Object>>) json().get("perClass");
        per.forEach((k, v) -> b.append("| ")
                .append(k)
                .append(" | ")
                .append(v.get("cases"))
                .append(" | ")
                .append(fmt(v.get("precision")))
                .append(" | ")
                .append(fmt(v.get("recall")))
                .append(" |\n"));
        b.append("\n## Confusion matrix (rows: truth, columns: answer)\n\n| truth |");
        List<FaultClass> cols = List.of(FaultClass.values());
        for (FaultClass a : cols) {
            b.append(' ').append(abbrev(a)).append(" |");
        }
        b.append("\n|---|");
        b.append("---|".repeat(cols.size()));
        b.append('\n');
        int[][] cm = confusion();
        for (FaultClass t : cols) {
            if (t == FaultClass.UNKNOWN) {
                continue;
            }
            b.append("| ").append(t.id()).append(" |");
            for (FaultClass a : cols) {
                int n = cm[t.ordinal()][a.ordinal()];
                b.append(' ').append(n == 0 ? "." : Integer.toString(n)).append(" |");
            }
            b.append('\n');
        }
        b.append("\nColumns: ");
        List<String> keys = new ArrayList<>();
        for (FaultClass a : cols) {
            keys.add(abbrev(a) + " " + a.id());
        }
        b.append(String.join(", ", keys)).append(".\n\n## Wrong answers\n\n");
        List<Campaign.Outcome> wrong =
                outcomes.stream().filter(o -> !o.correct()).toList();
        if (wrong.isEmpty()) {
            b.append("None.\n");
        } else {
            b.append("| case | truth | answer | actions | replay |\n|---|---|---|---|---|\n");
            for (Campaign.Outcome o : wrong) {
                b.append("| ")
                        .append(o.theCase().index())
                        .append(" | ")
                        .append(String.join("; ", o.theCase().details()).replace("|", "/"))
                        .append(" | ")
                        .append(o.diagnosis().fault().id())
                        .append(" | ")
                        .append(String.join(
                                ", ", o.actions().stream().map(Remedy::id).toList()))
                        .append(" | `")
                        .append(caseFile(o.theCase()))
                        .append("` |\n");
            }
        }
        return b.toString();
    }

    private static String abbrev(FaultClass f) {
        String[] parts = f.id().split("-");
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            s.append(p.charAt(0));
        }
        return s.toString().toUpperCase(Locale.ROOT);
    }

    private static String row(String kind, int n, double acc) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %s |%n",
                kind,
                n,
                Double.isNaN(acc) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * acc));
    }

    private static String fmt(Object v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", ((Number) v).doubleValue());
    }

    /** Writes report.json, report.md and a scenario file per wrong case. */
    public void write(Path dir) {
        for (Campaign.Outcome o : outcomes) {
            if (!o.correct()) {
                AtomicFiles.writeString(
                        dir.resolve(caseFile(o.theCase())), o.theCase().yaml());
            }
        }
        Json.write(dir.resolve("report.json"), json());
        AtomicFiles.writeString(dir.resolve("report.md"), markdown());
    }
}
