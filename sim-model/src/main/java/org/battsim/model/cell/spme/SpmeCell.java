package org.battsim.model.cell.spme;

import java.util.Objects;
import org.battsim.model.cell.Cell;
import org.battsim.model.cell.CellControlException;
import org.battsim.model.cell.ControlSolver;
import org.battsim.model.cell.EcmParameters;
import org.battsim.model.cell.EnergyLedger;

/**
 * The single-particle model with electrolyte (SPMe, Marquis et al. 2019, in the composite form
 * PyBaMM uses) behind the {@link Cell} interface, with SEI growth and lithium plating.
 *
 * <p>States: lithium concentration in one spherical particle per electrode (finite volumes along
 * the radius), electrolyte concentration through negative electrode, separator and positive
 * electrode (finite volumes), one lumped temperature, and the degradation states (SEI thickness,
 * lithium taken by the SEI, plated and dead lithium). Diffusivities and conductivities are functions
 * of concentration and temperature; kinetics are symmetric Butler–Volmer with the electrode-averaged
 * exchange current; the voltage adds the electrolyte concentration overpotential and the ohmic
 * drops in electrolyte, electrodes, SEI film and contacts.
 *
 * <p>Time stepping: each diffusion problem takes one TR-BDF2 step ({@link Diffusion}) with
 * coefficients and temperature frozen at the committed state, which makes the end state affine in
 * the current; voltage, power and resistance controls solve a scalar equation for the current on
 * that affine state. Side reactions (SEI, plating) are evaluated at the committed state with the
 * step's current, integrated over the step in closed form, evaluated again at the end state and
 * averaged (the step is redone when that moves the side flux), and their lithium is drawn from the
 * negative particle surface in the same step, so the lithium books close exactly. The voltage is
 * taken at the end-of-step temperature predicted from the last step's heat; the temperature then
 * follows the lumped energy balance in closed form over the step with the step's mean heat.
 */
public final class SpmeCell implements Cell {
    private static final double R = Expression.R;
    private static final double F = Expression.F;
    private static final double STO_MIN = 1e-9;
    /** Holding exactly at the upper cut-off must not count as exceeding it. */
    private static final double UPPER_LIMIT_MARGIN = 1e-3;

    private final SpmeParameters p;
    private final SpmeOptions o;
    private final Particle neg;
    private final Particle pos;
    private final Diffusion elec;
    private final EcmParameters.VoltageLimits limits;

    // Electrolyte mesh.
    private final int nxN;
    private final int nxS;
    private final int nxP;
    private final double[] dx;
    private final double[] tortuosity;
    private final double[] twoOverDx;
    private final double[] deCell;
    private final double[] ceEval;
    private final double lx;

    // Scratch for function evaluation.
    private final double[] stack;
    private final double[][] vstack;

    // Fixed electrochemistry.
    private final double chi;
    private final double sigmaNEff;
    private final double sigmaPEff;
    private final double heatCapacityPerArea;
    private final double coolingPerArea;
    private final double freshLithiumPerArea;
    private final double x0;
    private final double x100;
    private final double socAtXMin;
    private final double socAtXMax;

    // Aging applied from outside.
    private double areaFactor = 1;
    private double resistanceFactor = 1;
    private double area;

    // Committed and trial scalars.
    private double temp0;
    private double temp;
    private double tempEnd;
    private double heat0;
    private double ambient;
    private double current0;
    private double current;
    private double voltage;
    private double ocv;
    private boolean ocvValid;
    private double heat;
    private double lSei0;
    private double lSei;
    private double nSei0;
    private double nSei;
    private double cPlated0;
    private double cPlated;
    private double cDead0;
    private double cDead;
    private double platingTime0;
    private double minAnode;
    private double bodyHeat;
    private double platingTime;
    private double sideFlux;
    private final double[] incStart = new double[4];
    private final double[] incEnd = new double[4];

    private final Snapshot committed = new Snapshot();
    private final Snapshot trialSnap = new Snapshot();
    private boolean startValid;

    // Capacity cache.
    private double capacityFor = Double.NaN;
    private double capacityValue;

    private final EnergyLedger ledger = new EnergyLedger();
    private double stepElectrical;
    private double stepChemical;
    private double stepJoule;
    private double stepReversible;
    private double lastDt;

    /** Values derived from one state, for the voltage and the side reactions. */
    private static final class Snapshot {
        double csN;
        double csP;
        double ceN;
        double ceP;
        double ceAll;
        double lnN;
        double lnP;
        double ceSep;
        double un;
        double up;
        double dun;
        double dup;
        double j0n;
        double j0p;
        double kN;
        double kS;
        double kP;
        double etaN;
        double etaP;
        double etaC;
        /** Ohmic resistance of electrolyte, electrodes, film and contacts (Ω). */
        double rOhm;

        double voltage;
        double anode;

        void copyFrom(Snapshot s) {
            csN = s.csN;
            csP = s.csP;
            ceN = s.ceN;
            ceP = s.ceP;
            ceAll = s.ceAll;
            lnN = s.lnN;
            lnP = s.lnP;
            ceSep = s.ceSep;
            un = s.un;
            up = s.up;
            dun = s.dun;
            dup = s.dup;
            j0n = s.j0n;
            j0p = s.j0p;
            kN = s.kN;
            kS = s.kS;
            kP = s.kP;
            etaN = s.etaN;
            etaP = s.etaP;
            etaC = s.etaC;
            rOhm = s.rOhm;
            voltage = s.voltage;
            anode = s.anode;
        }
    }

    /** One electrode's particle. */
    private final class Particle {
        final SpmeParameters.Electrode e;
        final Diffusion d;
        final int n;
        final double radius;
        final double dr;
        final double[] sto;
        final double[] dCell;
        final double volume;
        /** r_f² / Δr at each face. */
        final double[] faceWeight;

        boolean loaded;
        /** Outward molar flux at the surface per ampere of cell current (mol/m²/s/A). */
        double fluxPerAmp;

        final double sign;

        Particle(SpmeParameters.Electrode e, int n, double sign) {
            this.e = e;
            this.n = n;
            this.sign = sign;
            radius = e.particleRadius;
            dr = radius / n;
            d = new Diffusion(n);
            sto = new double[n];
            dCell = new double[n];
            for (int i = 0; i < n; i++) {
                double r0 = i * dr;
                double r1 = (i + 1) * dr;
                d.m[i] = (r1 * r1 * r1 - r0 * r0 * r0) / 3;
            }
            volume = radius * radius * radius / 3;
            faceWeight = new double[n + 1];
            for (int k = 1; k < n; k++) {
                double rf = k * dr;
                faceWeight[k] = rf * rf / dr;
            }
        }

