package io.liveops.console.incident.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests the issue "as users would say it" from an incident's title, so the announcements read as a
 * sentence ("We're currently experiencing problems with guild chat.") instead of pasting the title
 * ("… experiencing Players cannot send…"). The director edits the suggestion; it only has to be a
 * short noun phrase that never carries a long title into a template.
 */
public final class IssuePhrase {

    /** Longer than this, a suggestion is no longer something users would say. */
    public static final int MAX_LENGTH = 80;

    // what usually follows the broken thing in a title: "Guild chat is down", "Login fails for …", "Shop not loading"
    private static final Pattern BROKEN = Pattern.compile(
            "^(.+?)\\s+(?:is\\s+|are\\s+|was\\s+|were\\s+|keeps\\s+)?(?:not\\s+\\w+|down|broken|fail(?:s|ed|ing)?|"
                    + "crash(?:es|ed|ing)?|unavailable|unreachable|slow|lagging|stuck|missing|wrong|off|errors?|timing\\s+out|times\\s+out|"
                    + "outage|offline|degraded|cannot\\b.*|can't\\b.*|won't\\b.*|doesn't\\b.*|don't\\b.*)\\b.*$",
            Pattern.CASE_INSENSITIVE);

    private IssuePhrase() {
    }

    /** A short phrase for "We're currently experiencing …" from the title (and the feature when the title gives none). */
    public static String suggest(String title, String feature) {
        String t = title == null ? "" : title.strip().replaceAll("\\s+", " ").replaceAll("[.!]+$", "");
        String f = feature == null ? "" : feature.strip();
        Matcher m = BROKEN.matcher(t);
        if (m.matches()) {
            String subject = stripLeadingArticle(m.group(1));
            // "Players cannot send messages": the players are not what is broken, the feature is
            if (!subject.isEmpty() && !isPeople(subject) && subject.length() <= MAX_LENGTH - "problems with ".length()) {
                return "problems with " + lowerFirst(subject);
            }
        }
        if (!f.isEmpty()) {
            return "problems with " + lowerFirst(f);
        }
        if (!t.isEmpty() && t.length() <= MAX_LENGTH - "problems: ".length()) {
            return "problems: " + lowerFirst(t);
        }
        return "a service issue";
    }

    private static boolean isPeople(String subject) {
        return subject.toLowerCase(Locale.ROOT).matches("(some |all |many |most |the )?(players?|users?|customers?|people|everyone|nobody)");
    }

    private static String stripLeadingArticle(String s) {
        return s.replaceFirst("(?i)^(the|our)\\s+", "");
    }

    /** "Guild chat" → "guild chat", but "API" and "iOS login" stay as written. */
    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
