package io.liveops.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path dir;

    private StateStore store;
    private final List<WarehouseProfile> switched = new ArrayList<>();
    private final WarehouseProfile demo = new WarehouseProfile("Demo warehouse", "jdbc:sqlite:/tmp/demo.db", null, null);
    private SettingsViewModel vm;

    @BeforeEach
    void setUp() {
        store = StateStore.openSqlite(dir.resolve("state.db"), Clock.systemUTC());
        vm = new SettingsViewModel(store.connectionProfiles(),
                new io.liveops.console.warehouse.WarehouseSession(dir.resolve("config"), Map.of("WH_PW", "x"), Clock.systemUTC(),
                        java.time.Duration.ofSeconds(10)), new CurrentThreadTaskExecutor(), Map.of("WH_PW", "x"), demo, switched::add);
        vm.reload();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void startsWithTheDemoWarehouseSelectedAndInUse() {
        assertThat(vm.profiles()).containsExactly(demo);
        assertThat(vm.selectedProperty().get()).isEqualTo(demo);
        assertThat(vm.activeNameProperty().get()).isEqualTo("Demo warehouse");
    }

    @Test
    void eachFieldGetsItsOwnMessage() {
        vm.newProfile();
        vm.nameProperty().set(" ");
        assertThat(vm.nameError().get()).startsWith("Name: give the connection a name");
        vm.nameProperty().set("Demo warehouse");
        assertThat(vm.nameError().get()).contains("reserved");
        vm.nameProperty().set("Production");
        assertThat(vm.nameError().get()).isEmpty();

        vm.jdbcUrlProperty().set("jdbc:oracle:thin:@db:1521/x");
        assertThat(vm.urlError().get()).startsWith("JDBC URL: Unknown JDBC scheme 'oracle'");
        vm.jdbcUrlProperty().set("jdbc:postgresql://db/analytics?password=hunter2");
        assertThat(vm.urlError().get()).contains("do not put the password in the URL");
        vm.jdbcUrlProperty().set("jdbc:postgresql://db:5432/analytics");
        assertThat(vm.urlError().get()).isEmpty();

        vm.passwordEnvProperty().set("my-password");
        assertThat(vm.passwordEnvError().get()).contains("not a valid environment variable name");
        vm.passwordEnvProperty().set("MISSING_VAR");
        assertThat(vm.passwordEnvError().get()).isEmpty();
        assertThat(vm.passwordEnvWarning()).hasValueSatisfying(w -> assertThat(w).contains("MISSING_VAR is not set"));
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void testConnectionReportsContractTablesOnARealWarehouse() {
        vm.newProfile();
        vm.nameProperty().set("Small demo");
        vm.jdbcUrlProperty().set(DemoFixture.smallDemoUrl());
        vm.testConnection();
        assertThat(vm.testOkProperty().get()).isTrue();
        assertThat(vm.testResultProperty().get()).contains("all 18 contract tables found");

        vm.jdbcUrlProperty().set("jdbc:sqlite:" + dir.resolve("missing.db"));
        vm.testConnection();
        assertThat(vm.testOkProperty().get()).isFalse();
        assertThat(vm.testResultProperty().get()).contains("does not exist");
    }

    @Test
    void saveAndUsePersistsWithoutPasswordAndSwitchesTheConsole() {
        vm.newProfile();
        vm.nameProperty().set("Production");
        vm.jdbcUrlProperty().set("jdbc:postgresql://db:5432/analytics");
        vm.userProperty().set("reader");
        vm.passwordEnvProperty().set("WH_PW");
        vm.saveAndUse();
        assertThat(switched).extracting(WarehouseProfile::name).containsExactly("Production");
        assertThat(vm.activeNameProperty().get()).isEqualTo("Production");

        store.close();
        store = StateStore.openSqlite(dir.resolve("state.db"), Clock.systemUTC());
        assertThat(store.connectionProfiles().active()).hasValueSatisfying(p -> {
            assertThat(p.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/analytics");
            assertThat(p.passwordEnv()).isEqualTo("WH_PW");
        });
    }

    @Test
    void invalidFormIsNotSavedAndSaysWhy() {
        vm.newProfile();
        vm.nameProperty().set("");
        vm.saveAndUse();
        assertThat(switched).isEmpty();
        assertThat(vm.testResultProperty().get()).startsWith("Name:");
    }
}
