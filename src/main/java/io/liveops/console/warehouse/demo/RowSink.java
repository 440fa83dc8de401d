package io.liveops.console.warehouse.demo;

/**
 * Where generated rows go. The generator emits every table's rows contiguously, in
 * {@link DemoTable} order, with values typed as: {@code Long}/{@code Integer} (integers),
 * {@code Double} (already rounded), {@code java.math.BigDecimal} (money, scale 2), {@code String},
 * {@code Boolean}, {@code java.time.LocalDateTime} (whole seconds, UTC), {@code java.time.LocalDate},
 * or {@code null}. Each sink converts them to its dialect's storage forms.
 */
interface RowSink {

    /** One row of {@code table}, values in {@link DemoTable#columns()} order. */
    void row(DemoTable table, Object... values) throws Exception;
}
