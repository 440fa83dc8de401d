package io.liveops.console.report.core;

import io.liveops.console.kpi.core.Unit;

/**
 * The numbers of the playbook's weekly report, in its order (issue 14's table). The days are the week's Monday to D, D
 * being Sunday or, in a partial week, the last day with data.
 *
 * @param key   the CLI JSON's key
 * @param label what the numbers panel calls it
 * @param whole true when every value is a whole number (JSON writes it as an integer)
 */
public enum ReportLine {
    MAU("mau", "MAU", Unit.COUNT, ChangeUnit.RELATIVE, true),
    DAU("dau", "DAU (mean)", Unit.COUNT, ChangeUnit.RELATIVE, false),
    DAU_MAU("dau_mau", "DAU/MAU", Unit.FRACTION, ChangeUnit.PERCENTAGE_POINTS, false),
    NEW_SIGNUPS("new_signups", "New signups", Unit.COUNT, ChangeUnit.RELATIVE, true),
    CHURN("churn", "Churn rate (D30)", Unit.FRACTION, ChangeUnit.PERCENTAGE_POINTS, false),
    PRO_CONVERSIONS("pro_conversions", "Pro conversions", Unit.COUNT, ChangeUnit.ABSOLUTE, true),
    CONVERSION_RATE("conversion_rate", "Conversion rate (7d)", Unit.FRACTION, ChangeUnit.PERCENTAGE_POINTS, false),
    MRR("mrr_usd", "MRR", Unit.USD, ChangeUnit.RELATIVE, false),
    DISCORD_MEMBERS("discord_members", "Discord members", Unit.COUNT, ChangeUnit.ABSOLUTE, true),
    DISCORD_DAU("discord_dau", "Discord DAU (mean)", Unit.COUNT, ChangeUnit.RELATIVE, false),
    DISCORD_DAU_MEMBERS("discord_dau_members", "Discord DAU/members", Unit.FRACTION, ChangeUnit.PERCENTAGE_POINTS, false),
    TWITTER_FOLLOWERS("twitter_followers", "Twitter followers", Unit.COUNT, ChangeUnit.ABSOLUTE, true);

    private final String key;
    private final String label;
    private final Unit unit;
    private final ChangeUnit changeUnit;
    private final boolean whole;

    ReportLine(String key, String label, Unit unit, ChangeUnit changeUnit, boolean whole) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.changeUnit = changeUnit;
        this.whole = whole;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    public ChangeUnit changeUnit() {
        return changeUnit;
    }

    public boolean whole() {
        return whole;
    }
}
