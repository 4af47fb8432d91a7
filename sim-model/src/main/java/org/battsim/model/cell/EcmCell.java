package org.battsim.model.cell;

import java.util.Objects;

/**
 * The equivalent-circuit cell: OCV(SoC, T) + M·h - R0·I - Σ v_k, with RC states v_k, one-state
 * hysteresis h and two thermal nodes.
 *
 * <p>Discretisation is exact for piecewise-constant current: over a step the parameters are frozen
 * at the start-of-step state (SoC, cell temperature, and the step's current for current-dependent
 * tables), then SoC moves linearly, each RC voltage and the hysteresis state follow their
 * exponentials, and the thermal nodes follow the 2×2 matrix exponential with the step's mean heat.
 * Voltage, power and resistance controls solve for the constant current that meets the target at
 * the end of the step. Nothing is allocated per step.
 */
public final class EcmCell implements Cell {
    private final EcmParameters p;
    private final int n;
    private final Table ocvTab;
    private final Table dudtTab;
    private final Table r0Tab;
    private final Table[] rTab;
    private final Table[] cTab;
    private final boolean currentDependent;
    private final double hystM;
    private final double hystGamma;
    private final EcmParameters.Thermal th;

    // Lookup cursors, one per table use, so each keeps a useful hint. The end-of-step OCV cursor
    // serves steps that leave the start's segment. RC tables on R0's axes share its cursor
    // (rCur[k] == r0Cur), so one lookup per step serves them all.
    private final Table.Cursor ocvEnd = new Table.Cursor();
    // The OCV at the step's start and its segment: a step that ends on the same segment (nearly
    // every step) gets its end OCV and its ∫OCV dz in closed form, without a second lookup.
    private final Table.Cursor ocvSeg = new Table.Cursor();
    private final Table.Cursor dudtCur = new Table.Cursor();
    private final Table.Cursor r0Cur = new Table.Cursor();
    private final Table.Cursor[] rCur;
    private final Table.Cursor[] cCur;
    // R0 and every pair's R and C through the grid cell of the last start, when they share one
    // grid and none depends on the current (the usual case): no search while the start stays in it.
    private final BilinearPatch startPatch;
    private final double[] startValues;

    // Aging, and the charge capacity (C) it leaves.
    private double capacityFactor = 1;
    private double resistanceFactor = 1;
    private double q;
    private double invQ;

    // Committed state.
    private double z0;
    private final double[] v0;
    private double h0;
    private double tc0;
    private double tb0;

    // Current (trial or committed) state.
    private double z;
    private final double[] v;
    private double h;
    private double tc;
    private double tb;
    private double current;
    private double voltage;
    private double ocvNow;
    private double heat;

    private double ambient = 298.15;
    private double bodyHeat;

    // Start-of-step parameters (valid while the committed state is unchanged).
    private boolean startValid;
    private boolean segInside; // z0 within the OCV table's range
    private double ocv0;
    private double ocvSlope0; // dOCV/dz on z0's segment (0 beyond the table's ends)
    private double segLow;
    private double segHigh;
    // When the OCV depends on SoC only, the point the segment was located at: a later start on the
    // same segment reads the line through it instead of locating again.
    private final boolean ocvSocOnly;
    private double segAt;
    private double segValue;
    private double dudt0;
    // The entropic coefficient's segment around the last start, when the table depends on SoC only:
    // a start on the same segment reads the line instead of locating the point again.
    private final boolean dudtSocOnly;
    private double dudtLow = Double.NaN;
    private double dudtHigh = Double.NaN;
    private double dudtAt;
    private double dudtValue;
    private double dudtSlope;
    private double r0Start;
    private final double[] rk;
    private final double[] ck;
    private final double[] tauk;
    // Decay of each RC pair over the step, exp(-dt/τ_k), and of the hysteresis state.
    private final Decay[] rcDecay;
    // The step length rcDecay was set for with the present time constants; NaN when they changed.
    private double expDt = Double.NaN;
    private final Decay hystDecay = new Decay();

