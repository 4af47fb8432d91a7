package org.battsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.battsim.model.device.ChargeSession;
import org.battsim.model.device.DeviceParameters;
import org.battsim.model.device.Phone;
import org.battsim.scenarios.devices.DeviceLibrary;
import org.battsim.scenarios.output.EventLog;
import org.junit.jupiter.api.Test;

/**
 * PHYSICS §5: a phone that died at its 3.4 V cut-off reaches the protection's 2.4 V lockout in
 * roughly 0.5–2 months in a drawer (self-discharge 2–3 %/month, charger IC drain 58–85 µA,
 * protection IC ~3 µA). Independent estimate: (charge between cut-off rest and lockout) / (sum of
 * drains).
 */
class DrawerStorageTest {
    @Test
    void deadPhoneLocksOutWithinHalfAMonthToTwoMonths() {
        DeviceParameters d = DeviceLibrary.load("xiaomi-mi4");
        EventLog log = new EventLog();
        // At rest right after a shutdown at 3.4 V under load: OCV about 3.45 V, SoC about 4 %.
        Phone p = ChargeJob.phone(d, 0.04, 298.15, log);
        ChargeSession s = new ChargeSession(p, 3600, null);
        s.run(120 * 86400.0, 86400, false);
        double lockedAt = log.entries().stream()
                .filter(e -> e.text().startsWith("over-discharge lockout"))
                .mapToDouble(EventLog.Entry::time)
                .findFirst()
                .orElse(Double.NaN);
        double days = lockedAt / 86400;
        assertTrue(days >= 15 && days <= 61, "lockout after " + days + " days");
        assertTrue(p.pack().protection().lockedOut());
        // The drains, summed by hand: 2.5 %/month of 3.08 Ah + 70 µA + 3 µA.
        double drain = 0.025 * 3.08 / (30 * 24.0) + 70e-6 + 3e-6; // A
        double estimateDays = 0.04 * 3.08 / drain / 24; // from 4 % to about 0 %
        assertTrue(Math.abs(days - estimateDays) < 0.35 * estimateDays, days + " vs hand estimate " + estimateDays);
    }
}
