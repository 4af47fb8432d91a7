package org.battsim.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventLogTest {
    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path file = dir.resolve("events.csv");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsEventsWithQuotedText() throws IOException {
        List<EventLog.Event> events = EventLog.read(write("\uFEFFtime_s,source,event\r\n"
                + "0,cycler,Charge at 1C until 4.35 V\r\n"
                + "1800.5,charger,\"CV phase, 4.35 V\"\r\n"
                + "3600,protection,\"OVP trip: \"\"VBUS\"\" 6.2 V\"\r\n"
                + "\r\n"));
        assertEquals(
                List.of(
                        new EventLog.Event(0, "cycler", "Charge at 1C until 4.35 V"),
                        new EventLog.Event(1800.5, "charger", "CV phase, 4.35 V"),
                        new EventLog.Event(3600, "protection", "OVP trip: \"VBUS\" 6.2 V")),
                events);
    }

    @Test
    void findsColumnsByName() throws IOException {
        List<EventLog.Event> events = EventLog.read(write("event,extra,TIME_S\nstart,x,0\nstop,y,5\n"));
        assertEquals(List.of(new EventLog.Event(0, "", "start"), new EventLog.Event(5, "", "stop")), events);
    }

    @Test
    void headerWithoutEventsIsAnEmptyLog() throws IOException {
        assertEquals(List.of(), EventLog.read(write("time_s,source,event\n")));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("", 1, "empty"),
                Arguments.of("t,who,what\n0,a,b\n", 1, "time_s,source,event"),
                Arguments.of("time_s,source,event\n0,a,b\nlater,a,b\n", 3, "\"later\" is not a time"),
                Arguments.of("time_s,source,event\n0,a,b\n\n,a,b\n", 4, "\"\" is not a time"),
                Arguments.of("time_s,source,event\n0,a,b\n1,a,b,c\n", 3, "4 fields"),
                Arguments.of("time_s,source,event\n0,a,\"open\n", 2, "not closed"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedInputNamesFileAndLine(String content, int line, String fragment) throws IOException {
        Path file = write(content);
        var e = assertThrows(BdfFormatException.class, () -> EventLog.read(file));
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertTrue(e.getMessage().contains("(expected"), e.getMessage());
    }
}