    // Thermal matrix exponential cache.
    private double thDt = Double.NaN;
    private double e11;
    private double e12;
    private double e21;
    private double e22;
    private final double gcb;
    private final double gba;
    private final double gca;
    // Steady-state rise above ambient of the cell and body per watt of heat in the cell (K/W).
    private final double riseCell;
    private final double riseBody;
    // Rises per watt released into the body node (charger losses, system load).
    private final double riseCellFromBody;
    private final double riseBodyFromBody;
    private final double a11;
    private final double a12;
    private final double a21;
    private final double a22;
    private final double detA;

    private final EnergyLedger ledger = new EnergyLedger();
    private final EnergyLedger stepLedger = new EnergyLedger();

    public EcmCell(EcmParameters params) {
        this.p = Objects.requireNonNull(params);
        this.n = p.order();
        ocvTab = p.ocv();
        dudtTab = p.entropicCoefficient();
        dudtSocOnly = !dudtTab.dependsOnTemperature() && !dudtTab.dependsOnCurrent();
        ocvSocOnly = !ocvTab.dependsOnTemperature() && !ocvTab.dependsOnCurrent();
        r0Tab = p.r0();
        rTab = new Table[n];
        cTab = new Table[n];
        rCur = new Table.Cursor[n];
        cCur = new Table.Cursor[n];
        boolean byCurrent = r0Tab.dependsOnCurrent();
        for (int k = 0; k < n; k++) {
            rTab[k] = p.rcPairs().get(k).resistance();
            cTab[k] = p.rcPairs().get(k).capacitance();
            rCur[k] = rTab[k].sameAxes(r0Tab) ? r0Cur : new Table.Cursor();
            cCur[k] = cTab[k].sameAxes(r0Tab) ? r0Cur : new Table.Cursor();
            byCurrent |= rTab[k].dependsOnCurrent() || cTab[k].dependsOnCurrent();
        }
        currentDependent = byCurrent;
        Table[] startTables = new Table[2 * n + 1];
        startTables[0] = r0Tab;
        for (int k = 0; k < n; k++) {
            startTables[1 + 2 * k] = rTab[k];
            startTables[2 + 2 * k] = cTab[k];
        }
        startPatch = !byCurrent && BilinearPatch.applies(startTables) ? new BilinearPatch(startTables) : null;
        startValues = new double[2 * n + 1];
        v0 = new double[n];
        v = new double[n];
        rk = new double[n];
        ck = new double[n];
        tauk = new double[n];
        rcDecay = new Decay[n];
        for (int k = 0; k < n; k++) {
            rcDecay[k] = new Decay();
        }
        hystM = p.hysteresis().maxVoltage();
        hystGamma = p.hysteresis().rate();
        th = p.thermal();
        gcb = 1 / th.cellToBody();
        gba = 1 / th.bodyToAmbient();
        gca = Double.isInfinite(th.cellToAmbient()) ? 0 : 1 / th.cellToAmbient();
        a11 = -(gcb + gca) / th.cellHeatCapacity();
        a12 = gcb / th.cellHeatCapacity();
        a21 = gcb / th.bodyHeatCapacity();
        a22 = -(gcb + gba) / th.bodyHeatCapacity();
        detA = a11 * a22 - a12 * a21;
        // Conductances in a T network: cell–body, body–ambient, and the direct cell–ambient path.
        double den = gcb * gba + gca * (gcb + gba);
        riseCell = (gcb + gba) / den;
        riseBody = gcb / den;
        riseCellFromBody = gcb / den; // reciprocity: equal to riseBody
        riseBodyFromBody = (gcb + gca) / den;
        updateCapacity();
        reset(0.5, 298.15);
    }

    public EcmParameters parameters() {
        return p;
    }

