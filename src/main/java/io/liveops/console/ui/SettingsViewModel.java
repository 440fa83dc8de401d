package io.liveops.console.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.state.ConnectionProfileRepository;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.WarehouseSession;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Warehouse connection profiles: list, edit, validate, test, save and switch. Passwords are never
 * typed here: the profile names the environment variable that holds it (or pgjdbc reads ~/.pgpass).
 */
public final class SettingsViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SettingsViewModel.class);

    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final Duration TEST_TIMEOUT = Duration.ofSeconds(10);

    private final ConnectionProfileRepository repository;
    private final TaskExecutor executor;
    private final Map<String, String> env;
    private final WarehouseSession session;
    private final WarehouseProfile demo;
    private final Consumer<WarehouseProfile> switchTo;

    private final ObservableList<WarehouseProfile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<WarehouseProfile> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty jdbcUrl = new SimpleStringProperty(this, "jdbcUrl", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty passwordEnv = new SimpleStringProperty(this, "passwordEnv", "");
    private final StringProperty testResult = new SimpleStringProperty(this, "testResult", "");
    private final BooleanProperty testOk = new SimpleBooleanProperty(this, "testOk", false);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final StringProperty activeName = new SimpleStringProperty(this, "activeName", "");

    private final StringBinding nameError;
    private final StringBinding urlError;
    private final StringBinding passwordEnvError;
    private final BooleanBinding valid;

    /**
     * @param session  tests a connection with the SQL the console uses (the user's overrides included)
     * @param env      where the password variables are looked up (to warn about one that is not set)
     * @param switchTo puts the console on a saved profile
     */
    public SettingsViewModel(ConnectionProfileRepository repository, WarehouseSession session, TaskExecutor executor,
                             Map<String, String> env, WarehouseProfile demo, Consumer<WarehouseProfile> switchTo) {
        this.repository = repository;
        this.session = session;
        this.executor = executor;
        this.env = env;
        this.demo = demo;
        this.switchTo = switchTo;
        nameError = Bindings.createStringBinding(() -> validateName(name.get()), name, selected, profiles);
        urlError = Bindings.createStringBinding(() -> validateUrl(jdbcUrl.get()), jdbcUrl);
        passwordEnvError = Bindings.createStringBinding(() -> validatePasswordEnv(passwordEnv.get()), passwordEnv);
        valid = nameError.isEmpty().and(urlError.isEmpty()).and(passwordEnvError.isEmpty());
        selected.addListener((o, old, p) -> load(p));
    }

    /** Reads the saved profiles (background) and selects the active one. */
    public void reload() {
        busy.set(true);
        executor.execute(BackgroundTask.of("Loading warehouse profiles", (p, c) -> new Loaded(repository.list(), repository.active()))
                .onSuccess(l -> {
                    busy.set(false);
                    profiles.setAll(demo);
                    profiles.addAll(l.profiles().stream().filter(x -> !x.name().equals(demo.name())).toList());
                    WarehouseProfile active = l.active().orElse(demo);
                    activeName.set(active.name());
                    selected.set(profiles.stream().filter(x -> x.name().equals(active.name())).findFirst().orElse(demo));
                })
                .onFailure(e -> {
                    busy.set(false);
                    testOk.set(false);
                    testResult.set("Could not read the saved profiles: " + e.getMessage());
                    LOG.warn("Could not read the saved warehouse profiles: {}", e.getMessage());
                }));
    }

    private record Loaded(List<WarehouseProfile> profiles, Optional<WarehouseProfile> active) {}

    /** Starts a new, empty profile in the form. */
    public void newProfile() {
        selected.set(null);
        name.set("");
        jdbcUrl.set("jdbc:postgresql://localhost:5432/analytics");
        user.set("");
        passwordEnv.set("");
        testResult.set("");
    }

    private void load(WarehouseProfile p) {
        if (p == null) {
            return;
        }
        name.set(p.name());
        jdbcUrl.set(p.jdbcUrl());
        user.set(p.user() == null ? "" : p.user());
        passwordEnv.set(p.passwordEnv() == null ? "" : p.passwordEnv());
        testResult.set("");
    }

    public boolean isDemoSelected() {
        return selected.get() != null && selected.get().name().equals(demo.name());
    }

    public WarehouseProfile formProfile() {
        return new WarehouseProfile(name.get().trim(), jdbcUrl.get().trim(), blankToNull(user.get()), blankToNull(passwordEnv.get()));
    }

    /** Opens a throw-away pool with the form's values and checks the contract tables (background). */
    public void testConnection() {
        if (!valid.get()) {
            testOk.set(false);
            testResult.set(firstError());
            LOG.info("Connection test refused: {}", firstError());
            return;
        }
        WarehouseProfile p = formProfile();
        busy.set(true);
        testResult.set("Testing " + p.safeUrl() + " …");
        executor.execute(BackgroundTask.of("Testing warehouse connection", (progress, cancel) -> {
                    return session.test(p, TEST_TIMEOUT, cancel);
                })
                .onSuccess(check -> {
                    busy.set(false);
                    testOk.set(check.missingTables().isEmpty());
                    testResult.set(check.describe());
                    LOG.info("Connection test of {}: {}", p.safeUrl(), check.describe());
                })
                .onFailure(e -> {
                    busy.set(false);
                    testOk.set(false);
                    testResult.set(e instanceof WarehouseException ? e.getMessage() : "Connection test failed: " + e.getMessage());
                    LOG.warn("Connection test of {} failed: {}", p.safeUrl(), e.getMessage());
                }));
    }

    /** Saves the form's profile (durably, before saying so) and switches the console to it. */
    public void saveAndUse() {
        if (!valid.get()) {
            testOk.set(false);
            testResult.set(firstError());
            LOG.info("Warehouse profile refused: {}", firstError());
            return;
        }
        WarehouseProfile p = isDemoSelected() ? demo : formProfile();
        String replaced = selected.get() == null || isDemoSelected() ? null : selected.get().name();
        busy.set(true);
        executor.execute(BackgroundTask.of("Saving warehouse profile", (progress, cancel) -> {
                    if (p != demo) {
                        if (replaced != null && !replaced.equals(p.name())) {
                            repository.delete(replaced);
                        }
                        repository.save(p);
                        repository.setActive(p.name());
                    } else {
                        repository.clearActive();
                    }
                    return p;
                })
                .onSuccess(saved -> {
                    busy.set(false);
                    testOk.set(true);
                    testResult.set("Saved. The console now uses '" + saved.name() + "'.");
                    activeName.set(saved.name());
                    int i = indexOf(saved.name(), replaced);
                    if (i >= 0) {
                        profiles.set(i, saved);
                    } else {
                        profiles.add(saved);
                    }
                    selected.set(saved);
                    switchTo.accept(saved);
                })
                .onFailure(e -> {
                    busy.set(false);
                    testOk.set(false);
                    testResult.set("Not saved: " + e.getMessage());
                    LOG.warn("Warehouse profile not saved: {}", e.getMessage());
                }));
    }

    /** Deletes the selected profile (not the demo); the console falls back to the demo warehouse if it was active. */
    public void deleteSelected() {
        WarehouseProfile p = selected.get();
        if (p == null || isDemoSelected()) {
            return;
        }
        boolean wasActive = p.name().equals(activeName.get());
        busy.set(true);
        executor.execute(BackgroundTask.of("Deleting warehouse profile", (progress, cancel) -> {
                    repository.delete(p.name());
                    if (wasActive) {
                        repository.clearActive();
                    }
                    return p;
                })
                .onSuccess(deleted -> {
                    busy.set(false);
                    profiles.remove(deleted);
                    testResult.set("Deleted '" + deleted.name() + "'.");
                    if (wasActive) {
                        activeName.set(demo.name());
                        switchTo.accept(demo);
                    }
                    selected.set(demo);
                })
                .onFailure(e -> {
                    busy.set(false);
                    testResult.set("Not deleted: " + e.getMessage());
                    LOG.warn("Warehouse profile not deleted: {}", e.getMessage());
                }));
    }

    private int indexOf(String name, String replaced) {
        for (int i = 0; i < profiles.size(); i++) {
            String n = profiles.get(i).name();
            if (n.equals(name) || n.equals(replaced)) {
                return i;
            }
        }
        return -1;
    }

    private String validateName(String n) {
        if (isDemoSelected()) {
            return "";
        }
        if (n == null || n.isBlank()) {
            return "Name: give the connection a name, e.g. Production.";
        }
        if (n.trim().equals(demo.name())) {
            return "Name: '" + demo.name() + "' is reserved for the built-in demo warehouse.";
        }
        String current = selected.get() == null ? null : selected.get().name();
        boolean taken = profiles.stream().anyMatch(p -> p.name().equals(n.trim()) && !p.name().equals(current));
        return taken ? "Name: another connection is already called '" + n.trim() + "'." : "";
    }

    static String validateUrl(String url) {
        if (url == null || url.isBlank()) {
            return "JDBC URL: required, e.g. jdbc:postgresql://host:5432/analytics or jdbc:sqlite:/path/warehouse.db.";
        }
        try {
            Dialect.fromJdbcUrl(url.trim());
        } catch (WarehouseException e) {
            return "JDBC URL: " + e.getMessage();
        }
        if (url.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            return "JDBC URL: do not put the password in the URL; name an environment variable below or use ~/.pgpass.";
        }
        return "";
    }

    String validatePasswordEnv(String var) {
        if (var == null || var.isBlank()) {
            return "";
        }
        if (!ENV_NAME.matcher(var.trim()).matches()) {
            return "Password variable: '" + var + "' is not a valid environment variable name (letters, digits, underscore).";
        }
        return "";
    }

    /** A hint, not an error: the variable may be set before the next start. */
    public Optional<String> passwordEnvWarning() {
        String var = passwordEnv.get();
        if (var != null && !var.isBlank() && ENV_NAME.matcher(var.trim()).matches() && env.get(var.trim()) == null) {
            return Optional.of("The variable " + var.trim() + " is not set in this console's environment.");
        }
        return Optional.empty();
    }

    private String firstError() {
        for (String e : List.of(nameError.get(), urlError.get(), passwordEnvError.get())) {
            if (!e.isEmpty()) {
                return e;
            }
        }
        return "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public ObservableList<WarehouseProfile> profiles() {
        return profiles;
    }

    public ObjectProperty<WarehouseProfile> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty jdbcUrlProperty() {
        return jdbcUrl;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordEnvProperty() {
        return passwordEnv;
    }

    public StringProperty testResultProperty() {
        return testResult;
    }

    public BooleanProperty testOkProperty() {
        return testOk;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty activeNameProperty() {
        return activeName;
    }

    public StringBinding nameError() {
        return nameError;
    }

    public StringBinding urlError() {
        return urlError;
    }

    public StringBinding passwordEnvError() {
        return passwordEnvError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
