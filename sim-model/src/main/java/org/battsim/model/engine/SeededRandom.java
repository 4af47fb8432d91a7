package org.battsim.model.engine;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The simulation's random source: one seed, independent named streams.
 *
 * <p>Each component asks for its own stream by name; the stream's seed mixes the run seed with the
 * name, so adding a component that draws random numbers does not change what the others draw, and
 * the same seed gives bit-identical runs.
 */
public final class SeededRandom {
    private final long seed;

    public SeededRandom(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A new generator for the named stream (XoRoShiRo128++). */
    public UniformRandomProvider stream(String name) {
        long h = seed;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xff));
        }
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {mix(h), mix(h ^ 0x9E3779B97F4A7C15L)});
    }

    // SplitMix64 finaliser: spreads nearby seeds and names over the whole state space.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
