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
    private final java.util.Map<String, Loaded> loaded = new java.util.concurrent.ConcurrentHashMap<>();

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

    /**
     * One checked template file: the kept one while the user's file is unchanged (one file-attribute
     * look-up), else read again. A broken user file is reported, and read again next time.
     */
    public Template load(String file) {
        Stamp now = stamp(file);
        Loaded kept = loaded.get(file);
        if (kept != null && kept.stamp().equals(now)) {
            return kept.template();
        }
        Source s = source(file);
        Template t = Template.parse(s.origin(), s.text(), placeholders);
        loaded.put(file, new Loaded(t, now));
        return t;
    }

    /** Drops every kept template, so the next {@link #load} reads the files again. */
    public void forget() {
        loaded.clear();
    }

    /** The user file's size and time as last read; {@code NONE} when there was no user file (the built-in was used). */
    private record Stamp(long size, long modifiedMillis) {
        static final Stamp NONE = new Stamp(-1, -1);
    }

    private record Loaded(Template template, Stamp stamp) {}

    private Stamp stamp(String file) {
        if (userDir == null) {
            return Stamp.NONE;
        }
        Path user = userDir.resolve(file);
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(user, java.nio.file.attribute.BasicFileAttributes.class);
            return a.isRegularFile() ? new Stamp(a.size(), a.lastModifiedTime().toMillis()) : Stamp.NONE;
        } catch (java.nio.file.NoSuchFileException e) {
            return Stamp.NONE;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + user + ": " + e.getMessage(), e);
        }
    }

    /** A template's text and where it came from (a path, or the built-in resource). */
    public record Source(String origin, String text) {}
}
