package io.liveops.console.calendar.core;

import io.liveops.console.background.Cancellation;
import io.liveops.console.warehouse.WarehouseSession;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the calendar reads from the warehouse, each through its SQL file
 * ({@code sql/warehouse/<dialect>/calendar_*.sql}, overridable like the KPI files): the seasons, the
 * market recap's numbers, signups per day for the email drip, and the 7-day-inactive users. Blocking:
 * call it on the background executor.
 */
public final class CalendarWarehouse {

    /** Users entering the 7-day-inactivity push on D, and all who are past it. */
    public record Inactivity(long inactive, long entering) {}

    private final Duration timeout;

    public CalendarWarehouse(Duration timeout) {
        this.timeout = timeout;
    }

    public List<Season> seasons(WarehouseSession.Connection c, Cancellation cancel) {
        String sql = c.catalog().load("calendar_seasons").sql();
        return c.warehouse().query(sql, List.of(), timeout, cancel, rs -> {
            List<Season> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Season(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3).substring(0, 10)),
                        LocalDate.parse(rs.getString(4).substring(0, 10))));
            }
            return out;
        });
    }

    public MarketRecap recap(WarehouseSession.Connection c, LocalDate day, Cancellation cancel) {
        List<MarketRecap.PriceLine> prices = c.warehouse().queryAsOf(c.catalog().load("calendar_recap_prices").sql(), day, timeout, cancel, rs -> {
            List<MarketRecap.PriceLine> out = new ArrayList<>();
            while (rs.next()) {
                double before = rs.getDouble(2);
                Double b = rs.wasNull() ? null : before;
                out.add(new MarketRecap.PriceLine(rs.getString(1), b, rs.getDouble(3)));
            }
            return out;
        });
        Integer[] fg = c.warehouse().queryAsOf(c.catalog().load("calendar_recap_fear_greed").sql(), day, timeout, cancel, rs -> {
            Integer[] v = new Integer[2];
            if (rs.next()) {
                int before = rs.getInt(1);
                v[0] = rs.wasNull() ? null : before;
                int now = rs.getInt(2);
                v[1] = rs.wasNull() ? null : now;
            }
            return v;
        });
        return new MarketRecap(day, prices, fg[0], fg[1]);
    }

    /** Signups per UTC day over {@code [first, last]}; days without signups are absent (0). */
    public Map<LocalDate, Long> signupsPerDay(WarehouseSession.Connection c, LocalDate first, LocalDate last, Cancellation cancel) {
        return c.warehouse().query(c.catalog().load("calendar_drip_signups").sql(), List.of(first, last), timeout, cancel, rs -> {
            Map<LocalDate, Long> out = new HashMap<>();
            while (rs.next()) {
                out.put(LocalDate.parse(rs.getString(1).substring(0, 10)), rs.getLong(2));
            }
            return out;
        });
    }

    public Inactivity inactive7d(WarehouseSession.Connection c, LocalDate day, Cancellation cancel) {
        return c.warehouse().queryAsOf(c.catalog().load("calendar_inactive_7d").sql(), day, timeout, cancel, rs -> {
            rs.next();
            return new Inactivity(rs.getLong(1), rs.getLong(2));
        });
    }
}
