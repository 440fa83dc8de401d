package io.liveops.console.kpi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresholdConfigTest {

    @TempDir
    Path configDir;

    @Test
    void defaultsFollowTheContractTable() {
        ThresholdConfig.Loaded loaded = new ThresholdConfig(configDir).load();
        assertThat(loaded.fromUserFile()).isFalse();
        assertThat(loaded.problem()).isEmpty();
        Thresholds t = loaded.thresholds();
        assertThat(t.asMap()).containsOnlyKeys("dau_mau", "retention_d1", "retention_d7", "retention_d30", "pro_conversion_7d",
                "crash_free_rate", "p95_latency_ms", "error_rate", "nps_30d", "support_sla_met_7d", "discord_dau", "inflation_index",
                "earn_spend_ratio_7d", "fraud_flags_24h", "watch_change_24h:BTC", "watch_change_24h:ETH");
        assertThat(t.get("crash_free_rate")).contains(Threshold.higherIsBetter(0.985, 0.98, 0.97));
        assertThat(t.get("p95_latency_ms")).contains(Threshold.lowerIsBetter(150, 200, 300));
        assertThat(t.get("error_rate")).contains(Threshold.lowerIsBetter(0.005, 0.01, 0.05));
        assertThat(t.get("inflation_index")).contains(Threshold.lowerIsBetter(1.00, 1.10, 1.15));
        assertThat(t.get("fraud_flags_24h")).contains(Threshold.lowerIsBetter(0, 5, 20).inclusiveLimits());
        assertThat(t.get("earn_spend_ratio_7d")).contains(Threshold.band(1.2, 1.0, 1.5, 0.8, 1.8));
        assertThat(t.get("watch_change_24h:ETH")).contains(Threshold.band(0.0, -0.07, 0.07, -0.14, 0.14));
    }

    @Test
    void saveThenLoadRoundTrips() throws Exception {
        ThresholdConfig config = new ThresholdConfig(configDir);
        Thresholds edited = config.defaults().with("dau_mau", Threshold.higherIsBetter(0.4, 0.3, 0.2)).without("retention_d30");
        config.save(edited);
        String text = Files.readString(config.file());
        assertThat(text).contains("\"schema_version\" : 1").contains("\"higher_is_better\"").contains("\"inclusive\" : true")
                .doesNotContain("retention_d30");
        ThresholdConfig.Loaded loaded = config.load();
        assertThat(loaded.fromUserFile()).isTrue();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.thresholds()).isEqualTo(edited);
    }

    @Test
    void malformedFileIsReportedWithPositionAndLeftUntouched() throws Exception {
        ThresholdConfig config = new ThresholdConfig(configDir);
        String broken = "{\n  \"schema_version\": 1,\n  \"thresholds\": {\n    \"dau_mau\": { \"direction\": \"higher_is_better\" \"target\": 0.3 }\n  }\n}\n";
        Files.writeString(config.file(), broken, StandardCharsets.UTF_8);
        ThresholdConfig.Loaded loaded = config.load();
        assertThat(loaded.fromUserFile()).isFalse();
        assertThat(loaded.thresholds()).isEqualTo(config.defaults());
        var problem = loaded.problem().orElseThrow();
        assertThat(problem.path()).isEqualTo(config.file());
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isGreaterThan(40);
        assertThat(problem.describe()).startsWith(config.file() + ":4:");
        assertThat(Files.readString(config.file())).isEqualTo(broken);
    }

    @Test
    void invalidThresholdIsReportedWithKpiAndField() throws Exception {
        ThresholdConfig config = new ThresholdConfig(configDir);
        String invalid = """
                {
                  "schema_version": 1,
                  "thresholds": {
                    "retention_d1": { "direction": "higher_is_better", "target": 0.40, "warning": 0.45, "critical": 0.30 }
                  }
                }
                """;
        Files.writeString(config.file(), invalid);
        ThresholdConfig.Loaded loaded = config.load();
        var problem = loaded.problem().orElseThrow();
        assertThat(problem.message()).contains("warning (0.45) must lie between target (0.4) and critical (0.3)").contains("retention_d1");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(loaded.thresholds()).isEqualTo(config.defaults());
        assertThat(Files.readString(config.file())).isEqualTo(invalid);
    }

    @Test
    void unknownKpiAndNewerSchemaAreRefused() throws Exception {
        ThresholdConfig config = new ThresholdConfig(configDir);
        Files.writeString(config.file(), "{\"schema_version\": 1, \"thresholds\": {\"daus\": {\"direction\": \"band\", "
                + "\"warning_low\": 1, \"warning_high\": 2, \"critical_low\": 0, \"critical_high\": 3}}}");
        assertThat(config.load().problem().orElseThrow().message()).contains("unknown KPI id 'daus'");
        Files.writeString(config.file(), "{\"schema_version\": 7, \"thresholds\": {}}");
        assertThat(config.load().problem().orElseThrow().message()).contains("schema_version 7 is not supported");
        Files.writeString(config.file(), "{\"schema_version\": 1, \"thresholds\": {\"dau\": {\"direction\": \"up\"}}}");
        assertThat(config.load().problem().orElseThrow().message()).contains("direction 'up' is not one of higher_is_better");
    }
}
