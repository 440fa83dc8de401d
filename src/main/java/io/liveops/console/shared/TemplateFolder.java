package io.liveops.console.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A folder of {@link Template} files: built-in defaults under a classpath folder, each overridable by
 * a file of the same name in a folder of the user's config. A broken user file is reported with its
 * line and column, never replaced by the default silently.
 */
public final class TemplateFolder {

    private final String resourceFolder;
    private final Path userDir;
    private final Set<String> placeholders;

    /**
     * @param resourceFolder the classpath folder of the defaults, e.g. {@code incident/templates}
     * @param userDir        the folder of user overrides, or null for the built-ins only
     * @param placeholders   every name a template of this folder may use
     */
    public TemplateFolder(String resourceFolder, Path userDir, Set<String> placeholders) {
        this.resourceFolder = resourceFolder.endsWith("/") ? resourceFolder : resourceFolder + "/";
        this.userDir = userDir;
        this.placeholders = Set.copyOf(placeholders);
    }

    public Set<String> placeholders() {
        return placeholders;
    }

    /** The text of a template file as written (the user's copy when there is one), without checking it. */
    public Source source(String file) {
        if (userDir != null) {
            Path user = userDir.resolve(file);
            if (Files.isRegularFile(user)) {
                try {
                    return new Source(user.toString(), Files.readString(user, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the template " + user + ": " + e.getMessage(), e);
                }
            }
        }
        String resource = resourceFolder + file;
        try (InputStream in = TemplateFolder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new TemplateException("There is no template " + file + " (looked in " + (userDir == null ? "" : userDir + " and ")
                        + "the built-in " + resourceFolder + ").");
            }
            return new Source(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in template " + resource, e);
        }
    }

    /** Loads and checks one template file. */
    public Template load(String file) {
        Source s = source(file);
        return Template.parse(s.origin(), s.text(), placeholders);
    }

    /** A template's text and where it came from (a path, or the built-in resource). */
    public record Source(String origin, String text) {}
}
