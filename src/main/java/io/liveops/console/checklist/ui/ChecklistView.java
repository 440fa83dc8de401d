package io.liveops.console.checklist.ui;

import io.liveops.console.checklist.core.TemplateReader;
import java.net.URL;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Checklist tab: today's routines (the open window highlighted, overdue ones flagged, the others
 * collapsed with their progress), live KPI values next to the items, and on the right the history or
 * the template editor. Built in code; it only binds to {@link ChecklistViewModel} and forwards clicks.
 */
final class ChecklistView extends BorderPane {

    /** The side panel's share of the width, between its narrowest and widest. */
    private static final double SIDE_SHARE = 0.3;
    private static final double SIDE_MIN = 320;
    private static final double SIDE_MAX = 380;

    private final ChecklistViewModel vm;
    private final VBox routinesBox = new VBox(8);
    private final BorderPane side = new BorderPane();

    public ChecklistView(ChecklistViewModel vm) {
        this.vm = vm;
        getStyleClass().add("checklist-view");
        URL css = ChecklistView.class.getResource("/assets/css/checklist.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        Node historyPane = new HistoryView(vm.history());
        Node editorPane = new TemplateEditorView(vm.editor());
        setTop(header());
        routinesBox.setPadding(new Insets(4, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(routinesBox);
        scroll.setFitToWidth(true);
        scroll.setId("checklist-scroll");
        setCenter(scroll);
        side.getStyleClass().add("checklist-side");
        side.setId("checklist-side");
        side.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(SIDE_MIN, Math.min(SIDE_MAX, getWidth() * SIDE_SHARE)), widthProperty()));
        side.setMinWidth(SIDE_MIN);
        side.centerProperty().bind(Bindings.when(vm.editor().openProperty()).<Node>then(editorPane).otherwise(historyPane));
        BorderPane.setMargin(side, new Insets(4, 12, 12, 0));
        setRight(side);
        vm.today().routines().addListener((ListChangeListener<RoutineRow>) c -> rebuild());
        rebuild();
    }

    private Node header() {
        Label title = new Label();
        title.setId("checklist-title");
        title.getStyleClass().add("checklist-title");
        title.textProperty().bind(vm.today().titleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label streak = new Label();
        streak.setId("checklist-streak");
        streak.getStyleClass().add("checklist-streak");
        streak.textProperty().bind(vm.history().streakProperty());
        streak.setMinWidth(Region.USE_PREF_SIZE);

        Button today = new Button("Back to today");
        today.setId("checklist-today");
        today.visibleProperty().bind(vm.today().readOnlyProperty());
        today.managedProperty().bind(today.visibleProperty());
        today.setOnAction(e -> vm.openToday());

        ToggleButton edit = new ToggleButton("Edit routines");
        edit.setId("checklist-edit");
        edit.selectedProperty().bindBidirectional(vm.editor().openProperty());

        MenuItem reload = new MenuItem("Re-read my template file");
        reload.setOnAction(e -> vm.editor().reload());
        MenuItem playbook = new MenuItem("Use the playbook's routines (09:00 / 14:00 / 18:00)");
        playbook.setOnAction(e -> vm.editor().usePreset(TemplateReader.DEFAULT_RESOURCE));
        MenuItem game = new MenuItem("Use the game team's routines (09:00 / 15:00 / 21:00)");
        game.setOnAction(e -> vm.editor().usePreset(TemplateReader.GAME_TEAM_RESOURCE));
        MenuButton template = new MenuButton("Template", null, reload, playbook, game);
        template.setId("checklist-template");

        HBox left = new HBox(12, title, streak);
        left.setAlignment(Pos.BASELINE_LEFT);
        HBox right = new HBox(8, today, edit, template);
        right.setAlignment(Pos.CENTER_RIGHT);
        right.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(12, left, grow, right);
        top.setAlignment(Pos.CENTER_LEFT);

        Label problem = message("checklist-problem", "checklist-problem");
        problem.textProperty().bind(vm.editor().templateProblemProperty());
        Label message = message("checklist-message", "checklist-message");
        message.textProperty().bind(vm.messageProperty());
        VBox box = new VBox(6, top, problem, message);
        box.setPadding(new Insets(12, 12, 4, 12));
        return box;
    }

    /** A wrapping message line that takes room only while it has something to say. */
    static Label message(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private void rebuild() {
        routinesBox.getChildren().setAll(vm.today().routines().stream().map(this::routinePane).toList());
    }

    private Node routinePane(RoutineRow row) {
        Label name = new Label(row.name());
        name.getStyleClass().add("routine-name");
        Label window = new Label(row.windowText());
        window.getStyleClass().add("routine-window");
        Label progress = new Label();
        progress.setId("progress-" + row.id());
        progress.getStyleClass().add("routine-progress");
        progress.textProperty().bind(row.progressProperty());
        Label badge = new Label();
        badge.setId("badge-" + row.id());
        badge.getStyleClass().add("routine-badge");
        badge.textProperty().bind(Bindings.when(row.overdueProperty()).then("window closed, items open")
                .otherwise(Bindings.when(row.currentProperty()).then("now").otherwise("")));
        badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
        badge.managedProperty().bind(badge.visibleProperty());
        HBox heading = new HBox(10, name, window, progress, badge);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));

        VBox items = new VBox(0);
        row.items().forEach(i -> items.getChildren().add(new ChecklistItemView(vm.today(), i)));
        TitledPane pane = new TitledPane(null, items);
        pane.setId("routine-" + row.id());
        pane.setGraphic(heading);
        pane.setMaxWidth(Double.MAX_VALUE);
        pane.getStyleClass().add("routine");
        pane.expandedProperty().bindBidirectional(row.expandedProperty());
        styleWhile(pane, "current", row.currentProperty().get());
        styleWhile(pane, "overdue", row.overdueProperty().get());
        row.currentProperty().addListener((o, was, on) -> styleWhile(pane, "current", on));
        row.overdueProperty().addListener((o, was, on) -> styleWhile(pane, "overdue", on));
        return pane;
    }

    /** Adds a style class while a condition holds. */
    static void styleWhile(Node n, String style, boolean on) {
        n.getStyleClass().remove(style);
        if (on) {
            n.getStyleClass().add(style);
        }
    }
}
