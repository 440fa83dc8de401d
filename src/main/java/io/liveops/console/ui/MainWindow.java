package io.liveops.console.ui;

import io.liveops.console.kpi.ui.StatusBar;
import io.liveops.console.kpi.ui.StatusBarViewModel;
import io.liveops.console.ui.kit.Icons;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
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

    /** What the menu items do; the application context supplies them. */
    public record Actions(Runnable refresh, Runnable openSettings, Runnable openDataFolder, Runnable quit,
                          java.util.function.Consumer<Boolean> darkTheme, boolean darkInitially) {}

    private final TabPane tabs = new TabPane();
    private final VBox notices = new VBox(2);

    public MainWindow(StatusBarViewModel status, ReadOnlyDoubleProperty progress, ReadOnlyBooleanProperty busy,
                      ObservableList<String> problems, Actions actions) {
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
        MenuItem dataFolder = new MenuItem("Open data folder (logs, state)");
        dataFolder.setOnAction(e -> actions.openDataFolder().run());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> actions.quit().run());
        Menu file = new Menu("File", null, settings, dataFolder, new SeparatorMenuItem(), quit);
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setSelected(actions.darkInitially());
        dark.selectedProperty().addListener((o, was, on) -> actions.darkTheme().accept(on));
        Menu view = new Menu("View", null, refresh, dark);
        MenuBar menu = new MenuBar(file, view);

        notices.setId("notices");
        problems.addListener((ListChangeListener<String>) c -> rebuildNotices(problems));
        rebuildNotices(problems);

        setTop(new VBox(menu, notices));
        setCenter(tabs);
        setBottom(new StatusBar(status, progress, busy));
    }

    public Tab addTab(String title, Node icon, Node content) {
        Tab tab = new Tab(title, content);
        tab.setGraphic(icon);
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        tabs.getTabs().add(tab);
        return tab;
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