    @Override
    public void reset(double soc, double temperatureK) {
        if (!(soc >= minSoc() && soc <= maxSoc())) {
            throw new IllegalArgumentException(
                    "state of charge " + soc + " is outside the model's range [" + minSoc() + ", " + maxSoc() + "]");
        }
        if (!(temperatureK > 0) || Double.isInfinite(temperatureK)) {
            throw new IllegalArgumentException("temperature must be positive kelvin, got " + temperatureK);
        }
        z0 = z = soc;
        for (int k = 0; k < n; k++) {
            v0[k] = v[k] = 0;
        }
        h0 = h = 0;
        ambient = temperatureK;
        tc0 = tc = temperatureK;
        tb0 = tb = temperatureK;
        current = 0;
        heat = 0;
        ledger.clear();
        startValid = false;
        ocvNow = ocvTab.eval(z, tc, 0, ocvEnd);
        voltage = ocvNow;
    }

    @Override
    public void setAmbientTemperature(double kelvin) {
        if (!(kelvin > 0) || Double.isInfinite(kelvin)) {
            throw new IllegalArgumentException("ambient temperature must be positive kelvin, got " + kelvin);
        }
        ambient = kelvin;
        if (th.isothermal()) {
            tc0 = tc = tb0 = tb = kelvin;
            startValid = false;
        }
    }

    @Override
    public void setBodyHeat(double watts) {
        if (!Double.isFinite(watts)) {
            throw new IllegalArgumentException("body heat must be finite, got " + watts);
        }
        bodyHeat = watts;
    }

    @Override
    public double ambientTemperature() {
        return ambient;
    }

    @Override
    public void setAging(double relativeCapacity, double relativeResistance) {
        if (!(relativeCapacity > 0 && relativeCapacity <= 1.0 + 1e-12)) {
            throw new IllegalArgumentException("relative capacity must be in (0, 1], got " + relativeCapacity);
        }
        if (!(relativeResistance >= 1.0 - 1e-12) || Double.isInfinite(relativeResistance)) {
            throw new IllegalArgumentException("relative resistance must be at least 1, got " + relativeResistance);
        }
        capacityFactor = relativeCapacity;
        resistanceFactor = relativeResistance;
        updateCapacity();
        startValid = false;
    }

    private void updateCapacity() {
        q = p.nominalCapacityAh() * capacityFactor * 3600.0;
        invQ = 1 / q;
    }

    private void loadStart() {
        if (ocvSocOnly && segInside && z0 >= segLow && z0 <= segHigh) {
            ocv0 = segValue + ocvSlope0 * (z0 - segAt);
        } else {
            segInside = ocvTab.segment(z0, tc0, 0, ocvSeg);
            ocv0 = ocvSeg.value;
            ocvSlope0 = ocvSeg.slope;
            segLow = ocvSeg.segmentLow;
            segHigh = ocvSeg.segmentHigh;
            segAt = z0;
            segValue = ocv0;
        }
        if (z0 >= dudtLow && z0 <= dudtHigh) { // false while there is no segment (NaN)
            dudt0 = dudtValue + dudtSlope * (z0 - dudtAt);
        } else {
            boolean inside = dudtTab.segment(z0, tc0, 0, dudtCur);
            dudt0 = dudtCur.value;
            if (inside && dudtSocOnly) {
                dudtLow = dudtCur.segmentLow;
                dudtHigh = dudtCur.segmentHigh;
                dudtAt = z0;
                dudtValue = dudt0;
                dudtSlope = dudtCur.slope;
            }
        }
        if (startPatch != null) {
            double[] sv = startValues;
            startPatch.eval(z0, tc0, sv);
            r0Start = sv[0] * resistanceFactor;
            for (int k = 0; k < n; k++) {
                rk[k] = sv[1 + 2 * k] * resistanceFactor;
                ck[k] = sv[2 + 2 * k];
                tauk[k] = rk[k] * ck[k];
            }
        } else {
            r0Start = r0Tab.eval(z0, tc0, 0, r0Cur) * resistanceFactor;
            for (int k = 0; k < n; k++) {
                rk[k] = startValue(rTab[k], rCur[k], 0) * resistanceFactor;
                ck[k] = startValue(cTab[k], cCur[k], 0);
                tauk[k] = rk[k] * ck[k];
            }
        }
        expDt = Double.NaN;
        startValid = true;
        predictValid = false;
    }

