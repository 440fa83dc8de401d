package io.liveops.console.ui;

import io.liveops.console.ui.kit.Icons;

import io.liveops.console.ui.kit.ConsoleTab;
import io.liveops.console.ui.kit.TabBadge;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The console's shell: menu, one tab per feature area, a bar for start-up problems (e.g. a config
 * file that was refused) and the status bar. Features hand in their views; the shell only lays out.
 */
public final class MainWindow extends BorderPane {

    /** What the menu items do; the application supplies them. */
    public record Actions(Runnable refresh, Runnable openSettings, Runnable yourName, Runnable openDataFolder, Runnable openLogFolder,
                          Runnable quit,
                          BooleanProperty darkTheme, Runnable palette, Runnable shortcuts, Runnable userGuide, Runnable about) {}

    /** The keys of the shell's own menu items, as the shortcuts list shows them. */
    public static final KeyCombination PALETTE = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SHORTCUTS = new KeyCodeCombination(KeyCode.F1);

    private final Menu go = new Menu("Go");

    private final TabPane tabs = new TabPane();
    private final VBox notices = new VBox(2);
    private final HBox badges = new HBox(10);

    /**
     * @param statusBar the bar along the bottom (the warehouse, the as-of day, the refresh state)
     * @param problems  start-up problems, one sentence each, shown under the menu until dismissed
     */
    public MainWindow(Node statusBar, ObservableList<String> problems, Actions actions) {
        getStyleClass().add("main-window");
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        MenuItem refresh = new MenuItem("Refresh now", Icons.REFRESH.create());
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.setOnAction(e -> actions.refresh().run());
        MenuItem settings = new MenuItem("Warehouse connections…", Icons.SETTINGS.create());
        settings.setId("menu-settings");
        settings.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        settings.setOnAction(e -> actions.openSettings().run());
        MenuItem dataFolder = new MenuItem("Open data folder (state, demo warehouse)");
        dataFolder.setOnAction(e -> actions.openDataFolder().run());
        MenuItem logFolder = new MenuItem("Open log folder");
        logFolder.setId("menu-log-folder");
        logFolder.setOnAction(e -> actions.openLogFolder().run());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> actions.quit().run());
        MenuItem name = new MenuItem("Your name…");
        name.setId("menu-your-name");
        name.setOnAction(e -> actions.yourName().run());
        Menu file = new Menu("File", null, settings, name, new SeparatorMenuItem(), dataFolder, logFolder, new SeparatorMenuItem(), quit);
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark");
        dark.selectedProperty().bindBidirectional(actions.darkTheme());
        MenuItem palette = new MenuItem("Command palette…");
        palette.setId("menu-palette");
        palette.setAccelerator(PALETTE);
        palette.setOnAction(e -> actions.palette().run());
        Menu view = new Menu("View", null, palette, new SeparatorMenuItem(), refresh, dark);
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setAccelerator(SHORTCUTS);
        shortcuts.setOnAction(e -> actions.shortcuts().run());
        MenuItem guide = new MenuItem("User guide for this tab");
        guide.setId("menu-guide");
        guide.setOnAction(e -> actions.userGuide().run());
        MenuItem about = new MenuItem("About LiveOps Console");
        about.setId("menu-about");
        about.setOnAction(e -> actions.about().run());
        Menu help = new Menu("Help", null, shortcuts, guide, new SeparatorMenuItem(), about);
        MenuBar menu = new MenuBar(file, view, go, help);

        notices.setId("notices");
        problems.addListener((ListChangeListener<String>) c -> rebuildNotices(problems));
        rebuildNotices(problems);

