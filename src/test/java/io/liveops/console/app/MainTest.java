package io.liveops.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.shared.AppPaths;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MainTest {

    private final AppPaths paths = AppPaths.under(Path.of("/tmp/liveops-main-test"));

    @Test
    void aMissingDisplayIsSaidAsSuch() {
        assertThat(Main.windowFailure(new UnsupportedOperationException("Unable to open DISPLAY"), paths))
                .contains("needs a desktop session");
        assertThat(Main.windowFailure(new UnsatisfiedLinkError("libgtk-3.so.0"), paths)).contains("GTK 3");
    }

    @Test
    void anyOtherFailureIsNotBlamedOnTheDisplayAndNamesTheLog() {
        String said = Main.windowFailure(new IllegalStateException("The state file /x/state.db is locked"), paths);
        assertThat(said).startsWith("LiveOps Console could not start: The state file /x/state.db is locked")
                .contains(paths.logFile().toString()).doesNotContain("desktop session");
    }
}
