package org.battsim.model.cell.spme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated SPMe parameter set in SI, built from values keyed by PyBaMM's parameter names (see
 * {@link SpmeSchema}). Immutable; functions are shared, their evaluation uses caller scratch.
 */
public final class SpmeParameters {
    /** One electrode's parameters. */
    public static final class Electrode {
        public final String side;
        public final double thickness;
        public final double particleRadius;
        public final double activeFraction;
        public final double porosity;
        public final double bruggemanElectrolyte;
        public final double bruggemanElectrode;
        public final double conductivity;
        public final double maxConcentration;
        public final double initialConcentration;
        public final ParamFunction diffusivity;
        public final ParamFunction ocp;
        public final ParamFunction entropicChange;
        public final ParamFunction exchangeCurrent;
        public final double density;
        public final double specificHeat;
        public final double collectorThickness;
        public final double collectorDensity;
        public final double collectorSpecificHeat;

        Electrode(Values v, String side) {
            this.side = side;
            String d = side.equals("negative") ? "Negative" : "Positive";
            thickness = v.positive(d + " electrode thickness [m]");
            particleRadius = v.positive(d + " particle radius [m]");
            activeFraction = v.fraction(d + " electrode active material volume fraction");
            porosity = v.fraction(d + " electrode porosity");
            if (activeFraction + porosity > 1 + 1e-12) {
                throw new ParameterException(
                        d + " electrode active material volume fraction",
                        "active material (" + activeFraction + ") and porosity (" + porosity
                                + ") together exceed the electrode volume");
            }
            bruggemanElectrolyte = v.nonNegative(d + " electrode Bruggeman coefficient (electrolyte)");
            bruggemanElectrode = v.nonNegative(d + " electrode Bruggeman coefficient (electrode)");
            conductivity = v.positive(d + " electrode conductivity [S.m-1]");
            maxConcentration = v.positive("Maximum concentration in " + side + " electrode [mol.m-3]");
            initialConcentration = v.nonNegative("Initial concentration in " + side + " electrode [mol.m-3]");
            if (!(initialConcentration < maxConcentration)) {
                throw new ParameterException(
                        "Initial concentration in " + side + " electrode [mol.m-3]",
                        "must be below the maximum concentration " + maxConcentration);
            }
            diffusivity = v.function(d + " particle diffusivity [m2.s-1]");
            ocp = v.function(d + " electrode OCP [V]");
            entropicChange = v.optionalFunction(d + " electrode OCP entropic change [V.K-1]", 0.0);
            exchangeCurrent = v.function(d + " electrode exchange-current density [A.m-2]");
            density = v.positive(d + " electrode density [kg.m-3]");
            specificHeat = v.positive(d + " electrode specific heat capacity [J.kg-1.K-1]");
            collectorThickness = v.nonNegative(d + " current collector thickness [m]");
            collectorDensity = v.positive(d + " current collector density [kg.m-3]");
            collectorSpecificHeat = v.positive(d + " current collector specific heat capacity [J.kg-1.K-1]");
        }

        /** Particle surface area per electrode volume (1/m). */
        public double specificArea() {
            return 3 * activeFraction / particleRadius;
        }
    }

    /** SEI parameters (PyBaMM's single-layer SEI). */
    public static final class Sei {
        public final double lithiumPerSei;
        public final double molarVolume;
        public final double exchangeCurrent;
        public final double resistivity;
        public final double solventDiffusivity;
        public final double solventConcentration;
        public final double ocp;
        public final double initialThickness;
        public final double activationEnergy;
        public final double transferCoefficient;

        Sei(Values v) {
            lithiumPerSei = v.positive("Ratio of lithium moles to SEI moles");
            molarVolume = v.positive("SEI partial molar volume [m3.mol-1]");
            exchangeCurrent = v.nonNegative("SEI reaction exchange current density [A.m-2]");
            resistivity = v.nonNegative("SEI resistivity [Ohm.m]");
            solventDiffusivity = v.nonNegative("SEI solvent diffusivity [m2.s-1]");
            solventConcentration = v.nonNegative("Bulk solvent concentration [mol.m-3]");
            ocp = v.number("SEI open-circuit potential [V]");
            initialThickness = v.positive("Initial SEI thickness [m]");
            activationEnergy = v.nonNegative("SEI growth activation energy [J.mol-1]");
            transferCoefficient =
                    v.has("SEI growth transfer coefficient") ? v.fraction("SEI growth transfer coefficient") : 0.5;
        }
    }