        /** Sets the surface source per ampere for the present area. */
        void setArea(double a) {
            // j = ±I / (A·a·L); outward flux j/F; positive current empties the negative particle.
            fluxPerAmp = sign / (a * e.specificArea() * e.thickness * F);
            for (int i = 0; i < n; i++) {
                d.b[i] = 0;
            }
            d.b[n - 1] = -radius * radius * fluxPerAmp;
        }

        /** Coefficients frozen at the committed state; unchanged ones keep the factorisation. */
        void load(double t) {
            ParamFunction fd = e.diffusivity;
            double cmax = e.maxConcentration;
            boolean changed;
            if (fd.isConstant() || !fd.uses(0)) {
                if (fd.isConstant() || !fd.uses(1)) {
                    changed = !loaded;
                    if (changed) {
                        double dv = fd.eval(0.5, t, 0, 0, stack);
                        java.util.Arrays.fill(dCell, dv);
                    }
                } else {
                    double dv = fd.eval(0.5, t, 0, 0, stack);
                    changed = dv != dCell[0] || !loaded;
                    java.util.Arrays.fill(dCell, dv);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    sto[i] = clampSto(d.c0[i] / cmax);
                }
                fd.evalVector(sto, n, t, 0, 0, dCell, vstack);
                changed = true;
            }
            if (changed) {
                d.g[0] = 0;
                d.g[n] = 0;
                for (int k = 1; k < n; k++) {
                    d.g[k] = 0.5 * (dCell[k - 1] + dCell[k]) * faceWeight[k];
                }
            }
            loaded = true;
            d.prepare(changed);
        }

        /**
         * Surface concentration from the last two volumes and the surface flux: the quadratic with
         * the right cell averages and the imposed gradient.
         */
        double surface(double[] c, double outwardFlux) {
            double grad = -outwardFlux / dCell[n - 1];
            return c[n - 1] + 0.375 * grad * dr + 0.125 * (c[n - 1] - c[n - 2]);
        }

