package io.liveops.console.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed message template (incident notices, calendar posts): literal text with named placeholders written {@code {{name}}}. Double
 * braces rather than the playbook's [brackets] because announcements legitimately contain brackets
 * and a template author must be able to tell a placeholder from text. Parsing refuses an unclosed
 * {@code {{} and a placeholder the console does not know, each with its line and column.
 */
public final class Template {

    private sealed interface Part permits Text, Slot {}

    private record Text(String text) implements Part {}

    private record Slot(String name) implements Part {}

    private final String source;
    private final List<Part> parts;

    private Template(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    /**
     * @param source where the text came from, for messages ("discord.txt")
     * @param known  the placeholder names that can be filled
     */
    public static Template parse(String source, String text, Set<String> known) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("{{", i);
            if (open < 0) {
                parts.add(new Text(text.substring(i)));
                break;
            }
            if (open > i) {
                parts.add(new Text(text.substring(i, open)));
            }
            int close = text.indexOf("}}", open + 2);
            int nextOpen = text.indexOf("{{", open + 2);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close) || text.substring(open, close).indexOf('\n') >= 0) {
                throw new TemplateException(source + " " + where(text, open) + ": the placeholder starting '"
                        + snippet(text, open) + "' is not closed with }}.");
            }
            String name = text.substring(open + 2, close).trim();
            if (!known.contains(name)) {
                throw new TemplateException(source + " " + where(text, open) + ": unknown placeholder {{" + name
                        + "}}; the known placeholders are " + String.join(", ", new TreeSet<>(known)) + ".");
            }
            parts.add(new Slot(name));
            i = close + 2;
        }
        return new Template(source, parts);
    }

    /** The text with every placeholder replaced; a name missing from {@code values} is an error, never left in. */
    public String fill(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            switch (p) {
                case Text t -> sb.append(t.text());
                case Slot s -> {
                    String v = values.get(s.name());
                    if (v == null) {
                        throw new TemplateException(source + ": no value for placeholder {{" + s.name() + "}}.");
                    }
                    sb.append(v);
                }
            }
        }
        return sb.toString();
    }

    /** The placeholder names used, in order of first use. */
    public List<String> placeholders() {
        return parts.stream().filter(p -> p instanceof Slot).map(p -> ((Slot) p).name()).distinct().toList();
    }

    private static String where(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }

    private static String snippet(String text, int open) {
        int end = open;
        while (end < text.length() && end - open < 20 && text.charAt(end) != '\n') {
            end++;
        }
        return text.substring(open, end);
    }
}
