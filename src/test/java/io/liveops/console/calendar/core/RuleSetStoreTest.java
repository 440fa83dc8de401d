package io.liveops.console.calendar.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.shared.JsonConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules file: the playbook's cadence by default, bad files reported with path, line and column, the last good set kept. */
class RuleSetStoreTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultsAreThePlaybooksCadence() {
        RuleSet set = new RuleSetStore(null).defaults();
        assertThat(set.rules()).extracting(CadenceRule::id).contains("monday-recap", "wednesday-wisdom", "friday-spotlight", "blog-post",
                "discord-market-update", "weekly-ama", "challenge-start", "challenge-winners", "launch-party", "beta-anniversary",
                "cosmetic-bundles", "photo-contest");
        CadenceRule ama = set.rule("weekly-ama").orElseThrow();
        assertThat(ama.time()).isEqualTo("20:00");
        assertThat(ama.zone()).isEqualTo("Asia/Seoul");
        assertThat(set.seasons()).extracting(Season::startsOn).containsExactly(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 12, 8));
        assertThat(set.drip()).extracting(RuleSet.DripStep::day).containsExactly(0, 3, 7, 30);
        assertThat(set.pushTriggers()).extracting(RuleSet.PushTrigger::id).containsExactly("market-alert", "portfolio-update", "inactive-7d");
    }

    @Test
    void aBrokenFileIsReportedWithLineAndColumnAndTheLastGoodSetStays() throws Exception {
        Path file = RuleSetStore.userFileIn(dir);
        RuleSetStore store = new RuleSetStore(file);
        RuleSet good = store.defaults().withRules(store.defaults().rules().subList(0, 2));
        store.save(good);
        assertThat(new RuleSetStore(file).reload()).isEmpty();

        String text = Files.readString(file).replace("\"zone\" : \"Asia/Seoul\"", "\"zone\" : \"Asia/Seol\"");
        Files.writeString(file, text);
        JsonConfig.Problem problem = store.reload().orElseThrow();
        assertThat(problem.path()).isEqualTo(file);
        assertThat(problem.line()).isPositive();
        assertThat(problem.column()).isPositive();
        assertThat(problem.message()).contains("unknown time zone 'Asia/Seol'").contains("\"rules\"").contains("[0]");
        assertThat(store.current()).isEqualTo(good);
        assertThat(Files.readString(file)).contains("Asia/Seol"); // never overwritten by the fallback

        Files.writeString(file, text.replace("Asia/Seol", "Asia/Seoul").replace("\"time\" : \"09:00\"", "\"time\" : \"25:00\""));
        assertThat(store.reload().orElseThrow().message()).contains("bad time \"25:00\"");
        Files.writeString(file, text.replace("Asia/Seol", "Asia/Seoul").replace("\"launchDate\" : \"2025-10-20\"", "\"launchDate\" : \"2026-02-30\""));
        assertThat(store.reload().orElseThrow().message()).contains("2026-02-30");
    }

    @Test
    void fieldsAreRefusedWithWhatIsAllowed() {
        assertThatThrownBy(() -> RuleFields.day("2026-02-30")).hasMessage("there is no 30 February 2026 (that month has 28 days)");
        assertThatThrownBy(() -> RuleFields.day("2026-13-01")).hasMessageContaining("there is no month 13");
        assertThatThrownBy(() -> RuleFields.zone("Asia/Seol")).hasMessageStartingWith("unknown time zone 'Asia/Seol'");
        assertThatThrownBy(() -> RuleFields.monthDay("32")).hasMessage("there is no day 32 in any month: use 1 to 31, or last");
        assertThatThrownBy(() -> RuleFields.title("x".repeat(201))).hasMessageContaining("201 characters; keep it to 200");
        assertThatThrownBy(() -> RuleFields.time("24:00")).hasMessageContaining("bad time");
        assertThat(RuleFields.day("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(RuleFields.time("8:05").toString()).isEqualTo("08:05");
    }
}
