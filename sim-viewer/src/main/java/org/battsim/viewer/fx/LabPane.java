package org.battsim.viewer.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.battsim.scenarios.chain.CableLibrary;
import org.battsim.scenarios.chain.PortLibrary;
import org.battsim.scenarios.chain.SourceLibrary;
import org.battsim.scenarios.devices.DeviceLibrary;
import org.battsim.scenarios.scenario.Catalogue;
import org.battsim.scenarios.scenario.Scenario;
import org.battsim.viewer.lab.LabFaults;
import org.battsim.viewer.lab.LabRun;
import org.battsim.viewer.lab.LabSetup;

/**
 * The live lab: choose a phone, a source, a cable, a port condition and faults, press Run and watch the curves grow at
 * a chosen speed-up; change a fault while it runs. The simulation runs on its own thread ({@link LabRun}); its samples
 * reach the charts in batches, at most one pending hand-over to the JavaFX thread at a time, so the window stays
 * responsive at any speed.
 */
public final class LabPane extends BorderPane {
    /** The adapter-limit slider's top position: no cap. */
    static final double NO_CAP_A = 3.0;

    /** The scenario chooser's first entry: the setup built from the controls. */
    static final String OWN = "(build your own)";

    private final TimeSeriesView timeSeries = new TimeSeriesView();
    private final ComboBox<String> scenario = combo(scenarioNames(), OWN, "lab-scenario");
    private final ComboBox<String> scenarioRun = combo(List.of("-"), "-", "lab-scenario-run");
    private Scenario chosen;
    private final ComboBox<String> device = combo(DeviceLibrary.names(), "xiaomi-mi4", "lab-device");
    private final ComboBox<String> source = combo(SourceLibrary.names(), SourceLibrary.DEFAULT, "lab-source");
    private final ComboBox<String> cable = combo(CableLibrary.names(), "1m-24awg", "lab-cable");
    private final ComboBox<String> port = combo(PortLibrary.names(), "clean", "lab-port");
    private final ComboBox<String> load = combo(List.of("off", "idle", "screen-on", "gaming"), "off", "lab-load");
    private final Slider fromSoc = slider(0, 100, 20, "lab-soc");
    private final Slider contact = slider(0, 2, 0, "lab-contact");
    private final CheckBox dataWire = new CheckBox("D+ wire broken");
    private final Slider limit = slider(0.1, NO_CAP_A, NO_CAP_A, "lab-limit");
    private final Slider ambient = slider(-10, 50, 25, "lab-ambient");
    private final Label socText = new Label();
    private final Label contactText = new Label();
    private final Label limitText = new Label();
    private final Label ambientText = new Label();
    private final ToggleGroup speedGroup = new ToggleGroup();
    private final List<ToggleButton> speedButtons = new ArrayList<>();
    private final Button run = new Button("Run");
    private final Button replug = new Button("Re-plug");
    private final Button stop = new Button("Stop");
    private final Label status = new Label("Choose a setup and press Run.");
    private final TextArea explanation = new TextArea();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private LabRun current;
    private boolean finished;
    private String endReason;
    private int batches;

