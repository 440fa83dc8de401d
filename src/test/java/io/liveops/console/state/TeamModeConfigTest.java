package io.liveops.console.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.shared.JsonConfig;
import io.liveops.console.testkit.PostgresTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("postgres")
class TeamModeConfigTest {

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheLocalStoreIsUsed() {
        JsonConfig.Loaded<TeamModeConfig> loaded = TeamModeConfig.load(dir);
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.value().enabled()).isFalse();
        try (StateStore store = loaded.value().open(dir.resolve("state.db"), Map.of(), Clock.systemUTC())) {
            assertThat(store.teamMode()).isFalse();
        }
    }

    @Test
    void twoConsolesInTeamModeShareOnePostgresStore() throws Exception {
        String url = PostgresTestServer.createDatabase().replaceAll("\\?.*$", "");
        Files.writeString(dir.resolve(TeamModeConfig.FILE_NAME), """
                {"schema_version": 1, "enabled": true, "jdbc_url": "%s", "user": "postgres", "password_env": "STATE_PW"}
                """.formatted(url));
        TeamModeConfig config = TeamModeConfig.load(dir).value();
        Map<String, String> env = Map.of("STATE_PW", PostgresTestServer.PASSWORD);
        try (StateStore a = config.open(dir.resolve("a.db"), env, Clock.systemUTC());
             StateStore b = config.open(dir.resolve("b.db"), env, Clock.systemUTC())) {
            assertThat(a.teamMode()).isTrue();
            a.settings().put("ui.darkTheme", "true");
            assertThat(b.settings().get("ui.darkTheme")).contains("true");
        }
        assertThat(Files.exists(dir.resolve("a.db"))).as("no local file in team mode").isFalse();
        assertThatThrownBy(() -> config.open(dir.resolve("c.db"), Map.of(), Clock.systemUTC()))
                .hasMessageContaining("STATE_PW").hasMessageContaining("not set");
    }

    @Test
    void aBrokenFileIsReportedWithLineAndColumnAndLocalModeIsUsed() throws Exception {
        Path file = dir.resolve(TeamModeConfig.FILE_NAME);
        Files.writeString(file, "{\n  \"schema_version\": 1,\n  \"enabled\": true,\n  \"jdbc_url\": \"jdbc:sqlite:/tmp/x.db\"\n}\n");
        JsonConfig.Loaded<TeamModeConfig> loaded = TeamModeConfig.load(dir);
        assertThat(loaded.value().enabled()).isFalse();
        assertThat(loaded.problem()).hasValueSatisfying(p -> {
            assertThat(p.path()).isEqualTo(file);
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("jdbc_url must be a jdbc:postgresql:// URL");
        });
        Files.writeString(file, "{ \"schema_version\": 1, \"enabled\": tru }");
        assertThat(TeamModeConfig.load(dir).problem()).hasValueSatisfying(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isPositive();
        });
    }
}
