package org.battsim.scenarios.diagnose;

/** The baseline that shows what chance looks like: every phone is healthy. */
public final class AlwaysHealthyDiagnostician implements Diagnostician {
    @Override
    public String name() {
        return "always-healthy";
    }

    @Override
    public Diagnosis diagnose(Bench bench) {
        bench.first();
        return new Diagnosis(FaultClass.HEALTHY, 1.0);
    }
}
