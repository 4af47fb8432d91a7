package org.battsim.model.protocol;

import java.util.Objects;
import java.util.function.DoubleSupplier;
import org.battsim.model.charger.ChargeAlgorithm;
import org.battsim.model.charger.ChargerInputs;
import org.battsim.model.charger.ChargerStep;

/**
 * A protocol as the charging algorithm of a phone's charger IC (install it with {@link
 * org.battsim.model.charger.ChargerIc#setAlgorithm}): after every committed step it observes what
 * the charger measured (battery voltage and current, the NTC temperature, whether the CV loop was
 * in control) and the fuel gauge's state of charge, and sets ICHG and VREG for the next steps. The
 * IC's input limits, JEITA and thermal regulation still apply on top, so the current the cell gets
 * may be less than the protocol asks for.
 *
 * <p>The charge starts (time 0 for the protocol) at the first completed step. The gauge is read
 * through a supplier (for example {@code phone.gauge()::estimatedSoc}): the phone updates the gauge
 * after the charger, so the protocol sees the gauge one step late, as firmware polling it does.
 */
public final class ChargerProtocol implements ChargeAlgorithm {
    private final Protocol protocol;
    private final double ratedAh;
    private final double defaultVoltage;
    private final DoubleSupplier soc;
    private final Observation obs = new Observation();
    private final Command cmd = new Command();
    private boolean started;
    private double t0;

    /**
     * @param ratedCapacityAh capacity that C-rates refer to (Ah)
     * @param chargeVoltage the charger's VREG, the float voltage of protocols that give none (V)
     * @param soc the gauge's state-of-charge estimate (fraction)
     */
    public ChargerProtocol(Protocol protocol, double ratedCapacityAh, double chargeVoltage, DoubleSupplier soc) {
        this.protocol = Objects.requireNonNull(protocol);
        this.ratedAh = Protocols.positive("rated capacity", ratedCapacityAh);
        this.defaultVoltage = Protocols.positive("charge voltage", chargeVoltage);
        this.soc = Objects.requireNonNull(soc);
        cmd.set(0, chargeVoltage);
    }

    public Protocol protocol() {
        return protocol;
    }

    /** The command in force (read-only use). */
    public Command command() {
        return cmd;
    }

    @Override
    public double chargeCurrent() {
        return cmd.end ? 0 : cmd.current;
    }

    @Override
    public double chargeVoltage() {
        return cmd.voltageLimit;
    }

    @Override
    public boolean finished() {
        return cmd.end;
    }

    @Override
    public void stepCompleted(double t, double dt, ChargerInputs in, ChargerStep r) {
        if (cmd.end) {
            return;
        }
        obs.voltage = r.batteryVoltage;
        obs.current = r.batteryCurrent;
        obs.temperature = in.batteryTemperature;
        obs.soc = soc.getAsDouble();
        obs.voltageLimited = r.inCv;
        obs.ratedCapacityAh = ratedAh;
        obs.chargeVoltage = defaultVoltage;
        if (!started) {
            started = true;
            t0 = t;
            obs.time = 0;
            obs.current = 0;
            obs.voltageLimited = false;
            protocol.start(obs);
        } else {
            obs.time = t - t0;
        }
        protocol.control(obs, cmd);
    }
}