    /** Table value at the start-of-step state; tables sharing r0Cur rely on R0 having just been located. */
    private double startValue(Table t, Table.Cursor c, double i) {
        return c == r0Cur ? t.valueAt(c) : t.eval(z0, tc0, i, c);
    }

    private void loadCurrentDependent(double i) {
        if (r0Tab.dependsOnCurrent()) {
            r0Start = r0Tab.eval(z0, tc0, i, r0Cur) * resistanceFactor;
        }
        // A table on R0's axes depends on current only if R0 does, so r0Cur was located at i above.
        for (int k = 0; k < n; k++) {
            boolean changed = false;
            if (rTab[k].dependsOnCurrent()) {
                rk[k] = startValue(rTab[k], rCur[k], i) * resistanceFactor;
                changed = true;
            }
            if (cTab[k].dependsOnCurrent()) {
                ck[k] = startValue(cTab[k], cCur[k], i);
                changed = true;
            }
            if (changed) {
                tauk[k] = rk[k] * ck[k];
                expDt = Double.NaN;
            }
        }
    }

    private void loadExp(double dt) {
        if (dt == expDt) {
            return; // already set for these time constants and this step (Decay.set would repeat itself)
        }
        for (int k = 0; k < n; k++) {
            rcDecay[k].set(dt / tauk[k]);
        }
        expDt = dt;
    }

    /** 1 - exp(-x) for the hysteresis state, x = γ|I|/Q·dt. */
    private double hysteresisDecay(double x) {
        hystDecay.set(x);
        return hystDecay.ome;
    }

    /** Terminal voltage at the end of a step of length dt at constant current i. */
    private double voltageAfter(double i, double dt) {
        if (currentDependent) {
            loadCurrentDependent(i);
        }
        loadExp(dt);
        double z1 = z0 - i * dt * invQ;
        double vs = 0;
        for (int k = 0; k < n; k++) {
            Decay dk = rcDecay[k];
            vs += v0[k] * dk.e + rk[k] * dk.ome * i;
        }
        double hv = 0;
        if (hystM > 0) {
            double kh = hystGamma * Math.abs(i) * invQ;
            double omeh = hysteresisDecay(kh * dt);
            hv = hystM * ((1 - omeh) * h0 - omeh * Math.signum(i));
        }
        return ocvAt(z1) + hv - r0Start * i - vs;
    }

    /** True when z1 ends the step on z0's OCV segment, where the OCV is linear in SoC. */
    private boolean onStartSegment(double z1) {
        return segInside && z1 >= segLow && z1 <= segHigh;
    }

    /** OCV at the end-of-step SoC z1 (at the step's frozen temperature). */
    private double ocvAt(double z1) {
        return onStartSegment(z1) ? ocv0 + ocvSlope0 * (z1 - z0) : ocvTab.eval(z1, tc0, 0, ocvEnd);
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
        double i = switch (control) {
            case CURRENT -> value;
            case VOLTAGE, POWER, RESISTANCE -> solve(control, value, dt);
        };
        advance(i, dt);
    }

    /** Residual of the control at current i: zero when met, decreasing in i near the solution. */
    private double residual(Control c, double target, double i, double dt) {
        double vEnd = voltageAfter(i, dt);
        return switch (c) {
            case VOLTAGE -> vEnd - target;
            case POWER -> target - i * vEnd;
            case RESISTANCE -> vEnd - i * target;
            case CURRENT -> throw new IllegalStateException();
        };
    }

