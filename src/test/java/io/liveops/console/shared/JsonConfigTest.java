package io.liveops.console.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonConfigTest {

    @TempDir
    Path dir;

    @Test
    void aKeyGivenTwiceIsRefusedWithItsLineInsteadOfTheLastOneWinning() throws Exception {
        Path file = dir.resolve("thresholds.json");
        Files.writeString(file, "{\n  \"a\": 1,\n  \"a\": 2\n}\n");
        assertThatThrownBy(() -> JsonConfig.parse(JsonConfig.mapper(), file, Map.class))
                .isInstanceOfSatisfying(JsonConfig.ConfigException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.problem().line()).isEqualTo(3);
                    org.assertj.core.api.Assertions.assertThat(e.problem().message()).contains("Duplicate field 'a'");
                });
    }
}
