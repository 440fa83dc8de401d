package io.liveops.console.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's logging as set up without logback.xml: the file, its lines, the levels. */
class LogFileConfiguratorTest {

    @TempDir
    Path logs;

    @Test
    void logsInfoAndAboveToTheConsolesLogFileAndHikariOnlyFromWarnings() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // as logback's SLF4J provider prepares the context it configures
        context.start();
        try {
            LogFileConfigurator.logTo(context, logs);
            context.getLogger("io.liveops.console.app.Main").info("The console started");
            context.getLogger("io.liveops.console.app.Main").debug("a detail nobody asked for");
            context.getLogger("com.zaxxer.hikari.pool.HikariPool").info("pool chatter");
            context.getLogger("com.zaxxer.hikari.pool.HikariPool").warn("a pool problem");
            context.getLogger("org.flywaydb.core.FlywayExecutor").info("Migrating schema");
        } finally {
            context.stop();
        }
        String log = Files.readString(logs.resolve("liveops-console.log"), StandardCharsets.UTF_8);
        assertThat(log).containsPattern("(?m)^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} INFO  \\[[^]]+] io\\.liveops\\.console\\.app\\.Main - The console started$");
        assertThat(log).contains("WARN  ", "a pool problem", "Migrating schema");
        assertThat(log).doesNotContain("a detail nobody asked for", "pool chatter");
    }

    @Test
    void theTestsOwnConfigurationWinsWhereThereIsOne() {
        LogFileConfigurator configurator = new LogFileConfigurator();
        LoggerContext context = new LoggerContext();
        configurator.setContext(context);
        // src/test/resources/logback-test.xml is on the class path here
        assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        context.stop();
    }
}
