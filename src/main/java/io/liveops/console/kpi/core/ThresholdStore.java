package io.liveops.console.kpi.core;

/**
 * Where thresholds live: what is in force now, the shipped defaults, and saving an edit. The KPI
 * service, the alert rules, the board and the threshold editor all read this one store.
 */
public interface ThresholdStore {

    Thresholds current();

    Thresholds defaults();

    /** Writes the user's file and puts the thresholds in force; called on a background thread. */
    void save(Thresholds thresholds);

    /** The user's {@code thresholds.json} (or the defaults when it is missing or was refused). */
    static ThresholdStore of(ThresholdConfig config, Thresholds inForce) {
        return new ThresholdStore() {
            private volatile Thresholds current = inForce;

            @Override
            public Thresholds current() {
                return current;
            }

            @Override
            public Thresholds defaults() {
                return config.defaults();
            }

            @Override
            public void save(Thresholds edited) {
                config.save(edited); // the file first: what is in force is always what the user will find
                current = edited;
            }
        };
    }

    /** A store whose thresholds are fixed (benchmarks, views under test): saving is refused. */
    static ThresholdStore fixed(Thresholds thresholds) {
        return new ThresholdStore() {
            @Override
            public Thresholds current() {
                return thresholds;
            }

            @Override
            public Thresholds defaults() {
                return thresholds;
            }

            @Override
            public void save(Thresholds edited) {
                throw new IllegalStateException("These thresholds are fixed and cannot be edited");
            }
        };
    }
}
