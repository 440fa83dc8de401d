package io.liveops.console.warehouse;

import org.junit.jupiter.api.Tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.Cancellation;
import io.liveops.console.testkit.WarehouseFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Which contract tables and recommended indexes a warehouse has, on both dialects; missing indexes are advice. */
@Tag("postgres")
class WarehouseInspectorTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void findsThePresentAndMissingRecommendedIndexes(Dialect dialect) {
        int recommended = WarehouseInspector.recommendedIndexes().size();
        assertThat(recommended).isEqualTo(13);
        try (WarehouseFixture bare = WarehouseFixture.createWithoutIndexes(dialect, temp);
             Warehouse w = bare.open()) {
            WarehouseInspector.ConnectionCheck check = new WarehouseInspector(w, new SqlCatalog(dialect, null))
                    .check(Duration.ofSeconds(30), Cancellation.none());
            assertThat(check.missingTables()).isEmpty();
            assertThat(check.presentIndexes()).isEmpty();
            assertThat(check.missingIndexes()).hasSize(recommended);
            assertThat(check.describe()).contains("all 18 contract tables found").contains("0 of 13 recommended indexes are present")
                    .contains("the KPIs work without the others").contains("sessions(user_id, started_at)");
            // a plan is one line per step; on SQLite the sessions are scanned, no index being there
            String dau = new SqlCatalog(dialect, null).load(SqlCatalog.seriesName("daily_visitors")).sql(); // dau is read by it
            assertThat(new WarehouseInspector(w, new SqlCatalog(dialect, null))
                    .plan(dau, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 20), Duration.ofSeconds(30), Cancellation.none()))
                    .isNotEmpty().anyMatch(line -> line.contains("sessions"));
        }
        try (WarehouseFixture full = WarehouseFixture.create(dialect, temp); Warehouse w = full.open()) {
            full.execute("DROP INDEX idx_fraud_flags_occurred_at");
            WarehouseInspector.ConnectionCheck check = new WarehouseInspector(w, new SqlCatalog(dialect, null))
                    .check(Duration.ofSeconds(30), Cancellation.none());
            assertThat(check.presentIndexes()).hasSize(recommended - 1);
            assertThat(check.missingIndexes()).extracting(WarehouseInspector.Index::describe).containsExactly("fraud_flags(occurred_at)");
            assertThat(check.indexAdvice()).startsWith("12 of 13 recommended indexes are present");
        }
    }
}
