package io.liveops.console.checklist.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * One thing to do in a routine.
 *
 * @param id     stable key of the item: ticks are stored under it, so renaming the text keeps history
 * @param text   what to do, as the user reads it
 * @param kpis   KPI ids whose live values are shown next to the item ({@code watch_change_24h:BTC} for keyed ones)
 * @param link   a URL opened in the browser (dashboard, Discord channel), or null
 * @param action the id of the console tab the item's button opens (for example "incidents"), or null
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ChecklistItem(
        @JsonDeserialize(using = TemplateReader.ItemIdDeserializer.class) String id,
        String text,
        @JsonDeserialize(contentUsing = TemplateReader.KpiIdDeserializer.class) List<String> kpis,
        String link,
        @JsonDeserialize(using = TemplateReader.ActionDeserializer.class) String action) {

    public ChecklistItem {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an item needs an \"id\"");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("item \"" + id + "\" needs a \"text\"");
        }
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        link = link == null || link.isBlank() ? null : link;
        action = action == null || action.isBlank() ? null : action;
    }

    public static ChecklistItem of(String id, String text) {
        return new ChecklistItem(id, text, List.of(), null, null);
    }

    public ChecklistItem withText(String newText) {
        return new ChecklistItem(id, newText, kpis, link, action);
    }
}
