package io.liveops.console.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.checklist.core.ChecklistItem;
import io.liveops.console.checklist.core.ChecklistService;
import io.liveops.console.checklist.core.ChecklistTemplate;
import io.liveops.console.checklist.core.Routine;
import io.liveops.console.checklist.core.TemplateReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template editor without a screen: edits saved to the user's file for tomorrow, refused inputs at their field, presets. */
class TemplateEditorViewModelTest {

    @TempDir
    Path dir;
    private ChecklistHarness h;

    private TemplateEditorViewModel started() {
        h = new ChecklistHarness(dir, "2026-11-23T00:30:00Z"); // Monday 09:30 in Seoul
        h.vm.start();
        return h.vm.editor();
    }

    @AfterEach
    void tearDown() {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void editsAreSavedToTheUsersFileAndApplyFromTomorrow() throws Exception {
        TemplateEditorViewModel editor = started();
        editor.openProperty().set(true);
        editor.textProperty().set("Check the app store reviews");
        editor.addItem("morning");
        assertThat(editor.textProperty().get()).isEmpty(); // saved: the field is ready for the next one
        editor.textProperty().set("Morning desk");
        editor.renameRoutine("morning");
        editor.moveItem("morning", "check-the-app-store-reviews", -2);
        editor.removeItem("morning", "community-check");
        editor.textProperty().set("Night check");
        editor.windowProperty().set("23:00-23:30");
        editor.addRoutine();
        editor.moveRoutine("night-check", -100); // out of range: stays where it is
        assertThat(editor.statusProperty().get()).endsWith("the change applies from tomorrow.");
        Path file = ChecklistService.userTemplateIn(dir.resolve("config"));
        assertThat(Files.readString(file)).contains("Check the app store reviews", "\"start\" : \"23:00\"");
        Routine morning = editor.templateProperty().get().routine("morning").orElseThrow();
        assertThat(morning.name()).isEqualTo("Morning desk");
        assertThat(morning.items()).extracting(ChecklistItem::id).containsExactly("metrics-review", "check-the-app-store-reviews", "system-health");

        assertThat(h.routine("morning").name()).isEqualTo("Morning routine"); // today stays as started
        assertThat(h.routine("morning").items()).hasSize(3);
        h.scheduler.advance(Duration.ofHours(15));
        assertThat(h.routine("morning").name()).isEqualTo("Morning desk");
        assertThat(h.today().routines()).extracting(RoutineRow::id).contains("night-check");

        editor.openProperty().set(false); // the panel closes: its message goes
        assertThat(editor.statusProperty().get()).isEmpty();
    }

    /** Issue 15, item 10: "25:00-26:00" is explained next to the window field, nothing is saved, and the message goes with the panel. */
    @Test
    void aBadWindowIsExplainedAtItsFieldAndTheMessageGoesWhenThePanelCloses() {
        TemplateEditorViewModel editor = started();
        ChecklistTemplate before = editor.templateProperty().get();
        editor.openProperty().set(true);
        editor.textProperty().set("Night check");
        editor.windowProperty().set("25:00-26:00");
        editor.addRoutine();
        assertThat(editor.windowProblemProperty().get())
                .isEqualTo("\"25:00\" is not a time of day: use HH:mm from 00:00 to 23:59, e.g. 23:00-23:30.");
        assertThat(editor.textProblemProperty().get()).isEmpty();
        assertThat(h.vm.messageProperty().get()).isEmpty(); // nothing far from the field
        assertThat(editor.templateProperty().get()).isSameAs(before);
        assertThat(editor.textProperty().get()).isEqualTo("Night check"); // what was typed stays

        editor.windowProperty().set("23:30-23:00");
        editor.addRoutine();
        assertThat(editor.windowProblemProperty().get()).startsWith("The window must end after it starts");
        editor.windowProperty().set("tonight");
        assertThat(editor.windowProblemProperty().get()).isEmpty(); // typing clears it
        editor.addRoutine();
        assertThat(editor.windowProblemProperty().get()).startsWith("Write the window as start-end");

        editor.openProperty().set(false);
        assertThat(editor.windowProblemProperty().get()).isEmpty();
        assertThat(editor.templateProperty().get()).isSameAs(before);
    }

    @Test
    void anEmptyNameIsExplainedAtTheTextField() {
        TemplateEditorViewModel editor = started();
        editor.windowProperty().set("9:00-9:30"); // one-digit hours are fine
        editor.addRoutine();
        assertThat(editor.textProblemProperty().get()).isEqualTo("Type the new routine's name here first.");
        assertThat(editor.windowProblemProperty().get()).isEmpty();
        editor.addItem("morning");
        assertThat(editor.textProblemProperty().get()).isEqualTo("Type the new item's text here first.");
        editor.textProperty().set("Early check");
        assertThat(editor.textProblemProperty().get()).isEmpty();
        editor.addRoutine();
        assertThat(editor.templateProperty().get().routine("early-check").orElseThrow().start()).hasToString("09:00");
    }

    @Test
    void aPresetReplacesTheTemplateAndSaysSoAtTheTop() {
        TemplateEditorViewModel editor = started();
        editor.usePreset(TemplateReader.GAME_TEAM_RESOURCE);
        assertThat(editor.templateProperty().get().routines()).extracting(Routine::start)
                .contains(LocalTime.of(9, 0), LocalTime.of(15, 0), LocalTime.of(21, 0));
        assertThat(h.vm.messageProperty().get()).endsWith("the change applies from tomorrow.");
    }

    @Test
    void aBrokenTemplateFileIsReportedAndTheDefaultsStay() throws Exception {
        Path file = ChecklistService.userTemplateIn(dir.resolve("config"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {
                  "version": 1,
                  "routines": [
                    { "id": "morning", "name": "Morning", "every": "day", "start": "25:00", "end": "26:00" }
                  ]
                }
                """);
        started();
        assertThat(h.vm.editor().templateProblemProperty().get()).startsWith("Your checklist template was not used, the last good one is in use: "
                + file + ":4:").contains("bad time \"25:00\"");
        assertThat(h.today().routines()).extracting(RoutineRow::id).contains("morning", "afternoon");
    }

    @Test
    void slugsMakeReadableIds() {
        assertThat(TemplateEditorViewModel.slug("Check the Café's #feedback!")).isEqualTo("check-the-cafe-s-feedback");
        assertThat(TemplateEditorViewModel.slug("✓✓")).isEqualTo("item");
    }
}