    private double solve(Control c, double target, double dt) {
        if (c == Control.RESISTANCE && !(target > 0)) {
            throw new CellControlException("load resistance must be positive, got " + target + " Ohm");
        }
        double dOcvDz0 = ocvSlope0;
        loadExp(dt);
        double slope = r0Start + Math.max(0, dOcvDz0) * dt / q;
        for (int k = 0; k < n; k++) {
            slope += rk[k] * rcDecay[k].ome;
        }
        double vRelax = ocv0 + hystM * h0;
        for (int k = 0; k < n; k++) {
            vRelax -= v0[k] * rcDecay[k].e;
        }
        double i0 = switch (c) {
            case VOLTAGE -> (vRelax - target) / slope;
            case POWER -> target / Math.max(vRelax, 1e-3);
            case RESISTANCE -> vRelax / (target + slope);
            case CURRENT -> throw new IllegalStateException();
        };
        // Bracket the root of the decreasing residual, then refine by Illinois false position.
        double scale = Math.max(Math.abs(i0), p.nominalCapacityAh() * 0.01);
        double a = i0;
        double ra = residual(c, target, a, dt);
        if (ra == 0) {
            return a;
        }
        double b = a;
        double rb = ra;
        double step = scale * (ra > 0 ? 0.01 : -0.01);
        double limit = 1000 * p.nominalCapacityAh() + 10 * Math.abs(i0);
        while (Math.signum(rb) == Math.signum(ra)) {
            a = b;
            ra = rb;
            b = a + step;
            step *= 2;
            if (Math.abs(b) > limit) {
                throw new CellControlException(
                        describe(c, target) + " cannot be met by any current up to " + limit + " A");
            }
            rb = residual(c, target, b, dt);
        }
        solveControl = c;
        solveTarget = target;
        solveDt = dt;
        double resTol = 1e-12 * (c == Control.POWER ? Math.max(1, Math.abs(target)) : 1);
        return ControlSolver.refine(residualAt, a, ra, b, rb, 1e-13, resTol, c, target);
    }

    // The residual the shared solver calls: one object for the cell's life, reading these fields.
    private Control solveControl;
    private double solveTarget;
    private double solveDt;
    private final ControlSolver.Residual residualAt = i -> residual(solveControl, solveTarget, i, solveDt);

    private static String describe(Control c, double target) {
        return ControlSolver.describe(c, target);
    }

    // predictStep's coefficients for the committed state and one step length: with the parameters
    // frozen and the OCV linear on the start's SoC segment, the step's electrical energy out is
    // a1·i + a2·i² and the end voltage b0 + b1·i, each plus the hysteresis term.
    private boolean predictValid;
    private double predDt = Double.NaN;
    private double predX;
    private double predA1;
    private double predA2;
    private double predB0;
    private double predB1;

    private void preparePrediction(double dt) {
        double ocv = ocv0;
        double slope = ocvSlope0;
        loadExp(dt);
        double x = dt * invQ;
        double a1 = dt * ocv;
        double a2 = -0.5 * slope * dt * x - r0Start * dt;
        double b0 = ocv;
        double b1 = -slope * x - r0Start;
        for (int k = 0; k < n; k++) {
            double tauOme = tauk[k] * rcDecay[k].ome;
            a1 -= v0[k] * tauOme;
            a2 -= rk[k] * (dt - tauOme);
            b0 -= v0[k] * rcDecay[k].e;
            b1 -= rk[k] * rcDecay[k].ome;
        }
        predX = x;
        predA1 = a1;
        predA2 = a2;
        predB0 = b0;
        predB1 = b1;
        predDt = dt;
        predictValid = true;
    }

    /**
     * The step of {@link #advance} in closed form, from coefficients kept for the committed state
     * and step length, so a solver converges on it without table lookups. Exact while the end SoC
     * stays on the start's segment of the OCV table.
     */
    @Override
    public boolean predictStep(double i, double dt, double[] out) {
        if (currentDependent) {
            return false;
        }
        if (!startValid) {
            loadStart();
        }
        if (!predictValid || dt != predDt) {
            preparePrediction(dt);
        }
        double e = (predA1 + predA2 * i) * i;
        double de = predA1 + 2 * predA2 * i;
        double d2e = 2 * predA2;
        double v = predB0 + predB1 * i;
        double dv = predB1;
        double d2v = 0;
        if (hystM > 0) {
            if (i != 0) {
                // With u = 1 - exp(-γ|i|·dt/Q): du/di = (1 - u)·γ·s·dt/Q, d²u/di² = -(1 - u)·(γ·dt/Q)².
                double s = Math.signum(i);
                double kh = hystGamma * Math.abs(i) * invQ;
                // The trial's own decay: a prediction and the trial it leads to share the anchor.
                double omeh = hysteresisDecay(kh * dt);
                double gx = hystGamma * predX;
                double intH = kh > 0 ? -s * dt + (h0 + s) * omeh / kh : h0 * dt;
                e += hystM * i * intH;
                de += hystM * (kh > 0 ? -s * dt + (h0 + s) * (1 - omeh) * dt : h0 * dt);
                d2e -= hystM * (h0 + s) * dt * (1 - omeh) * gx * s;
                v += hystM * ((1 - omeh) * h0 - omeh * s);
                dv -= hystM * (1 - omeh) * gx * s * (h0 + s);
                d2v += hystM * (h0 + s) * (1 - omeh) * gx * gx;
            } else {
                v += hystM * h0;
                de += hystM * h0 * dt;
            }
        }
        out[0] = e;
        out[1] = de;
        out[2] = v;
        out[3] = dv;
        if (out.length > 5) {
            out[4] = d2e;
            out[5] = d2v;
        }
        return true;
    }

