package io.liveops.console.incident.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.MutableClock;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostMortemTest {

    @TempDir
    Path dir;

    @Test
    void draftMatchesTheGoldenFile() throws Exception {
        MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
        SeverityPolicy sage = SeverityPolicy.load(SeverityPolicy.Preset.SAGE, null).value();
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            IncidentService s = new IncidentService(new IncidentRepository(store), clock, sage, null);
            Incident i = s.declare(ActionId.random(), "Chat messages not delivered", Severity.P1, "chat", "Messages sent in chat are stuck | not delivered.", "");
            clock.advance(Duration.ofMinutes(7));
            i = s.move(ActionId.random(), i, Status.IDENTIFIED);
            i = s.saveDetails(ActionId.random(), i, new AnnouncementDetails("", "30 minutes", "A queue worker ran out of memory after the 2.3 deploy.",
                    "Rolled back to 2.2 and restarted the workers."));
            clock.advance(Duration.ofMinutes(3));
            i = s.recordSent(ActionId.random(), i, TemplateKind.DISCORD, "⚠️ Service Issue");
            clock.advance(Duration.ofMinutes(20));
            i = s.addNote(ActionId.random(), i, "Rollback done");
            clock.advance(Duration.ofMinutes(15));
            i = s.resolve(ActionId.random(), i, "Chat messages flow again after the rollback.");

            String md = s.postMortemDraft(i, ZoneId.of("Europe/Paris")).markdown();
            if (Boolean.getBoolean("golden.update")) {
                java.nio.file.Files.writeString(Path.of("src/test/resources/incident/post-mortem-golden.md"), md);
            }
            try (InputStream in = getClass().getResourceAsStream("/incident/post-mortem-golden.md")) {
                assertThat(md).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            Incident saved = s.savePostMortem(ActionId.random(), i, md + "\nEdited.\n");
            IncidentService.PostMortemDraft again = s.postMortemDraft(s.reload(saved), ZoneId.of("Europe/Paris"));
            assertThat(again.saved()).isTrue();
            assertThat(again.markdown()).endsWith("Edited.\n");
        }
    }
}
