package io.liveops.console.incident.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.shared.JsonConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeverityPolicyTest {

    @TempDir
    Path dir;

    @Test
    void unknownSeverityInTheUserFileIsNamedAndTheDefaultsStay() throws Exception {
        Files.writeString(SeverityPolicy.Preset.SAGE.userFile(dir), """
                {"name": "Ours", "severities": {
                  "P0": {"respondWithin": "PT5M", "escalation": ["CTO"]},
                  "P1": {"respondWithin": "PT1H"}, "P2": {"respondWithin": "PT4H"}, "P3": {"respondWithin": "PT24H"},
                  "P5": {"respondWithin": "PT1H"}
                }}
                """);
        JsonConfig.Loaded<SeverityPolicy> loaded = SeverityPolicy.load(SeverityPolicy.Preset.SAGE, dir);
        assertThat(loaded.fromUserFile()).isFalse();
        assertThat(loaded.value().name()).isEqualTo("Sage");
        assertThat(loaded.problem()).hasValueSatisfying(p -> {
            assertThat(p.message()).contains("unknown severity 'P5'").contains("P0, P1, P2 or P3");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void aValidUserFileReplacesThePreset() throws Exception {
        Files.writeString(SeverityPolicy.Preset.GAME.userFile(dir), """
                {"name": "Ours", "severities": {
                  "P0": {"respondWithin": "PT5M", "escalation": ["CTO"]},
                  "P1": {"respondWithin": "PT1H"}, "P2": {"respondWithin": "PT4H"}, "P3": {"respondWithin": "PT24H"}
                }}
                """);
        JsonConfig.Loaded<SeverityPolicy> loaded = SeverityPolicy.load(SeverityPolicy.Preset.GAME, dir);
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.value().rule(Severity.P0).respondWithin()).hasMinutes(5);
    }

    @Test
    void thePresetsSayHowSevereAnEconomyExploitIs() {
        assertThat(SeverityPolicy.load(SeverityPolicy.Preset.GAME, dir).value().severityOf(SeverityPolicy.ECONOMY_EXPLOIT)).hasValue(Severity.P0);
        assertThat(SeverityPolicy.load(SeverityPolicy.Preset.SAGE, dir).value().severityOf(SeverityPolicy.ECONOMY_EXPLOIT)).hasValue(Severity.P1);
    }

    @Test
    void aUserFileMayChangeAKindAndKeepsThePresetsOtherKinds() throws Exception {
        Path game = SeverityPolicy.Preset.GAME.userFile(dir);
        Files.writeString(game, """
                {"name": "Ours", "severities": {
                  "P0": {"respondWithin": "PT5M"}, "P1": {"respondWithin": "PT1H"}, "P2": {"respondWithin": "PT4H"}, "P3": {"respondWithin": "PT24H"}
                }}
                """);
        assertThat(SeverityPolicy.load(SeverityPolicy.Preset.GAME, dir).value().severityOf(SeverityPolicy.ECONOMY_EXPLOIT)).hasValue(Severity.P0);
        Files.writeString(game, """
                {"name": "Ours", "severities": {
                  "P0": {"respondWithin": "PT5M"}, "P1": {"respondWithin": "PT1H"}, "P2": {"respondWithin": "PT4H"}, "P3": {"respondWithin": "PT24H"}
                }, "kinds": {"economy_exploit": "P2"}}
                """);
        assertThat(SeverityPolicy.load(SeverityPolicy.Preset.GAME, dir).value().severityOf(SeverityPolicy.ECONOMY_EXPLOIT)).hasValue(Severity.P2);
    }

    @Test
    void anUnknownSeverityForAKindIsNamed() throws Exception {
        Files.writeString(SeverityPolicy.Preset.SAGE.userFile(dir), """
                {"name": "Ours", "severities": {
                  "P0": {"respondWithin": "PT5M"}, "P1": {"respondWithin": "PT1H"}, "P2": {"respondWithin": "PT4H"}, "P3": {"respondWithin": "PT24H"}
                }, "kinds": {"economy_exploit": "P9"}}
                """);
        JsonConfig.Loaded<SeverityPolicy> loaded = SeverityPolicy.load(SeverityPolicy.Preset.SAGE, dir);
        assertThat(loaded.fromUserFile()).isFalse();
        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p.message()).contains("unknown severity 'P9' for kind 'economy_exploit'"));
    }
}
