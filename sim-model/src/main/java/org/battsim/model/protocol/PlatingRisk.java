package org.battsim.model.protocol;

/**
 * An empirical lithium-plating risk indicator for cells without an anode potential (the
 * equivalent circuit): the charge C-rate compared with a plating-free limit that falls as the cell
 * cools and fills,
 *
 * <pre>
 *   C_safe(T, SoC) = C0 · exp(−θ·(1/T − 1/T_ref)) · (1 − k·SoC)
 *   risk = ∫ max(0, C(t)/C_safe(T(t), SoC(t)) − 1) dt     (hours)
 * </pre>
 *
 * so the indicator is zero while the current stays under the limit and grows with the time and
 * the margin by which it is exceeded. Basis: plating needs the graphite potential below 0 V vs
 * Li/Li⁺, which a larger overpotential (higher current), slower kinetics and diffusion (lower
 * temperature) and a lower equilibrium potential (higher state of charge) bring about (Waldmann
 * et al., J. Power Sources 384 (2018) 107, review "Li plating as unwanted side reaction in
 * commercial Li-ion cells"); plating-dominated aging appears below about 25 degC (Waldmann et al.,
 * J. Power Sources 262 (2014) 129). The constants are assumptions, stated below; the indicator
 * ranks protocols, it is not a plated amount.
 */
public final class PlatingRisk {
    /**
     * assumption: 3C plating-free at 25 degC in an empty cell, the start current of phone fast
     * chargers (for example 65 W into a 4500 mAh, 3.9 V cell is about 3.7C, tapered from 50 %).
     */
    public static final double C0 = 3.0;
    /**
     * assumption: the plating-free current halves for every 10 K of cooling near room temperature
     * (θ = ln 2 / (1/288.15 − 1/298.15) K, an activation energy of about 50 kJ/mol, of the order
     * of graphite's charge transfer and solid diffusion).
     */
    public static final double THETA = 5955;
    /** Reference temperature (K), 25 degC. */
    public static final double T_REF = 298.15;
    /**
     * assumption: at full charge the plating-free current is 30 % of its value when empty (k =
     * 0.7), as fast-charge profiles taper to about 1C by 80-100 % SoC.
     */
    public static final double K_SOC = 0.7;

    private PlatingRisk() {}

    /** The plating-free C-rate at a temperature (K) and state of charge (fraction). */
    public static double safeCRate(double kelvin, double soc) {
        double s = Math.min(1, Math.max(0, soc));
        return C0 * Math.exp(-THETA * (1 / kelvin - 1 / T_REF)) * (1 - K_SOC * s);
    }

    /** The indicator's rate (1): how far a charge C-rate exceeds the plating-free one, 0 if it does not. */
    public static double rate(double chargeCRate, double kelvin, double soc) {
        if (!(chargeCRate > 0)) {
            return 0;
        }
        return Math.max(0, chargeCRate / safeCRate(kelvin, soc) - 1);
    }
}
