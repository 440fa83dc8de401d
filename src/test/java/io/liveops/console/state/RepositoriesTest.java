package io.liveops.console.state;

import org.junit.jupiter.api.Tag;

import io.liveops.console.alert.core.AlertHistoryRepository;
import io.liveops.console.alert.core.AlertRecord;
import io.liveops.console.alert.core.KeyLevel;
import io.liveops.console.testkit.StateBackend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same repository behaviour on the local SQLite file and on the PostgreSQL team database. */
@Tag("postgres")
class RepositoriesTest {

    private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(StateBackend.class)
    void settingsPutGetReplaceRemove(StateBackend backend) {
        try (StateStore store = backend.open(backend.freshLocation(tmp), CLOCK)) {
            SettingsRepository settings = store.settings();
            assertThat(settings.get("refresh")).isEmpty();
            settings.put("refresh", "{\"seconds\":60}");
            settings.put("refresh", "{\"seconds\":30}");
            settings.put("theme", "\"dark\"");
            assertThat(settings.get("refresh")).contains("{\"seconds\":30}");
            assertThat(settings.find("theme")).contains(new Setting("theme", "\"dark\"", T0));
            assertThat(settings.all()).extracting(Setting::name).containsExactly("refresh", "theme");
            assertThat(settings.remove("theme")).isTrue();
            assertThat(settings.remove("theme")).isFalse();
            assertThat(settings.get("theme")).isEmpty();
            assertThatThrownBy(() -> settings.put("bad", "{not json"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'bad' is not JSON");
        }
    }

    @ParameterizedTest
    @EnumSource(StateBackend.class)
    void profilesSaveListDeleteAndActive(StateBackend backend) {
        try (StateStore store = backend.open(backend.freshLocation(tmp), CLOCK)) {
            ConnectionProfileRepository profiles = store.connectionProfiles();
            WarehouseProfile prod = new WarehouseProfile("Prod", "jdbc:postgresql://db:5432/wh", "director", "WH_PASSWORD");
            WarehouseProfile demo = new WarehouseProfile("Demo", "jdbc:sqlite:/tmp/demo.db", null, null);
            profiles.save(prod);
            profiles.save(demo);
            assertThat(profiles.list()).containsExactly(demo, prod);
            WarehouseProfile moved = new WarehouseProfile("Prod", "jdbc:postgresql://db2:5432/wh", "director", "WH_PASSWORD");
            profiles.save(moved);
            assertThat(profiles.find("Prod")).contains(moved);

            assertThat(profiles.active()).isEmpty();
            profiles.setActive("Prod");
            assertThat(profiles.active()).contains(moved);
            assertThatThrownBy(() -> profiles.setActive("Nope")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'Nope'");
            assertThat(profiles.active()).contains(moved);

            assertThat(profiles.delete("Prod")).isTrue();
            assertThat(profiles.active()).isEmpty();
            assertThat(profiles.list()).containsExactly(demo);
            profiles.setActive("Demo");
            profiles.clearActive();
            assertThat(profiles.active()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(StateBackend.class)
    void profilesNeverPersistAPassword(StateBackend backend) {
        try (StateStore store = backend.open(backend.freshLocation(tmp), CLOCK)) {
            ConnectionProfileRepository profiles = store.connectionProfiles();
            assertThatThrownBy(() -> profiles.save(new WarehouseProfile("Leaky", "jdbc:postgresql://db/wh?user=a&password=hunter2", "a", null)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("environment variable")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
            profiles.save(new WarehouseProfile("Prod", "jdbc:postgresql://db/wh", "a", "WH_PASSWORD"));

            List<String> columns = new ArrayList<>();
            List<String> values = new ArrayList<>();
            store.read("inspect", c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM connection_profiles")) {
                    ResultSetMetaData md = rs.getMetaData();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        columns.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
                    }
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            values.add(String.valueOf(rs.getObject(i)));
                        }
                    }
                }
                return null;
            });
            assertThat(columns).containsExactly("name", "jdbc_url", "user_name", "password_env", "updated_at_ms");
            assertThat(values).doesNotContain("hunter2").contains("WH_PASSWORD");
        }
    }

    @ParameterizedTest
    @EnumSource(StateBackend.class)
    void alertHistoryRoundTripAcknowledgeAndReopen(StateBackend backend) {
        String location = backend.freshLocation(tmp);
        long criticalId;
        try (StateStore store = backend.open(location, CLOCK)) {
            AlertHistoryRepository alerts = new AlertHistoryRepository(store);
            AlertRecord warning = alerts.append(AlertRecord.of("KPI", "dau", "WARNING", AlertRecord.Kind.RAISED,
                    "DAU below target", "DAU 9,100 < 9,500", T0, false));
            AlertRecord critical = alerts.append(AlertRecord.of("KPI", "dau", "CRITICAL", AlertRecord.Kind.RAISED,
                    "DAU critical", null, T0.plusSeconds(60), false));
            AlertRecord recovered = alerts.append(AlertRecord.of("KPI", "dau", "OK", AlertRecord.Kind.RECOVERED,
                    "DAU recovered", null, T0.plusSeconds(120), true));
            criticalId = critical.id();
            assertThat(warning.id()).isNotNull();
            assertThat(critical.id()).isGreaterThan(warning.id());

            assertThat(alerts.recent(2)).containsExactly(recovered, critical);
            assertThat(alerts.find(warning.id())).contains(warning);
            assertThat(alerts.unacknowledged()).containsExactly(critical, warning);

            assertThat(alerts.acknowledge(critical.id(), "ana", T0.plusSeconds(300))).isTrue();
            assertThat(alerts.acknowledge(critical.id(), "bob", T0.plusSeconds(400))).isFalse();
            assertThat(alerts.acknowledge(9_999_999L, "bob", T0)).isFalse();
            assertThat(alerts.unacknowledged()).containsExactly(warning);

            assertThat(alerts.lastRaisedSince("KPI", "dau", T0)).map(AlertRecord::id).contains(critical.id());
            assertThat(alerts.lastRaisedSince("KPI", "dau", T0.plusSeconds(61))).isEmpty();
            assertThat(alerts.lastRaisedSince("Incident", "dau", T0)).isEmpty();

            alerts.saveLevel(new KeyLevel("KPI", "dau", "CRITICAL", T0));
            alerts.saveLevel(new KeyLevel("KPI", "dau", "OK", T0.plusSeconds(120)));
            alerts.saveLevel(new KeyLevel("KPI", "arpu", "WARNING", T0));
            alerts.snooze("dau", T0.plusSeconds(3600), T0);
            alerts.snooze("arpu", T0.plusSeconds(60), T0);
        }
        try (StateStore store = backend.open(location, CLOCK)) {
            AlertHistoryRepository alerts = new AlertHistoryRepository(store);
            assertThat(alerts.recent(10)).hasSize(3);
            AlertRecord acked = alerts.find(criticalId).orElseThrow();
            assertThat(acked.acknowledged()).isTrue();
            assertThat(acked.acknowledgedBy()).isEqualTo("ana");
            assertThat(acked.acknowledgedAt()).isEqualTo(T0.plusSeconds(300));
            assertThat(alerts.levels()).containsExactly(
                    new KeyLevel("KPI", "arpu", "WARNING", T0), new KeyLevel("KPI", "dau", "OK", T0.plusSeconds(120)));
            assertThat(alerts.snoozes(T0.plusSeconds(30))).containsOnlyKeys("arpu", "dau");
            assertThat(alerts.snoozes(T0.plusSeconds(60))).containsOnlyKeys("dau");
            assertThat(alerts.unsnooze("dau")).isTrue();
            assertThat(alerts.snoozes(T0)).isEmpty();
        }
    }
}
