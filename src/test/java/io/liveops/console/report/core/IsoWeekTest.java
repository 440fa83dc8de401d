package io.liveops.console.report.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void weekOneOf2026StartsInDecember() {
        IsoWeek w = IsoWeek.parse("2026-W01");
        assertThat(w.monday()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(w.sunday()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(IsoWeek.of(LocalDate.of(2025, 12, 31))).isEqualTo(w);
        assertThat(w.previous()).isEqualTo(IsoWeek.parse("2025-W52"));
        assertThat(IsoWeek.parse("2025-W52").next()).isEqualTo(w);
    }

    @Test
    void aYearHas52Or53Weeks() {
        // 2026 starts on a Thursday, so it has 53 ISO weeks; 1 January 2027 still belongs to its week 53
        assertThat(IsoWeek.parse("2026-W53").monday()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).isEqualTo(new IsoWeek(2026, 53));
        assertThatThrownBy(() -> IsoWeek.parse("2025-W53")).hasMessage("The week 2025-W53 does not exist: 2025 has ISO weeks 1 to 52.");
        assertThatThrownBy(() -> IsoWeek.parse("2025-W54")).hasMessage("The week 2025-W54 does not exist: 2025 has ISO weeks 1 to 52.");
        assertThatThrownBy(() -> IsoWeek.parse("2025-W00")).hasMessageContaining("does not exist");
    }

    @Test
    void textIsYearDashWAndTwoDigits() {
        assertThat(IsoWeek.parse(" 2025-w46 ").toString()).isEqualTo("2025-W46");
        assertThat(IsoWeek.parse("2025-W46").monday()).isEqualTo(LocalDate.of(2025, 11, 10));
        for (String bad : new String[] {"2025-46", "2025W46", "2025-W4", "W46", "", "2025-11-10"}) {
            assertThatThrownBy(() -> IsoWeek.parse(bad)).as(bad)
                    .hasMessage("'" + bad + "' is not an ISO week: write it as YYYY-Www, for example 2025-W46.");
        }
        assertThat(IsoWeek.parse("2025-W46")).isLessThan(IsoWeek.parse("2025-W47")).isGreaterThan(IsoWeek.parse("2024-W52"));
    }
}
