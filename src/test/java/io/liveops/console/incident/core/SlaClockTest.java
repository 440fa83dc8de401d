package io.liveops.console.incident.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final SeverityPolicy sage = SeverityPolicy.load(SeverityPolicy.Preset.SAGE, null).value();
    private final SeverityPolicy game = SeverityPolicy.load(SeverityPolicy.Preset.GAME, null).value();

    private static Incident p(Severity s) {
        return Incident.declared("Chat down", s, "chat", "", "", T0);
    }

    @Test
    void p1ResponseBreachesAtExactlyOneHourNotASecondBefore() {
        Incident i = p(Severity.P1);
        SlaClock.Sla before = SlaClock.of(i, sage.rule(Severity.P1), T0.plus(Duration.ofMinutes(59).plusSeconds(59)));
        assertThat(before.respondBreached()).isFalse();
        assertThat(before.respondLeft()).contains(Duration.ofSeconds(1));
        SlaClock.Sla at = SlaClock.of(i, sage.rule(Severity.P1), T0.plus(Duration.ofMinutes(60)));
        assertThat(at.respondBreached()).isTrue();
        assertThat(at.breached()).isTrue();
        assertThat(at.respondLeft()).contains(Duration.ZERO);
    }

    @Test
    void acknowledgingInTimeStopsTheResponseCountdown() {
        Incident i = p(Severity.P2).withAcknowledgedAt(T0.plus(Duration.ofHours(3)));
        SlaClock.Sla sla = SlaClock.of(i, sage.rule(Severity.P2), T0.plus(Duration.ofHours(10)));
        assertThat(sla.respondLeft()).isEmpty();
        assertThat(sla.respondBreached()).isFalse();
    }

    @Test
    void gameP2ResolutionTargetIsSevenDays() {
        Incident i = p(Severity.P2).withAcknowledgedAt(T0);
        assertThat(SlaClock.of(i, game.rule(Severity.P2), T0.plus(Duration.ofDays(7)).minusMillis(1)).resolveBreached()).isFalse();
        assertThat(SlaClock.of(i, game.rule(Severity.P2), T0.plus(Duration.ofDays(7))).resolveBreached()).isTrue();
        assertThat(SlaClock.of(i, sage.rule(Severity.P2), T0.plus(Duration.ofDays(30))).resolveLeft()).isEmpty();
    }

    @Test
    void updateIsDueEveryThirtyMinutesAndAPostedUpdateResetsIt() {
        Incident i = p(Severity.P0);
        SeverityPolicy.Rule rule = sage.rule(Severity.P0);
        SlaClock.Sla at29 = SlaClock.of(i, rule, T0.plus(Duration.ofMinutes(29)));
        assertThat(at29.updateDue()).isFalse();
        assertThat(SlaClock.countdown(at29.nextUpdateIn().orElseThrow())).isEqualTo("01:00");
        assertThat(SlaClock.of(i, rule, T0.plus(Duration.ofMinutes(30))).updateDue()).isTrue();

        Incident updated = i.withLastUpdateAt(T0.plus(Duration.ofMinutes(31)));
        SlaClock.Sla after = SlaClock.of(updated, rule, T0.plus(Duration.ofMinutes(31)));
        assertThat(after.updateDue()).isFalse();
        assertThat(after.nextUpdateIn()).contains(Duration.ofMinutes(30));
        assertThat(after.nextUpdateAt()).isEqualTo(T0.plus(Duration.ofMinutes(61)));
    }

    @Test
    void p2HasNoUpdateCadenceAndResolvedIncidentsHaveNone() {
        assertThat(SlaClock.of(p(Severity.P2), sage.rule(Severity.P2), T0.plus(Duration.ofHours(2))).nextUpdateIn()).isEmpty();
        Incident resolved = p(Severity.P0).withStatus(Status.RESOLVED, T0, T0.plusSeconds(60));
        assertThat(SlaClock.of(resolved, sage.rule(Severity.P0), T0.plus(Duration.ofHours(2))).nextUpdateIn()).isEmpty();
    }

    @Test
    void countdownFormats() {
        assertThat(SlaClock.countdown(Duration.ofSeconds(75))).isEqualTo("01:15");
        assertThat(SlaClock.countdown(Duration.ofSeconds(-5))).isEqualTo("-00:05");
        assertThat(SlaClock.countdown(Duration.ofMinutes(135))).isEqualTo("2:15:00");
    }

    @Test
    void presetsCarryThePlaybookEscalation() {
        assertThat(sage.rule(Severity.P0).escalation()).containsExactly("CEO", "CTO");
        assertThat(sage.rule(Severity.P1).respondWithin()).isEqualTo(Duration.ofHours(1));
        assertThat(sage.rule(Severity.P2).respondWithin()).isEqualTo(Duration.ofHours(4));
        assertThat(game.rule(Severity.P1).resolveWithin()).isEqualTo(Duration.ofHours(48));
        assertThat(Incident.declared("x", Severity.P3, null, null, null, T0).withRunbooks(List.of(Runbook.CODE_ROLLBACK), Set.of()).runbooks())
                .containsExactly(Runbook.CODE_ROLLBACK);
    }
}