    /** Exact update of every state over dt at constant current i, with the step's energy books. */
    private void advance(double i, double dt) {
        if (currentDependent) {
            loadCurrentDependent(i);
        }
        loadExp(dt);
        final double z1 = z0 - i * dt * invQ;
        EnergyLedger d = stepLedger;
        double vSum = 0;
        double iIntV = 0;
        double rcLoss = 0;
        double rcStored = 0;
        for (int k = 0; k < n; k++) {
            double r = rk[k];
            double tau = tauk[k];
            double vinf = r * i;
            double dv = v0[k] - vinf;
            double e = rcDecay[k].e;
            double ome = rcDecay[k].ome;
            double v1 = vinf + dv * e;
            v[k] = v1;
            vSum += v1;
            double intV = vinf * dt + dv * tau * ome;
            iIntV += i * intV;
            // ∫v²/R dt with v = vinf + dv·e^{-t/τ}, vinf = R·i and τ/R = C; (1 - e²) = ome·(1 + e).
            rcLoss += vinf * i * dt + 2 * i * dv * tau * ome + dv * dv * 0.5 * ck[k] * ome * (1 + e);
            rcStored += 0.5 * ck[k] * (v1 * v1 - v0[k] * v0[k]);
        }
        double h1 = h0;
        double intH = h0 * dt;
        if (hystM > 0 && i != 0) {
            double s = Math.signum(i);
            double kh = hystGamma * Math.abs(i) * invQ;
            double omeh = hysteresisDecay(kh * dt);
            h1 = (1 - omeh) * h0 - omeh * s;
            intH = kh > 0 ? -s * dt + (h0 + s) * omeh / kh : h0 * dt;
        }
        h = h1;
        z = z1;
        double ocv1;
        double dF; // ∫OCV dz from z0 to z1
        if (onStartSegment(z1)) {
            // Exact for the linear segment, and free of the cancellation in a difference of integrals.
            double dz = z1 - z0;
            ocv1 = ocv0 + ocvSlope0 * dz;
            dF = dz * (ocv0 + 0.5 * ocvSlope0 * dz);
        } else {
            ocv1 = ocvTab.eval(z1, tc0, 0, ocvEnd);
            dF = ocvTab.integralSoc(z1, tc0, 0, ocvEnd) - ocvTab.integralSoc(z0, tc0, 0, ocvSeg);
        }
        double chem = q * dF;
        double joule = r0Start * i * i * dt;
        double hyst = -hystM * i * intH;
        double reversible = -i * tc0 * dudt0 * dt;
        d.chemicalChange = chem;
        d.joule = joule;
        d.rcDissipated = rcLoss;
        d.rcStoredChange = rcStored;
        d.hysteresis = hyst;
        d.reversibleHeat = reversible;
        d.electricalOut = -chem + hystM * i * intH - joule - iIntV;
        d.discharged = i > 0 ? d.electricalOut : 0;
        d.charged = i < 0 ? -d.electricalOut : 0;
        d.chargeThroughput = Math.abs(i) * dt;
        d.chargeIn = i < 0 ? -i * dt : 0;
        d.chargeOut = i > 0 ? i * dt : 0;
        double heatJ = joule + rcLoss + hyst + reversible;
        heat = heatJ / dt;
        current = i;
        ocvNow = ocv1;
        voltage = ocv1 + hystM * h1 - r0Start * i - vSum;
        thermal(dt, heat);
    }

