package org.battsim.scenarios.chain;

import java.util.ArrayList;
import java.util.List;
import org.battsim.model.power.DataSignature;
import org.battsim.model.power.PowerSource;
import org.battsim.model.power.TypeCRp;
import org.battsim.model.power.UsbHostPortParameters;
import org.battsim.model.power.UsbHub;
import org.battsim.model.power.UsbHubParameters;
import org.battsim.model.power.WallAdapter;
import org.battsim.model.power.WallAdapterParameters;
import org.battsim.scenarios.io.Dimension;
import org.battsim.scenarios.io.Node;
import org.battsim.scenarios.io.NodeReader;

/**
 * A power-source parameter file: a wall adapter ({@code kind: wall-adapter}) or a PC's USB host
 * port ({@code kind: usb-host-port}).
 *
 * <p>Every value is {@code {value: "5 V", source: "..."}}. An adapter lists its output {@code
 * levels} (the first is where it starts; Quick Charge adapters list the others), its output
 * resistance, limit mode ({@code fold} or {@code hiccup} with {@code hiccupOffTime}), ripple,
 * data-line signature, Type-C Rp and Quick Charge version ({@code qcHandshakeTime} when not
 * {@code none}). A host port gives its USB version, whether it is a charging downstream port,
 * VBUS, output resistance, trip current and delay, the {@code hub} budget it shares, and the
 * internal cable used when it is reached from the front panel ({@code frontPanel}).
 */
public final class SourceFile {
    /** What the file describes. */
    public enum Kind {
        WALL_ADAPTER,
        USB_HOST_PORT
    }

    private final Kind kind;
    private final WallAdapterParameters adapter;
    private final UsbHostPortParameters hostPort;
    private final UsbHubParameters hub;
    private final double frontPanelLength;
    private final double frontPanelAwg;

    private SourceFile(
            Kind kind,
            WallAdapterParameters adapter,
            UsbHostPortParameters hostPort,
            UsbHubParameters hub,
            double frontPanelLength,
            double frontPanelAwg) {
        this.kind = kind;
        this.adapter = adapter;
        this.hostPort = hostPort;
        this.hub = hub;
        this.frontPanelLength = frontPanelLength;
        this.frontPanelAwg = frontPanelAwg;
    }

    /** Parses a source file already read into a node tree; {@code source} names it in messages. */
    public static SourceFile read(Node root, String source) {
        NodeReader r = NodeReader.of(root, source);
        String name = r.string("name");
        r.optionalString("description");
        Kind kind = r.enumValue("kind", Kind.class);
        SourceFile f = kind == Kind.WALL_ADAPTER ? adapter(r, name) : hostPort(r, name);
        r.finish();
        return f;
    }

    private static SourceFile adapter(NodeReader r, String name) {
        List<WallAdapterParameters.Level> levels = new ArrayList<>();
        List<NodeReader> ls = r.objects("levels");
        if (ls.isEmpty()) {
            throw r.error("levels", "at least one output level is needed");
        }
        for (NodeReader l : ls) {
            double v = Sourced.quantity(l, "voltage", Dimension.VOLTAGE, 3, 20);
            double i = Sourced.quantity(l, "currentLimit", Dimension.CURRENT, 0.01, 10);
            levels.add(Sourced.build(l, () -> new WallAdapterParameters.Level(v, i)));
        }
        double offset = Sourced.quantity(r, "openCircuitOffset", Dimension.VOLTAGE, 0, 1);
        double res = Sourced.quantity(r, "outputResistance", Dimension.RESISTANCE, 0, 10);
        WallAdapterParameters.LimitMode mode = Sourced.choice(r, "limitMode", WallAdapterParameters.LimitMode.class);
        double off = 0;
        if (mode == WallAdapterParameters.LimitMode.HICCUP) {
            off = Sourced.quantity(r, "hiccupOffTime", Dimension.TIME, 1e-3, 60);
        } else if (r.has("hiccupOffTime")) {
            throw r.error("hiccupOffTime", "only a hiccup adapter has an off time (limitMode is fold)");
        }
        double ripple = Sourced.quantity(r, "ripple", Dimension.VOLTAGE, 0, 5);
        DataSignature sig = Sourced.choice(r, "signature", DataSignature.class);
        TypeCRp rp = Sourced.choice(r, "typeCRp", TypeCRp.class);
        WallAdapterParameters.QuickCharge qc =
                Sourced.choice(r, "quickCharge", WallAdapterParameters.QuickCharge.class);
        double handshake = 0;
        if (qc != WallAdapterParameters.QuickCharge.NONE) {
            handshake = Sourced.quantity(r, "qcHandshakeTime", Dimension.TIME, 0, 10);
        } else if (r.has("qcHandshakeTime")) {
            throw r.error("qcHandshakeTime", "only a Quick Charge adapter has a handshake (quickCharge is none)");
        }
        double offTime = off;
        double qcTime = handshake;
        WallAdapterParameters p = Sourced.build(
                r,
                () -> new WallAdapterParameters(name, levels, offset, res, mode, offTime, ripple, sig, rp, qc, qcTime));
        return new SourceFile(Kind.WALL_ADAPTER, p, null, null, 0, 0);
    }