        setTop(new VBox(menu, notices));
        setCenter(tabs);
        badges.setId("status-badges");
        badges.setAlignment(Pos.CENTER_LEFT);
        badges.setPadding(new Insets(0, 10, 0, 10));
        HBox bottom = new HBox(badges, statusBar);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("status-bar");
        HBox.setHgrow(statusBar, Priority.ALWAYS);
        setBottom(bottom);
    }

    /** Adds the console's tabs in order; a tab's content is built the first time it is selected. */
    public void addTabs(List<ConsoleTab> consoleTabs) {
        for (ConsoleTab ct : consoleTabs) {
            MenuItem item = new MenuItem(ct.title(), ct.icon().create());
            item.setId("menu-go-" + ct.id());
            tabKey(go.getItems().size()).ifPresent(item::setAccelerator);
            item.setOnAction(e -> select(ct.id()));
            go.getItems().add(item);
            Tab tab = new Tab(ct.title());
            tab.setGraphic(ct.icon().create());
            tab.setId("tab-" + ct.id());
            tab.setUserData(ct);
            tabs.getTabs().add(tab);
            if (ct.badge() != null) {
                showBadge(ct, tab);
            }
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> build(now));
        build(tabs.getSelectionModel().getSelectedItem());
    }

    /** The badge beside the tab's title, and the same words in the status bar (a click there opens the tab). */
    private void showBadge(ConsoleTab ct, Tab tab) {
        Label inTab = new Label();
        inTab.setId("tab-badge-" + ct.id());
        inTab.getStyleClass().add("tab-badge");
        Label inStatus = new Label();
        inStatus.setId("status-badge-" + ct.id());
        inStatus.getStyleClass().add("status-badge");
        inStatus.setOnMouseClicked(e -> select(ct.id()));
        Runnable update = () -> {
            TabBadge b = ct.badge().getValue();
            for (Label l : List.of(inTab, inStatus)) {
                l.getStyleClass().removeIf(c -> c.startsWith("badge-"));
                l.setVisible(b != null);
                l.setManaged(b != null);
                if (b != null) {
                    l.getStyleClass().add("badge-" + b.status().id());
                    l.setGraphic(Icons.forStatus(b.status()).create());
                }
            }
            inTab.setText(b == null ? "" : b.text());
            inStatus.setText(b == null ? "" : ct.title() + ": " + b.text());
        };
        ct.badge().addListener((o, was, now) -> update.run());
        update.run();
        tab.setGraphic(new HBox(4, ct.icon().create(), inTab));
        badges.getChildren().add(inStatus);
    }

    private static void build(Tab tab) {
        if (tab != null && tab.getContent() == null && tab.getUserData() instanceof ConsoleTab ct) {
            tab.setContent(ct.content());
        }
    }

    /** Ctrl+1 … Ctrl+9 for the first nine tabs. */
    public static java.util.Optional<KeyCombination> tabKey(int index) {
        return index < 9 ? java.util.Optional.of(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (index + 1)),
                KeyCombination.SHORTCUT_DOWN)) : java.util.Optional.empty();
    }

    /** The id of the tab on screen. */
    public String selectedTabId() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t != null && t.getUserData() instanceof ConsoleTab ct ? ct.id() : "";
    }

    /** Selects a tab by its id; false when there is none. */
    public boolean select(String tabId) {
        for (Tab tab : tabs.getTabs()) {
            if (tab.getUserData() instanceof ConsoleTab ct && ct.id().equals(tabId)) {
                tabs.getSelectionModel().select(tab);
                build(tab);
                return true;
            }
        }
        return false;
    }

    public TabPane tabs() {
        return tabs;
    }

    private void rebuildNotices(ObservableList<String> problems) {
        notices.getChildren().clear();
        for (String p : problems) {
            Label text = new Label(p);
            text.setWrapText(true);
            text.setGraphic(Icons.WARNING.create());
            Button dismiss = new Button("Dismiss");
            dismiss.setOnAction(e -> problems.remove(p));
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(8, text, dismiss);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(6, 10, 6, 10));
            row.getStyleClass().add("notice");
            notices.getChildren().add(row);
        }
    }
}
