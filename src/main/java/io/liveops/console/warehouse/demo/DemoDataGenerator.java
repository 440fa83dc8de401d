package io.liveops.console.warehouse.demo;

import io.liveops.console.background.Cancellation;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the demo warehouse rows once, deterministically from a seed, and streams them into a
 * {@link RowSink} table by table (each table contiguous, so PostgreSQL can COPY one table at a time).
 *
 * <p>Determinism without memory: every per-user table re-derives what it needs from per-user random
 * streams ({@code seed, stream, user}), so sessions can be replayed for the gold ledger instead of
 * being kept. The only arrays held are per-user signup instants (4 bytes a user) and per-day tables.
 */
public final class DemoDataGenerator {

    /** Hears where generation is: overall fraction 0..1 and the table being written. */
    @FunctionalInterface
    public interface Listener {
        void progress(double fraction, String table);
    }

    static final int USERS_AT_SCALE_1 = 20_000;
    private static final int DAY = 86_400;
    private static final BigDecimal PRO_PRICE = new BigDecimal("19.99");

    // random stream ids: one per concern so tables stay independent of each other's draws
    private static final long S_SIGNUPS = 1, S_ATTR = 2, S_SESSIONS = 3, S_SUBS = 4, S_NPS = 5, S_LEDGER = 6,
            S_EXPERIMENT = 7, S_API = 8, S_ERRORS = 9, S_INFRA = 10, S_TICKETS = 11, S_COMMUNITY = 12,
            S_TRADES = 13, S_FRAUD = 14, S_WATCH = 15, S_FEAR = 16, S_PRICES = 17;

    /** Signups and sessions by UTC hour: a global audience peaking in the European/US evening. */
    private static final double[] HOUR_WEIGHTS = {3.0, 2.6, 2.0, 1.5, 1.2, 1.0, 1.0, 1.2, 1.5, 1.8, 2.0, 2.2,
            2.4, 2.6, 2.8, 3.0, 3.3, 3.6, 4.0, 4.3, 4.4, 4.2, 3.9, 3.4};

    private static final String[] COUNTRIES = {"US", "DE", "GB", "BR", "FR", "JP", "KR", "CA", "PL", "ES", "IN",
            "MX", "AU", "TR", "SE"};
    private static final double[] COUNTRY_WEIGHTS = {28, 9, 8, 8, 6, 6, 5, 5, 4, 4, 4, 4, 3, 3, 3};
    private static final String[] PLATFORMS = {"android", "ios", "pc", "web"};
    private static final double[] PLATFORM_WEIGHTS = {38, 27, 22, 13};

    private static final String[] ROUTES = {"/v1/session/start", "/v1/profile", "/v1/inventory", "/v1/shop/catalog",
            "/v1/shop/purchase", "/v1/match/result", "/v1/leaderboard", "/v1/chat/send", "/v1/market/trade", "/v1/config"};
    private static final double[] ROUTE_WEIGHTS = {12, 15, 14, 10, 4, 13, 8, 14, 6, 4};
    private static final double[] ROUTE_LATENCY_FACTOR = {1.1, 0.7, 0.9, 1.0, 1.6, 1.2, 1.3, 0.6, 1.4, 0.5};

    private static final String[] ERROR_MESSAGES = {"Timeout calling inventory-service", "Payment provider returned 502",
            "Matchmaking queue overflow", "Leaderboard cache miss storm", "Chat gateway websocket reset",
            "Failed to persist match result (retrying)", "Rate limiter rejected burst from a single IP"};
    private static final String[] CRITICAL_MESSAGES = {"Payment webhook signature mismatch",
            "Login service health check failing", "Disk usage above 90% on log volume"};
    private static final String[] OUTAGE_CRITICAL_MESSAGES = {"Database connection pool exhausted",
            "Primary RDS failover in progress", "Login service unavailable"};
    private static final String[] SLOW_MESSAGES = {"Slow query on inventory lookup (>2 s)",
            "Timeout calling inventory-service", "RDS CPU above 85%"};

    private static final String[] EARN_REASONS = {"quest_reward", "match_win", "daily_login", "achievement"};
    private static final double[] EARN_WEIGHTS = {45, 35, 12, 8};
    private static final String[] SPEND_REASONS = {"shop_purchase", "upgrade", "crafting", "market_fee"};
    private static final double[] SPEND_WEIGHTS = {40, 30, 20, 10};

    private static final String[] ITEMS = {"iron_sword", "steel_sword", "oak_bow", "health_potion", "mana_potion",
            "leather_armor", "chain_mail", "dragon_scale", "phoenix_feather", "mithril_ore", "iron_ore", "gold_ring",
            "ruby", "sapphire", "emerald", "rune_fire", "rune_ice", "mount_wolf", "pet_owl", "elixir_of_speed"};
    private static final double[] ITEM_BASE_PRICE = {120, 480, 95, 12, 14, 150, 420, 2600, 1800, 60, 18, 340,
            900, 850, 880, 220, 230, 5200, 3100, 75};
    private static final double[] ITEM_POPULARITY = {6, 4, 6, 14, 12, 5, 4, 1, 1, 8, 10, 3, 2, 2, 2, 4, 4, 1, 1, 7};
    private static final boolean[] ITEM_STACKABLE = {false, false, false, true, true, false, false, false, false,
            true, true, false, false, false, false, true, true, false, false, true};

    private static final String[] FRAUD_RULES = {"multi_account_ip", "chargeback", "speed_hack", "gold_duplication",
            "market_wash_trade"};
    private static final double[] FRAUD_RULE_WEIGHTS = {30, 20, 25, 10, 15};

