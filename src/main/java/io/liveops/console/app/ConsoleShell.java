package io.liveops.console.app;

import io.liveops.console.alert.core.ToastThrottle;
import io.liveops.console.alert.ui.Toasts;
import io.liveops.console.background.BackgroundTask;
import io.liveops.console.kpi.ui.StatusBar;
import io.liveops.console.shared.Target;
import io.liveops.console.ui.AboutDialog;
import io.liveops.console.ui.CommandPalette;
import io.liveops.console.ui.CommandPaletteViewModel;
import io.liveops.console.ui.DirectorNameDialog;
import io.liveops.console.ui.MainWindow;
import io.liveops.console.ui.SettingsDialog;
import io.liveops.console.ui.ShellNavigator;
import io.liveops.console.ui.ShellViewModel;
import io.liveops.console.ui.ShortcutsOverlay;
import io.liveops.console.ui.UserGuide;
import io.liveops.console.ui.WindowPlacement;
import io.liveops.console.ui.kit.ConsoleTab;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's window around its tabs: the menus, the navigator, toasts, the command palette,
 * the shortcuts list, Help and About, and the window's remembered place. Every action is listed
 * once here or in a tab's contract; the menus, the palette, the shortcuts list and the key bindings
 * are all built from those lists.
 */
final class ConsoleShell {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleShell.class);
    private static final KeyCombination PALETTE_ALT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final AppContext context;
    private final Stage stage;
    private final MainWindow window;
    private final ShellNavigator navigator;
    private final CommandPalette palette;
    private final ShortcutsOverlay shortcuts = new ShortcutsOverlay();

    ConsoleShell(AppContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
        ShellViewModel shell = context.shell();
        this.window = new MainWindow(
                new StatusBar(context.statusBar(), context.board().progressProperty(), context.board().refreshingProperty()),
                shell.problems(), new MainWindow.Actions(
                        context.board()::refresh,
                        this::openConnections,
                        this::editName,
                        () -> openFolder(context.paths().dataDir(), "data"),
                        () -> openFolder(context.paths().logFile().getParent(), "log"),
                        Platform::exit,
                        shell.darkThemeProperty(),
                        this::showPalette,
                        this::showShortcuts,
                        this::openUserGuide,
                        this::showAbout));
        window.addTabs(context.tabs());
        this.navigator = new ShellNavigator(context.tabs(), window, target -> context.alertDrawer().openProperty().set(true));
        context.navigator().routeTo(navigator);
        context.alerts().addListener(new Toasts(ToastThrottle.gatheringFirst(context.clock(), ToastThrottle.DEFAULT_WINDOW,
                ToastThrottle.START_UP_GATHERING), stage,
                alert -> navigator.open(new Target(alert.source(), alert.key())),
                () -> context.alertDrawer().openProperty().set(true)));
        this.palette = new CommandPalette(new CommandPaletteViewModel(this::commands));
    }

    MainWindow window() {
        return window;
    }

    /** Puts the tabs' shortcuts, the palette's second key and '?' on the scene (the menus carry the shell's own keys). */
    void bindKeys(Scene scene) {
        for (ConsoleTab tab : context.tabs()) {
            for (ConsoleTab.Command command : tab.commands()) {
                if (command.shortcut() != null) {
                    scene.getAccelerators().put(command.shortcut(), () -> run(tab, command));
                }
            }
        }
        scene.getAccelerators().put(PALETTE_ALT, this::showPalette);
        scene.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                showShortcuts();
                e.consume();
            }
        });
    }

    private void run(ConsoleTab tab, ConsoleTab.Command command) {
        window.select(tab.id());
        command.run().run();
    }

    /** Everything the palette offers: going to each tab, each tab's commands, then the shell's own. */
    List<CommandPaletteViewModel.Entry> commands() {
        List<CommandPaletteViewModel.Entry> all = new ArrayList<>();
        List<ConsoleTab> tabs = context.tabs();
        for (int i = 0; i < tabs.size(); i++) {
            ConsoleTab tab = tabs.get(i);
            all.add(new CommandPaletteViewModel.Entry("Go to " + tab.title(), MainWindow.tabKey(i).map(KeyCombination::getDisplayText)
                    .orElse(""), "tab open show " + tab.id(), () -> window.select(tab.id())));
        }
        for (ConsoleTab tab : tabs) {
            for (ConsoleTab.Command c : tab.commands()) {
                all.add(new CommandPaletteViewModel.Entry(c.title(), c.shortcut() == null ? "" : c.shortcut().getDisplayText(),
                        tab.title(), () -> run(tab, c)));
            }
        }
        ShellViewModel shell = context.shell();
        all.add(new CommandPaletteViewModel.Entry("Refresh the KPIs now", "F5", "reload update", context.board()::refresh));
        all.add(new CommandPaletteViewModel.Entry(shell.darkThemeProperty().get() ? "Switch to the light theme" : "Switch to the dark theme",
                "", "theme colours dark light", () -> shell.darkThemeProperty().set(!shell.darkThemeProperty().get())));
        all.add(new CommandPaletteViewModel.Entry("Warehouse connections…", "Ctrl+,", "settings database connect", this::openConnections));
        all.add(new CommandPaletteViewModel.Entry("Your name…", "", "user identity who done by acknowledged", this::editName));
        all.add(new CommandPaletteViewModel.Entry("Open the data folder", "", "files state", () -> openFolder(context.paths().dataDir(), "data")));
        all.add(new CommandPaletteViewModel.Entry("Open the log folder", "", "logs support",
                () -> openFolder(context.paths().logFile().getParent(), "log")));
        all.add(new CommandPaletteViewModel.Entry("Keyboard shortcuts", "F1", "keys help", this::showShortcuts));
        all.add(new CommandPaletteViewModel.Entry("User guide for this tab", "", "help manual readme", this::openUserGuide));
        all.add(new CommandPaletteViewModel.Entry("About LiveOps Console", "", "version help", this::showAbout));
        all.add(new CommandPaletteViewModel.Entry("Quit", "Ctrl+Q", "exit close", Platform::exit));
        return all;
    }

    /** The shortcuts list: the same bindings the menus and the scene carry. */
    List<ShortcutsOverlay.Shortcut> shortcutList() {
        List<ShortcutsOverlay.Shortcut> list = new ArrayList<>();
        list.add(new ShortcutsOverlay.Shortcut(MainWindow.PALETTE.getDisplayText() + " or " + PALETTE_ALT.getDisplayText(),
                "Command palette: find any action by words"));
        List<ConsoleTab> tabs = context.tabs();
        for (int i = 0; i < tabs.size() && i < 9; i++) {
            list.add(new ShortcutsOverlay.Shortcut(MainWindow.tabKey(i).orElseThrow().getDisplayText(), "Go to " + tabs.get(i).title()));
        }
        for (ConsoleTab tab : tabs) {
            for (ConsoleTab.Command c : tab.commands()) {
                if (c.shortcut() != null) {
                    list.add(new ShortcutsOverlay.Shortcut(c.shortcut().getDisplayText(), c.title()));
                }
            }
        }
        list.add(new ShortcutsOverlay.Shortcut("F5", "Refresh the KPIs now"));
        list.add(new ShortcutsOverlay.Shortcut(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN).getDisplayText(),
                "Warehouse connections"));
        list.add(new ShortcutsOverlay.Shortcut("F1 or ?", "This list"));
        list.add(new ShortcutsOverlay.Shortcut(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN).getDisplayText(), "Quit"));
        return list;
    }

    private void showPalette() {
        palette.show(stage);
    }

    private void showShortcuts() {
        shortcuts.show(stage, shortcutList());
    }

    private void editName() {
        DirectorNameDialog.show(stage, context.directorName());
    }

    private void openConnections() {
        new SettingsDialog(context.settingsViewModel(), stage).showAndWait();
    }

    /** Renders the bundled guide into the data folder (background) and opens the current tab's section in the browser. */
    private void openUserGuide() {
        String section = context.tabs().stream().filter(t -> t.id().equals(window.selectedTabId())).findFirst()
                .map(ConsoleTab::guideSection).orElse("User guide");
        Path folder = context.paths().dataDir().resolve("help");
        context.executor().execute(BackgroundTask.of("Preparing the user guide", (p, c) -> UserGuide.write(folder))
                .onSuccess(page -> context.ports().browser().open(page.toUri() + "#" + UserGuide.anchorOf(section)))
                .onFailure(e -> context.shell().report("The user guide could not be opened: " + e.getMessage())));
    }

    private void openFolder(Path folder, String what) {
        LOG.info("Opening the {} folder {}", what, folder);
        context.ports().browser().open(folder.toAbsolutePath().toUri().toString());
    }

    private void showAbout() {
        AboutDialog.show(stage, aboutFacts(context), context.ports().clipboard());
    }

    static Map<String, String> aboutFacts(AppContext context) {
        Map<String, String> facts = new LinkedHashMap<>();
        String version = LiveOpsApp.class.getPackage().getImplementationVersion();
        facts.put("Version", version == null ? "development build" : version);
        facts.put("Java", System.getProperty("java.vm.vendor", "") + " " + Runtime.version());
        facts.put("JavaFX", System.getProperty("javafx.runtime.version", "unknown"));
        facts.put("Data folder", context.paths().dataDir().toAbsolutePath().toString());
        facts.put("Config folder", context.paths().configDir().toAbsolutePath().toString());
        facts.put("Log file", context.paths().logFile().toAbsolutePath().toString());
        facts.put("Warehouse", context.session().current().map(c -> c.profile().name() + " (" + c.profile().safeUrl() + ")")
                .orElse("not connected"));
        return facts;
    }

    /** Where the window is now, its tab and theme, to be opened that way next time. */
    WindowPlacement placement() {
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                window.selectedTabId(), context.shell().darkThemeProperty().get());
    }
}
