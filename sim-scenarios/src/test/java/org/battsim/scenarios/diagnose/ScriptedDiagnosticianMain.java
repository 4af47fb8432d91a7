package org.battsim.scenarios.diagnose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * An external diagnostician as a user would write one, in Java here only so the test needs no other
 * language: inspects the port, says port-debris if lint shows and healthy otherwise; logs a line of
 * its own that the harness must ignore.
 */
public final class ScriptedDiagnosticianMain {
    private ScriptedDiagnosticianMain() {}

    public static void main(String[] args) throws Exception {
        ObjectMapper m = new ObjectMapper();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            JsonNode msg = m.readTree(line);
            if (args.length > 0 && args[0].equals("broken")) {
                System.out.println("{\"action\": \"wiggle-the-cable\"}");
            } else if (msg.get("type").asText().equals("case")) {
                System.out.println(
                        "thinking about " + msg.get("setup").get("device").asText());
                System.out.println("{\"action\":\"inspect-port\"}");
            } else {
                boolean lint = msg.get("observation")
                        .get("findings")
                        .path("lintVisible")
                        .asBoolean();
                System.out.println(
                        lint
                                ? "{\"diagnosis\":\"port-debris\",\"confidence\":0.9}"
                                : "{\"diagnosis\":\"healthy\",\"confidence\":0.6}");
            }
            System.out.flush();
        }
    }
}