    public LabPane() {
        dataWire.setId("lab-dataWire");
        scenario.valueProperty().addListener((o, a, b) -> chooseScenario(b));
        scenarioRun.setDisable(true);
        run.setId("lab-run");
        replug.setId("lab-replug");
        stop.setId("lab-stop");
        var speeds = new HBox(4);
        for (LabRun.Speed s : LabRun.Speed.values()) {
            var b = new ToggleButton(s.text);
            b.setId("lab-speed-" + s.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(speedGroup);
            b.setUserData(s);
            speedButtons.add(b);
            speeds.getChildren().add(b);
        }
        speedButtons.get(LabRun.Speed.X100.ordinal()).setSelected(true);
        speedGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one speed is always chosen
            } else if (current != null) {
                current.speed(speed());
                if (!finished) {
                    status.setText((speed() == LabRun.Speed.PAUSE ? "Paused, " : "Running, ")
                            + String.format(Locale.ROOT, "t = %.1f min", current.time() / 60));
                }
            }
        });
        run.setOnAction(e -> start());
        replug.setOnAction(e -> {
            if (current != null) {
                current.replug();
            }
        });
        stop.setOnAction(e -> {
            if (current != null) {
                current.stop();
            }
        });
        replug.setDisable(true);
        stop.setDisable(true);

        fromSoc.valueProperty().addListener((o, a, b) -> updateTexts());
        for (Slider s : List.of(contact, limit, ambient)) {
            s.valueProperty().addListener((o, a, b) -> {
                updateTexts();
                if (!s.isValueChanging()) {
                    faultsChanged();
                }
            });
            s.valueChangingProperty().addListener((o, was, now) -> {
                if (!now) {
                    faultsChanged();
                }
            });
        }
        dataWire.selectedProperty().addListener((o, a, b) -> faultsChanged());
        updateTexts();

        var controls = new VBox(
                4,
                heading("Scenario"),
                scenario,
                scenarioRun,
                new Separator(),
                heading("Setup"),
                new Label("Device"),
                device,
                new Label("Source"),
                source,
                new Label("Cable"),
                cable,
                new Label("Port"),
                port,
                new Label("Load while charging"),
                load,
                socText,
                fromSoc,
                new Separator(),
                heading("Faults (live)"),
                contactText,
                contact,
                dataWire,
                limitText,
                limit,
                ambientText,
                ambient,
                new Separator(),
                heading("Run"),
                new HBox(4, run, replug, stop),
                new Label("Speed-up"),
                speeds);
        controls.setPadding(new Insets(8));
        controls.setPrefWidth(250);
        for (Node n : List.of(scenario, scenarioRun, device, source, cable, port, load)) {
            ((ComboBox<?>) n).setMaxWidth(Double.MAX_VALUE);
        }
        var scroll = new ScrollPane(controls);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setLeft(scroll);
        setCenter(timeSeries);
        explanation.setId("lab-explanation");
        explanation.setEditable(false);
        explanation.setWrapText(true);
        explanation.setPrefWidth(280);
        explanation.setText(explain(setup()));
        var right = new VBox(4, heading("What to look for"), explanation);
        VBox.setVgrow(explanation, javafx.scene.layout.Priority.ALWAYS);
        right.setPadding(new Insets(8));
        setRight(right);
        status.setPadding(new Insets(2, 8, 2, 8));
        status.setId("lab-status");
        setBottom(status);
        setStyle("-fx-background-color: white;");
    }

    private static List<String> scenarioNames() {
        var names = new ArrayList<String>();
        names.add(OWN);
        names.addAll(Catalogue.names());
        return names;
    }

    /** Shows a catalogue scenario's explanation and its phone runs, or goes back to the controls' own setup. */
    private void chooseScenario(String name) {
        boolean own = name == null || name.equals(OWN);
        chosen = null;
        if (!own) {
            try {
                chosen = Catalogue.load(name);
            } catch (RuntimeException e) {
                status.setText("Cannot load " + name + ": " + e.getMessage());
            }
        }
        var runs = chosen == null
                ? List.<String>of()
                : chosen.runs().stream()
                        .filter(r -> r.kind() == Scenario.Kind.PHONE)
                        .map(Scenario.Run::name)
                        .toList();
        scenarioRun.getItems().setAll(runs.isEmpty() ? List.of("-") : runs);
        scenarioRun.setValue(scenarioRun.getItems().get(0));
        scenarioRun.setDisable(chosen == null || runs.size() < 2);
        for (Node n : List.of(device, source, cable, port, load, fromSoc, contact, dataWire, limit)) {
            n.setDisable(chosen != null);
        }
        if (chosen != null) {
            Scenario.Run r = chosen.runs().get(0);
            ambient.setValue(Math.rint(r.ambientK() - 273.15));
            explanation.setText(explain(chosen));
        } else {
            explanation.setText(explain(setup()));
        }
    }

    /** A catalogue scenario's title, explanation and runs. */
    static String explain(Scenario s) {
        var sb = new StringBuilder(s.name()).append(": ").append(s.title()).append("\n\n");
        sb.append(s.explanation() == null ? "" : s.explanation().strip()).append("\n");
        if (s.runs().size() > 1) {
            sb.append("\nRuns: ")
                    .append(String.join(
                            ", ", s.runs().stream().map(Scenario.Run::name).toList()))
                    .append(".\n");
        }
        boolean cradle = s.runs().stream().anyMatch(r -> r.kind() == Scenario.Kind.CRADLE);
        if (cradle) {
            sb.append("\nCradle-charger runs are not shown live; run them with 'battsim run ")
                    .append(s.name())
                    .append("' and open the folder.\n");
        }
        return sb.toString();
    }

    /** Selects a catalogue scenario (or {@link #OWN}) and a run of it (null: the first). */
    void chooseScenario(String name, String run) {
        scenario.setValue(name);
        if (run != null) {
            scenarioRun.setValue(run);
        }
    }

    private static Label heading(String text) {
        var l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static ComboBox<String> combo(List<String> items, String selected, String id) {
        var c = new ComboBox<String>();
        c.getItems().setAll(items);
        c.setValue(items.contains(selected) ? selected : items.get(0));
        c.setId(id);
        return c;
    }

    private static Slider slider(double min, double max, double value, String id) {
        var s = new Slider(min, max, value);
        s.setId(id);
        return s;
    }

    private void updateTexts() {
        socText.setText(String.format(Locale.ROOT, "Start at %.0f %% state of charge", fromSoc.getValue()));
        contactText.setText(String.format(Locale.ROOT, "Contact resistance: +%.2f Ω", contact.getValue()));
        limitText.setText(
                capA() == Double.POSITIVE_INFINITY
                        ? "Source current limit: as built"
                        : String.format(Locale.ROOT, "Source current limit: %.2f A", capA()));
        ambientText.setText(String.format(Locale.ROOT, "Ambient temperature: %.0f °C", ambient.getValue()));
    }

    private double capA() {
        return limit.getValue() >= NO_CAP_A - 1e-9 ? Double.POSITIVE_INFINITY : limit.getValue();
    }

    /** The faults as the controls set them. */
    public LabFaults faults() {
        return new LabFaults(contact.getValue(), dataWire.isSelected(), capA(), Math.rint(ambient.getValue()));
    }

    /** The setup as the controls set it. */
    public LabSetup setup() {
        return new LabSetup(
                device.getValue(),
                source.getValue(),
                cable.getValue(),
                port.getValue(),
                load.getValue(),
                fromSoc.getValue() / 100,
                4 * 3600,
                faults());
    }

    private LabRun.Speed speed() {
        return (LabRun.Speed) speedGroup.getSelectedToggle().getUserData();
    }

    private void faultsChanged() {
        if (current != null && !finished) {
            current.faults(faults());
        }
        if (chosen == null) {
            explanation.setText(explain(setup()));
        }
    }

    /**
     * Starts a run of the chosen catalogue scenario, or of the setup the controls show, at the chosen speed, replacing
     * any run. Call on the JavaFX thread.
     */
    public void start() {
        if (chosen == null) {
            start(setup());
            return;
        }
        Scenario.Run r = chosen.run(scenarioRun.getValue());
        if (r == null || r.kind() != Scenario.Kind.PHONE) {
            status.setText("Cannot start: " + chosen.name() + " has no phone run to show live");
            return;
        }
        begin(
                chosen.name() + (chosen.runs().size() > 1 ? "/" + r.name() : "") + ": " + chosen.title(),
                explain(chosen),
                from -> new LabRun(chosen, r, from));
        if (current != null) {
            // The ambient slider applies to a scenario run too.
            double ambientC = Math.rint(ambient.getValue());
            if (ambientC != Math.rint(r.ambientK() - 273.15)) {
                current.faults(LabFaults.NONE.withAmbientCelsius(ambientC));
            }
        }
    }

    /** Starts a run of {@code setup}, replacing any run. Call on the JavaFX thread. */
    public void start(LabSetup setup) {
        begin(
                setup.device() + " on " + setup.source() + ", " + setup.cable() + ", " + setup.port() + " port",
                explain(setup),
                from -> new LabRun(setup, from));
    }

    private void begin(String name, String text, java.util.function.Function<Runnable, LabRun> make) {
        if (current != null) {
            current.stop();
        }
        LabRun r;
        try {
            LabRun[] self = new LabRun[1];
            r = make.apply(() -> dataReady(self[0]));
            self[0] = r;
        } catch (RuntimeException e) {
            status.setText("Cannot start: " + e.getMessage());
            current = null;
            return;
        }
        current = r;
        finished = false;
        endReason = null;
        batches = 0;
        timeSeries.startLive(name, LabRun.LABELS);
        explanation.setText(text);
        replug.setDisable(false);
        stop.setDisable(false);
        status.setText("Running…");
        r.start(speed());
    }

    /** Called on the simulation thread: schedules one drain on the JavaFX thread unless one is pending. */
    private void dataReady(LabRun from) {
        if (from != null && drainScheduled.compareAndSet(false, true)) {
            Platform.runLater(() -> drain(from));
        }
    }

    private void drain(LabRun from) {
        drainScheduled.set(false);
        if (from != current) {
            from.drain(); // a replaced run: its data is dropped
            return;
        }
        LabRun.Batch b = from.drain();
        batches++;
        timeSeries.appendLive(b.timeSeconds(), b.values(), b.events());
        int n = b.timeSeconds().length;
        String at = String.format(Locale.ROOT, "t = %.1f min", from.time() / 60);
        if (n > 0) {
            double soc = b.values().get(org.battsim.scenarios.run.ExperimentJob.SOC)[n - 1];
            double input = b.values().get(org.battsim.scenarios.run.ChargeJob.INPUT_CURRENT)[n - 1];
            at += String.format(Locale.ROOT, ", state of charge %.1f %%, input %.2f A", soc, input);
        }
        if (b.finished()) {
            finished = true;
            endReason = b.endReason();
            replug.setDisable(true);
            stop.setDisable(true);
            status.setText("Finished (" + endReason + "), " + at);
        } else {
            status.setText((from.speed() == LabRun.Speed.PAUSE ? "Paused, " : "Running, ") + at);
        }
    }

    /** What the setup shows and why: one paragraph per fault, after the baseline. */
    static String explain(LabSetup s) {
        var sb = new StringBuilder();
        sb.append("A ")
                .append(s.device())
                .append(" charging from ")
                .append(String.format(Locale.ROOT, "%.0f %%", 100 * s.fromSoc()))
                .append(" on ")
                .append(s.source())
                .append(" through ")
                .append(s.cable())
                .append(", ")
                .append(s.port())
                .append(" port.\n\n")
                .append("Baseline: the charger detects the port type on D+/D- and sets its input limit, charges at"
                        + " constant current until the cell reaches its regulation voltage, then at constant voltage"
                        + " while the current tapers, and terminates. The reported level trails the true state of"
                        + " charge and holds at 99 % until termination.\n");
        LabFaults f = s.faults();
        if (f.contactOhms() > 0) {
            sb.append(String.format(
                    Locale.ROOT,
                    "\nContact resistance (+%.2f Ω on VBUS and on GND): the loop resistance rises, so VBUS at the"
                            + " charger sags as the input current grows. The charger's VINDPM holds VBUS above its"
                            + " threshold by taking less current: the input current and the charge current drop and"
                            + " the charge takes longer. The contacts dissipate I²R: the port contact temperature rises.\n",
                    f.contactOhms()));
        }
        if (f.dataWireBroken()) {
            sb.append("\nBroken D+ wire: BC 1.2 detection cannot see the adapter's D+/D- short, so a dedicated"
                    + " charger looks like a data port or an unknown one and the input limit falls to 500 mA or"
                    + " less. Detection runs at plug-in: changing this while charging acts at the next Re-plug.\n");
        }
        if (Double.isFinite(f.adapterLimitA())) {
            sb.append(String.format(
                    Locale.ROOT,
                    "\nSource limited to %.2f A: past it the source folds back, so the charger's input current"
                            + " settles at the limit and the charge current follows (watch Input Current against"
                            + " Input Current Limit).\n",
                    f.adapterLimitA()));
        }
        if (f.ambientCelsius() != 25) {
            sb.append(String.format(
                    Locale.ROOT,
                    "\nAmbient %.0f °C: the cell and the phone body settle warmer or cooler. Outside the JEITA"
                            + " normal zone the charger reduces the charge current (cool) or the regulation voltage"
                            + " (warm), and stops charging when too cold or too hot; a hot charger die is"
                            + " throttled by thermal regulation.\n",
                    f.ambientCelsius()));
        }
        return sb.toString();
    }

    /** The charts. */
    public TimeSeriesView timeSeries() {
        return timeSeries;
    }

    /** The run shown, or null. */
    LabRun currentRun() {
        return current;
    }

    /** Whether the run shown has finished. */
    boolean finished() {
        return finished;
    }

    /** Why the run shown finished, or null. */
    String endReason() {
        return endReason;
    }

    /** Batches handed to the charts in the run shown. */
    int batches() {
        return batches;
    }

    /** The status line. */
    String statusText() {
        return status.getText();
    }

    /** The explanation beside the plots. */
    String explanationText() {
        return explanation.getText();
    }

    /** Sets the contact-resistance slider (Ω). */
    void setContactOhms(double ohms) {
        contact.setValue(ohms);
    }

    /** Stops the run, if any (the window closes). */
    public void shutdown() {
        if (current != null) {
            current.stop();
        }
    }
}