    /** Lithium plating parameters (O'Kane et al. 2020, 2022). */
    public static final class Plating {
        public final double lithiumMolarVolume;
        public final ParamFunction platingExchange;
        public final ParamFunction strippingExchange;
        public final double initialPlated;
        public final double transferCoefficient;
        public final ParamFunction deadDecayRate;

        Plating(Values v) {
            v.positive("Lithium plating kinetic rate constant [m.s-1]");
            lithiumMolarVolume = v.positive("Lithium metal partial molar volume [m3.mol-1]");
            platingExchange = v.function("Exchange-current density for plating [A.m-2]");
            strippingExchange = v.function("Exchange-current density for stripping [A.m-2]");
            initialPlated = v.nonNegative("Initial plated lithium concentration [mol.m-3]");
            transferCoefficient = v.fraction("Lithium plating transfer coefficient");
            v.nonNegative("Dead lithium decay constant [s-1]");
            deadDecayRate = v.function("Dead lithium decay rate [s-1]");
        }
    }

    private final String name;
    private final String description;
    private final List<String> citations;
    private final Map<String, Double> numbers;
    private final Map<String, ParamFunction> functions;

    public final Electrode negative;
    public final Electrode positive;
    public final double separatorThickness;
    public final double separatorPorosity;
    public final double separatorBruggeman;
    public final double separatorDensity;
    public final double separatorSpecificHeat;
    public final double height;
    public final double width;
    public final double electrodesInParallel;
    public final double nominalCapacityAh;
    public final double contactResistance;
    public final double initialElectrolyte;
    public final double transference;
    public final double thermodynamicFactor;
    public final ParamFunction electrolyteDiffusivity;
    public final ParamFunction electrolyteConductivity;
    public final double referenceTemperature;
    public final double lowerCutoff;
    public final double upperCutoff;
    public final double ocvAt0;
    public final double ocvAt100;
    public final double heatTransferCoefficient;
    public final double coolingArea;
    public final double cellVolume;
    /** Null when the set has no SEI parameters. */
    public final Sei sei;
    /** Null when the set has no plating parameters. */
    public final Plating plating;

