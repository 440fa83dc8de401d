package io.liveops.console.calendar.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The content plan's configuration ({@code calendar-rules.json}): the cadence rules, the launch day
 * launch-relative rules count from, the seasons to use when the warehouse has none, and the email
 * drip and push triggers of the campaigns panel.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleSet(int version, LocalDate launchDate, List<Season> seasons, List<CadenceRule> rules, List<DripStep> drip,
                      List<PushTrigger> pushTriggers) {

    public static final int VERSION = 1;

    /** An email sent {@code day} days after signup. */
    public record DripStep(int day, String title, String template) {
        @JsonCreator
        public DripStep(@JsonProperty("day") int day, @JsonProperty("title") String title, @JsonProperty("template") String template) {
            if (day < 0 || day > 365) {
                throw new IllegalArgumentException("a drip step's day counts from signup: 0 to 365, not " + day);
            }
            this.day = day;
            this.title = RuleFields.title(title);
            this.template = template;
        }
    }

    /**
     * A push notification and when it fires.
     *
     * @param audience {@code inactive_7d} when the warehouse can count who it reaches, else null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PushTrigger(String id, String title, String when, String template, String audience) {
        @JsonCreator
        public PushTrigger(@JsonProperty("id") String id, @JsonProperty("title") String title, @JsonProperty("when") String when,
                           @JsonProperty("template") String template, @JsonProperty("audience") String audience) {
            this.id = RuleFields.id(id);
            this.title = RuleFields.title(title);
            this.when = when == null ? "" : when;
            this.template = template;
            if (audience != null && !audience.equals(INACTIVE_7D)) {
                throw new IllegalArgumentException("unknown push audience '" + audience + "'; the warehouse counts " + INACTIVE_7D);
            }
            this.audience = audience;
        }

        public static final String INACTIVE_7D = "inactive_7d";
    }

    @JsonCreator
    public RuleSet(@JsonProperty("version") int version, @JsonProperty("launchDate") LocalDate launchDate,
                   @JsonProperty("seasons") List<Season> seasons, @JsonProperty("rules") List<CadenceRule> rules,
                   @JsonProperty("drip") List<DripStep> drip, @JsonProperty("pushTriggers") List<PushTrigger> pushTriggers) {
        if (version != VERSION) {
            throw new IllegalArgumentException("unsupported version " + version + "; this console reads version " + VERSION);
        }
        this.version = version;
        this.launchDate = launchDate;
        this.seasons = seasons == null ? List.of() : List.copyOf(seasons);
        this.rules = rules == null ? List.of() : List.copyOf(rules);
        this.drip = drip == null ? List.of() : List.copyOf(drip);
        this.pushTriggers = pushTriggers == null ? List.of() : List.copyOf(pushTriggers);
        Set<String> ids = new HashSet<>();
        for (CadenceRule r : this.rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("two rules have the id '" + r.id() + "'; stored items are keyed by it, so it must be unique");
            }
        }
    }

    public RuleSet withRules(List<CadenceRule> newRules) {
        return new RuleSet(version, launchDate, seasons, newRules, drip, pushTriggers);
    }

    public RuleSet withLaunchDate(LocalDate day) {
        return new RuleSet(version, day, seasons, rules, drip, pushTriggers);
    }

    public java.util.Optional<CadenceRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
