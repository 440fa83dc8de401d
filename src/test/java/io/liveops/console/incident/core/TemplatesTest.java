package io.liveops.console.incident.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.shared.Template;
import io.liveops.console.shared.TemplateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private final SeverityPolicy sage = SeverityPolicy.load(SeverityPolicy.Preset.SAGE, null).value();

    @TempDir
    Path dir;

    private Incident incident() {
        return new Incident(7L, 3, "Chat messages not delivered", Severity.P1, Status.IDENTIFIED, "chat",
                "messages stuck in the chat queue", "problems with chat", "30 minutes", "A queue worker crashed", "Restarted the workers",
                T0, T0.plusSeconds(300), null, null, java.util.List.of(), java.util.Set.of(), null);
    }

    @Test
    void everyPlaceholderIsFilled() {
        String all = String.join(" ", Templates.PLACEHOLDERS.stream().sorted().map(p -> p + "={{" + p + "}}").toList());
        String filled = Template.parse("all", all, Templates.PLACEHOLDERS)
                .fill(Templates.values(incident(), sage.rule(Severity.P1), T0.plusSeconds(1800), UTC));
        assertThat(filled).doesNotContain("{{").doesNotContain("}}");
        assertThat(filled).contains("Feature=Chat", "feature=chat", "incident=#7", "title=Chat messages not delivered",
                "issue=problems with chat", "issue_description=problems with chat", "description=messages stuck in the chat queue", "severity=P1", "severity_meaning=Major feature broken (chat, portfolio)",
                "status=Identified", "declared_at=2026-11-23 10:00 UTC", "eta=30 minutes", "time=30 minutes",
                "what_happened=A queue worker crashed", "what_we_did=Restarted the workers", "escalation=CTO",
                "next_update=2026-11-23 10:30 UTC");
    }

    @Test
    void builtInTemplatesFillFromTheIncident() {
        Templates t = new Templates(dir);
        assertThat(t.fill(TemplateKind.DISCORD, incident(), sage.rule(Severity.P1), null, UTC))
                .startsWith("⚠️ Service Issue").contains("We're currently experiencing problems with chat.")
                .contains("ETA: 30 minutes");
        assertThat(t.fill(TemplateKind.RESOLUTION, incident(), sage.rule(Severity.P1), null, UTC))
                .contains("Chat is now back to normal.").contains("What we did: Restarted the workers");
        for (TemplateKind k : TemplateKind.values()) {
            assertThat(t.fill(k, incident(), sage.rule(Severity.P1), null, UTC)).doesNotContain("{{");
        }
    }

    /** A template is read once and kept; its file is read again only when it changed, or when asked to. */
    @Test
    void templatesAreKeptUntilTheirFileChanges() throws Exception {
        Templates t = new Templates(dir);
        Template builtIn = t.load(TemplateKind.DISCORD);
        assertThat(t.load(TemplateKind.DISCORD)).isSameAs(builtIn);

        Files.writeString(dir.resolve("discord.txt"), "Down: {{issue}}");
        Template user = t.load(TemplateKind.DISCORD);
        assertThat(user.fill(Templates.values(incident(), sage.rule(Severity.P1), null, UTC))).isEqualTo("Down: problems with chat");
        assertThat(t.load(TemplateKind.DISCORD)).isSameAs(user);

        Files.writeString(dir.resolve("discord.txt"), "Still down: {{issue}}");
        assertThat(t.load(TemplateKind.DISCORD).fill(Templates.values(incident(), sage.rule(Severity.P1), null, UTC)))
                .isEqualTo("Still down: problems with chat");
        Template kept = t.load(TemplateKind.DISCORD);
        t.forget();
        assertThat(t.load(TemplateKind.DISCORD)).isNotSameAs(kept);

        Files.delete(dir.resolve("discord.txt"));
        assertThat(t.load(TemplateKind.DISCORD).placeholders()).containsExactly("issue", "eta"); // the built-in again
    }

    @Test
    void theIssueReadsInASentenceAndALongTitleIsNeverPastedWhole() {
        assertThat(IssuePhrase.suggest("Guild chat is down", "")).isEqualTo("problems with guild chat");
        assertThat(IssuePhrase.suggest("Login fails for every player", "login")).isEqualTo("problems with login");
        assertThat(IssuePhrase.suggest("Chat messages not delivered", "chat")).isEqualTo("problems with chat messages");
        assertThat(IssuePhrase.suggest("Players cannot send messages in guild chat", "guild chat")).isEqualTo("problems with guild chat");
        assertThat(IssuePhrase.suggest("API errors on iOS", "")).isEqualTo("problems with API");
        assertThat(IssuePhrase.suggest("Typo on the shop page", "")).isEqualTo("problems: typo on the shop page");
        assertThat(IssuePhrase.suggest("x".repeat(90), "")).isEqualTo("a service issue");

        String title = "Players cannot send or receive messages in guild chat after the 2.3 update on Android, iOS and the web client "
                + "and the retry button hangs the app for everyone in the region";
        Incident old = new Incident(9L, 1, title, Severity.P1, Status.INVESTIGATING, "", "", "", "", "", "", T0, null, null, null,
                java.util.List.of(), java.util.Set.of(), null);
        Map<String, String> v = Templates.values(old, sage.rule(Severity.P1), null, UTC);
        assertThat(v.get("title")).hasSizeLessThanOrEqualTo(120).endsWith("…");
        assertThat(v.get("issue")).isEqualTo("a service issue");
        for (TemplateKind k : TemplateKind.values()) {
            assertThat(new Templates(dir).fill(k, old, sage.rule(Severity.P1), null, UTC)).doesNotContain(title);
        }
    }

    @Test
    void unknownPlaceholderIsReportedWithItsPosition() throws Exception {
        Files.writeString(dir.resolve("twitter.txt"), "Hello\nWe fixed {{fetaure}} today");
        assertThatThrownBy(() -> new Templates(dir).load(TemplateKind.TWITTER))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("twitter.txt line 2, column 10: unknown placeholder {{fetaure}}")
                .hasMessageContaining("feature");
    }

    @Test
    void unclosedPlaceholderIsReported() throws Exception {
        Files.writeString(dir.resolve("discord.txt"), "We see {{issue_description today.\nBye");
        assertThatThrownBy(() -> new Templates(dir).load(TemplateKind.DISCORD))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("line 1, column 8")
                .hasMessageContaining("is not closed with }}");
    }

    @Test
    void aMissingValueIsAnErrorNotLeftInTheText() {
        Template t = Template.parse("x", "Hi {{feature}}", Templates.PLACEHOLDERS);
        assertThatThrownBy(() -> t.fill(Map.of())).hasMessageContaining("no value for placeholder {{feature}}");
    }

    @Test
    void tweetLengthCountsEmojiAsTwoAndLatinAsOne() {
        assertThat(TweetLength.count("hello")).isEqualTo(5);
        assertThat(TweetLength.count("🛠️")).isEqualTo(2);             // U+1F6E0 U+FE0F: 2 code points, one emoji
        assertThat(TweetLength.count("👍🏽")).isEqualTo(2);             // skin tone modifier
        assertThat(TweetLength.count("👩‍💻")).isEqualTo(2);             // ZWJ sequence of 3 code points
        assertThat(TweetLength.count("🇫🇷")).isEqualTo(2);             // flag: two regional indicators
        assertThat(TweetLength.count("⚠️ ok")).isEqualTo(5);
        assertThat(TweetLength.count("日本")).isEqualTo(4);             // CJK weighs 2
        assertThat(TweetLength.count("café — “ok”")).isEqualTo(11);   // Latin-1 and general punctuation weigh 1
        assertThat(TweetLength.count("#1 ©")).isEqualTo(4);           // text-style symbols stay 1
        String filled = new Templates(dir).fill(TemplateKind.TWITTER, incident(), sage.rule(Severity.P1), null, UTC);
        assertThat(TweetLength.count(filled)).isEqualTo(filled.codePointCount(0, filled.length()) - 2 + 2)
                .isLessThanOrEqualTo(TweetLength.LIMIT);
    }
}