    private SpmeParameters(
            String name,
            String description,
            List<String> citations,
            Map<String, Double> numbers,
            Map<String, ParamFunction> functions) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = description == null ? "" : description;
        this.citations = List.copyOf(citations);
        this.numbers = Map.copyOf(numbers);
        this.functions = Map.copyOf(functions);
        Values v = new Values(this.numbers, this.functions);
        negative = new Electrode(v, "negative");
        positive = new Electrode(v, "positive");
        separatorThickness = v.positive("Separator thickness [m]");
        separatorPorosity = v.fraction("Separator porosity");
        if (!(separatorPorosity > 0)) {
            throw new ParameterException("Separator porosity", "must be positive");
        }
        separatorBruggeman = v.nonNegative("Separator Bruggeman coefficient (electrolyte)");
        separatorDensity = v.positive("Separator density [kg.m-3]");
        separatorSpecificHeat = v.positive("Separator specific heat capacity [J.kg-1.K-1]");
        for (Electrode e : new Electrode[] {negative, positive}) {
            if (!(e.porosity > 0)) {
                throw new ParameterException(
                        (e == negative ? "Negative" : "Positive") + " electrode porosity", "must be positive");
            }
        }
        height = v.positive("Electrode height [m]");
        width = v.positive("Electrode width [m]");
        electrodesInParallel = v.has("Number of electrodes connected in parallel to make a cell")
                ? v.positive("Number of electrodes connected in parallel to make a cell")
                : 1;
        if (v.has("Number of cells connected in series to make a battery")
                && v.number("Number of cells connected in series to make a battery") != 1) {
            throw new ParameterException(
                    "Number of cells connected in series to make a battery", "only single cells (1) are modelled");
        }
        nominalCapacityAh = v.positive("Nominal cell capacity [A.h]");
        contactResistance = v.has("Contact resistance [Ohm]") ? v.nonNegative("Contact resistance [Ohm]") : 0;
        initialElectrolyte = v.positive("Initial concentration in electrolyte [mol.m-3]");
        transference = v.number("Cation transference number");
        if (!(transference >= 0 && transference < 1)) {
            throw new ParameterException("Cation transference number", "must be in [0, 1), got " + transference);
        }
        thermodynamicFactor = v.has("Thermodynamic factor") ? v.positive("Thermodynamic factor") : 1;
        electrolyteDiffusivity = v.function("Electrolyte diffusivity [m2.s-1]");
        electrolyteConductivity = v.function("Electrolyte conductivity [S.m-1]");
        referenceTemperature = v.positive("Reference temperature [K]");
        lowerCutoff = v.positive("Lower voltage cut-off [V]");
        upperCutoff = v.positive("Upper voltage cut-off [V]");
        if (!(upperCutoff > lowerCutoff)) {
            throw new ParameterException("Upper voltage cut-off [V]", "must be above the lower cut-off " + lowerCutoff);
        }
        ocvAt0 = v.positive("Open-circuit voltage at 0% SOC [V]");
        ocvAt100 = v.positive("Open-circuit voltage at 100% SOC [V]");
        if (!(ocvAt100 > ocvAt0)) {
            throw new ParameterException(
                    "Open-circuit voltage at 100% SOC [V]", "must be above the open-circuit voltage at 0% SOC");
        }
        heatTransferCoefficient = v.nonNegative("Total heat transfer coefficient [W.m-2.K-1]");
        coolingArea = v.nonNegative("Cell cooling surface area [m2]");
        cellVolume = v.positive("Cell volume [m3]");
        sei = v.hasAll(SpmeSchema.Need.SEI, "SEI growth transfer coefficient") ? new Sei(v) : null;
        plating = v.hasAll(SpmeSchema.Need.PLATING) ? new Plating(v) : null;
        checkFunctions();
    }

    /**
     * Builds a set from numbers and functions keyed by PyBaMM names. Every name must be in {@link
     * SpmeSchema}; numbers must be given where the schema wants a number.
     *
     * @throws ParameterException naming the first parameter that is missing or out of range
     */
    public static SpmeParameters of(
            String name,
            String description,
            List<String> citations,
            Map<String, Double> numbers,
            Map<String, ParamFunction> functions) {
        for (String k : numbers.keySet()) {
            SpmeSchema.Entry e =
                    SpmeSchema.entry(k).orElseThrow(() -> new ParameterException(k, "not a parameter of this model"));
            if (e.kind() == SpmeSchema.Kind.FUNCTION) {
                throw new ParameterException(k, "is a function: give it as a function value");
            }
        }
        for (String k : functions.keySet()) {
            SpmeSchema.Entry e =
                    SpmeSchema.entry(k).orElseThrow(() -> new ParameterException(k, "not a parameter of this model"));
            if (e.kind() != SpmeSchema.Kind.FUNCTION) {
                throw new ParameterException(k, "must be a number, not a function");
            }
        }
        return new SpmeParameters(name, description, citations, numbers, functions);
    }

    /** A copy with some values replaced (numbers or functions by name), validated again. */
    public SpmeParameters with(
            String newName, Map<String, Double> newNumbers, Map<String, ParamFunction> newFunctions) {
        Map<String, Double> n = new LinkedHashMap<>(numbers);
        Map<String, ParamFunction> f = new LinkedHashMap<>(functions);
        for (var e : newNumbers.entrySet()) {
            SpmeSchema.Entry se = SpmeSchema.entry(e.getKey()).orElse(null);
            if (se != null && se.kind() == SpmeSchema.Kind.FUNCTION) {
                f.put(e.getKey(), ParamFunction.constant(e.getValue()));
            } else {
                n.put(e.getKey(), e.getValue());
            }
        }
        f.putAll(newFunctions);
        return of(newName, description, citations, n, f);
    }

    private void checkFunctions() {
        // Evaluate each function once at the initial state, so a bad expression (say a division by
        // zero or a log of a negative) is reported when the set is loaded, not mid-run.
        double[] stack = new double[64];
        double t = referenceTemperature;
        for (Electrode e : new Electrode[] {negative, positive}) {
            String d = e == negative ? "Negative" : "Positive";
            double sto = e.initialConcentration / e.maxConcentration;
            finite(
                    d + " particle diffusivity [m2.s-1]",
                    e.diffusivity.eval(sto, t, 0, 0, stack(e.diffusivity, stack)),
                    true);
            finite(d + " electrode OCP [V]", e.ocp.eval(sto, t, 0, 0, stack(e.ocp, stack)), false);
            finite(
                    d + " electrode OCP entropic change [V.K-1]",
                    e.entropicChange.eval(sto, e.maxConcentration, 0, 0, stack(e.entropicChange, stack)),
                    false);
            double cs = 0.5 * e.maxConcentration;
            finite(
                    d + " electrode exchange-current density [A.m-2]",
                    e.exchangeCurrent.eval(
                            initialElectrolyte, cs, e.maxConcentration, t, stack(e.exchangeCurrent, stack)),
                    true);
        }
        finite(
                "Electrolyte diffusivity [m2.s-1]",
                electrolyteDiffusivity.eval(initialElectrolyte, t, 0, 0, stack(electrolyteDiffusivity, stack)),
                true);
        finite(
                "Electrolyte conductivity [S.m-1]",
                electrolyteConductivity.eval(initialElectrolyte, t, 0, 0, stack(electrolyteConductivity, stack)),
                true);
    }

    private static double[] stack(ParamFunction f, double[] s) {
        return f.stackSize() <= s.length ? s : new double[f.stackSize()];
    }

    private static void finite(String name, double v, boolean positive) {
        if (!Double.isFinite(v) || (positive && !(v > 0))) {
            throw new ParameterException(
                    name,
                    "evaluates to " + v + " at the initial state; expected a finite" + (positive ? " positive" : "")
                            + " value");
        }
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<String> citations() {
        return citations;
    }

    /** The numbers as given, by PyBaMM name. */
    public Map<String, Double> numbers() {
        return numbers;
    }

    /** The functions as given, by PyBaMM name. */
    public Map<String, ParamFunction> functions() {
        return functions;
    }

    /** Electrode plate area times the number of electrodes in parallel (m²). */
    public double area() {
        return height * width * electrodesInParallel;
    }

    /** Reads values by name with range checks that name the parameter. */
    static final class Values {
        private final Map<String, Double> numbers;
        private final Map<String, ParamFunction> functions;

        Values(Map<String, Double> numbers, Map<String, ParamFunction> functions) {
            this.numbers = numbers;
            this.functions = functions;
        }

        boolean has(String name) {
            return numbers.containsKey(name) || functions.containsKey(name);
        }

        boolean hasAll(SpmeSchema.Need need, String... except) {
            List<String> skip = List.of(except);
            for (String n : SpmeSchema.names(need)) {
                if (!skip.contains(n) && !has(n)) {
                    return false;
                }
            }
            return true;
        }

        double number(String name) {
            Double d = numbers.get(name);
            if (d == null) {
                if (functions.containsKey(name)) {
                    throw new ParameterException(name, "must be a number");
                }
                throw new ParameterException(name, "missing");
            }
            if (!Double.isFinite(d)) {
                throw new ParameterException(name, "must be finite, got " + d);
            }
            return d;
        }

        double positive(String name) {
            double d = number(name);
            if (!(d > 0)) {
                throw new ParameterException(name, "must be positive, got " + d);
            }
            return d;
        }

        double nonNegative(String name) {
            double d = number(name);
            if (!(d >= 0)) {
                throw new ParameterException(name, "must not be negative, got " + d);
            }
            return d;
        }

        double fraction(String name) {
            double d = number(name);
            if (!(d >= 0 && d <= 1)) {
                throw new ParameterException(name, "must be between 0 and 1, got " + d);
            }
            return d;
        }

        ParamFunction function(String name) {
            ParamFunction f = functions.get(name);
            if (f == null) {
                throw new ParameterException(name, "missing");
            }
            return f;
        }

        ParamFunction optionalFunction(String name, double fallback) {
            ParamFunction f = functions.get(name);
            return f == null ? ParamFunction.constant(fallback) : f;
        }
    }
}
