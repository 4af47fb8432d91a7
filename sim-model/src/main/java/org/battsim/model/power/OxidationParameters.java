package org.battsim.model.power;

import java.util.Objects;

/**
 * Growth of the oxide (fretting corrosion) film on tin-plated contacts: the resistance stays at
 * its new value until an onset, then grows exponentially or as a power law, and the contact opens
 * when it reaches {@code openResistance}.
 *
 * <p>Time runs at a rate set by humidity and temperature (Peck's form): an oxidation age advances
 * at {@code (RH/RHref)^n · exp(Ea/R · (1/Tref − 1/T))} seconds per second, so the onset comes
 * earlier and the growth is faster in damp, warm conditions; in dry air the film does not grow.
 * With {@code θ} the oxidation age, a contact of new resistance {@code R0} has {@code R0} while
 * {@code θ ≤ onset} and then {@code R0·exp((θ − onset)/τ)} ({@link Law#EXPONENTIAL}) or {@code
 * R0·(1 + ((θ − onset)/τ)^k)} ({@link Law#POWER}).
 *
 * @param law growth law after the onset
 * @param onset oxidation age at which growth starts (s, at reference conditions)
 * @param growthTime τ (s)
 * @param exponent k of the power law (unused by the exponential law, must still be positive)
 * @param referenceHumidity relative humidity at which the age runs at 1 s/s (fraction)
 * @param humidityExponent n
 * @param referenceTemperature temperature at which the age runs at 1 s/s (K)
 * @param activationEnergy Ea (J/mol)
 * @param openResistance contact resistance from which the contact is open (Ω); +∞ if it never
 *     opens
 */
public record OxidationParameters(
        Law law,
        double onset,
        double growthTime,
        double exponent,
        double referenceHumidity,
        double humidityExponent,
        double referenceTemperature,
        double activationEnergy,
        double openResistance) {

    /** Molar gas constant (J/(mol·K)). */
    public static final double GAS_CONSTANT = 8.314462618;

    /** Growth law after the onset. */
    public enum Law {
        EXPONENTIAL,
        POWER
    }

    public OxidationParameters {
        Objects.requireNonNull(law, "law");
        Checks.nonNegative("oxidation onset", onset, "s");
        Checks.positive("oxidation growth time", growthTime, "s");
        Checks.positive("oxidation power-law exponent", exponent, "");
        Checks.within("reference humidity", referenceHumidity, 1e-3, 1, "");
        Checks.within("humidity exponent", humidityExponent, 0, 20, "");
        Checks.within("reference temperature", referenceTemperature, 200, 500, "K");
        Checks.within("activation energy", activationEnergy, 0, 5e5, "J/mol");
        if (!(openResistance > 0)) {
            throw new IllegalArgumentException(
                    "oxidation open resistance must be positive (or infinite), got " + openResistance + " Ohm");
        }
    }

    /** Seconds of oxidation age per second at relative humidity {@code rh} and temperature {@code k}. */
    public double acceleration(double rh, double k) {
        return humidityFactor(rh) * temperatureFactor(k);
    }

    /** The humidity's factor in {@link #acceleration}. */
    public double humidityFactor(double rh) {
        return Math.pow(Math.max(0, rh) / referenceHumidity, humidityExponent);
    }

    /** The temperature's (Arrhenius) factor in {@link #acceleration}. */
    public double temperatureFactor(double k) {
        return Math.exp(activationEnergy / GAS_CONSTANT * (1 / referenceTemperature - 1 / k));
    }

    /** Resistance multiplier at oxidation age {@code age} (≥ 1, non-decreasing in age). */
    public double factor(double age) {
        if (age <= onset) {
            return 1;
        }
        double x = (age - onset) / growthTime;
        return law == Law.EXPONENTIAL ? Math.exp(x) : 1 + Math.pow(x, exponent);
    }
}
