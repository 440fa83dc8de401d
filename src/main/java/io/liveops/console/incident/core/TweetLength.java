package io.liveops.console.incident.core;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * The length Twitter/X counts against its 280 limit, following its published weighting rule
 * (twitter-text "weightedLength"): text is split into user-perceived characters (grapheme clusters,
 * {@link BreakIterator}); a cluster that is an emoji (including ZWJ sequences, flags and skin tones)
 * counts 2 however many code points it has; otherwise every code point counts 1 when it lies in the
 * light ranges (Latin, common punctuation: U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F, U+2032–U+2037)
 * and 2 elsewhere (CJK and other scripts). URLs, which Twitter shortens to 23, are counted as typed.
 */
public final class TweetLength {

    public static final int LIMIT = 280;

    private TweetLength() {
    }

    public static int count(String text) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(text);
        int total = 0;
        int start = clusters.first();
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            String cluster = text.substring(start, end);
            if (isEmoji(cluster)) {
                total += 2;
            } else {
                total += cluster.codePoints().map(TweetLength::weight).sum();
            }
        }
        return total;
    }

    private static boolean isEmoji(String cluster) {
        // '#', digits, '©' are Emoji per Unicode but stay text unless a presentation selector (U+FE0F) or
        // keycap (U+20E3) makes them emoji; above the light ranges any pictographic code point is emoji
        return cluster.codePoints().anyMatch(cp -> cp == 0xFE0F || cp == 0x20E3
                || (cp > 0x10FF && (Character.isEmojiPresentation(cp) || Character.isExtendedPictographic(cp))));
    }

    private static int weight(int cp) {
        boolean light = cp <= 0x10FF || (cp >= 0x2000 && cp <= 0x200D) || (cp >= 0x2010 && cp <= 0x201F)
                || (cp >= 0x2032 && cp <= 0x2037);
        return light ? 1 : 2;
    }
}