    private static SourceFile hostPort(NodeReader r, String name) {
        UsbHostPortParameters.UsbVersion version = Sourced.choice(r, "version", UsbHostPortParameters.UsbVersion.class);
        boolean cdp = Sourced.flag(r, "chargingDownstreamPort");
        double voc = Sourced.quantity(r, "openCircuitVoltage", Dimension.VOLTAGE, 4.75, 5.25);
        double res = Sourced.quantity(r, "outputResistance", Dimension.RESISTANCE, 0, 2);
        double trip = Sourced.quantity(r, "tripCurrent", Dimension.CURRENT, 0.1, 10);
        double delay = Sourced.quantity(r, "tripDelay", Dimension.TIME, 0, 10);
        NodeReader front = r.object("frontPanel");
        double frontLength = Sourced.quantity(front, "length", Dimension.LENGTH, 0.01, 3);
        double frontAwg = Sourced.number(front, "awg", 20, 32);
        NodeReader h = r.object("hub");
        double budget = Sourced.quantity(h, "budget", Dimension.CURRENT, 0.1, 100);
        double shared = Sourced.quantity(h, "sharedResistance", Dimension.RESISTANCE, 0, 2);
        UsbHostPortParameters p = Sourced.build(
                r, () -> new UsbHostPortParameters(name, version, cdp, voc, res, trip, delay, 0, frontAwg));
        UsbHubParameters hub = Sourced.build(h, () -> new UsbHubParameters(name + "/hub", budget, shared));
        return new SourceFile(Kind.USB_HOST_PORT, null, p, hub, frontLength, frontAwg);
    }

    public Kind kind() {
        return kind;
    }

    /** The adapter's parameters; only for {@link Kind#WALL_ADAPTER}. */
    public WallAdapterParameters adapter() {
        if (adapter == null) {
            throw new IllegalStateException("not a wall adapter");
        }
        return adapter;
    }

    /** The rear port's parameters; only for {@link Kind#USB_HOST_PORT}. */
    public UsbHostPortParameters hostPort() {
        if (hostPort == null) {
            throw new IllegalStateException("not a USB host port");
        }
        return hostPort;
    }

    /** The budget the port shares; only for {@link Kind#USB_HOST_PORT}. */
    public UsbHubParameters hub() {
        if (hub == null) {
            throw new IllegalStateException("not a USB host port");
        }
        return hub;
    }

    /** Length of the internal cable of the front-panel variant (m); 0 for an adapter. */
    public double frontPanelLength() {
        return frontPanelLength;
    }

    /** Gauge of that cable. */
    public double frontPanelAwg() {
        return frontPanelAwg;
    }

    /**
     * A new source: the adapter, or the port on a new hub of its own, reached through a front-panel
     * cable of {@code frontLength} metres if that is positive.
     */
    public PowerSource newSource(double frontLength) {
        if (kind == Kind.WALL_ADAPTER) {
            return new WallAdapter(adapter);
        }
        UsbHub h = new UsbHub(hub);
        return h.addPort(frontLength > 0 ? hostPort.withFrontPanel(frontLength, frontPanelAwg) : hostPort);
    }
}
