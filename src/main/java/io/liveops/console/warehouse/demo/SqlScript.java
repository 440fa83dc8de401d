package io.liveops.console.warehouse.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a shipped DDL script ({@code sql/demo/*.sql}): whole-line {@code --} comments
 * dropped, split at {@code ;}. The demo scripts hold no string literals, so no quoting to honour.
 */
public final class SqlScript {

    private SqlScript() {}

    public static List<String> load(String resource) {
        try (InputStream in = SqlScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + resource, e);
        }
    }

    static List<String> split(String script) {
        StringBuilder body = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                body.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String part : body.toString().split(";")) {
            if (!part.isBlank()) {
                statements.add(part.strip());
            }
        }
        return statements;
    }
}