    /** The three experiments: id, name, primary metric, per-arm sizes at scale 1, conversion by arm. */
    private record ExperimentPlan(String id, String name, String metric, int startDay, int endDay, boolean ended,
                                  int controlUsers, int variantUsers, double controlRate, double variantRate) {}

    private record Release(int day, String version, int blockedFrom) {}

    private final long seed;
    private final int days;
    private final int last;
    private final double scale;
    private final LocalDate firstDay;
    private final long baseEpoch;
    private final long cutoff;
    private final boolean[] weekend;
    private final double[] hourCumulative;
    private final int badClientDay, outageDay, badLatencyDay, season2Start;
    private final long outageFrom, outageTo;
    private final List<Release> releases;
    private final List<ExperimentPlan> experiments;
    private final Cancellation cancellation;

    private int[] createdAt;        // seconds since firstDay 00:00, ascending by user id
    private int[] signupsPerDay;
    private final Map<DemoTable, Double> weights = new EnumMap<>(DemoTable.class);
    private double doneWeight;
    private double totalWeight;
    private Listener listener = (f, t) -> { };

    public DemoDataGenerator(long seed, LocalDate lastDay, int days, double scale, Cancellation cancellation) {
        if (days < DemoStory.MIN_DAYS) {
            throw new IllegalArgumentException("The demo warehouse needs at least " + DemoStory.MIN_DAYS + " days, got " + days);
        }
        if (!(scale > 0) || scale > 1000) {
            throw new IllegalArgumentException("The demo scale must be above 0 and at most 1000, got " + scale);
        }
        this.seed = seed;
        this.days = days;
        this.last = days - 1;
        this.scale = scale;
        this.cancellation = cancellation;
        this.firstDay = lastDay.minusDays(last);
        this.baseEpoch = firstDay.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        this.cutoff = (long) days * DAY;
        this.weekend = new boolean[days];
        for (int d = 0; d < days; d++) {
            DayOfWeek w = firstDay.plusDays(d).getDayOfWeek();
            weekend[d] = w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
        }
        this.hourCumulative = cumulative(HOUR_WEIGHTS);
        this.badClientDay = last - DemoStory.BAD_CLIENT_BEFORE_END;
        this.outageDay = last - DemoStory.OUTAGE_BEFORE_END;
        this.badLatencyDay = last - DemoStory.BAD_LATENCY_BEFORE_END;
        this.season2Start = DemoStory.season2StartIndex(days);
        this.outageFrom = (long) outageDay * DAY + 13 * 3600 + 40 * 60;
        this.outageTo = outageFrom + 150 * 60;
        this.releases = planReleases();
        this.experiments = List.of(
                new ExperimentPlan("abx-xp-curve-s1", "XP curve rework", "converted", 10, season2Start - 1, true,
                        2000, 2000, 0.45, 0.52),
                new ExperimentPlan("abx-shop-layout", "Shop layout B", "revenue_usd", last - 20, last, false,
                        1500, 1500, 0, 0),
                new ExperimentPlan("abx-onboarding-v2", "Onboarding v2", "converted", 8, last, false,
                        5000, 5600, 0.30, 0.315));
    }

    /** The story this generator tells, as dates. */
    public DemoStory story() {
        Release bad = releases.stream().filter(r -> r.day == badClientDay).findFirst().orElseThrow();
        List<LocalDate> bursts = new ArrayList<>();
        for (int before : DemoStory.FRAUD_BURSTS_BEFORE_END) {
            bursts.add(day(last - before));
        }
        return new DemoStory(firstDay, day(last), day(badClientDay), bad.version, day(outageDay), day(badLatencyDay),
                day(season2Start), day(season2Start + DemoStory.SEASON_2_LENGTH_DAYS - 1), List.copyOf(bursts));
    }

    /** Writes every table into the sink, in {@link DemoTable} order. */
    public void generate(RowSink sink, Listener progressListener) throws Exception {
        this.listener = progressListener;
        planSignups();
        planWeights();
        users(sink);
        sessions(sink);
        subscriptions(sink);
        npsResponses(sink);
        ledger(sink);
        experimentRows(sink);
        exposures(sink);
        experimentEvents(sink);
        apiRequests(sink);
        errorEvents(sink);
        infraMetrics(sink);
        supportTickets(sink);
        community(sink);
        seasons(sink);
        marketTrades(sink);
        fraudFlags(sink);
        watchlist(sink);
        fearGreed(sink);
        listener.progress(1.0, "done");
    }

    // ---------------------------------------------------------------- planning

