package org.battsim.cli;

import java.util.List;
import java.util.Locale;
import org.battsim.scenarios.validation.DegradationChecks;
import org.battsim.scenarios.validation.ModelValidation;

/** The text of {@code docs/VALIDATION.md}, from the numbers of one {@code validate-models} run. */
final class ValidationReport {
    private ValidationReport() {}

    static String markdown(
            List<ModelValidation.Comparison> cases,
            List<ModelValidation.MeshRow> mesh,
            int[] fine,
            List<ModelValidation.StepRow> steps,
            DegradationChecks.Report deg) {
        StringBuilder b = new StringBuilder();
        ModelValidation.Comparison c1 = find(cases, "comsol-1C");
        ModelValidation.Comparison c3 = find(cases, "comsol-3C");
        ModelValidation.Comparison ek = find(cases, "ecker-1C");
        b.append("# Validation of the SPMe cell model\n\n");
        b.append("This file and the figures in `docs/validation/` are written by\n\n");
        b.append("```bash\n./battsim validate-models\n```\n\n");
        b.append("run from the project root. It reads PyBaMM's reference data from `../shared/data/pybamm/`\n")
                .append("(or `--data DIR`; where each file comes from is in `../shared/data/PROVENANCE.md`) and runs\n")
                .append(
                        "every case through the same cycler as `battsim experiment --model spme`. The same checks run\n")
                .append(
                        "as tests (`SpmeValidationTest`, `SpmeConservationTest`, `SpmeDegradationTest`), which skip with\n")
                .append("a message when the shared data is absent. Default mesh: 20 finite volumes per electrode and\n")
                .append("separator region, 30 per particle (PyBaMM's default); internal step 1 s.\n\n");

        b.append("## Voltage against references\n\n");
        b.append("| case | reference | points | RMSE | max error (at) |\n|---|---|---|---|---|\n");
        for (ModelValidation.Comparison c : cases) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %.2f mV | %.2f mV (%.0f s) |\n",
                    c.title(),
                    c.id().startsWith("comsol") ? "COMSOL DFN" : "measurement",
                    c.comparedTimes().length,
                    1000 * c.rmse(),
                    1000 * c.maxError(),
                    c.maxErrorTime()));
        }
        b.append("\nErrors are model − reference at the reference's own times (after t = 0: the cycler's\n")
                .append("first sample is the cell at rest, the references report the voltage under load).\n\n");

        b.append("### COMSOL DFN, Marquis2019, 1C\n\n");
        b.append(conditions(c1));
        b.append("![SPMe vs COMSOL at 1C](validation/comsol-1C.png)\n\n");
        b.append(String.format(
                Locale.ROOT,
                "Over the whole hour COMSOL reports, the voltage RMSE is **%.2f mV** and the largest error"
                        + " %.2f mV (at %.0f s), against the 15 mV asked for. The SPMe follows the DFN"
                        + " closely because at 1C the reaction is nearly uniform through each electrode and the"
                        + " electrolyte correction of the SPMe captures the electrolyte losses.\n\n",
                1000 * c1.rmse(),
                1000 * c1.maxError(),
                c1.maxErrorTime()));

        b.append("### COMSOL DFN, Marquis2019, 3C\n\n");
        b.append(conditions(c3));
        b.append("![SPMe vs COMSOL at 3C](validation/comsol-3C.png)\n\n");
        b.append(String.format(
                Locale.ROOT,
                "RMSE **%.2f mV**, largest error %.2f mV at %.0f s. COMSOL runs the 3C case for 20 minutes,"
                        + " down to 2.25 V, below Marquis2019's 3.105 V cut-off, so this comparison lowers the"
                        + " model's cut-off to 2.0 V and compares over COMSOL's whole span.\n\n",
                1000 * c3.rmse(),
                1000 * c3.maxError(),
                c3.maxErrorTime()));
        b.append("Why the error is larger at 3C: the SPMe replaces each electrode by one particle fed with the\n")
                .append("electrode-averaged reaction current, and adds the electrolyte as a correction that is first\n")
                .append(
                        "order in the C-rate (Marquis et al. 2019). At 3C the DFN's reaction is no longer uniform: it\n")
                .append("concentrates near the separator, where the electrolyte is least depleted and the potential\n")
                .append("drop smallest, so particles there fill (positive) and empty (negative) ahead of those near\n")
                .append(
                        "the current collectors. Late in the discharge the DFN's voltage therefore falls earlier than\n")
                .append(
                        "that of one averaged particle; the SPMe reads high by up to the maximum above in the last third\n")
                .append("of the discharge, and the neglected higher-order electrolyte terms grow with the square of\n")
                .append("the current. The error is a property of the reduced model, not of the numerics: it does not\n")
                .append("shrink with a finer mesh or step (below).\n\n");

        b.append("### Ecker et al. 2015, 1C measurement\n\n");
        b.append(conditions(ek));
        b.append("![SPMe vs Ecker 1C](validation/ecker-1C.png)\n\n");
        b.append(String.format(
                Locale.ROOT,
                "RMSE **%.1f mV**, largest error %.1f mV at %.0f s. The ecker2015 set is PyBaMM's (a DFN"
                        + " parameterisation), run here as an SPMe, isothermal at 25 °C as PyBaMM's own comparison"
                        + " notebook does. Through most of the discharge the model stays within about 30 mV of the"
                        + " digitised curve; the error is largest on the final knee, where the measured voltage falls"
                        + " about a minute earlier, and a small shift in capacity becomes a large voltage difference.\n\n",
                1000 * ek.rmse(),
                1000 * ek.maxError(),
                ek.maxErrorTime()));

        b.append("## Mesh convergence\n\n");
        b.append(String.format(
                Locale.ROOT,
                "The COMSOL 1C case on coarser and finer meshes (the same number of volumes in each"
                        + " electrolyte region, and in each particle), compared with a %d/%d mesh at COMSOL's"
                        + " output times; internal step 1 s.\n\n",
                fine[0],
                fine[1]));
        b.append(
                "| volumes per region / per particle | max difference from the fine mesh | ratio | RMSE vs COMSOL |\n");
        b.append("|---|---|---|---|\n");
        double prev = Double.NaN;
        for (ModelValidation.MeshRow r : mesh) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %d / %d | %.4f mV | %s | %.3f mV |\n",
                    r.perRegion(),
                    r.perParticle(),
                    1000 * r.maxDifference(),
                    Double.isNaN(prev) ? "" : String.format(Locale.ROOT, "%.1f", prev / r.maxDifference()),
                    1000 * r.rmseVsReference()));
            prev = r.maxDifference();
        }
        b.append("\nDoubling the points divides the error by about four: the discretisation is second order in\n")
                .append("space (finite volumes with a flux-consistent quadratic surface reconstruction in the\n")
                .append(
                        "particles, harmonic face conductivities in the electrolyte). The distance to COMSOL does not\n")
                .append("move with the mesh: it is the SPMe's model error.\n\n");

        b.append("## Time-step convergence\n\n");
        b.append("The same case sampled at COMSOL's times (every 3600/199 s, which also bounds the step),\n")
                .append("against an internal step of 0.05 s. Each step is one TR-BDF2 step per diffusion problem.\n\n");
        b.append("| internal step | max difference |\n|---|---|\n");
        for (ModelValidation.StepRow r : steps) {
            b.append(String.format(Locale.ROOT, "| %s s | %.4f mV |\n", trim(r.dt()), 1000 * r.maxDifference()));
        }
        b.append("\n");

        b.append("## Lithium conservation\n\n");
        b.append("A 1C discharge to the lower cut-off, 30 minutes' rest, a 1C charge and a hold at the upper\n")
                .append("cut-off to C/50, lumped thermal, 1 s steps, no degradation: the largest relative change of\n")
                .append("the lithium in particles and electrolyte.\n\n");
        b.append("| set | steps | max relative drift |\n|---|---|---|\n");
        for (DegradationChecks.Conservation c : deg.conservation()) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %.1e |\n", c.set(), c.steps(), c.maxRelativeDrift()));
        }
        b.append("\nThe finite volumes move lithium only through faces, the sources of the two electrodes\n")
                .append("cancel, and TR-BDF2 keeps linear invariants, so the drift is rounding error (asked: 1e-9).\n")
                .append("With SEI and plating on, the lithium they take is counted and the total is conserved to the\n")
                .append("same level (`SpmeConservationTest`).\n\n");

        b.append("## Lithium plating\n\n");
        b.append("chen2020 (LG M50), charged from 10 % SoC to 4.2 V, lumped thermal, solvent-diffusion-limited SEI.\n")
                .append("Plating is driven by φs − φe at the negative electrode's separator side (where it starts);\n")
                .append(
                        "the plating and intercalation currents share the applied current at one surface potential.\n\n");
        b.append(
                "| C-rate | ambient | plating model | charged | plated (of which dead) | time below 0 V | min φs − φe |\n");
        b.append("|---|---|---|---|---|---|---|\n");
        for (DegradationChecks.PlatingCase p : deg.plating()) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %sC | %.0f °C | %s | %.3f Ah | %.2e Ah (%.2e Ah) | %.0f s | %.4f V |\n",
                    trim(p.cRate()),
                    p.temperatureC(),
                    p.model().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    p.chargedAh(),
                    p.platedAh(),
                    p.deadAh(),
                    p.timeBelowZeroSeconds(),
                    p.minAnodePotential()));
        }
        b.append("\nPlating appears when charging cold and fast, and not at 0.5C and 25 °C, where the surface\n")
                .append("potential stays above 0 V throughout. The irreversible model counts plating only below\n")
                .append(
                        "0 V vs Li/Li⁺. The partially reversible model is O'Kane et al.'s (as in PyBaMM): its plating\n")
                .append(
                        "branch runs at any potential, so it holds a small amount of reversible lithium in equilibrium\n")
                .append(
                        "(about c_e·exp(−Fφ/RT)) even above 0 V, which strips back on discharge; what matters for aging,\n")
                .append("the dead lithium, stays negligible there.\n\n");

        b.append("## SEI growth in storage\n\n");
        b.append("chen2020 stored full (SoC 1) at 25 °C, isothermal.\n\n");
        b.append("| model | day | SEI thickness | lithium lost |\n|---|---|---|---|\n");
        for (DegradationChecks.SeiCase s : deg.sei()) {
            for (int k = 0; k < s.days().length; k++) {
                b.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %.3f nm | %.3e Ah |\n",
                        s.model().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        trim(s.days()[k]),
                        s.thicknessNm()[k],
                        s.lithiumLostAh()[k]));
            }
        }
        b.append("\nSolvent-diffusion-limited growth follows L² − L₀² ∝ t (√t in storage: four times the time,\n")
                .append(
                        "twice the growth once L ≫ L₀); reaction-limited growth is linear in time at a fixed potential.\n")
                .append("The SEI's lithium is taken from the negative particles and its film adds ρ·L to the\n")
                .append("interfacial resistance.\n");
        return b.toString();
    }

    private static String conditions(ModelValidation.Comparison c) {
        return "Run: " + c.conditions() + ".\n\n";
    }

    private static String trim(double x) {
        if (x == Math.rint(x)) {
            return Long.toString((long) x);
        }
        return String.format(Locale.ROOT, "%.3f", x).replaceAll("0+$", "");
    }

    private static ModelValidation.Comparison find(List<ModelValidation.Comparison> cases, String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