        /** Volume-averaged concentration of the trial (or committed) state. */
        double mean(double[] c) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += d.m[i] * c[i];
            }
            return s / volume;
        }
    }

    public SpmeCell(SpmeParameters params, SpmeOptions options) {
        this.p = Objects.requireNonNull(params);
        this.o = Objects.requireNonNull(options);
        if (o.sei() != SpmeOptions.SeiModel.NONE && p.sei == null) {
            throw new IllegalArgumentException("SEI growth needs the SEI parameters, which set " + p.name()
                    + " does not have: " + String.join(", ", SpmeSchema.names(SpmeSchema.Need.SEI)));
        }
        if (o.plating() != SpmeOptions.PlatingModel.NONE) {
            if (p.plating == null) {
                throw new IllegalArgumentException("lithium plating needs the plating parameters, which set "
                        + p.name() + " does not have: "
                        + String.join(", ", SpmeSchema.names(SpmeSchema.Need.PLATING)));
            }
            if (p.sei == null) {
                throw new IllegalArgumentException("lithium plating needs 'Initial SEI thickness [m]' and the other"
                        + " SEI parameters (the dead-lithium rate depends on the SEI thickness)");
            }
        }
        int maxStack = 1;
        for (ParamFunction f : p.functions().values()) {
            maxStack = Math.max(maxStack, f.stackSize());
        }
        stack = new double[maxStack];
        nxN = o.negativePoints();
        nxS = o.separatorPoints();
        nxP = o.positivePoints();
        int nx = nxN + nxS + nxP;
        int maxN = Math.max(nx, Math.max(o.negativeParticlePoints(), o.positiveParticlePoints()));
        vstack = new double[maxStack][maxN];
        neg = new Particle(p.negative, o.negativeParticlePoints(), +1);
        pos = new Particle(p.positive, o.positiveParticlePoints(), -1);
        elec = new Diffusion(nx);
        dx = new double[nx];
        tortuosity = new double[nx];
        twoOverDx = new double[nx];
        deCell = new double[nx];
        ceEval = new double[nx];
        double ln = p.negative.thickness;
        double ls = p.separatorThickness;
        double lp = p.positive.thickness;
        lx = ln + ls + lp;
        for (int k = 0; k < nx; k++) {
            double eps;
            double brug;
            if (k < nxN) {
                dx[k] = ln / nxN;
                eps = p.negative.porosity;
                brug = p.negative.bruggemanElectrolyte;
            } else if (k < nxN + nxS) {
                dx[k] = ls / nxS;
                eps = p.separatorPorosity;
                brug = p.separatorBruggeman;
            } else {
                dx[k] = lp / nxP;
                eps = p.positive.porosity;
                brug = p.positive.bruggemanElectrolyte;
            }
            elec.m[k] = eps * dx[k];
            twoOverDx[k] = 2 / dx[k];
            tortuosity[k] = Math.pow(eps, brug);
        }
        chi = 2 * (1 - p.transference) * p.thermodynamicFactor;
        sigmaNEff = p.negative.conductivity * Math.pow(1 - p.negative.porosity, p.negative.bruggemanElectrode);
        sigmaPEff = p.positive.conductivity * Math.pow(1 - p.positive.porosity, p.positive.bruggemanElectrode);
        heatCapacityPerArea = p.negative.collectorDensity
                        * p.negative.collectorSpecificHeat
                        * p.negative.collectorThickness
                + p.negative.density * p.negative.specificHeat * ln
                + p.separatorDensity * p.separatorSpecificHeat * ls
                + p.positive.density * p.positive.specificHeat * lp
                + p.positive.collectorDensity * p.positive.collectorSpecificHeat * p.positive.collectorThickness;
        double layer = lx + p.negative.collectorThickness + p.positive.collectorThickness;
        // PyBaMM's lumped model cools the modelled layer at h·A_cool/V_cell per unit volume.
        coolingPerArea = p.heatTransferCoefficient * p.coolingArea * layer / p.cellVolume;
        freshLithiumPerArea = p.negative.activeFraction * ln * p.negative.initialConcentration
                + p.positive.activeFraction * lp * p.positive.initialConcentration;
        double[] window = window(freshLithiumPerArea, true);
        x0 = window[0];
        x100 = window[1];
        double[] range = xRange(freshLithiumPerArea);
        socAtXMin = (range[0] - x0) / (x100 - x0);
        socAtXMax = (range[1] - x0) / (x100 - x0);
        limits = new EcmParameters.VoltageLimits(
                p.lowerCutoff, p.upperCutoff + UPPER_LIMIT_MARGIN, p.upperCutoff, p.lowerCutoff);
        setAreaFactor(1);
        resetToInitial(p.referenceTemperature);
    }

    public SpmeParameters parameters() {
        return p;
    }

    public SpmeOptions options() {
        return o;
    }

    private void setAreaFactor(double f) {
        areaFactor = f;
        area = p.area() * f;
        neg.setArea(area);
        pos.setArea(area);
        for (int k = 0; k < elec.n; k++) {
            double src;
            if (k < nxN) {
                src = 1 / (area * F * p.negative.thickness);
            } else if (k < nxN + nxS) {
                src = 0;
            } else {
                src = -1 / (area * F * p.positive.thickness);
            }
            elec.b[k] = (1 - p.transference) * src * dx[k];
        }
        startValid = false;
    }

    private static double clampSto(double x) {
        return x < STO_MIN ? STO_MIN : x > 1 - STO_MIN ? 1 - STO_MIN : x;
    }

    // ---- the electrode state-of-health window ----

    /** Negative stoichiometry range where both electrodes stay in [0, 1] for this lithium. */
    private double[] xRange(double lithiumPerArea) {
        double qn = p.negative.activeFraction * p.negative.thickness * p.negative.maxConcentration;
        double qp = p.positive.activeFraction * p.positive.thickness * p.positive.maxConcentration;
        double lo = Math.max(0, (lithiumPerArea - qp) / qn);
        double hi = Math.min(1, lithiumPerArea / qn);
        return new double[] {lo, hi};
    }

    private double yOf(double x, double lithiumPerArea) {
        double qn = p.negative.activeFraction * p.negative.thickness * p.negative.maxConcentration;
        double qp = p.positive.activeFraction * p.positive.thickness * p.positive.maxConcentration;
        return (lithiumPerArea - x * qn) / qp;
    }

    private double ocvAtX(double x, double lithiumPerArea) {
        double t = p.referenceTemperature;
        double xs = clampSto(x);
        double ys = clampSto(yOf(x, lithiumPerArea));
        return p.positive.ocp.eval(ys, t, 0, 0, stack) - p.negative.ocp.eval(xs, t, 0, 0, stack);
    }

    /**
     * Negative stoichiometries at 0 % and 100 % SoC: where the open-circuit voltage equals the
     * set's OCV at 0 % and 100 % SoC for the given lithium (PyBaMM's electrode SOH).
     */
    private double[] window(double lithiumPerArea, boolean strict) {
        double[] range = xRange(lithiumPerArea);
        if (!(range[1] > range[0])) {
            throw new ParameterException(
                    "Initial concentration in negative electrode [mol.m-3]",
                    "the lithium in the particles does not fit the electrodes");
        }
        double a = range[0] + 1e-9;
        double b = range[1] - 1e-9;
        double va = ocvAtX(a, lithiumPerArea);
        double vb = ocvAtX(b, lithiumPerArea);
        double[] out = new double[2];
        double[] targets = {p.ocvAt0, p.ocvAt100};
        String[] names = {"Open-circuit voltage at 0% SOC [V]", "Open-circuit voltage at 100% SOC [V]"};
        for (int k = 0; k < 2; k++) {
            double target = targets[k];
            if (target <= Math.min(va, vb) || target >= Math.max(va, vb)) {
                if (strict) {
                    throw new ParameterException(
                            names[k],
                            target + " V is outside the open-circuit voltages this lithium inventory can reach ("
                                    + round(Math.min(va, vb)) + " to " + round(Math.max(va, vb)) + " V)");
                }
                out[k] = target <= Math.min(va, vb) == (va < vb) ? a : b;
                continue;
            }
            // Illinois false position on the monotone OCV: a few evaluations instead of a bisection.
            double lo = a;
            double hi = b;
            double flo = va - target;
            double fhi = vb - target;
            int side = 0;
            for (int it = 0; it < 200 && hi - lo > 1e-13; it++) {
                double mid = hi - fhi * (hi - lo) / (fhi - flo);
                if (!(mid > lo && mid < hi) || it % 8 == 7) {
                    mid = 0.5 * (lo + hi);
                }
                double fm = ocvAtX(mid, lithiumPerArea) - target;
                if (fm == 0) {
                    lo = hi = mid;
                    break;
                }
                if (Math.signum(fm) == Math.signum(fhi)) {
                    hi = mid;
                    fhi = fm;
                    if (side == -1) {
                        flo *= 0.5;
                    }
                    side = -1;
                } else {
                    lo = mid;
                    flo = fm;
                    if (side == 1) {
                        fhi *= 0.5;
                    }
                    side = 1;
                }
                if (Math.abs(fm) < 1e-13) {
                    lo = hi = mid;
                    break;
                }
            }
            out[k] = 0.5 * (lo + hi);
        }
        return out;
    }

    private static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }

    // ---- resets ----

    /**
     * Puts the cell at rest at the parameter set's initial concentrations (as PyBaMM starts a
     * simulation), fresh, at a temperature that is also the ambient.
     */
    public void resetToInitial(double temperatureK) {
        checkTemperature(temperatureK);
        fill(neg.d, p.negative.initialConcentration);
        fill(pos.d, p.positive.initialConcentration);
        resetCommon(temperatureK);
    }

    @Override
    public void reset(double soc, double temperatureK) {
        if (!(soc >= minSoc() && soc <= maxSoc())) {
            throw new IllegalArgumentException(
                    "state of charge " + soc + " is outside the model's range [" + minSoc() + ", " + maxSoc() + "]");
        }
        checkTemperature(temperatureK);
        double x = x0 + soc * (x100 - x0);
        double y = yOf(x, freshLithiumPerArea);
        fill(neg.d, x * p.negative.maxConcentration);
        fill(pos.d, y * p.positive.maxConcentration);
        resetCommon(temperatureK);
    }

    private static void checkTemperature(double t) {
        if (!(t > 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("temperature must be positive kelvin, got " + t);
        }
    }

    private static void fill(Diffusion d, double v) {
        for (int i = 0; i < d.n; i++) {
            d.c0[i] = v;
            d.c[i] = v;
        }
    }

    private void resetCommon(double temperatureK) {
        fill(elec, p.initialElectrolyte);
        ambient = temperatureK;
        temp0 = temp = temperatureK;
        current0 = current = 0;
        heat = heat0 = 0;
        sideFlux = 0;
        neg.d.s[neg.n - 1] = 0;
        lSei0 = lSei = p.sei != null ? p.sei.initialThickness : 0;
        nSei0 = nSei = 0;
        cPlated0 = cPlated =
                p.plating != null && o.plating() != SpmeOptions.PlatingModel.NONE ? p.plating.initialPlated : 0;
        cDead0 = cDead = 0;
        platingTime0 = platingTime = 0;
        ledger.clear();
        stepElectrical = stepChemical = stepJoule = stepReversible = 0;
        startValid = false;
        loadStart();
        snapshot(committed, 0, temp0);
        trialSnap.copyFrom(committed);
        voltage = committed.voltage;
        minAnode = committed.anode;
        ocvValid = false;
    }

    // ---- one step ----

    private void loadStart() {
        double t = temp0;
        neg.load(t);
        pos.load(t);
        int nx = elec.n;
        double cmin = 1e-6 * p.initialElectrolyte;
        ParamFunction fd = p.electrolyteDiffusivity;
        if (fd.isConstant() || !fd.uses(0)) {
            double v = fd.eval(p.initialElectrolyte, t, 0, 0, stack);
            for (int k = 0; k < nx; k++) {
                deCell[k] = v;
            }
        } else {
            for (int k = 0; k < nx; k++) {
                ceEval[k] = Math.max(cmin, elec.c0[k]);
            }
            fd.evalVector(ceEval, nx, t, 0, 0, deCell, vstack);
        }
        elec.g[0] = 0;
        elec.g[nx] = 0;
        // Harmonic mean across each face, so region boundaries are treated exactly.
        double wPrev = tortuosity[0] * deCell[0] * twoOverDx[0];
        for (int k = 1; k < nx; k++) {
            double w = tortuosity[k] * deCell[k] * twoOverDx[k];
            elec.g[k] = wPrev * w / (wPrev + w);
            wPrev = w;
        }
        elec.prepare(true);
        startValid = true;
    }

    @Override
    public void trial(Control control, double value, double dt) {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("step must be positive and finite, got " + dt);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(control + " value must be finite, got " + value);
        }
        if (!startValid) {
            loadStart();
        }
        lSei = lSei0;
        nSei = nSei0;
        cPlated = cPlated0;
        cDead = cDead0;
        sideFlux = 0;
        boolean side = degrading();
        if (side) {
            // Predictor: side reactions at the committed state with the step's current.
            sideIncrements(committed, control == Control.CURRENT ? value : current0, temp0, dt, incStart);
            applySide(incStart, dt);
        }
        // The end-of-step voltage is taken at the end-of-step temperature, predicted with the last
        // step's heat (the step's own heat needs the voltage); transport stays at the start value.
        tempEnd = temperatureAfter(dt, heat0 + bodyHeat);
        double i = stepAll(control, value, dt);
        if (side) {
            // Corrector: the increments again from the end state, averaged with the predictor's
            // (trapezoidal, second order); the step is redone only if that moves the side flux.
            sideIncrements(trialSnap, i, tempEnd, dt, incEnd);
            for (int k = 0; k < 4; k++) {
                incEnd[k] = 0.5 * (incStart[k] + incEnd[k]);
            }
            double corrected = (incEnd[1] + incEnd[2] + incEnd[3]) / (p.negative.specificArea() * dt);
            double scale = Math.abs(i * neg.fluxPerAmp) + Math.abs(sideFlux) + Math.abs(corrected);
            // Below the threshold the predictor's increments stay: they are what the particles saw.
            if (Math.abs(corrected - sideFlux) > 1e-6 * scale) {
                applySide(incEnd, dt);
                i = stepAll(control, value, dt);
            }
        }
        finish(i, dt);
    }

    /** Steps every diffusion problem (solving for the current under other controls); returns the current. */
    private double stepAll(Control control, double value, double dt) {
        double i;
        if (control == Control.CURRENT) {
            i = value;
            neg.d.step(dt, i);
            pos.d.step(dt, i);
            elec.step(dt, i);
        } else {
            neg.d.stepAffine(dt);
            pos.d.stepAffine(dt);
            elec.stepAffine(dt);
            i = solve(control, value);
            combine(i);
        }
        snapshot(trialSnap, i, tempEnd);
        return i;
    }

    private void combine(double i) {
        neg.d.combine(i);
        pos.d.combine(i);
        elec.combine(i);
    }

    private double voltageAt(double i) {
        combine(i);
        snapshot(trialSnap, i, tempEnd);
        return trialSnap.voltage;
    }

    /** Residual of the control at current i: zero when met, decreasing in i near the solution. */
    private double residual(Control c, double target, double i) {
        double v = voltageAt(i);
        return switch (c) {
            case VOLTAGE -> v - target;
            case POWER -> target - i * v;
            case RESISTANCE -> v - i * target;
            case CURRENT -> throw new IllegalStateException();
        };
    }

    private double solve(Control c, double target) {
        if (c == Control.RESISTANCE && !(target > 0)) {
            throw new CellControlException("load resistance must be positive, got " + target + " Ohm");
        }
        double scale = Math.max(1e-3, 0.01 * p.nominalCapacityAh * areaFactor);
        double a = current0;
        double ra = residual(c, target, a);
        if (ra == 0) {
            return a;
        }
        // A secant step from a small probe gives the first guess; then bracket and refine.
        double probe = a + (ra > 0 ? scale : -scale);
        double rp = residual(c, target, probe);
        double b;
        if (Math.signum(rp) != Math.signum(ra)) {
            b = probe;
        } else {
            double slope = (rp - ra) / (probe - a);
            double guess = slope < 0 ? a - ra / slope : probe;
            a = probe;
            ra = rp;
            b = guess;
        }
        double rb = residual(c, target, b);
        double step = (b - a) == 0 ? scale : 2 * (b - a);
        double limit = 100 * p.nominalCapacityAh * areaFactor + 10 * Math.abs(current0);
        int expand = 0;
        while (Math.signum(rb) == Math.signum(ra) && rb != 0) {
            a = b;
            ra = rb;
            if (Math.signum(step) != Math.signum(ra)) {
                step = -step;
            }
            b = a + step;
            step *= 2;
            if (Math.abs(b) > limit || ++expand > 200) {
                throw new CellControlException(
                        describe(c, target) + " cannot be met by any current up to " + round(limit) + " A");
            }
            rb = residual(c, target, b);
        }
        solveControl = c;
        solveTarget = target;
        double resTol = 1e-11 * (c == Control.POWER ? Math.max(1, Math.abs(target)) : 1);
        return ControlSolver.refine(residualAt, a, ra, b, rb, 1e-12, resTol, c, target);
    }

    // The residual the shared solver calls: one object for the cell's life, reading these fields.
    private Control solveControl;
    private double solveTarget;
    private final ControlSolver.Residual residualAt = i -> residual(solveControl, solveTarget, i);

    private static String describe(Control c, double target) {
        return ControlSolver.describe(c, target);
    }

    /**
     * Fills a snapshot from the trial arrays at current i and temperature t.
     */
    private void snapshot(Snapshot s, double i, double t) {
        double cmin = 1e-6 * p.initialElectrolyte;
        s.csN = neg.surface(neg.d.c, i * neg.fluxPerAmp + sideFlux);
        s.csP = pos.surface(pos.d.c, i * pos.fluxPerAmp);
        double[] ce = elec.c;
        double sumN = 0;
        double lnN = 0;
        for (int k = 0; k < nxN; k++) {
            double v = Math.max(cmin, ce[k]);
            sumN += v;
            lnN += Math.log(v);
        }
        double sumS = 0;
        for (int k = nxN; k < nxN + nxS; k++) {
            sumS += Math.max(cmin, ce[k]);
        }
        double sumP = 0;
        double lnP = 0;
        for (int k = nxN + nxS; k < elec.n; k++) {
            double v = Math.max(cmin, ce[k]);
            sumP += v;
            lnP += Math.log(v);
        }
        s.ceN = sumN / nxN;
        s.ceP = sumP / nxP;
        double ln = p.negative.thickness;
        double ls = p.separatorThickness;
        double lp = p.positive.thickness;
        s.ceAll = (s.ceN * ln + sumS / nxS * ls + s.ceP * lp) / lx;
        s.lnN = lnN / nxN;
        s.lnP = lnP / nxP;
        // Concentration at the negative electrode / separator interface, flux-weighted.
        int a = nxN - 1;
        int b = nxN;
        double wa = tortuosity[a] * deCell[a] / dx[a];
        double wb = tortuosity[b] * deCell[b] / dx[b];
        s.ceSep = Math.max(cmin, (wa * ce[a] + wb * ce[b]) / (wa + wb));
        potentials(s, i, t);
    }

    private void potentials(Snapshot s, double i, double t) {
        SpmeParameters.Electrode en = p.negative;
        SpmeParameters.Electrode ep = p.positive;
        double tref = p.referenceTemperature;
        double x = clampSto(s.csN / en.maxConcentration);
        double y = clampSto(s.csP / ep.maxConcentration);
        s.dun = en.entropicChange.eval(x, en.maxConcentration, 0, 0, stack);
        s.dup = ep.entropicChange.eval(y, ep.maxConcentration, 0, 0, stack);
        s.un = en.ocp.eval(x, t, 0, 0, stack) + (t - tref) * s.dun;
        s.up = ep.ocp.eval(y, t, 0, 0, stack) + (t - tref) * s.dup;
        s.j0n = en.exchangeCurrent.eval(s.ceN, x * en.maxConcentration, en.maxConcentration, t, stack)
                / resistanceFactor;
        s.j0p = ep.exchangeCurrent.eval(s.ceP, y * ep.maxConcentration, ep.maxConcentration, t, stack)
                / resistanceFactor;
        double kappa = p.electrolyteConductivity.eval(s.ceAll, t, 0, 0, stack);
        s.kN = kappa * tortuosity[0];
        s.kS = kappa * tortuosity[nxN];
        s.kP = kappa * tortuosity[elec.n - 1];
        double rtf = R * t / F;
        double jn = i / (area * en.specificArea() * en.thickness);
        double jp = -i / (area * ep.specificArea() * ep.thickness);
        double delta = separatorCorrection(s, i, rtf);
        double phi = splitNegative(jn, s.un, s.j0n, delta, s.ceSep, cPlated, t, rtf);
        s.etaN = phi - s.un;
        s.etaP = 2 * rtf * Expression.asinh(jp / (2 * s.j0p));
        s.etaC = chi * rtf * (s.lnP - s.lnN);
        s.rOhm = ohmic(s);
        s.voltage = s.up - s.un + s.etaP - s.etaN + s.etaC - i * s.rOhm;
        s.anode = phi + delta;
    }

    /** Ohmic resistance (Ω) at a snapshot's conductivities. */
    private double ohmic(Snapshot s) {
        double ln = p.negative.thickness;
        double ls = p.separatorThickness;
        double lp = p.positive.thickness;
        double perArea = ln / (3 * s.kN) + ls / s.kS + lp / (3 * s.kP) + ln / (3 * sigmaNEff) + lp / (3 * sigmaPEff);
        double film =
                o.sei() != SpmeOptions.SeiModel.NONE ? lSei0 * p.sei.resistivity / (p.negative.specificArea() * ln) : 0;
        return resistanceFactor * ((perArea + film) / area + p.contactResistance);
    }

    /**
     * What to add to the electrode-averaged φs − φe of the negative electrode to get its value at
     * the separator side (composite SPMe potentials): the solid and electrolyte ohmic profiles and
     * the concentration term. φs − φe there, without the film drop, is the potential of the particle
     * surface against a lithium reference in the electrolyte, which drives plating.
     */
    private double separatorCorrection(Snapshot s, double i, double rtf) {
        double ln = p.negative.thickness;
        double id = i / area;
        return -resistanceFactor * id * ln / (6 * sigmaNEff)
                + chi * rtf * (s.lnN - Math.log(s.ceSep))
                + resistanceFactor * id * ln / (3 * s.kN);
    }

    /**
     * Plating current density (A/m² of particle surface, negative when plating) at a surface
     * potential φ vs Li/Li⁺. Irreversible: the net Butler–Volmer current of the Li/Li⁺ couple, only
     * below 0 V, where lithium metal is stable. Partially reversible: O'Kane et al.'s form, with a
     * stripping exchange current proportional to the plated lithium.
     */
    private double platingCurrent(double phi, double ce, double cLi, double t, double rtf) {
        SpmeParameters.Plating pp = p.plating;
        double alpha = pp.transferCoefficient;
        if (o.plating() == SpmeOptions.PlatingModel.IRREVERSIBLE) {
            if (!(phi < 0)) {
                return 0;
            }
            double j0 = pp.platingExchange.eval(ce, cLi, t, 0, stack);
            return -j0 * (Math.exp(-alpha * phi / rtf) - Math.exp((1 - alpha) * phi / rtf));
        }
        double j0p = pp.platingExchange.eval(ce, cLi, t, 0, stack);
        double j0s = pp.strippingExchange.eval(ce, cLi, t, 0, stack);
        return j0s * Math.exp((1 - alpha) * phi / rtf) - j0p * Math.exp(-alpha * phi / rtf);
    }

    /**
     * The electrode-averaged φs − φe (without film drop) of the negative electrode at which
     * intercalation and plating together carry the interfacial current density jTot: both grow with
     * the potential, so the root is unique. Plating therefore draws its current from the
     * intercalation current and cannot exceed the applied current. Without plating, the inverse
     * Butler–Volmer expression.
     */
    private double splitNegative(
            double jTot, double un, double j0n, double delta, double ce, double cLi, double t, double rtf) {
        double phi0 = un + 2 * rtf * Expression.asinh(jTot / (2 * j0n));
        if (o.plating() == SpmeOptions.PlatingModel.NONE) {
            return phi0;
        }
        double f0 = platingCurrent(phi0 + delta, ce, cLi, t, rtf);
        if (f0 == 0) {
            return phi0;
        }
        double a = phi0;
        double fa = f0;
        double step = f0 < 0 ? 1e-3 : -1e-3;
        double b = a + step;
        double fb = splitResidual(b, jTot, un, j0n, delta, ce, cLi, t, rtf);
        for (int k = 0; Math.signum(fb) == Math.signum(fa) && fb != 0; k++) {
            if (k > 60) {
                throw new CellControlException("the plating and intercalation currents cannot be balanced");
            }
            a = b;
            fa = fb;
            step *= 2;
            b = a + step;
            fb = splitResidual(b, jTot, un, j0n, delta, ce, cLi, t, rtf);
        }
        int side = 0;
        for (int it = 0; it < 100 && fb != 0 && Math.abs(b - a) > 1e-13; it++) {
            double x = b - fb * (b - a) / (fb - fa);
            if (!(x > Math.min(a, b) && x < Math.max(a, b))) {
                x = 0.5 * (a + b);
            }
            double fx = splitResidual(x, jTot, un, j0n, delta, ce, cLi, t, rtf);
            if (Math.signum(fx) == Math.signum(fb)) {
                b = x;
                fb = fx;
                if (side == -1) {
                    fa *= 0.5;
                }
                side = -1;
            } else {
                a = x;
                fa = fx;
                if (side == 1) {
                    fb *= 0.5;
                }
                side = 1;
            }
        }
        return b;
    }

    private double splitResidual(
            double phi, double jTot, double un, double j0n, double delta, double ce, double cLi, double t, double rtf) {
        double intercalation = 2 * j0n * Math.sinh((phi - un) / (2 * rtf));
        return intercalation + platingCurrent(phi + delta, ce, cLi, t, rtf) - jTot;
    }

    /**
     * Side-reaction increments over dt from the committed degradation state, with the potentials of
     * snapshot {@code at} under current i at temperature t: into {@code out} the new SEI thickness,
     * and the lithium taken per electrode volume by SEI, by reversible plating and as dead lithium.
     */
    private void sideIncrements(Snapshot at, double i, double t, double dt, double[] out) {
        SpmeParameters.Electrode en = p.negative;
        double rtf = R * t / F;
        double aN = en.specificArea();
        double jn = i / (area * aN * en.thickness);
        double delta = separatorCorrection(at, i, rtf);
        double phiAv = splitNegative(jn, at.un, at.j0n, delta, at.ceSep, cPlated0, t, rtf);
        double newL = lSei0;
        double dnSei = 0;
        double dPlated = 0;
        double dDead = 0;
        if (o.sei() != SpmeOptions.SeiModel.NONE) {
            SpmeParameters.Sei sp = p.sei;
            double arr = Math.exp(sp.activationEnergy / R * (1 / p.referenceTemperature - 1 / t));
            if (o.sei() == SpmeOptions.SeiModel.REACTION_LIMITED) {
                double etaSei = phiAv - sp.ocp;
                double jSei = -sp.exchangeCurrent * Math.exp(-sp.transferCoefficient * etaSei / rtf) * arr;
                newL = lSei0 - jSei * sp.molarVolume / (F * sp.lithiumPerSei) * dt;
            } else {
                // dL/dt = k/L integrates exactly to L² growing linearly.
                double k = sp.solventDiffusivity * sp.solventConcentration * arr * sp.molarVolume / sp.lithiumPerSei;
                newL = Math.sqrt(lSei0 * lSei0 + 2 * k * dt);
            }
            dnSei = aN * sp.lithiumPerSei * (newL - lSei0) / sp.molarVolume;
        }
        if (o.plating() != SpmeOptions.PlatingModel.NONE) {
            SpmeParameters.Plating pp = p.plating;
            double phi = phiAv + delta;
            double alpha = pp.transferCoefficient;
            double ce = at.ceSep;
            if (o.plating() == SpmeOptions.PlatingModel.IRREVERSIBLE) {
                dDead = -aN * platingCurrent(phi, ce, cPlated0, t, rtf) / F * dt;
            } else {
                double plate =
                        aN * pp.platingExchange.eval(ce, cPlated0, t, 0, stack) * Math.exp(-alpha * phi / rtf) / F;
                // O'Kane's stripping exchange current is proportional to the plated lithium, so the
                // plated lithium follows a linear equation at a given potential: integrated exactly.
                double strip =
                        aN * pp.strippingExchange.eval(ce, 1.0, t, 0, stack) * Math.exp((1 - alpha) * phi / rtf) / F;
                double gamma = pp.deadDecayRate.eval(Math.max(lSei0, 1e-15), 0, 0, 0, stack);
                double k = strip + gamma;
                double c1;
                double integral;
                if (k * dt > 1e-12) {
                    double cInf = plate / k;
                    double decay = Math.exp(-k * dt);
                    c1 = cInf + (cPlated0 - cInf) * decay;
                    integral = cInf * dt + (cPlated0 - cInf) * (1 - decay) / k;
                } else {
                    c1 = cPlated0 + plate * dt;
                    integral = 0.5 * (cPlated0 + c1) * dt;
                }
                dPlated = c1 - cPlated0;
                dDead = gamma * integral;
            }
        }
        out[0] = newL;
        out[1] = dnSei;
        out[2] = dPlated;
        out[3] = dDead;
    }

    /** Sets the trial degradation state and the side flux from increments. */
    private void applySide(double[] inc, double dt) {
        lSei = inc[0];
        nSei = nSei0 + inc[1];
        cPlated = cPlated0 + inc[2];
        cDead = cDead0 + inc[3];
        // Lithium taken per electrode volume, drawn through the particle surface over the step.
        sideFlux = (inc[1] + inc[2] + inc[3]) / (p.negative.specificArea() * dt);
        neg.d.s[neg.n - 1] = -neg.radius * neg.radius * sideFlux;
    }

    private boolean degrading() {
        return o.sei() != SpmeOptions.SeiModel.NONE || o.plating() != SpmeOptions.PlatingModel.NONE;
    }

    private void finish(double i, double dt) {
        Snapshot s = trialSnap;
        double v1 = s.voltage;
        // Voltage at the start of the step under the step's current, from the committed state.
        double rtf0 = R * temp0 / F;
        double jn = i / (area * p.negative.specificArea() * p.negative.thickness);
        double jp = -i / (area * p.positive.specificArea() * p.positive.thickness);
        double ueq0 = committed.up - committed.un;
        double v0 = ueq0
                + 2 * rtf0 * (Expression.asinh(jp / (2 * committed.j0p)) - Expression.asinh(jn / (2 * committed.j0n)))
                + committed.etaC
                - i * committed.rOhm;
        double ueq1 = s.up - s.un;
        stepElectrical = 0.5 * (v0 + v1) * i * dt;
        stepChemical = -0.5 * (ueq0 + ueq1) * i * dt;
        stepJoule = -stepChemical - stepElectrical;
        double dOcvDt = 0.5 * ((committed.dup - committed.dun) + (s.dup - s.dun));
        stepReversible = -i * temp0 * dOcvDt * dt;
        heat = (stepJoule + stepReversible) / dt;
        current = i;
        voltage = v1;
        lastDt = dt;
        thermal(dt);
        ocvValid = false;
        double a0 = committed.anode;
        double a1 = s.anode;
        double below;
        if (a0 < 0 && a1 < 0) {
            below = dt;
        } else if (a0 < 0 || a1 < 0) {
            double f = a0 / (a0 - a1);
            below = a0 < 0 ? f * dt : (1 - f) * dt;
        } else {
            below = 0;
        }
        platingTime = platingTime0 + below;
    }

    private void thermal(double dt) {
        temp = temperatureAfter(dt, heat + bodyHeat);
    }

    /** Lumped temperature after dt from the committed one with a constant heat (W), in closed form. */
    private double temperatureAfter(double dt, double q) {
        if (o.thermal() == SpmeOptions.Thermal.ISOTHERMAL) {
            return ambient;
        }
        double c = heatCapacityPerArea * area;
        double g = coolingPerArea * area;
        if (g > 0) {
            double tInf = ambient + q / g;
            return tInf + (temp0 - tInf) * Math.exp(-g * dt / c);
        }
        return temp0 + q * dt / c;
    }

    private double bulkOcv(double t) {
        double x = clampSto(neg.mean(neg.d.c) / p.negative.maxConcentration);
        double y = clampSto(pos.mean(pos.d.c) / p.positive.maxConcentration);
        double tref = p.referenceTemperature;
        double un = p.negative.ocp.eval(x, t, 0, 0, stack)
                + (t - tref) * p.negative.entropicChange.eval(x, p.negative.maxConcentration, 0, 0, stack);
        double up = p.positive.ocp.eval(y, t, 0, 0, stack)
                + (t - tref) * p.positive.entropicChange.eval(y, p.positive.maxConcentration, 0, 0, stack);
        return up - un;
    }

    @Override
    public void commit() {
        neg.d.commit();
        pos.d.commit();
        elec.commit();
        temp0 = temp;
        heat0 = heat;
        current0 = current;
        lSei0 = lSei;
        nSei0 = nSei;
        cPlated0 = cPlated;
        cDead0 = cDead;
        platingTime0 = platingTime;
        committed.copyFrom(trialSnap);
        if (committed.anode < minAnode) {
            minAnode = committed.anode;
        }
        ledger.addStep(stepElectrical, stepChemical, stepJoule, stepReversible, current, lastDt);
        startValid = false;
    }

    // ---- Cell ----

    @Override
    public void setAmbientTemperature(double kelvin) {
        checkTemperature(kelvin);
        ambient = kelvin;
        if (o.thermal() == SpmeOptions.Thermal.ISOTHERMAL) {
            temp0 = temp = kelvin;
            refreshCommitted();
        }
    }

    /** Recomputes the committed state's derived values after a change from outside; drops a trial. */
    private void refreshCommitted() {
        System.arraycopy(neg.d.c0, 0, neg.d.c, 0, neg.n);
        System.arraycopy(pos.d.c0, 0, pos.d.c, 0, pos.n);
        System.arraycopy(elec.c0, 0, elec.c, 0, elec.n);
        startValid = false;
        loadStart();
        sideFlux = 0;
        snapshot(committed, current0, temp0);
        trialSnap.copyFrom(committed);
        voltage = committed.voltage;
        current = current0;
        temp = temp0;
        ocvValid = false;
    }

    /**
     * Heat released next to the cell by other parts (charger losses, the system load) in watts, for
     * the following steps. The lumped model has no separate body node, so it goes into the cell.
     */
    public void setBodyHeat(double watts) {
        if (!Double.isFinite(watts)) {
            throw new IllegalArgumentException("body heat must be finite, got " + watts);
        }
        bodyHeat = watts;
    }

    /** Electrical energy delivered over the current trial step (J, positive when discharging). */
    public double stepElectricalOut() {
        return stepElectrical;
    }

    @Override
    public double ambientTemperature() {
        return ambient;
    }

    @Override
    public double nominalCapacityAh() {
        return p.nominalCapacityAh;
    }

    @Override
    public double capacityAh() {
        double lithium = (p.negative.activeFraction * p.negative.thickness * neg.mean(neg.d.c0)
                + p.positive.activeFraction * p.positive.thickness * pos.mean(pos.d.c0));
        if (lithium != capacityFor) {
            double[] w = window(lithium, false);
            double qn = p.negative.activeFraction * p.negative.thickness * p.negative.maxConcentration;
            capacityValue = Math.abs(w[1] - w[0]) * qn * F * p.area() / 3600;
            capacityFor = lithium;
        }
        return capacityValue * areaFactor;
    }

    /**
     * Applies aging from an outside model: capacity by scaling the electrode area (both electrodes
     * and the electrolyte alike), resistance by scaling the ohmic resistances and dividing the
     * exchange currents.
     */
    @Override
    public void setAging(double relativeCapacity, double relativeResistance) {
        if (!(relativeCapacity > 0 && relativeCapacity <= 1.0 + 1e-12)) {
            throw new IllegalArgumentException("relative capacity must be in (0, 1], got " + relativeCapacity);
        }
        if (!(relativeResistance >= 1.0 - 1e-12) || Double.isInfinite(relativeResistance)) {
            throw new IllegalArgumentException("relative resistance must be at least 1, got " + relativeResistance);
        }
        resistanceFactor = relativeResistance;
        setAreaFactor(relativeCapacity);
        refreshCommitted();
    }

    @Override
    public double soc() {
        double x = neg.mean(neg.d.c) / p.negative.maxConcentration;
        return (x - x0) / (x100 - x0);
    }

    @Override
    public double voltage() {
        return voltage;
    }

    @Override
    public double current() {
        return current;
    }

    @Override
    public double openCircuitVoltage() {
        if (!ocvValid) {
            ocv = bulkOcv(temp);
            ocvValid = true;
        }
        return ocv;
    }

    @Override
    public double temperature() {
        return temp;
    }

    /** The lumped model has no separate body: the cell cools straight to ambient. */
    @Override
    public double bodyTemperature() {
        return ambient;
    }

    @Override
    public double heatRate() {
        return heat;
    }

    @Override
    public double minSoc() {
        return Math.min(socAtXMin, socAtXMax);
    }

    @Override
    public double maxSoc() {
        return Math.max(socAtXMin, socAtXMax);
    }

    @Override
    public EcmParameters.VoltageLimits limits() {
        return limits;
    }

    @Override
    public EnergyLedger energy() {
        return ledger;
    }

    // ---- SPMe variables ----

    /** φs − φe at the negative electrode's separator side (V vs Li/Li⁺); below 0 V lithium can plate. */
    public double anodePotential() {
        return trialSnap.anode;
    }

    /** Negative particle surface stoichiometry. */
    public double negativeSurfaceStoichiometry() {
        return trialSnap.csN / p.negative.maxConcentration;
    }

    /** Positive particle surface stoichiometry. */
    public double positiveSurfaceStoichiometry() {
        return trialSnap.csP / p.positive.maxConcentration;
    }

    /** Electrolyte concentration in volume k (mol/m³), from the negative current collector. */
    public double electrolyteConcentration(int k) {
        return elec.c[k];
    }

    /** Number of electrolyte volumes. */
    public int electrolytePoints() {
        return elec.n;
    }

    /** Concentrations along the negative (true) or positive particle radius, centre first (copy). */
    public double[] particleConcentrations(boolean negative) {
        return (negative ? neg : pos).d.c.clone();
    }

    /** Reaction overpotentials of the last state (V): negative, positive. */
    public double negativeOverpotential() {
        return trialSnap.etaN;
    }

    public double positiveOverpotential() {
        return trialSnap.etaP;
    }

    /** SEI thickness (m). */
    public double seiThickness() {
        return lSei;
    }

    private double electrodeVolume() {
        return area * p.negative.thickness;
    }

    /** Lithium consumed by SEI growth since the reset (Ah). */
    public double seiLithiumAh() {
        return nSei * electrodeVolume() * F / 3600;
    }

    /** Plated lithium that can still strip (Ah). */
    public double reversiblePlatedLithiumAh() {
        return cPlated * electrodeVolume() * F / 3600;
    }

    /** Dead (unrecoverable) plated lithium (Ah). */
    public double deadLithiumAh() {
        return cDead * electrodeVolume() * F / 3600;
    }

    /** All plated lithium, reversible and dead (Ah). */
    public double platedLithiumAh() {
        return (cPlated + cDead) * electrodeVolume() * F / 3600;
    }

    /**
     * Loss of lithium inventory since the reset (Ah): lithium no longer in the particles, taken by the
     * SEI and by plating (reversible plated lithium counted as lost until it strips back).
     */
    public double lithiumInventoryLostAh() {
        return (nSei + cPlated + cDead - cPlatedInitial()) * electrodeVolume() * F / 3600;
    }

    private double cPlatedInitial() {
        return p.plating != null && o.plating() != SpmeOptions.PlatingModel.NONE ? p.plating.initialPlated : 0;
    }

    /** Lowest {@link #anodePotential()} over the committed steps since the reset (V). */
    public double minAnodePotential() {
        return minAnode;
    }

    /** Lithium in the particles at the start, as charge (Ah): the inventory that side reactions eat into. */
    public double initialCyclableLithiumAh() {
        return freshLithiumPerArea * p.area() * areaFactor * F / 3600;
    }

    /** Time spent with {@link #anodePotential()} below 0 V since the reset (s). */
    public double timeBelowPlatingPotential() {
        return platingTime;
    }

    /**
     * All lithium in the cell (mol): both particles, the electrolyte, the SEI and plated lithium.
     * Constant to rounding error without degradation, and with it.
     */
    public double lithiumInventory() {
        double particles = p.negative.activeFraction * p.negative.thickness * neg.mean(neg.d.c)
                + p.positive.activeFraction * p.positive.thickness * pos.mean(pos.d.c);
        double electrolyte = elec.content();
        double side = (nSei + cPlated + cDead) * p.negative.thickness;
        return area * (particles + electrolyte + side);
    }

    /** Cyclable lithium in the particles (mol). */
    public double particleLithium() {
        return area
                * (p.negative.activeFraction * p.negative.thickness * neg.mean(neg.d.c)
                        + p.positive.activeFraction * p.positive.thickness * pos.mean(pos.d.c));
    }
}