    private void planSignups() {
        int users = Math.max(1, (int) Math.round(USERS_AT_SCALE_1 * scale));
        SplittableRandom r = stream(S_SIGNUPS, 0);
        double[] w = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            // launch spike decaying over the first week, weekend peaks, day-to-day noise
            w[d] = (1 + 6.0 * Math.exp(-d / 5.0)) * (weekend[d] ? 1.25 : 1.0) * Math.exp(0.08 * r.nextGaussian());
            sum += w[d];
        }
        signupsPerDay = new int[days];
        double[] remainder = new double[days];
        int assigned = 0;
        for (int d = 0; d < days; d++) {
            double exact = users * w[d] / sum;
            signupsPerDay[d] = (int) Math.floor(exact);
            remainder[d] = exact - signupsPerDay[d];
            assigned += signupsPerDay[d];
        }
        Integer[] order = new Integer[days];
        for (int d = 0; d < days; d++) {
            order[d] = d;
        }
        Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int i = 0; assigned < users; i++, assigned++) {
            signupsPerDay[order[i % days]]++;
        }
        createdAt = new int[users];
        int u = 0;
        for (int d = 0; d < days; d++) {
            SplittableRandom dr = stream(S_SIGNUPS, d + 1L);
            int from = u;
            for (int k = 0; k < signupsPerDay[d]; k++) {
                createdAt[u++] = d * DAY + timeOfDay(dr);
            }
            Arrays.sort(createdAt, from, u);
        }
    }

    private void planWeights() {
        long n = createdAt.length;
        double trafficDays = 0;
        for (int d = 0; d < days; d++) {
            trafficDays += traffic(d);
        }
        weights.put(DemoTable.USERS, (double) n);
        weights.put(DemoTable.SESSIONS, n * 13.0);
        weights.put(DemoTable.SUBSCRIPTIONS, n * 0.1);
        weights.put(DemoTable.NPS_RESPONSES, n * 0.1);
        weights.put(DemoTable.ECONOMY_LEDGER, n * 20.0);
        weights.put(DemoTable.EXPERIMENT_EXPOSURES, n * 0.9);
        weights.put(DemoTable.EXPERIMENT_EVENTS, n * 0.9);
        weights.put(DemoTable.API_REQUESTS, 2000 * scale * trafficDays);
        weights.put(DemoTable.INFRA_METRICS, days * 430.0);
        weights.put(DemoTable.MARKET_TRADES, 320 * scale * trafficDays);
        weights.put(DemoTable.WATCHLIST_PRICES, days * 48.0);
        totalWeight = weights.values().stream().mapToDouble(Double::doubleValue).sum() + days * 20.0;
    }

    private List<Release> planReleases() {
        List<Release> list = new ArrayList<>();
        int minor = 0;
        for (int d = 0; d <= last; d += 14) {
            if (d == badClientDay || Math.abs(d - badClientDay) <= 3) {
                continue;
            }
            if (d > badClientDay && list.stream().noneMatch(r -> r.day == badClientDay)) {
                minor = addBadRelease(list, minor);
            }
            list.add(new Release(d, "1." + minor++ + ".0", Integer.MAX_VALUE));
        }
        if (list.stream().noneMatch(r -> r.day == badClientDay)) {
            addBadRelease(list, minor);
        }
        return List.copyOf(list);
    }

    private int addBadRelease(List<Release> list, int minor) {
        // the bad build is force-updated away the next day: nobody runs it after its release day
        list.add(new Release(badClientDay, "1." + minor + ".0", badClientDay + 1));
        list.add(new Release(badClientDay + 1, "1." + minor + ".1", Integer.MAX_VALUE));
        return minor + 1;
    }

    // ---------------------------------------------------------------- per-user tables

    private record Profile(String country, String platform, boolean core, double engagement) {}

    private Profile profile(long userId) {
        SplittableRandom r = stream(S_ATTR, userId);
        String country = COUNTRIES[pick(r, COUNTRY_WEIGHTS)];
        String platform = PLATFORMS[pick(r, PLATFORM_WEIGHTS)];
        boolean core = r.nextDouble() < 0.115;
        // lognormal around 1: the loyal core varies less than the casual crowd
        double engagement = core ? Math.exp(0.12 * r.nextGaussian() - 0.0072) : Math.exp(0.35 * r.nextGaussian() - 0.061);
        return new Profile(country, platform, core, engagement);
    }

    private void users(RowSink sink) throws Exception {
        for (int i = 0; i < createdAt.length; i++) {
            tickUsers(DemoTable.USERS, i);
            Profile p = profile(i + 1L);
            sink.row(DemoTable.USERS, i + 1L, ts(createdAt[i]), p.country, p.platform);
        }
        phaseDone(DemoTable.USERS);
    }

    @FunctionalInterface
    private interface SessionVisitor {
        void session(int day, long start, int durationS, boolean crashed, String version) throws Exception;
    }

    /** Replays one user's sessions: the same draws every time, so the ledger sees the same sessions. */
    private void forEachSession(int userIndex, SessionVisitor visitor) throws Exception {
        long userId = userIndex + 1L;
        Profile p = profile(userId);
        SplittableRandom r = stream(S_SESSIONS, userId);
        long created = createdAt[userIndex];
        int signupDay = (int) (created / DAY);
        double moreSessions = p.core ? 0.5 : 0.36;
        for (int d = signupDay; d <= last; d++) {
            int age = d - signupDay;
            if (age > 0) {
                double chance = p.core
                        ? 0.92 * p.engagement * Math.pow(age, -0.05)
                        : 0.34 * p.engagement * Math.exp(-(age - 1) / 6.0);
                if (weekend[d]) {
                    chance *= 1.12;
                }
                if (r.nextDouble() >= Math.min(0.97, chance)) {
                    continue;
                }
            }
            int count = 1;
            while (count < 8 && r.nextDouble() < moreSessions) {
                count++;
            }
            for (int k = 0; k < count; k++) {
                long start;
                if (age == 0) {
                    long dayEnd = (long) (d + 1) * DAY;
                    start = k == 0 ? created + 5 + r.nextInt(176) : created + (long) (r.nextDouble() * (dayEnd - created));
                } else {
                    start = (long) d * DAY + timeOfDay(r);
                }
                String version = clientVersion(d, r);
                boolean crashed = r.nextDouble() < crashChance(version);
                double duration = Math.min(4 * 3600, 780 * Math.exp(0.85 * r.nextGaussian()));
                if (crashed) {
                    duration *= 0.1 + 0.5 * r.nextDouble();
                }
                if (start < cutoff) {
                    visitor.session(d, start, (int) Math.max(20, duration), crashed, version);
                }
            }
        }
    }

    private String clientVersion(int day, SplittableRandom r) {
        Release latest = null;
        Release previous = null;
        for (Release rel : releases) {
            if (rel.day <= day && day < rel.blockedFrom) {
                previous = latest;
                latest = rel;
            }
        }
        if (latest == null) {
            return releases.get(0).version;
        }
        double adopted = 1 - Math.pow(0.45, day - latest.day + 1);
        return previous == null || r.nextDouble() < adopted ? latest.version : previous.version;
    }

    private double crashChance(String version) {
        for (Release rel : releases) {
            if (rel.blockedFrom != Integer.MAX_VALUE && rel.version.equals(version)) {
                return 0.10;
            }
        }
        return 0.0145;
    }

    private void sessions(RowSink sink) throws Exception {
        long[] id = {0};
        for (int i = 0; i < createdAt.length; i++) {
            tickUsers(DemoTable.SESSIONS, i);
            long userId = i + 1L;
            forEachSession(i, (day, start, duration, crashed, version) ->
                    sink.row(DemoTable.SESSIONS, ++id[0], userId, ts(start), duration, crashed, version));
        }
        phaseDone(DemoTable.SESSIONS);
    }

    private void subscriptions(RowSink sink) throws Exception {
        long id = 0;
        for (int i = 0; i < createdAt.length; i++) {
            tickUsers(DemoTable.SUBSCRIPTIONS, i);
            long userId = i + 1L;
            Profile p = profile(userId);
            SplittableRandom r = stream(S_SUBS, userId);
            double early = p.core ? 0.20 : 0.04;
            double late = p.core ? 0.10 : 0.01;
            double u = r.nextDouble();
            long start;
            if (u < early) {
                start = createdAt[i] + (long) Math.min(6.9 * DAY, DAY * 1.2 * r.nextExponential());
            } else if (u < early + late) {
                start = createdAt[i] + 7L * DAY + (long) (r.nextDouble() * 38 * DAY);
            } else {
                continue;
            }
            if (start >= cutoff) {
                continue;
            }
            Long end = null;
            if (r.nextDouble() < 0.03) {
                end = start + 3600 + (long) (r.nextDouble() * 3 * DAY);
            } else {
                for (int month = 1; start + (long) month * 30 * DAY < cutoff; month++) {
                    if (r.nextDouble() < 0.22) {
                        end = start + (long) month * 30 * DAY;
                        break;
                    }
                }
            }
            if (end != null && end >= cutoff) {
                end = null;
            }
            sink.row(DemoTable.SUBSCRIPTIONS, ++id, userId, "pro", ts(start), end == null ? null : ts(end), PRO_PRICE);
        }
        phaseDone(DemoTable.SUBSCRIPTIONS);
    }

    private void npsResponses(RowSink sink) throws Exception {
        long id = 0;
        for (int i = 0; i < createdAt.length; i++) {
            tickUsers(DemoTable.NPS_RESPONSES, i);
            long userId = i + 1L;
            SplittableRandom r = stream(S_NPS, userId);
            if (r.nextDouble() >= 0.06) {
                continue;
            }
            long at = createdAt[i] + 2L * DAY + (long) (r.nextDouble() * 18 * DAY);
            if (at >= cutoff) {
                continue;
            }
            int day = (int) (at / DAY);
            // right after the outage, players are grumpier
            double detractor = day >= outageDay && day <= outageDay + 4 ? 0.30 : 0.13;
            double u = r.nextDouble();
            int score;
            if (u < detractor) {
                score = r.nextDouble() < 0.7 ? 4 + r.nextInt(3) : r.nextInt(4);
            } else if (u < detractor + 0.30) {
                score = 7 + r.nextInt(2);
            } else {
                score = r.nextDouble() < 0.55 ? 9 : 10;
            }
            sink.row(DemoTable.NPS_RESPONSES, ++id, userId, ts(at), score);
        }
        phaseDone(DemoTable.NPS_RESPONSES);
    }

    private void ledger(RowSink sink) throws Exception {
        long[] id = {0};
        for (int i = 0; i < createdAt.length; i++) {
            tickUsers(DemoTable.ECONOMY_LEDGER, i);
            long userId = i + 1L;
            SplittableRandom r = stream(S_LEDGER, userId);
            forEachSession(i, (day, start, duration, crashed, version) -> {
                int seasonDay = day - season2Start;
                // season 2: rewards were buffed and keep creeping up, spending lags behind
                double earnDrift = seasonDay >= 0 ? 1 + 0.015 * seasonDay : 1.0;
                double spendDrift = seasonDay >= 0 ? 1 + 0.002 * seasonDay : 1.0;
                long earn = Math.max(1, Math.round(60 * earnDrift * Math.exp(0.5 * r.nextGaussian() - 0.125)));
                sink.row(DemoTable.ECONOMY_LEDGER, ++id[0], userId, ts(within(start + duration * 4L / 5)), "gold", earn,
                        EARN_REASONS[pick(r, EARN_WEIGHTS)]);
                if (r.nextDouble() < 0.55) {
                    long spend = Math.max(1, Math.round(90 * spendDrift * Math.exp(0.6 * r.nextGaussian() - 0.18)));
                    sink.row(DemoTable.ECONOMY_LEDGER, ++id[0], userId, ts(within(start + duration / 2)), "gold", -spend,
                            SPEND_REASONS[pick(r, SPEND_WEIGHTS)]);
                }
                if (r.nextDouble() < 0.02) {
                    long[] packs = {80, 500, 1200};
                    sink.row(DemoTable.ECONOMY_LEDGER, ++id[0], userId, ts(within(start + 60)), "gems",
                            packs[r.nextInt(packs.length)], "iap_purchase");
                }
                if (r.nextDouble() < 0.03) {
                    sink.row(DemoTable.ECONOMY_LEDGER, ++id[0], userId, ts(within(start + duration / 3)), "gems",
                            -(20L + r.nextInt(181)), "gem_shop");
                }
            });
        }
        phaseDone(DemoTable.ECONOMY_LEDGER);
    }

    // ---------------------------------------------------------------- experiments

    private void experimentRows(RowSink sink) throws Exception {
        for (ExperimentPlan e : experiments) {
            sink.row(DemoTable.EXPERIMENTS, e.id, e.name, e.metric, day(e.startDay), e.ended ? day(e.endDay) : null);
        }
    }

    private record Exposure(boolean exposed, boolean variant, long at, SplittableRandom random) {}

    private double[] exposureChances() {
        double[] chances = new double[experiments.size()];
        for (int k = 0; k < experiments.size(); k++) {
            ExperimentPlan e = experiments.get(k);
            long eligible = 0;
            for (int d = e.startDay; d <= e.endDay; d++) {
                eligible += signupsPerDay[d];
            }
            double wanted = (e.controlUsers + e.variantUsers) * scale;
            chances[k] = eligible == 0 ? 0 : Math.min(1.0, wanted / eligible);
        }
        return chances;
    }

    /** Players enter an experiment at their first session after signing up inside its window. */
    private Exposure exposure(int userIndex, int k, double chance) {
        ExperimentPlan e = experiments.get(k);
        SplittableRandom r = stream(S_EXPERIMENT * 100 + k, userIndex + 1L);
        int signupDay = createdAt[userIndex] / DAY;
        boolean eligible = signupDay >= e.startDay && signupDay <= e.endDay;
        boolean exposed = r.nextDouble() < chance && eligible;
        boolean variant = r.nextDouble() < (double) e.variantUsers / (e.controlUsers + e.variantUsers);
        long at = within(createdAt[userIndex] + 30L + r.nextInt(870));
        return new Exposure(exposed, variant, at, r);
    }

    private void exposures(RowSink sink) throws Exception {
        double[] chances = exposureChances();
        for (int k = 0; k < experiments.size(); k++) {
            for (int i = 0; i < createdAt.length; i++) {
                tickUsers(DemoTable.EXPERIMENT_EXPOSURES, (k * createdAt.length + i) / experiments.size());
                Exposure x = exposure(i, k, chances[k]);
                if (x.exposed) {
                    sink.row(DemoTable.EXPERIMENT_EXPOSURES, experiments.get(k).id, i + 1L,
                            x.variant ? "variant" : "control", ts(x.at));
                }
            }
        }
        phaseDone(DemoTable.EXPERIMENT_EXPOSURES);
    }

    private void experimentEvents(RowSink sink) throws Exception {
        double[] chances = exposureChances();
        double[] prices = {0.99, 4.99, 9.99, 19.99};
        double[] priceWeights = {30, 40, 20, 10};
        for (int k = 0; k < experiments.size(); k++) {
            ExperimentPlan e = experiments.get(k);
            for (int i = 0; i < createdAt.length; i++) {
                tickUsers(DemoTable.EXPERIMENT_EVENTS, (k * createdAt.length + i) / experiments.size());
                Exposure x = exposure(i, k, chances[k]);
                if (!x.exposed) {
                    continue;
                }
                long userId = i + 1L;
                SplittableRandom r = x.random;
                if (e.metric.equals("converted")) {
                    double rate = x.variant ? e.variantRate : e.controlRate;
                    if (r.nextDouble() < rate) {
                        long at = x.at + 3600 + (long) (r.nextDouble() * 5 * DAY);
                        if (at < cutoff) {
                            sink.row(DemoTable.EXPERIMENT_EVENTS, e.id, userId, "converted", 1.0, ts(at));
                        }
                    }
                } else if (r.nextDouble() < 0.12) {
                    int purchases = 1;
                    while (purchases < 6 && r.nextDouble() < 0.35) {
                        purchases++;
                    }
                    for (int p = 0; p < purchases; p++) {
                        double value = prices[pick(r, priceWeights)];
                        long at = x.at + 600 + (long) (r.nextDouble() * 7 * DAY);
                        if (at < cutoff) {
                            sink.row(DemoTable.EXPERIMENT_EVENTS, e.id, userId, e.metric, value, ts(at));
                        }
                    }
                }
                // guardrail: crash share is the same in both arms
                if (r.nextDouble() < 0.015) {
                    long at = x.at + (long) (r.nextDouble() * 3 * DAY);
                    if (at < cutoff) {
                        sink.row(DemoTable.EXPERIMENT_EVENTS, e.id, userId, "session_crash", 1.0, ts(at));
                    }
                }
            }
        }
        phaseDone(DemoTable.EXPERIMENT_EVENTS);
    }

    // ---------------------------------------------------------------- per-day tables

    /** Server traffic relative to a settled day: ramps up after launch, weekend peaks. */
    private double traffic(int d) {
        return (0.55 + 0.45 * Math.min(1.0, d / 12.0)) * (weekend[d] ? 1.15 : 1.0);
    }

    private void apiRequests(RowSink sink) throws Exception {
        long id = 0;
        double[] routeCumulative = cumulative(ROUTE_WEIGHTS);
        for (int d = 0; d < days; d++) {
            tickDays(DemoTable.API_REQUESTS, d);
            SplittableRandom r = stream(S_API, d);
            long count = Math.round(2000 * scale * traffic(d) * Math.exp(0.05 * r.nextGaussian()));
            for (long n = 0; n < count; n++) {
                long at = (long) d * DAY + timeOfDay(r);
                int route = pickCumulative(r, routeCumulative);
                boolean inOutage = at >= outageFrom && at < outageTo;
                double median = 44 * ROUTE_LATENCY_FACTOR[route];
                double sigma = 0.6;
                if (inOutage) {
                    median = 420;
                    sigma = 0.8;
                } else if (d == badLatencyDay) {
                    median *= 2.8;
                }
                double latency = Math.max(0.5, round2(median * Math.exp(sigma * r.nextGaussian())));
                int status;
                double u = r.nextDouble();
                if (inOutage) {
                    status = u < 0.55 ? (u < 0.33 ? 503 : u < 0.47 ? 502 : 504) : 200;
                } else if (u < 0.003) {
                    status = 500;
                } else if (u < 0.028) {
                    int[] client = {404, 404, 401, 429, 400};
                    status = client[r.nextInt(client.length)];
                } else {
                    status = 200;
                }
                sink.row(DemoTable.API_REQUESTS, ++id, ts(at), ROUTES[route], latency, status);
            }
        }
        phaseDone(DemoTable.API_REQUESTS);
    }

    private void errorEvents(RowSink sink) throws Exception {
        long id = 0;
        for (int d = 0; d < days; d++) {
            tickDays(DemoTable.ERROR_EVENTS, d);
            SplittableRandom r = stream(S_ERRORS, d);
            long errors = Math.round(25 * scale * traffic(d) * Math.exp(0.2 * r.nextGaussian()));
            String[] messages = ERROR_MESSAGES;
            if (d == badLatencyDay) {
                errors *= 2;
                messages = SLOW_MESSAGES;
            }
            for (long n = 0; n < errors; n++) {
                sink.row(DemoTable.ERROR_EVENTS, ++id, ts((long) d * DAY + timeOfDay(r)), "error",
                        messages[r.nextInt(messages.length)]);
            }
            if (r.nextDouble() < 0.12) {
                sink.row(DemoTable.ERROR_EVENTS, ++id, ts((long) d * DAY + timeOfDay(r)), "critical",
                        CRITICAL_MESSAGES[r.nextInt(CRITICAL_MESSAGES.length)]);
            }
            if (d == outageDay) {
                long storm = Math.round(700 * scale) + 20;
                long criticals = Math.round(40 * scale) + 12;
                for (long n = 0; n < storm + criticals; n++) {
                    long at = outageFrom + (long) (r.nextDouble() * (outageTo - outageFrom));
                    boolean critical = n >= storm;
                    sink.row(DemoTable.ERROR_EVENTS, ++id, ts(at), critical ? "critical" : "error", critical
                            ? OUTAGE_CRITICAL_MESSAGES[r.nextInt(OUTAGE_CRITICAL_MESSAGES.length)]
                            : ERROR_MESSAGES[r.nextInt(2)]);
                }
            }
        }
        phaseDone(DemoTable.ERROR_EVENTS);
    }

    private void infraMetrics(RowSink sink) throws Exception {
        String[] metrics = {"ecs_cpu_pct", "ecs_mem_pct", "rds_connections"};
        for (int m = 0; m < metrics.length; m++) {
            SplittableRandom r = stream(S_INFRA, m);
            for (long t = r.nextInt(300); t < cutoff; t += 300 + r.nextInt(601)) {
                int d = (int) (t / DAY);
                if (t % (DAY / 4) < 900) {
                    tickDays(DemoTable.INFRA_METRICS, (m * days + d) / metrics.length);
                }
                double cycle = Math.sin(2 * Math.PI * ((t % DAY) / (double) DAY - 0.55));
                boolean inOutage = t >= outageFrom && t < outageTo;
                boolean slow = d == badLatencyDay;
                double value = switch (m) {
                    case 0 -> inOutage ? 96 + 3 * r.nextDouble() : (slow ? 72 : 38) + 12 * cycle + 4 * r.nextGaussian();
                    case 1 -> inOutage ? 91 + 4 * r.nextDouble() : 52 + 0.12 * d + 3 * cycle + 2 * r.nextGaussian();
                    default -> inOutage ? 190 + r.nextInt(11) : (slow ? 140 : 62) + 22 * cycle + 6 * r.nextGaussian();
                };
                sink.row(DemoTable.INFRA_METRICS, ts(t), metrics[m], round2(Math.max(0.5, Math.min(m == 2 ? 200 : 100, value))));
            }
        }
        phaseDone(DemoTable.INFRA_METRICS);
    }

    private void supportTickets(RowSink sink) throws Exception {
        long id = 0;
        for (int d = 0; d < days; d++) {
            tickDays(DemoTable.SUPPORT_TICKETS, d);
            SplittableRandom r = stream(S_TICKETS, d);
            long count = Math.round(18 * scale * traffic(d) * Math.exp(0.15 * r.nextGaussian()));
            if (d == outageDay) {
                count *= 4;
            }
            for (long n = 0; n < count; n++) {
                long opened = (long) d * DAY + timeOfDay(r);
                double u = r.nextDouble();
                double criticalShare = d == outageDay ? 0.25 : 0.05;
                String priority = u < criticalShare ? "critical" : u < criticalShare + 0.2 ? "high" : "standard";
                double medianHours = switch (priority) {
                    case "critical" -> 0.75;
                    case "high" -> 1.6;
                    default -> 7;
                };
                if (weekend[d]) {
                    medianHours *= 1.4;
                }
                if (d == outageDay) {
                    medianHours *= 3;
                }
                double hours = medianHours * Math.exp(0.62 * r.nextGaussian());
                Long firstResponse = r.nextDouble() < 0.01 ? null : opened + Math.max(60, Math.round(hours * 3600));
                Long resolved = null;
                if (firstResponse != null && r.nextDouble() >= 0.03) {
                    resolved = firstResponse + Math.round(8 * 3600 * Math.exp(0.8 * r.nextGaussian()));
                }
                // the warehouse only knows what happened before its last day ended
                if (firstResponse != null && firstResponse >= cutoff) {
                    firstResponse = null;
                }
                if (firstResponse == null || (resolved != null && resolved >= cutoff)) {
                    resolved = null;
                }
                sink.row(DemoTable.SUPPORT_TICKETS, ++id, priority, ts(opened),
                        firstResponse == null ? null : ts(firstResponse), resolved == null ? null : ts(resolved));
            }
        }
        phaseDone(DemoTable.SUPPORT_TICKETS);
    }

    private void community(RowSink sink) throws Exception {
        long total = Arrays.stream(signupsPerDay).asLongStream().sum();
        long cumulative = 0;
        for (int d = 0; d < days; d++) {
            SplittableRandom r = stream(S_COMMUNITY, d);
            cumulative += signupsPerDay[d];
            double joined = total == 0 ? 0 : (double) cumulative / total;
            double buzz = (d == outageDay ? 1.7 : 1.0) * (d < 5 ? 1.3 : 1.0) * (weekend[d] ? 1.2 : 1.0);
            int discordMembers = (int) Math.round(2500 + 24_000 * joined);
            int discordActive = (int) Math.round(discordMembers * 0.043 * buzz * Math.exp(0.07 * r.nextGaussian()));
            int discordMentions = (int) Math.round(discordActive * 0.15 * Math.exp(0.2 * r.nextGaussian()));
            sink.row(DemoTable.COMMUNITY_DAILY, day(d), "discord", discordMembers, discordActive, discordMentions);
            int followers = (int) Math.round(4000 + 33_000 * joined);
            int twitterActive = (int) Math.round(followers * 0.018 * buzz * Math.exp(0.1 * r.nextGaussian()));
            double talk = (1 + 2 * Math.exp(-d / 3.0)) * (d == outageDay ? 6 : 1) * (d == last ? 1.8 : 1);
            int twitterMentions = (int) Math.round(120 * talk * Math.exp(0.25 * r.nextGaussian()));
            sink.row(DemoTable.COMMUNITY_DAILY, day(d), "twitter", followers, twitterActive, twitterMentions);
        }
        doneWeight += days * 2;
    }

    private void seasons(RowSink sink) throws Exception {
        sink.row(DemoTable.SEASONS, "S1", "Season 1: Awakening", day(0), day(season2Start - 1));
        sink.row(DemoTable.SEASONS, "S2", "Season 2: Frostfall", day(season2Start),
                day(season2Start + DemoStory.SEASON_2_LENGTH_DAYS - 1));
    }

    private void marketTrades(RowSink sink) throws Exception {
        // one log-price path per item: a small drift in S1, gold inflation pushes prices up in S2
        double[][] logPrice = new double[ITEMS.length][days];
        SplittableRandom pr = stream(S_PRICES, 0);
        for (int i = 0; i < ITEMS.length; i++) {
            double lp = Math.log(ITEM_BASE_PRICE[i]);
            for (int d = 0; d < days; d++) {
                lp += (d >= season2Start ? 0.0052 : 0.0004) + 0.008 * pr.nextGaussian();
                logPrice[i][d] = lp;
            }
        }
        double[] popularity = cumulative(ITEM_POPULARITY);
        long id = 0;
        for (int d = 0; d < days; d++) {
            tickDays(DemoTable.MARKET_TRADES, d);
            SplittableRandom r = stream(S_TRADES, d);
            long count = Math.round(320 * scale * traffic(d) * Math.exp(0.1 * r.nextGaussian()));
            for (long n = 0; n < count; n++) {
                int item = pickCumulative(r, popularity);
                double price = Math.max(0.01, round2(Math.exp(logPrice[item][d] + 0.03 * r.nextGaussian())));
                int quantity = ITEM_STACKABLE[item] ? 1 + r.nextInt(50) : 1 + r.nextInt(3);
                sink.row(DemoTable.MARKET_TRADES, ++id, ITEMS[item], ts((long) d * DAY + timeOfDay(r)), price, quantity);
            }
        }
        phaseDone(DemoTable.MARKET_TRADES);
    }

    private void fraudFlags(RowSink sink) throws Exception {
        double[] rules = cumulative(FRAUD_RULE_WEIGHTS);
        long id = 0;
        for (int d = 0; d < days; d++) {
            SplittableRandom r = stream(S_FRAUD, d);
            int before = last - d;
            int count;
            if (before == 0) {
                count = 24 + r.nextInt(5);
            } else if (before == DemoStory.FRAUD_BURSTS_BEFORE_END[1]) {
                count = 14 + r.nextInt(4);
            } else if (before == DemoStory.FRAUD_BURSTS_BEFORE_END[0]) {
                count = 8 + r.nextInt(3);
            } else {
                double u = r.nextDouble();
                count = u < 0.45 ? 0 : u < 0.75 ? 1 : u < 0.9 ? 2 : 3;
            }
            boolean burst = count > 3;
            long burstStart = (long) d * DAY + 3600L * (2 + r.nextInt(18));
            for (int n = 0; n < count; n++) {
                // a burst is one wash-trading ring working a couple of hours
                long at = burst && n > 1 ? burstStart + r.nextInt(2 * 3600) : (long) d * DAY + timeOfDay(r);
                int known = usersCreatedBefore(at);
                if (known == 0) {
                    continue;
                }
                String rule = burst && n > 1 ? "market_wash_trade" : FRAUD_RULES[pickCumulative(r, rules)];
                String severity = burst && n > 1 || r.nextDouble() < 0.3 ? "high" : "low";
                sink.row(DemoTable.FRAUD_FLAGS, ++id, 1L + r.nextInt(known), ts(at), rule, severity);
            }
        }
        doneWeight += days * 3;
    }

    private void watchlist(RowSink sink) throws Exception {
        String[] symbols = {"BTC", "ETH"};
        double[] start = {61_500, 2_950};
        double[] sigma = {0.0045, 0.0055};
        // the evening of the last day: a sharp sell-off (BTC about -12 % over 24 h, ETH about -9 %)
        double[] lastDayMove = {Math.log(0.878), Math.log(0.912)};
        int hours = days * 24;
        for (int s = 0; s < symbols.length; s++) {
            tickDays(DemoTable.WATCHLIST_PRICES, s * days / 2);
            SplittableRandom r = stream(S_WATCH, s);
            double[] step = new double[hours];
            for (int h = 1; h < hours; h++) {
                step[h] = sigma[s] * r.nextGaussian();
            }
            int lastMidnight = last * 24;
            double noise = 0;
            for (int h = lastMidnight + 1; h < hours; h++) {
                if (h - lastMidnight < 14 || h - lastMidnight > 17) {
                    noise += step[h];
                }
            }
            for (int h = lastMidnight + 14; h <= lastMidnight + 17; h++) {
                step[h] = (lastDayMove[s] - noise) / 4;
            }
            double logPrice = Math.log(start[s]);
            for (int h = 0; h < hours; h++) {
                logPrice += step[h];
                sink.row(DemoTable.WATCHLIST_PRICES, symbols[s], ts(h * 3600L), round2(Math.exp(logPrice)));
            }
        }
        phaseDone(DemoTable.WATCHLIST_PRICES);
    }

    private void fearGreed(RowSink sink) throws Exception {
        SplittableRandom r = stream(S_FEAR, 0);
        double v = 55;
        for (int d = 0; d < days; d++) {
            v = 55 + 0.85 * (v - 55) + 6 * r.nextGaussian();
            int value = (int) Math.round(Math.max(0, Math.min(100, v)));
            if (d == last) {
                value = 17 + r.nextInt(6);
            } else if (d == last - 1) {
                value = Math.min(value, 38);
            }
            sink.row(DemoTable.FEAR_GREED, day(d), value);
        }
    }

    // ---------------------------------------------------------------- helpers

    private int usersCreatedBefore(long at) {
        int i = Arrays.binarySearch(createdAt, (int) Math.min(Integer.MAX_VALUE, at));
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && createdAt[i - 1] == createdAt[i]) {
            i--;
        }
        return i;
    }

    private long within(long t) {
        return Math.min(cutoff - 1, t);
    }

    private int timeOfDay(SplittableRandom r) {
        return pickCumulative(r, hourCumulative) * 3600 + r.nextInt(3600);
    }

    private LocalDateTime ts(long secondsSinceFirstDay) {
        return LocalDateTime.ofEpochSecond(baseEpoch + secondsSinceFirstDay, 0, ZoneOffset.UTC);
    }

    private LocalDate day(int index) {
        return firstDay.plusDays(index);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private SplittableRandom stream(long streamId, long key) {
        return new SplittableRandom(mix(seed ^ mix(streamId * 0x9E3779B97F4A7C15L + key)));
    }

    /** MurmurHash3's 64-bit finaliser: spreads nearby (stream, key) pairs over unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static int pick(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int pickCumulative(SplittableRandom r, double[] cumulative) {
        int i = Arrays.binarySearch(cumulative, r.nextDouble());
        return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i + 1);
    }

    // ---------------------------------------------------------------- progress

    private void tickUsers(DemoTable table, int index) {
        if ((index & 1023) == 0) {
            cancellation.throwIfCancelled();
            report(table, weights.getOrDefault(table, 0.0) * index / Math.max(1, createdAt.length));
        }
    }

    private void tickDays(DemoTable table, int day) {
        cancellation.throwIfCancelled();
        report(table, weights.getOrDefault(table, 0.0) * day / days);
    }

    private void report(DemoTable table, double withinPhase) {
        listener.progress(Math.min(1.0, (doneWeight + withinPhase) / totalWeight), table.tableName());
    }

    private void phaseDone(DemoTable table) {
        doneWeight += weights.getOrDefault(table, 0.0);
        report(table, 0);
    }
}
