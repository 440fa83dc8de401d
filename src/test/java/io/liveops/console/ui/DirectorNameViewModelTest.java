package io.liveops.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.shared.DirectorName;
import io.liveops.console.state.StateStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, item 14: one name for the user, a setting that defaults to the account's name. */
class DirectorNameViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theAccountsNameUntilAnotherIsSavedThenTheSavedOneAfterARestart() {
        assertThat(DirectorName.ofAccount(Map.of("USER", "root"))).isEqualTo("root");
        assertThat(DirectorName.ofAccount(Map.of("USERNAME", "Ana"))).isEqualTo("Ana");
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), Clock.systemUTC())) {
            DirectorName name = DirectorNameViewModel.load(store.settings(), "root");
            assertThat(name.get()).isEqualTo("root");
            DirectorNameViewModel vm = new DirectorNameViewModel(name, store.settings(), new CurrentThreadTaskExecutor());
            vm.edit();
            vm.draftProperty().set("  Ana Kim ");
            vm.save();
            assertThat(name.get()).as("what the checklist and the alert drawer read at their next action").isEqualTo("Ana Kim");
            assertThat(vm.currentProperty().get()).isEqualTo("Ana Kim");
            assertThat(DirectorNameViewModel.load(store.settings(), "root").get()).isEqualTo("Ana Kim");
        }
    }

    @Test
    void aBlankOrOverlongNameIsRefusedAndWhatWasTypedStays() {
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), Clock.systemUTC())) {
            DirectorName name = new DirectorName("root");
            DirectorNameViewModel vm = new DirectorNameViewModel(name, store.settings(), new CurrentThreadTaskExecutor());
            vm.draftProperty().set("   ");
            assertThat(vm.problemProperty().get()).startsWith("Your name: type the name");
            vm.save();
            assertThat(name.get()).isEqualTo("root");
            String longName = "x".repeat(DirectorName.MAX_LENGTH + 1);
            vm.draftProperty().set(longName);
            vm.save();
            assertThat(vm.messageProperty().get()).contains("at most 60 characters");
            assertThat(vm.draftProperty().get()).isEqualTo(longName);
            assertThat(DirectorNameViewModel.load(store.settings(), "root").get()).isEqualTo("root");
        }
    }
}
