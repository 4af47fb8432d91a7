package org.battsim.model.gauge;

/**
 * Fuel-gauge configuration (PHYSICS.md §6).
 *
 * @param designCapacityAh capacity the gauge starts from and reports as CHARGE_FULL_DESIGN (Ah)
 * @param offsetCurrent coulomb-counter offset (A, added to the sensed discharge current)
 * @param gainError coulomb-counter gain error (fraction, 0.005 = reads 0.5 % high)
 * @param quitCurrent below this |current| the cell counts as resting (A)
 * @param relaxSeconds rest needed before an OCV reading is trusted (s)
 * @param relaxDvdt the terminal voltage must also change slower than this (V/s)
 * @param maxRelaxSeconds after this much rest the reading is taken whatever dV/dt is (s)
 * @param learnMinPassedFraction capacity learning needs more passed charge than this fraction of design
 * @param learnMinK lowest temperature for learning (K)
 * @param learnMaxK highest temperature for learning (K)
 * @param flatSocLow lower edge of the flat-OCV band where OCV points are not used for learning
 * @param flatSocHigh upper edge of the flat-OCV band
 * @param learnStartSoc charge learning starts only from at or below this SoC (Qualcomm FG)
 * @param maxIncrease each learned-capacity update may raise it by at most this fraction
 * @param maxDecrease each update may lower it by at most this fraction
 * @param smoothingSeconds time the reported SoC takes to close a 100 % gap to the gauge's estimate (s)
 * @param memoryHoldSeconds the gauge's volatile memory survives a battery removal this long (s)
 */
public record GaugeParameters(
        double designCapacityAh,
        double offsetCurrent,
        double gainError,
        double quitCurrent,
        double relaxSeconds,
        double relaxDvdt,
        double maxRelaxSeconds,
        double learnMinPassedFraction,
        double learnMinK,
        double learnMaxK,
        double flatSocLow,
        double flatSocHigh,
        double learnStartSoc,
        double maxIncrease,
        double maxDecrease,
        double smoothingSeconds,
        double memoryHoldSeconds) {
    public GaugeParameters {
        if (!(designCapacityAh > 0) || Double.isInfinite(designCapacityAh)) {
            throw new IllegalArgumentException("design capacity must be positive");
        }
        if (!Double.isFinite(offsetCurrent) || !(Math.abs(gainError) < 0.5)) {
            throw new IllegalArgumentException("coulomb-counter offset must be finite and |gain error| < 0.5");
        }
        if (!(quitCurrent > 0) || !(relaxSeconds >= 0) || !(relaxDvdt > 0) || !(maxRelaxSeconds >= relaxSeconds)) {
            throw new IllegalArgumentException(
                    "quit current and dV/dt limit must be positive, relax times 0 <= relax <= max relax");
        }
        if (!(learnMinPassedFraction > 0 && learnMinPassedFraction < 1) || !(learnMinK < learnMaxK)) {
            throw new IllegalArgumentException(
                    "learning needs a passed-charge fraction in (0, 1) and a temperature window");
        }
        if (!(flatSocLow >= 0 && flatSocLow <= flatSocHigh && flatSocHigh <= 1)
                || !(learnStartSoc > 0 && learnStartSoc < 1)) {
            throw new IllegalArgumentException("flat-OCV band and learning start SoC must lie in [0, 1]");
        }
        if (!(maxIncrease >= 0 && maxIncrease < 1) || !(maxDecrease >= 0 && maxDecrease < 1)) {
            throw new IllegalArgumentException("learning clamps must be fractions in [0, 1)");
        }
        if (!(smoothingSeconds > 0) || Double.isInfinite(smoothingSeconds) || !(memoryHoldSeconds >= 0)) {
            throw new IllegalArgumentException("smoothing time must be positive and finite, memory hold non-negative");
        }
    }

    /**
     * Typical values: TI Impedance Track relaxation and learning conditions, Qualcomm FG start SoC and
     * clamps (PHYSICS.md §6); counter errors, smoothing and memory hold are assumptions.
     */
    public static GaugeParameters typical(double designCapacityAh) {
        return new GaugeParameters(
                designCapacityAh,
                0.0005, // assumption: 0.5 mA offset of a 10 mΩ sense resistor's ADC
                0.005, // assumption: 0.5 % gain error
                0.010, // quit current 10 mA
                1800, // 30 min rest
                4e-6, // dV/dt below 4 µV/s
                5 * 3600, // at most 5 h
                0.37,
                283.15, // 10 °C
                313.15, // 40 °C
                0.35, // assumption: flat band of LiCoO2/graphite around mid SoC
                0.65,
                0.15,
                0.005,
                0.10,
                600, // assumption: a 1 % gap closes in 6 s, a 100 % jump in 10 min
                60); // assumption: the PMIC's retention capacitor holds for a minute
    }

    /** The same gauge for another design capacity (Ah). */
    public GaugeParameters withDesignCapacity(double ah) {
        return new GaugeParameters(
                ah,
                offsetCurrent,
                gainError,
                quitCurrent,
                relaxSeconds,
                relaxDvdt,
                maxRelaxSeconds,
                learnMinPassedFraction,
                learnMinK,
                learnMaxK,
                flatSocLow,
                flatSocHigh,
                learnStartSoc,
                maxIncrease,
                maxDecrease,
                smoothingSeconds,
                memoryHoldSeconds);
    }

    /** The same gauge with other counter errors. */
    public GaugeParameters withCounterErrors(double offset, double gain) {
        return new GaugeParameters(
                designCapacityAh,
                offset,
                gain,
                quitCurrent,
                relaxSeconds,
                relaxDvdt,
                maxRelaxSeconds,
                learnMinPassedFraction,
                learnMinK,
                learnMaxK,
                flatSocLow,
                flatSocHigh,
                learnStartSoc,
                maxIncrease,
                maxDecrease,
                smoothingSeconds,
                memoryHoldSeconds);
    }
}
