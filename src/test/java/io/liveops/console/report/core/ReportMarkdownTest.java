package io.liveops.console.report.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveops.console.kpi.core.KpiFormat;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The report's Markdown against a golden file, its HTML for e-mail, and the CLI's JSON of the same numbers. */
class ReportMarkdownTest {

    private static final ReportMarkdown MARKDOWN = new ReportMarkdown(new KpiFormat(Locale.US));

    /** 2025-W47 with the playbook's example numbers, Discord days missing in both weeks and no Twitter row on Sunday. */
    static WeeklyNumbers week47() {
        List<LineFigure> lines = new ArrayList<>();
        lines.add(new LineFigure(ReportLine.MAU, 1250.0, 1087.0, (1250.0 - 1087) / 1087, null, null));
        lines.add(new LineFigure(ReportLine.DAU, 375.4, 360.0, (375.4 - 360) / 360, null, null));
        lines.add(new LineFigure(ReportLine.DAU_MAU, 375.4 / 1250, 360.0 / 1087, 375.4 / 1250 - 360.0 / 1087, null, null));
        lines.add(new LineFigure(ReportLine.NEW_SIGNUPS, 150.0, 136.0, (150.0 - 136) / 136, null, null));
        lines.add(new LineFigure(ReportLine.CHURN, 0.05, 0.06, 0.05 - 0.06, null, null));
        lines.add(new LineFigure(ReportLine.PRO_CONVERSIONS, 5.0, 3.0, 2.0, null, null));
        lines.add(new LineFigure(ReportLine.CONVERSION_RATE, 5.0 / 150, 3.0 / 136, 5.0 / 150 - 3.0 / 136, null, null));
        lines.add(new LineFigure(ReportLine.MRR, 99.95, 79.96, (99.95 - 79.96) / 79.96, null, null));
        lines.add(new LineFigure(ReportLine.DISCORD_MEMBERS, 450.0, null, null, null,
                "previous week: no discord row in community_daily for 2025-11-16"));
        lines.add(new LineFigure(ReportLine.DISCORD_DAU, 120.5, 0.0, null, "mean of the 6 days with a discord row; none for 2025-11-22",
                "the previous week's value is 0, so there is no relative change"));
        lines.add(new LineFigure(ReportLine.DISCORD_DAU_MEMBERS, 120.5 / 450, 0.0, 120.5 / 450, null, null));
        lines.add(new LineFigure(ReportLine.TWITTER_FOLLOWERS, null, 750.0, null, "no twitter row in community_daily for 2025-11-23", null));
        return new WeeklyNumbers(IsoWeek.parse("2025-W47"), LocalDate.of(2025, 11, 23), false, Instant.parse("2025-11-24T08:00:00Z"),
                lines, List.of());
    }

    static List<CriticalBug> bugs() {
        return List.of(
                new CriticalBug(12, "Login fails for every player", "P0", "Resolved", Instant.parse("2025-11-18T13:40:00Z"),
                        Instant.parse("2025-11-18T16:10:00Z")),
                new CriticalBug(14, "Chat messages not delivered", "P1", "Identified", Instant.parse("2025-11-21T09:00:00Z"), null));
    }

    @Test
    void theFilledInReportMatchesTheGoldenFile() throws Exception {
        String md = MARKDOWN.render(week47(), bugs(), "1. Players want a dark mode.\n2. The shop is hard to find.",
                "Ship the shop redesign; fix chat delivery for good.");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources/report/weekly-report-golden.md"), md);
        }
        try (InputStream in = getClass().getResourceAsStream("/report/weekly-report-golden.md")) {
            assertThat(in).as("golden file").isNotNull();
            assertThat(md).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPartialWeekSaysThroughWhichDayAndNothingTypedIsADash() {
        WeeklyNumbers w = week47();
        WeeklyNumbers partial = new WeeklyNumbers(w.week(), LocalDate.of(2025, 11, 19), true, w.computedAt(), w.lines(), List.of());
        String md = MARKDOWN.render(partial, List.of(), " ", null);
        assertThat(md).startsWith("Week 47 Report (2025-11-17 ~ 2025-11-23, partial, through Wed 2025-11-19)\n")
                .contains("📝 Top Feedback:\n—\n").contains("🎯 Next Week Focus:\n—\n")
                .contains("🐛 Critical Bugs:\n- None: no P0 or P1 incident was declared this week.\n");
    }

    @Test
    void theHtmlForEmailEscapesWhatWasTyped() {
        String md = MARKDOWN.render(week47(), bugs(), "<script>alert('x')</script> & more", "focus");
        String html = ReportHtml.page(ReportMarkdown.title(week47()), md);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Week 47 Report (2025-11-17 ~ 2025-11-23)</title>")
                .contains("<li>MAU: 1,250 (+15.0 % WoW)</li>")
                .contains("&lt;script&gt;alert(").doesNotContain("<script>")
                .contains("&amp; more").endsWith("</html>\n");
    }

    @Test
    void theJsonHasOneObjectPerLineWithUnroundedFractions() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportJson.text(week47()));
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("week", "from", "to", "partial", "mau", "dau", "dau_mau", "new_signups", "churn", "pro_conversions",
                "conversion_rate", "mrr_usd", "discord_members", "discord_dau", "discord_dau_members", "twitter_followers");
        assertThat(json.get("week").asText()).isEqualTo("2025-W47");
        assertThat(json.get("from").asText()).isEqualTo("2025-11-17");
        assertThat(json.get("to").asText()).isEqualTo("2025-11-23");
        assertThat(json.get("partial").asBoolean()).isFalse();
        JsonNode mau = json.get("mau");
        assertThat(mau.get("value").isIntegralNumber()).isTrue();
        assertThat(mau.get("value").asLong()).isEqualTo(1250);
        assertThat(mau.get("previous").asLong()).isEqualTo(1087);
        assertThat(mau.get("change").asDouble()).isEqualTo((1250.0 - 1087) / 1087);
        assertThat(mau.get("change_unit").asText()).isEqualTo("relative");
        assertThat(json.get("churn").get("change").asDouble()).isEqualTo(0.05 - 0.06);
        assertThat(json.get("churn").get("change_unit").asText()).isEqualTo("percentage_points");
        assertThat(json.get("pro_conversions").get("change").isIntegralNumber()).isTrue();
        assertThat(json.get("pro_conversions").get("change").asLong()).isEqualTo(2);
        assertThat(json.get("discord_members").get("change").isNull()).isTrue();
        assertThat(json.get("discord_members").get("change_unit").asText()).isEqualTo("absolute");
        assertThat(json.get("dau").get("value").asDouble()).isEqualTo(375.4);
        assertThat(json.get("discord_dau").get("change").isNull()).isTrue();
        assertThat(json.get("twitter_followers").get("value").isNull()).isTrue();
        assertThat(json.get("twitter_followers").get("previous").asLong()).isEqualTo(750);
    }
}
