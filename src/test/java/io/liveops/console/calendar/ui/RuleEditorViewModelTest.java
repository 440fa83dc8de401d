package io.liveops.console.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.calendar.core.Cadence;
import io.liveops.console.calendar.core.CadenceRule;
import io.liveops.console.calendar.core.Channel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule editor: add, edit, pause, delete, each saved to the rules file; bad fields refused next to the field, nothing typed lost. */
class RuleEditorViewModelTest {

    @TempDir
    Path dir;

    private CalendarFixture f;
    private RuleEditorViewModel rules;

    @BeforeEach
    void start() {
        f = new CalendarFixture(dir, "2026-11-30T01:00:00Z", ZoneId.of("Asia/Seoul"));
        rules = f.ruleEditor;
        f.vm.start();
        rules.refresh();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void addEditPauseAndDeleteAreSavedToTheRulesFile() throws Exception {
        rules.add();
        rules.value("id").set("season-recap");
        rules.value("title").set("Season recap thread");
        rules.everyProperty().set(Cadence.WEEK);
        rules.day(DayOfWeek.SATURDAY).set(true);
        rules.value("time").set("11:00");
        rules.channelProperty().set(Channel.TWITTER);
        rules.save();
        assertThat(rules.messageProperty().get()).isEqualTo("Saved the rule 'Season recap thread'.");
        assertThat(Files.readString(f.rules.userFile())).contains("\"season-recap\"");
        assertThat(f.vm.entriesOn(LocalDate.of(2026, 12, 5))).anyMatch(e -> e.key().equals("season-recap@2026-12-05"));

        CadenceRule ama = f.rules.current().rule("weekly-ama").orElseThrow();
        rules.togglePaused(ama);
        assertThat(f.rules.current().rule("weekly-ama").orElseThrow().paused()).isTrue();
        assertThat(f.vm.entriesOn(LocalDate.of(2026, 12, 2))).noneMatch(e -> "weekly-ama".equals(e.item().ruleId()));

        rules.edit(f.rules.current().rule("season-recap").orElseThrow());
        rules.value("time").set("12:30");
        rules.save();
        assertThat(f.rules.current().rule("season-recap").orElseThrow().time()).isEqualTo("12:30");

        rules.delete(f.rules.current().rule("season-recap").orElseThrow());
        assertThat(f.rules.current().rule("season-recap")).isEmpty();
        assertThat(rules.rules()).noneMatch(r -> r.id().equals("season-recap"));
    }

    @Test
    void badFieldsAreRefusedNextToTheFieldAndKept() {
        rules.add();
        rules.value("id").set("month-end-report");
        rules.value("title").set("Month-end report");
        rules.everyProperty().set(Cadence.MONTH);
        rules.value("monthDay").set("32");
        rules.value("zone").set("Europe/Istanbull");
        rules.value("launchDate").set("2026-02-30");
        rules.save();
        assertThat(rules.error("monthDay").get()).isEqualTo("There is no day 32 in any month: use 1 to 31, or last");
        assertThat(rules.error("zone").get()).startsWith("Unknown time zone 'Europe/Istanbull'");
        assertThat(rules.error("launchDate").get()).isEqualTo("There is no 30 February 2026 (that month has 28 days)");
        assertThat(rules.messageProperty().get()).startsWith("Not saved");
        assertThat(rules.value("monthDay").get()).isEqualTo("32");
        assertThat(rules.value("zone").get()).isEqualTo("Europe/Istanbull");
        assertThat(f.rules.current().rule("month-end-report")).isEmpty();

        rules.value("monthDay").set("");
        rules.value("zone").set("Europe/Istanbul");
        rules.value("launchDate").set("2025-10-20");
        rules.save();
        assertThat(rules.error("monthDay").get()).startsWith("A monthly rule needs 'monthDay'");
        rules.value("monthDay").set("last");
        rules.save();
        assertThat(f.rules.current().rule("month-end-report").orElseThrow().monthDay()).isEqualTo("last");
    }
}