    private void thermal(double dt, double power) {
        if (th.isothermal()) {
            tc = tb = ambient;
            return;
        }
        // x' = A x + b, with b = [(P + gca·Ta)/Cc, (gba·Ta + Q)/Cb]. The steady state x∞ = -A⁻¹ b is
        // ambient plus each heat times each node's rise per watt (superposition).
        double xi1 = ambient + power * riseCell + bodyHeat * riseCellFromBody;
        double xi2 = ambient + power * riseBody + bodyHeat * riseBodyFromBody;
        if (dt != thDt) {
            expm(dt);
        }
        double d1 = tc0 - xi1;
        double d2 = tb0 - xi2;
        tc = xi1 + e11 * d1 + e12 * d2;
        tb = xi2 + e21 * d1 + e22 * d2;
    }

    /** exp(A·dt) for the 2×2 thermal matrix, by its two real eigenvalues. */
    private void expm(double dt) {
        double tr = a11 + a22;
        double disc = Math.sqrt(Math.max(0, 0.25 * tr * tr - detA));
        double l1 = 0.5 * tr + disc;
        double l2 = 0.5 * tr - disc;
        double x1 = Math.exp(l1 * dt);
        double x2 = Math.exp(l2 * dt);
        if (disc > 1e-12 * Math.abs(tr)) {
            // Sylvester: e^{A t} = (e^{l1 t}(A - l2 I) - e^{l2 t}(A - l1 I)) / (l1 - l2)
            double inv = 1 / (l1 - l2);
            e11 = (x1 * (a11 - l2) - x2 * (a11 - l1)) * inv;
            e12 = (x1 - x2) * a12 * inv;
            e21 = (x1 - x2) * a21 * inv;
            e22 = (x1 * (a22 - l2) - x2 * (a22 - l1)) * inv;
        } else {
            // Repeated eigenvalue: e^{A t} = e^{l t}(I + (A - l I) t)
            e11 = x1 * (1 + (a11 - l1) * dt);
            e12 = x1 * a12 * dt;
            e21 = x1 * a21 * dt;
            e22 = x1 * (1 + (a22 - l1) * dt);
        }
        thDt = dt;
    }

    @Override
    public void commit() {
        // Start-of-step parameters depend only on SoC and cell temperature (and aging, which
        // invalidates them itself): at rest in an isothermal cell they stay valid.
        startValid = startValid && z == z0 && tc == tc0;
        z0 = z;
        for (int k = 0; k < n; k++) {
            v0[k] = v[k];
        }
        h0 = h;
        tc0 = tc;
        tb0 = tb;
        predictValid = false;
        ledger.add(stepLedger);
    }

    @Override
    public double nominalCapacityAh() {
        return p.nominalCapacityAh();
    }

    @Override
    public double capacityAh() {
        return p.nominalCapacityAh() * capacityFactor;
    }

    @Override
    public double soc() {
        return z;
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
        return ocvNow;
    }

    @Override
    public double temperature() {
        return tc;
    }

    @Override
    public double bodyTemperature() {
        return tb;
    }

    @Override
    public double heatRate() {
        return heat;
    }

    /** Hysteresis state h in [-1, 1]. */
    public double hysteresisState() {
        return h;
    }

    /** Voltage across RC pair k (V). */
    public double rcVoltage(int k) {
        return v[k];
    }

    @Override
    public double minSoc() {
        return p.ocv().minSoc();
    }

    @Override
    public double maxSoc() {
        return p.ocv().maxSoc();
    }

    @Override
    public EcmParameters.VoltageLimits limits() {
        return p.limits();
    }

    @Override
    public double stepElectricalOut() {
        return stepLedger.electricalOut;
    }

    @Override
    public EnergyLedger energy() {
        return ledger;
    }
}
