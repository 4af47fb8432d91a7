package org.battsim.scenarios.diagnose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.battsim.scenarios.output.Json;

/**
 * Diagnostic logic in any language: an external program that speaks JSON lines on its standard
 * input and output, one case at a time.
 *
 * <pre>
 * battsim → program  {"type":"case","case":0,"maxActions":12,"setup":{...},"observation":{...}}
 * program → battsim  {"action":"inspect-port"}
 * battsim → program  {"type":"observation","observation":{...}}
 * program → battsim  {"diagnosis":"port-debris","confidence":0.9}
 * </pre>
 *
 * <p>An observation carries {@code after} (the action, or null), {@code phoneOn},
 * {@code chargingIcon}, {@code frames} (telemetry, SI units, see {@link Frame}), {@code events}
 * and {@code findings}. The program may keep running between cases; several copies run at once
 * (one per worker thread), so it must not keep state from one case to the next. Lines that do not
 * start with '{' are ignored (a program's own logging), anything else malformed stops the campaign
 * with the line it sent.
 */
public final class ProcessDiagnostician implements Diagnostician, AutoCloseable {
    private final String command;
    private final Deque<Proc> idle = new ArrayDeque<>();
    private final List<Proc> all = new ArrayList<>();
    private final ObjectMapper json = Json.mapper();

    /** @param command a shell command line ({@code python3 my_logic.py}) */
    public ProcessDiagnostician(String command) {
        this.command = command;
    }

    @Override
    public String name() {
        return "exec:" + command;
    }

    @Override
    public Diagnosis diagnose(Bench bench) {
        Proc p = borrow();
        boolean healthy = false;
        try {
            Map<String, Object> start = new LinkedHashMap<>();
            start.put("type", "case");
            start.put("maxActions", bench.maxActions());
            start.put("setup", bench.setup());
            start.put("observation", observation(bench.first()));
            p.send(line(start));
            while (true) {
                JsonNode reply = p.receive(json);
                if (reply.has("diagnosis")) {
                    String id = reply.get("diagnosis").asText();
                    FaultClass f = null;
                    for (FaultClass c : FaultClass.values()) {
                        if (c.id().equals(id)) {
                            f = c;
                        }
                    }
                    if (f == null) {
                        throw new Campaign.DiagnosticianException(
                                name() + " answered an unknown fault class '" + id + "'; allowed: "
                                        + String.join(
                                                ", ",
                                                java.util.Arrays.stream(FaultClass.values())
                                                        .map(FaultClass::id)
                                                        .toList()));
                    }
                    double conf =
                            reply.has("confidence") ? reply.get("confidence").asDouble() : 1.0;
                    if (!(conf >= 0 && conf <= 1)) {
                        throw new Campaign.DiagnosticianException(
                                name() + " answered a confidence outside 0..1: " + reply);
                    }
                    healthy = true;
                    return new Diagnosis(f, conf);
                }
                if (reply.has("action")) {
                    Remedy r = Remedy.byId(reply.get("action").asText());
                    if (r == null) {
                        throw new Campaign.DiagnosticianException(name() + " asked for an unknown action "
                                + reply.get("action") + "; allowed: "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(Remedy.values())
                                                .map(Remedy::id)
                                                .toList()));
                    }
                    Observation o;
                    try {
                        o = bench.act(r);
                    } catch (IllegalStateException e) {
                        throw new Campaign.DiagnosticianException(name() + ": " + e.getMessage());
                    }
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("type", "observation");
                    m.put("observation", observation(o));
                    p.send(line(m));
                    continue;
                }
                throw new Campaign.DiagnosticianException(
                        name() + " sent a line with neither \"action\" nor \"diagnosis\": " + reply);
            }
        } catch (IOException e) {
            throw new Campaign.DiagnosticianException(name() + ": " + e.getMessage(), e);
        } finally {
            if (healthy) {
                release(p);
            } else {
                p.process.destroyForcibly();
            }
        }
    }

    /** One message on one line (the shared mapper indents). */
    private String line(Object message) throws IOException {
        return json.writer()
                .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(message);
    }

    static Map<String, Object> observation(Observation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("after", o.after() == null ? null : o.after().id());
        m.put("phoneOn", o.phoneOn());
        m.put("chargingIcon", o.chargingIcon());
        m.put("frames", o.frames());
        m.put("events", o.events());
        m.put("findings", o.findings());
        return m;
    }

    private synchronized Proc borrow() {
        Proc p = idle.pollFirst();
        if (p != null) {
            return p;
        }
        try {
            boolean windows = System.getProperty("os.name", "")
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("win");
            ProcessBuilder b =
                    windows ? new ProcessBuilder("cmd", "/c", command) : new ProcessBuilder("/bin/sh", "-c", command);
            b.redirectError(ProcessBuilder.Redirect.INHERIT);
            Proc q = new Proc(b.start());
            all.add(q);
            return q;
        } catch (IOException e) {
            throw new Campaign.DiagnosticianException("cannot start '" + command + "': " + e.getMessage(), e);
        }
    }

    private synchronized void release(Proc p) {
        idle.addFirst(p);
    }

    @Override
    public synchronized void close() {
        for (Proc p : all) {
            try {
                p.in.close();
            } catch (IOException e) {
                // already gone
            }
            p.process.destroy();
        }
        all.clear();
        idle.clear();
    }

    private final class Proc {
        final Process process;
        final BufferedWriter in;
        final BufferedReader out;

        Proc(Process process) {
            this.process = process;
            this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        void send(String line) throws IOException {
            in.write(line);
            in.write('\n');
            in.flush();
        }

        JsonNode receive(ObjectMapper m) throws IOException {
            while (true) {
                String line = out.readLine();
                if (line == null) {
                    throw new Campaign.DiagnosticianException(name() + " ended without an answer (exit code "
                            + (process.isAlive() ? "none yet" : process.exitValue()) + ")");
                }
                String t = line.strip();
                if (!t.startsWith("{")) {
                    continue;
                }
                try {
                    return m.readTree(t);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new Campaign.DiagnosticianException(
                            name() + " sent a line that is not JSON: " + t + " (" + e.getOriginalMessage() + ")");
                }
            }
        }
    }
}
