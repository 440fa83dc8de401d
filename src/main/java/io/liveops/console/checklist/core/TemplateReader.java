package io.liveops.console.checklist.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.liveops.console.shared.JsonConfig;
import io.liveops.console.kpi.core.KpiCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads checklist templates and checks what JSON alone cannot: times of day, KPI ids against the
 * catalogue, and ids used twice. The checks run inside Jackson's deserialisation, so a refused file
 * is reported at the line of the offending value, not at the end of its object.
 */
public final class TemplateReader {

    public static final String DEFAULT_RESOURCE = "checklist/playbook-template.json";
    public static final String GAME_TEAM_RESOURCE = "checklist/game-team-template.json";

    /** Attribute that switches the checks on; a frozen day read back from the state store skips them. */
    private static final String CATALOG = "checklist.kpiCatalog";
    private static final String ACTIONS = "checklist.actions";
    private static final String ROUTINE_IDS = "checklist.routineIds";
    private static final String ITEM_IDS = "checklist.itemIds";
    private static final Pattern JACKSON_PATH = Pattern.compile(" \\(at (\\[.*)\\)$");
    private static final Pattern HH_MM = Pattern.compile("\\d{2}:\\d{2}");

    private final ObjectMapper mapper = JsonConfig.mapper();
    private final KpiCatalog catalog;
    private final Set<String> actions;

    /**
     * @param actions the ids of the console's tabs, what an item's {@code action} may name: a button to a tab
     *                that does not exist is refused when the template is read, not found dead when clicked
     */
    public TemplateReader(KpiCatalog catalog, Set<String> actions) {
        this.catalog = catalog;
        this.actions = Set.copyOf(actions);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Parses a user's template file or throws {@link JsonConfig.ConfigException} naming file, line and problem. */
    public ChecklistTemplate parse(Path file) {
        try {
            return JsonConfig.parse(mapper.copy().setConfig(mapper.getDeserializationConfig().withAttribute(CATALOG, catalog).withAttribute(ACTIONS, actions)),
                    file, ChecklistTemplate.class);
        } catch (JsonConfig.ConfigException e) {
            JsonConfig.Problem p = e.problem();
            throw new JsonConfig.ConfigException(new JsonConfig.Problem(p.path(), p.line(), p.column(), readablePath(p.message())));
        }
    }

    /** Jackson's {@code ["routines"]->java.util.ArrayList[0]->…Routine["end"]} as the user reads it: {@code routines[0].end}. */
    static String readablePath(String message) {
        Matcher m = JACKSON_PATH.matcher(message);
        if (!m.find()) {
            return message;
        }
        String path = m.group(1).replaceAll("->[\\w.$]+(?=\\[)", "").replaceAll("\\[\"([^\"]*)\"\\]", ".$1").replaceFirst("^\\.", "");
        return message.substring(0, m.start()) + " (at " + path + ")";
    }

    /** A shipped template (the playbook's defaults or the game-team preset). */
    public ChecklistTemplate resource(String name) {
        try (InputStream in = TemplateReader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing built-in checklist template " + name);
            }
            return mapper.reader().withAttribute(CATALOG, catalog).withAttribute(ACTIONS, actions).readValue(in, ChecklistTemplate.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Built-in checklist template " + name + " is broken", e);
        }
    }

    private static boolean checking(DeserializationContext ctxt) {
        return ctxt.getAttribute(CATALOG) != null;
    }

    @SuppressWarnings("unchecked")
    private static void unique(JsonParser p, DeserializationContext ctxt, String key, String kind, String id) throws JsonMappingException {
        if (!checking(ctxt)) {
            return;
        }
        Set<String> seen = (Set<String>) ctxt.getAttribute(key);
        if (seen == null) {
            seen = new HashSet<>();
            ctxt.setAttribute(key, seen); // per-call attribute: a fresh set for every file read
        }
        if (!seen.add(id)) {
            throw JsonMappingException.from(p, "duplicate " + kind + " id \"" + id + "\"");
        }
    }

    /** Routine ids must be unique in a template. */
    public static final class RoutineIdDeserializer extends StdDeserializer<String> {
        public RoutineIdDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String id = p.getValueAsString();
            unique(p, ctxt, ROUTINE_IDS, "routine", id);
            return id;
        }
    }

    /** Item ids must be unique in a template (ticks are stored per item id). */
    public static final class ItemIdDeserializer extends StdDeserializer<String> {
        public ItemIdDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String id = p.getValueAsString();
            unique(p, ctxt, ITEM_IDS, "item", id);
            return id;
        }
    }

    /** A KPI id must name a KPI of the catalogue (a keyed one with its key, {@code watch_change_24h:BTC}). */
    public static final class KpiIdDeserializer extends StdDeserializer<String> {
        public KpiIdDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String id = p.getValueAsString();
            Object catalog = ctxt.getAttribute(CATALOG);
            if (catalog instanceof KpiCatalog c && c.byId(id).filter(d -> d.keyed() == id.contains(":")).isEmpty()) {
                throw JsonMappingException.from(p, "unknown KPI id \"" + id + "\" (known: " + String.join(", ", c.ids()) + ")");
            }
            return id;
        }
    }

    /**
     * An action names a tab of the console by id; a tab's title in any case is read as its id
     * ("Incidents" is "incidents"), so templates written for titles keep working.
     */
    public static final class ActionDeserializer extends StdDeserializer<String> {
        public ActionDeserializer() {
            super(String.class);
        }

        @Override
        @SuppressWarnings("unchecked")
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            String id = text.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            Object known = ctxt.getAttribute(ACTIONS);
            if (known instanceof Set<?> ids && !ids.contains(id)) {
                throw JsonMappingException.from(p, "unknown action \"" + text + "\": an action opens a tab of the console, one of "
                        + String.join(", ", new java.util.TreeSet<>((Set<String>) ids)));
            }
            return id;
        }
    }

    /** "HH:mm", 00:00 to 23:59. */
    public static final class TimeOfDayDeserializer extends StdDeserializer<LocalTime> {
        public TimeOfDayDeserializer() {
            super(LocalTime.class);
        }

        @Override
        public LocalTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null || !HH_MM.matcher(text).matches()) {
                throw JsonMappingException.from(p, "bad time \"" + (text == null ? p.getText() : text) + "\": expected HH:mm, for example \"09:00\"");
            }
            try {
                return LocalTime.parse(text);
            } catch (DateTimeParseException e) {
                throw JsonMappingException.from(p, "bad time \"" + text + "\": a time of day runs from 00:00 to 23:59");
            }
        }
    }
}
