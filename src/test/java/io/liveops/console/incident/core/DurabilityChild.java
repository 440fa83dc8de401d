package io.liveops.console.incident.core;

import io.liveops.console.state.StateStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a child JVM by {@link IncidentDurabilityTest}: saves incidents and notes as fast as it can
 * and prints "ACK incident-id entries" only after each save returned, i.e. what the UI would report
 * as saved. The parent kills it mid-stream.
 */
public final class DurabilityChild {

    public static void main(String[] args) {
        PrintStream out = System.out;
        SeverityPolicy sage = SeverityPolicy.load(SeverityPolicy.Preset.SAGE, null).value();
        StateStore store = StateStore.openSqlite(Path.of(args[0]), Clock.systemUTC());
        IncidentService s = new IncidentService(new IncidentRepository(store), Clock.systemUTC(), sage, null);
        for (int n = 0; ; n++) {
            Incident i = s.declare(ActionId.random(), "Incident " + n, Severity.values()[n % 4], "feature " + n, "", "");
            s.addNote(ActionId.random(), i, "note " + n);
            out.println("ACK " + i.id() + " 2");
            out.flush();
        }
    }
}
