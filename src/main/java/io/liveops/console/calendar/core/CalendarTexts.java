package io.liveops.console.calendar.core;

import io.liveops.console.shared.Template;
import io.liveops.console.shared.TemplateException;
import io.liveops.console.shared.TemplateFolder;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The texts of calendar items, with the incident board's {@code {{name}}} engine: an item's body is
 * a template (started from its template file, {@code calendar/templates/<id>.txt}, overridable in
 * {@code <config>/calendar-templates/}), filled from the item and, for the market recap, from the warehouse.
 */
public final class CalendarTexts {

    /** Every placeholder a calendar text may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("title", "channel", "date", "weekday", "time", "time_12h", "zone", "owner", "link",
            "notes", "month", "month_start", "month_end", "prices", "fear_greed");

    /** The placeholders filled from the warehouse (the Monday market recap). */
    public static final Set<String> WAREHOUSE_PLACEHOLDERS = Set.of("prices", "fear_greed");

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private final TemplateFolder folder;

    /** @param userDir the folder of the user's template files, or null for the built-ins only */
    public CalendarTexts(Path userDir) {
        this.folder = new TemplateFolder("calendar/templates", userDir, PLACEHOLDERS);
    }

    public static Path userDir(Path configDir) {
        return configDir.resolve("calendar-templates");
    }

    public static String fileOf(String templateId) {
        return templateId + ".txt";
    }

    /** The raw text of a template file (the drip panel shows it as written). */
    public TemplateFolder.Source templateSource(String templateId) {
        return folder.source(fileOf(templateId));
    }

    /** The text to start an item's body with: its template file's text, or empty. */
    public String startingBody(CalendarItem item) {
        return item.template() == null ? "" : templateSource(item.template()).text();
    }

    /**
     * Checks a body as typed; an unknown placeholder or an unclosed {@code {{} is refused with its line
     * and column.
     */
    public Template parseBody(String body) {
        return Template.parse("the body", body == null ? "" : body, PLACEHOLDERS);
    }

    /** The item's text to fill: its body, or its template file when the body is empty. */
    public Template templateOf(CalendarItem item) {
        if (item.body().isBlank() && item.template() != null) {
            return folder.load(fileOf(item.template()));
        }
        return parseBody(item.body());
    }

    public static boolean needsWarehouse(Template t) {
        return t.placeholders().stream().anyMatch(WAREHOUSE_PLACEHOLDERS::contains);
    }

    /**
     * Fills a text for an item.
     *
     * @param recap the market recap of the item's day; needed only when the text uses {@link #WAREHOUSE_PLACEHOLDERS}
     */
    public String fill(Template t, CalendarItem item, MarketRecap recap) {
        if (recap == null && needsWarehouse(t)) {
            throw new TemplateException("The text uses the market recap ({{prices}}, {{fear_greed}}) but no warehouse is open to fill it.");
        }
        return t.fill(values(item, recap));
    }

    public static Map<String, String> values(CalendarItem item, MarketRecap recap) {
        Map<String, String> v = new HashMap<>();
        YearMonth month = YearMonth.from(item.start());
        v.put("title", item.title());
        v.put("channel", item.channel().label());
        v.put("date", item.start().toLocalDate().toString());
        v.put("weekday", item.start().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        v.put("time", item.start().toLocalTime().toString());
        v.put("zone", zoneName(item));
        v.put("time_12h", twelveHour(item) + " " + zoneName(item));
        v.put("owner", item.owner().isBlank() ? "the team" : item.owner());
        v.put("link", item.link());
        v.put("notes", item.notes());
        v.put("month", month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear());
        v.put("month_start", month.atDay(1).toString());
        v.put("month_end", month.atEndOfMonth().toString());
        if (recap != null) {
            v.put("prices", recap.pricesText());
            v.put("fear_greed", recap.fearGreedText());
        }
        return v;
    }

    /** The zone's short name at the item's time ("KST", "CEST"). */
    public static String zoneName(CalendarItem item) {
        return ZONE_NAME.format(item.start().atZone(item.zone()));
    }

    /** "8 PM", "8:30 PM". */
    static String twelveHour(CalendarItem item) {
        int h = item.start().getHour();
        int m = item.start().getMinute();
        int h12 = h % 12 == 0 ? 12 : h % 12;
        return h12 + (m == 0 ? "" : String.format(Locale.ROOT, ":%02d", m)) + (h < 12 ? " AM" : " PM");
    }
}
