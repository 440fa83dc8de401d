package io.liveops.console.shared;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/**
 * The console's logging, set up with logback's own classes instead of its XML configuration: parsing
 * {@code logback.xml} cost 0.3-0.5 s of every start, before the window or the console could begin (README,
 * "Start-up and memory"). Logs go to {@code liveops-console.log} in the folder {@link #LOG_DIR_PROPERTY} names
 * (Main sets it to the data folder's logs), rolled over at 5 MB, three old files kept; never to the terminal.
 * A {@code logback-test.xml} on the class path or a {@code logback.configurationFile} property wins (the tests').
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogFileConfigurator extends ContextAwareBase implements Configurator {

    public static final String LOG_DIR_PROPERTY = "liveops.logDir";
    static final String FILE_NAME = "liveops-console.log";
    static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{30} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogFileConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        logTo(context, Path.of(System.getProperty(LOG_DIR_PROPERTY, Path.of(System.getProperty("java.io.tmpdir"), "liveops-console-logs").toString())));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The console's logging into {@code dir}: INFO and above, Hikari's only from WARN. */
    static void logTo(LoggerContext context, Path dir) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir.resolve(FILE_NAME).toString());
        file.setEncoder(encoder);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir.resolve("liveops-console.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        file.setRollingPolicy(rolling);

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        file.setTriggeringPolicy(trigger);
        file.start();

        context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
        context.getLogger("org.flywaydb").setLevel(Level.INFO);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }
}
