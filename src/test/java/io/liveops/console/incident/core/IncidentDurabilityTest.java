package io.liveops.console.incident.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.state.StateStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class IncidentDurabilityTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedIncidentAndEntrySurvivesAKill9() throws Exception {
        Path db = dir.resolve("state.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DurabilityChild.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Map<Long, Integer> acknowledged = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    String[] parts = line.split(" ");
                    acknowledged.put(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
                    if (acknowledged.size() == 40) {
                        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no pool close
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).hasSize(40);

        try (StateStore store = StateStore.openSqlite(db, Clock.systemUTC())) {
            IncidentRepository repo = new IncidentRepository(store);
            List<Incident> all = repo.all();
            for (Map.Entry<Long, Integer> e : acknowledged.entrySet()) {
                assertThat(repo.find(e.getKey())).as("incident %s", e.getKey()).isPresent();
                assertThat(repo.timeline(e.getKey())).as("timeline of %s", e.getKey()).hasSizeGreaterThanOrEqualTo(e.getValue());
            }
            assertThat(all.size()).isGreaterThanOrEqualTo(40);
        }
    }
}
