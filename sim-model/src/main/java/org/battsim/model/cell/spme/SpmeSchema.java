package org.battsim.model.cell.spme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters the SPMe reads, by their PyBaMM names, with what each may be: a number, or a
 * function of named variables (PyBaMM's function signature for that parameter). Names PyBaMM's sets
 * carry that this model does not use (tabs, current-collector conduction, mechanics) are accepted
 * and ignored, so a set moves between the two tools unchanged.
 */
public final class SpmeSchema {
    /** What a parameter may be. */
    public enum Kind {
        /** A number in the unit of the name's bracket. */
        NUMBER,
        /** A number, an expression of {@link Entry#variables()} or a table over the first variable. */
        FUNCTION,
        /** Accepted for compatibility with PyBaMM's sets; not used by this model. */
        IGNORED
    }

    /** Where a parameter is needed. */
    public enum Need {
        REQUIRED,
        OPTIONAL,
        /** Needed when SEI growth is modelled. */
        SEI,
        /** Needed when lithium plating is modelled. */
        PLATING,
        UNUSED
    }

    /**
     * One parameter.
     *
     * @param name PyBaMM's name, unit in brackets
     * @param kind number, function or ignored
     * @param variables a function's variables, in the order PyBaMM passes them
     * @param need when the parameter is needed
     */
    public record Entry(String name, Kind kind, List<String> variables, Need need) {}

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    private static void num(String name, Need need) {
        ENTRIES.put(name, new Entry(name, Kind.NUMBER, List.of(), need));
    }

    private static void fn(String name, Need need, String... vars) {
        ENTRIES.put(name, new Entry(name, Kind.FUNCTION, List.of(vars), need));
    }

    private static void ignored(String... names) {
        for (String n : names) {
            ENTRIES.put(n, new Entry(n, Kind.IGNORED, List.of(), Need.UNUSED));
        }
    }

    static {
        Need r = Need.REQUIRED;
        Need o = Need.OPTIONAL;
        // Geometry.
        num("Negative electrode thickness [m]", r);
        num("Separator thickness [m]", r);
        num("Positive electrode thickness [m]", r);
        num("Negative current collector thickness [m]", r);
        num("Positive current collector thickness [m]", r);
        num("Electrode height [m]", r);
        num("Electrode width [m]", r);
        num("Number of electrodes connected in parallel to make a cell", o);
        num("Number of cells connected in series to make a battery", o);
        num("Nominal cell capacity [A.h]", r);
        num("Contact resistance [Ohm]", o);
        // Electrodes.
        for (String d : new String[] {"Negative", "Positive"}) {
            String lower = d.toLowerCase(java.util.Locale.ROOT);
            num(d + " electrode conductivity [S.m-1]", r);
            num("Maximum concentration in " + lower + " electrode [mol.m-3]", r);
            fn(d + " particle diffusivity [m2.s-1]", r, "sto", "T");
            fn(d + " electrode OCP [V]", r, "sto", "T");
            num(d + " electrode porosity", r);
            num(d + " electrode active material volume fraction", r);
            num(d + " particle radius [m]", r);
            num(d + " electrode Bruggeman coefficient (electrolyte)", r);
            num(d + " electrode Bruggeman coefficient (electrode)", r);
            fn(d + " electrode exchange-current density [A.m-2]", r, "c_e", "c_s_surf", "c_s_max", "T");
            num(d + " electrode density [kg.m-3]", r);
            num(d + " electrode specific heat capacity [J.kg-1.K-1]", r);
            fn(d + " electrode OCP entropic change [V.K-1]", o, "sto", "c_s_max");
            num("Initial concentration in " + lower + " electrode [mol.m-3]", r);
            num(d + " current collector density [kg.m-3]", r);
            num(d + " current collector specific heat capacity [J.kg-1.K-1]", r);
        }
        num("Separator porosity", r);
        num("Separator Bruggeman coefficient (electrolyte)", r);
        num("Separator density [kg.m-3]", r);
        num("Separator specific heat capacity [J.kg-1.K-1]", r);
        // Electrolyte.
        num("Initial concentration in electrolyte [mol.m-3]", r);
        num("Cation transference number", r);
        num("Thermodynamic factor", o);
        fn("Electrolyte diffusivity [m2.s-1]", r, "c_e", "T");
        fn("Electrolyte conductivity [S.m-1]", r, "c_e", "T");
        // Operating window and thermal.
        num("Reference temperature [K]", r);
        num("Lower voltage cut-off [V]", r);
        num("Upper voltage cut-off [V]", r);
        num("Open-circuit voltage at 0% SOC [V]", r);
        num("Open-circuit voltage at 100% SOC [V]", r);
        num("Total heat transfer coefficient [W.m-2.K-1]", r);
        num("Cell cooling surface area [m2]", r);
        num("Cell volume [m3]", r);
        // SEI.
        Need s = Need.SEI;
        num("Ratio of lithium moles to SEI moles", s);
        num("SEI partial molar volume [m3.mol-1]", s);
        num("SEI reaction exchange current density [A.m-2]", s);
        num("SEI resistivity [Ohm.m]", s);
        num("SEI solvent diffusivity [m2.s-1]", s);
        num("Bulk solvent concentration [mol.m-3]", s);
        num("SEI open-circuit potential [V]", s);
        num("Initial SEI thickness [m]", s);
        num("SEI growth activation energy [J.mol-1]", s);
        num("SEI growth transfer coefficient", s);
        // Lithium plating.
        Need p = Need.PLATING;
        num("Lithium metal partial molar volume [m3.mol-1]", p);
        num("Lithium plating kinetic rate constant [m.s-1]", p);
        fn("Exchange-current density for plating [A.m-2]", p, "c_e", "c_Li", "T");
        fn("Exchange-current density for stripping [A.m-2]", p, "c_e", "c_Li", "T");
        num("Initial plated lithium concentration [mol.m-3]", p);
        num("Lithium plating transfer coefficient", p);
        num("Dead lithium decay constant [s-1]", p);
        fn("Dead lithium decay rate [s-1]", p, "L_sei");
        // Present in PyBaMM's sets, not used here.
        ignored(
                "Current function [A]",
                "Ambient temperature [K]",
                "Initial temperature [K]",
                "Negative electrode charge transfer coefficient",
                "Positive electrode charge transfer coefficient",
                "Negative electrode double-layer capacity [F.m-2]",
                "Positive electrode double-layer capacity [F.m-2]",
                "Negative electrode thermal conductivity [W.m-1.K-1]",
                "Positive electrode thermal conductivity [W.m-1.K-1]",
                "Separator thermal conductivity [W.m-1.K-1]",
                "Negative current collector conductivity [S.m-1]",
                "Positive current collector conductivity [S.m-1]",
                "Negative current collector thermal conductivity [W.m-1.K-1]",
                "Positive current collector thermal conductivity [W.m-1.K-1]",
                "Negative tab width [m]",
                "Negative tab centre y-coordinate [m]",
                "Negative tab centre z-coordinate [m]",
                "Positive tab width [m]",
                "Positive tab centre y-coordinate [m]",
                "Positive tab centre z-coordinate [m]",
                "Negative current collector surface heat transfer coefficient [W.m-2.K-1]",
                "Positive current collector surface heat transfer coefficient [W.m-2.K-1]",
                "Negative tab heat transfer coefficient [W.m-2.K-1]",
                "Positive tab heat transfer coefficient [W.m-2.K-1]",
                "Edge heat transfer coefficient [W.m-2.K-1]",
                "Cell thermal expansion coefficient [m.K-1]",
                "SEI electron conductivity [S.m-1]",
                "SEI lithium interstitial diffusivity [m2.s-1]",
                "Lithium interstitial reference concentration [mol.m-3]",
                "EC initial concentration in electrolyte [mol.m-3]",
                "EC diffusivity [m2.s-1]",
                "SEI kinetic rate constant [m.s-1]",
                "Negative electrode reaction-driven LAM factor [m3.mol-1]",
                "Positive electrode reaction-driven LAM factor [m3.mol-1]",
                "Typical plated lithium concentration [mol.m-3]",
                "Inner SEI reaction proportion",
                "Inner SEI partial molar volume [m3.mol-1]",
                "Outer SEI partial molar volume [m3.mol-1]",
                "Outer SEI solvent diffusivity [m2.s-1]",
                "Inner SEI open-circuit potential [V]",
                "Outer SEI open-circuit potential [V]",
                "Inner SEI electron conductivity [S.m-1]",
                "Inner SEI lithium interstitial diffusivity [m2.s-1]",
                "Initial inner SEI thickness [m]",
                "Initial outer SEI thickness [m]");
    }

    private SpmeSchema() {}

    public static Optional<Entry> entry(String name) {
        return Optional.ofNullable(ENTRIES.get(name));
    }

    /** Every accepted name, in a stable order. */
    public static List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(ENTRIES.keySet()));
    }

    /** The names of one need. */
    public static List<String> names(Need need) {
        List<String> out = new ArrayList<>();
        for (Entry e : ENTRIES.values()) {
            if (e.need() == need) {
                out.add(e.name());
            }
        }
        return out;
    }
}
