package io.liveops.console.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.report.core.IsoWeek;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.TestFolders;
import io.liveops.console.testkit.ClippedText;
import io.liveops.console.testkit.ReportFixture;
import io.liveops.console.testkit.Screenshots;
import io.liveops.console.warehouse.Dialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the Report tab like a user (headless Monocle): go back to 2025-W47, generate it, type next week's focus, copy the
 * Markdown and save; then checks that no label is cut short at 1024x700, in the light and the dark theme.
 */
@Tag("ui")
class ReportViewTest extends ApplicationTest {

    private final List<String> clipboard = new ArrayList<>();
    private Path dir;
    private ReportFixture fixture;
    private StateStore store;
    private ReportViewModel vm;
    private Stage stage;
    private Scene scene;

    @Override
    public void start(Stage primary) throws Exception {
        // a window of its own: resizing the shared primary stage would leave later tests a smaller window
        this.stage = new Stage();
        dir = TestFolders.create("report-view");
        fixture = ReportFixture.open(Dialect.SQLITE, dir);
        store = StateStore.openSqlite(dir.resolve("state.db"), ReportFixture.CLOCK);
        IncidentRepository incidents = new IncidentRepository(store);
        incidents.create(ReportFixture.incident("Login fails for every player", Severity.P0, "2025-11-18T13:40:00Z", "2025-11-18T16:10:00Z"),
                List.of());
        incidents.create(ReportFixture.incident("Chat messages not delivered", Severity.P1, "2025-11-21T09:00:00Z", null), List.of());
        vm = ReportFixture.viewModel(fixture.numbers(), store, ReportFixture.CLOCK, dir, clipboard::add);
        scene = new Scene(new ReportTab(vm).content(), 1260, 780);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/assets/css/light.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        stage.close();
        store.close();
        fixture.close();
    }

    private String preview() {
        return lookup("#report-preview").queryAs(TextArea.class).getText();
    }

    @Test
    void generateEditTheFocusCopyAndSave() {
        @SuppressWarnings("unchecked")
        ComboBox<IsoWeek> week = lookup("#report-week").queryAs(ComboBox.class);
        assertThat(week.getValue()).isEqualTo(IsoWeek.parse("2026-W01"));
        for (int i = 0; i < 6; i++) {
            clickOn("#report-previous-week");
        }
        assertThat(week.getValue()).isEqualTo(IsoWeek.parse("2025-W47"));
        assertThat(lookup("#report-copy").queryButton().isDisabled()).isTrue();

        clickOn("#report-generate");
        assertThat(preview()).startsWith("Week 47 Report (2025-11-17 ~ 2025-11-23)").contains("- MAU: 10 (+150.0 % WoW)")
                .contains("- P0 #1 Login fails for every player: Resolved, 2 h 30 min to resolve");
        assertThat(lookup("#report-numbers").queryTableView().getItems()).hasSize(12);
        assertThat(lookup("#report-bugs").queryListView().getItems()).hasSize(2);

        clickOn("#report-focus").write("Fix chat delivery for good.");
        assertThat(preview()).contains("🎯 Next Week Focus:\nFix chat delivery for good.\n");
        clickOn("#report-copy");
        assertThat(clipboard).hasSize(1);
        assertThat(clipboard.get(0)).isEqualTo(preview()).contains("Fix chat delivery for good.");

        clickOn("#report-save");
        assertThat(lookup("#report-state").queryAs(Label.class).getText()).startsWith("Saved Fri 9 Jan 2026 08:00 by ana");
        assertThat(lookup("#report-saved").queryListView().getItems()).hasSize(1);
        Screenshots.save(scene, "report");
    }

    @Test
    void everyLabelReadsAt1024x700InBothThemes() {
        interact(() -> vm.weekProperty().set(IsoWeek.parse("2026-W02")));
        clickOn("#report-generate"); // the partial week: its chip, notes and an n/a with a footnote
        interact(() -> {
            vm.topFeedbackProperty().set("1. Players want a dark mode.\n2. The shop is hard to find.");
            vm.nextWeekFocusProperty().set("Ship the shop redesign.");
        });
        clickOn("#report-save");
        assertThat(lookup("#report-partial").queryAs(Label.class).getText()).isEqualTo("partial, through Wed 2026-01-07");
        for (boolean dark : new boolean[] {false, true}) {
            interact(() -> {
                if (dark) {
                    scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/assets/css/dark.css")).toExternalForm());
                }
                stage.setWidth(1024);
                stage.setHeight(700);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(clipped()).as(dark ? "dark" : "light").isEmpty();
            Screenshots.save(scene, dark ? "report-1024-dark" : "report-1024");
            interact(() -> {
                stage.setWidth(1260);
                stage.setHeight(780);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(clipped()).as(dark ? "dark, full size" : "light, full size").isEmpty();
            Screenshots.save(scene, dark ? "report-dark" : "report-partial");
        }
    }


    private List<String> clipped() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> ClippedText.in(scene.getRoot())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
