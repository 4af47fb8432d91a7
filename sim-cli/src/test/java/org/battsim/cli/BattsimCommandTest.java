package org.battsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BattsimCommandTest {
    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        CommandLine cl = BattsimCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void versionNamesTheBuild() {
        Result r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("battsim 0."), r.out());
    }

    @Test
    void helpListsUsage() {
        Result r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: battsim"), r.out());
    }

    @Test
    void unknownOptionExitsTwo() {
        Result r = run("--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }

    /** Help texts are format strings: a stray '%' makes picocli print a warning instead of the text. */
    @Test
    void everyHelpTextFormatsCleanly() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(buf, true));
        try {
            for (String sub : BattsimCommand.newCommandLine().getSubcommands().keySet()) {
                Result r = run(sub, "--help");
                assertEquals(0, r.code(), sub);
                assertTrue(!r.out().contains("%n") && !r.out().contains("%%"), sub + ": " + r.out());
            }
        } finally {
            System.setErr(saved);
        }
        assertTrue(!buf.toString().contains("picocli WARN"), buf.toString());
    }
}
