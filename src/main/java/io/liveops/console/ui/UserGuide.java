package io.liveops.console.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The user guide, as shipped with the console: the README bundled in the jar, rendered to HTML (with
 * its screenshots) into the data folder, for the browser to show at the current tab's section.
 * Plain Java; call {@link #write} off the FX thread.
 */
public final class UserGuide {

    private static final String README = "help/README.md";
    private static final Pattern IMAGE = Pattern.compile("\\]\\((docs/[A-Za-z0-9_.-]+\\.png)\\)");
    private static final List<Extension> EXTENSIONS = List.of(HeadingAnchorExtension.create(), TablesExtension.create());

    private UserGuide() {}

    /** Writes {@code index.html} (and the pictures it shows) into {@code folder}; returns the page. */
    public static Path write(Path folder) {
        String markdown = resource(README);
        String body = HtmlRenderer.builder().extensions(EXTENSIONS).build()
                .render(Parser.builder().extensions(EXTENSIONS).build().parse(markdown));
        try {
            Files.createDirectories(folder.resolve("docs"));
            Matcher m = IMAGE.matcher(markdown);
            while (m.find()) {
                try (InputStream in = UserGuide.class.getClassLoader().getResourceAsStream("help/" + m.group(1))) {
                    if (in != null) {
                        Files.copy(in, folder.resolve(m.group(1)), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Path page = folder.resolve("index.html");
            Files.writeString(page, """
                    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LiveOps Console — user guide</title>
                    <style>body{font-family:"DejaVu Sans","Segoe UI",sans-serif;max-width:980px;margin:2em auto;padding:0 1em;
                    color:#1d2330;line-height:1.5}img{max-width:100%;border:1px solid #d5d9e0}code,pre{background:#eef2f7}
                    pre{padding:.8em;overflow:auto}table{border-collapse:collapse}td,th{border:1px solid #d5d9e0;padding:.3em .6em}</style>
                    </head><body>
                    """ + body + "</body></html>\n", StandardCharsets.UTF_8);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the user guide to " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The anchor the HTML gives a README heading ("KPI board" → "kpi-board"). */
    public static String anchorOf(String heading) {
        return heading.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }

    private static String resource(String name) {
        try (InputStream in = UserGuide.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The user guide " + name + " is not in this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
