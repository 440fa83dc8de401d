package io.liveops.console.checklist.ui;

import io.liveops.console.checklist.core.ChecklistItem;
import io.liveops.console.checklist.core.ChecklistTemplate;
import io.liveops.console.checklist.core.DaySummary;
import io.liveops.console.checklist.core.Routine;
import io.liveops.console.checklist.core.TemplateReader;

import io.liveops.console.ui.kit.Icons;
import java.net.URL;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The Checklist tab: today's routines (the open window highlighted, the others collapsed with their
 * progress), live KPI values next to the items, the history with its heat-map, and the template
 * editor. Built in code; it only binds to {@link ChecklistViewModel} and forwards clicks.
 */
public final class ChecklistView extends BorderPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final ChecklistViewModel vm;
    private final VBox routinesBox = new VBox(8);
    private final BorderPane side = new BorderPane();
    private final Node historyPane;
    private final Node editorPane;

    public ChecklistView(ChecklistViewModel vm) {
        this.vm = vm;
        getStyleClass().add("checklist-view");
        URL css = ChecklistView.class.getResource("/assets/css/checklist.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        historyPane = history();
        editorPane = new ChecklistEditor(vm);
        setTop(header());
        routinesBox.setPadding(new Insets(4, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(routinesBox);
        scroll.setFitToWidth(true);
        scroll.setId("checklist-scroll");
        setCenter(scroll);
        side.getStyleClass().add("checklist-side");
        side.setPrefWidth(360);
        side.setCenter(historyPane);
        BorderPane.setMargin(side, new Insets(4, 12, 12, 0));
        setRight(side);
        vm.routines().addListener((ListChangeListener<ChecklistViewModel.RoutineRow>) c -> rebuild());
        rebuild();
    }

    /** Opens a console tab by its title, for item actions ("Incidents", "Weekly report"). */
    public static Consumer<String> tabOpener(TabPane tabs, Consumer<String> report) {
        return title -> {
            Optional<Tab> tab = tabs.getTabs().stream().filter(t -> title.equalsIgnoreCase(t.getText())).findFirst();
            tab.ifPresentOrElse(t -> tabs.getSelectionModel().select(t), () -> report.accept("The console has no \"" + title + "\" tab yet."));
        };
    }

    private Node header() {
        Label title = new Label();
        title.setId("checklist-title");
        title.getStyleClass().add("checklist-title");
        title.textProperty().bind(vm.titleProperty());
        Label streak = new Label();
        streak.setId("checklist-streak");
        streak.getStyleClass().add("checklist-streak");
        streak.textProperty().bind(vm.streakProperty());

        Button today = new Button("Back to today");
        today.setId("checklist-today");
        today.visibleProperty().bind(vm.readOnlyProperty());
        today.managedProperty().bind(today.visibleProperty());
        today.setOnAction(e -> vm.openToday());

        ToggleButton edit = new ToggleButton("Edit routines");
        edit.setId("checklist-edit");
        edit.selectedProperty().addListener((o, was, on) -> side.setCenter(on ? editorPane : historyPane));

        MenuItem reload = new MenuItem("Re-read my template file");
        reload.setOnAction(e -> vm.reloadTemplate());
        MenuItem playbook = new MenuItem("Use the playbook's routines (09:00 / 14:00 / 18:00)");
        playbook.setOnAction(e -> vm.usePreset(TemplateReader.DEFAULT_RESOURCE));
        MenuItem game = new MenuItem("Use the game team's routines (09:00 / 15:00 / 21:00)");
        game.setOnAction(e -> vm.usePreset(TemplateReader.GAME_TEAM_RESOURCE));
        MenuButton template = new MenuButton("Template", null, reload, playbook, game);
        template.setId("checklist-template");

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(12, title, streak, grow, today, edit, template);
        top.setAlignment(Pos.CENTER_LEFT);

        Label problem = message("checklist-problem", "checklist-problem");
        problem.textProperty().bind(vm.templateProblemProperty());
        Label message = message("checklist-message", "checklist-message");
        message.textProperty().bind(vm.messageProperty());
        VBox box = new VBox(6, top, problem, message);
        box.setPadding(new Insets(12, 12, 4, 12));
        return box;
    }

    private static Label message(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private void rebuild() {
        routinesBox.getChildren().setAll(vm.routines().stream().map(this::routinePane).toList());
    }

    private Node routinePane(ChecklistViewModel.RoutineRow row) {
        Label name = new Label(row.name());
        name.getStyleClass().add("routine-name");
        Label window = new Label(row.windowText());
        window.getStyleClass().add("routine-window");
        Label progress = new Label();
        progress.setId("progress-" + row.id());
        progress.getStyleClass().add("routine-progress");
        progress.textProperty().bind(row.progressProperty());
        Label badge = new Label();
        badge.getStyleClass().add("routine-badge");
        badge.textProperty().bind(Bindings.when(row.overdueProperty()).then("window closed, items open")
                .otherwise(Bindings.when(row.currentProperty()).then("now").otherwise("")));
        badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
        HBox heading = new HBox(10, name, window, progress, badge);
        heading.setAlignment(Pos.CENTER_LEFT);

        VBox items = new VBox(0);
        row.items().forEach(i -> items.getChildren().add(itemRow(i)));
        TitledPane pane = new TitledPane(null, items);
        pane.setId("routine-" + row.id());
        pane.setGraphic(heading);
        pane.getStyleClass().add("routine");
        pane.expandedProperty().bindBidirectional(row.expandedProperty());
        pseudoClass(pane, "current", row.currentProperty().get());
        pseudoClass(pane, "overdue", row.overdueProperty().get());
        row.currentProperty().addListener((o, was, on) -> pseudoClass(pane, "current", on));
        row.overdueProperty().addListener((o, was, on) -> pseudoClass(pane, "overdue", on));
        return pane;
    }

    private static void pseudoClass(Node n, String style, boolean on) {
        n.getStyleClass().remove(style);
        if (on) {
            n.getStyleClass().add(style);
        }
    }

    private Node itemRow(ChecklistViewModel.ItemRow item) {
        CheckBox check = new CheckBox(item.text());
        check.setId("item-" + item.itemId().replaceAll("[^A-Za-z0-9_-]", "_"));
        check.setWrapText(true);
        check.setSelected(item.doneProperty().get());
        check.disableProperty().bind(vm.readOnlyProperty().or(item.skippedProperty()));
        check.setOnAction(e -> {
            check.setSelected(item.doneProperty().get()); // the ViewModel decides, after the state store saved it
            vm.toggle(item);
        });
        item.doneProperty().addListener((o, was, done) -> check.setSelected(done));

        FlowPane chips = new FlowPane(6, 4);
        Runnable fillChips = () -> chips.getChildren().setAll(item.kpis().stream().map(c -> {
            Label chip = new Label(c.label() + "  " + c.value(), Icons.forStatus(c.status()).create());
            chip.getStyleClass().addAll("kpi-chip", "status-" + c.status().id());
            chip.setId("kpi-" + item.itemId() + "-" + c.id().replace(':', '-'));
            chip.setTooltip(new Tooltip(c.label() + ": " + c.value() + " (" + c.status().id() + ")"));
            return chip;
        }).toList());
        item.kpis().addListener((ListChangeListener<ChecklistViewModel.KpiChip>) c -> fillChips.run());
        fillChips.run();
        chips.visibleProperty().bind(Bindings.isNotEmpty(item.kpis()));
        chips.managedProperty().bind(chips.visibleProperty());

        HBox buttons = new HBox(6);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        item.link().ifPresent(url -> {
            Hyperlink link = new Hyperlink("Open link");
            link.setTooltip(new Tooltip(url));
            link.setOnAction(e -> vm.openLink(item));
            buttons.getChildren().add(link);
        });
        item.action().ifPresent(tab -> {
            Button action = new Button("Open " + tab);
            action.setOnAction(e -> vm.openAction(item));
            buttons.getChildren().add(action);
        });
        Button skip = new Button("Skip…");
        skip.setId("skip-" + check.getId().substring("item-".length()));
        skip.disableProperty().bind(vm.readOnlyProperty().or(item.doneProperty()).or(item.skippedProperty()));
        skip.setOnAction(e -> ask("Skip \"" + item.text() + "\"", "Why is it skipped?", "").ifPresent(r -> vm.skip(item, r)));
        Button note = new Button("Note…");
        note.disableProperty().bind(vm.readOnlyProperty());
        note.setOnAction(e -> ask("Note on \"" + item.text() + "\"", "Note:", item.noteProperty().get()).ifPresent(n -> vm.note(item, n)));
        buttons.getChildren().addAll(skip, note);
        // the item's text wraps instead: buttons keep their labels readable
        buttons.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        buttons.setMinWidth(Region.USE_PREF_SIZE);

        Label status = new Label();
        status.getStyleClass().add("item-status");
        status.setId("status-" + check.getId().substring("item-".length()));
        status.textProperty().bind(item.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Label noteText = new Label();
        noteText.getStyleClass().add("item-note");
        noteText.textProperty().bind(Bindings.when(item.noteProperty().isEmpty()).then("").otherwise(Bindings.concat("Note: ", item.noteProperty())));
        noteText.visibleProperty().bind(item.noteProperty().isNotEmpty());
        noteText.managedProperty().bind(noteText.visibleProperty());

        VBox text = new VBox(4, check, chips, status, noteText);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(10, text, buttons);
        box.getStyleClass().add("checklist-item");
        pseudoClass(box, "breached", item.breachedProperty().get());
        item.breachedProperty().addListener((o, was, on) -> pseudoClass(box, "breached", on));
        pseudoClass(box, "done", item.doneProperty().get());
        item.doneProperty().addListener((o, was, on) -> pseudoClass(box, "done", on));
        return box;
    }

    private Optional<String> ask(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        return dialog.showAndWait();
    }

    private Node history() {
        Label title = new Label("History");
        title.getStyleClass().add("checklist-side-title");
        Label hint = new Label("One square per routine: the greener, the more was done. Click a day to see it (read-only).");
        hint.setWrapText(true);
        hint.getStyleClass().add("item-status");
        ListView<DaySummary> days = new ListView<>(vm.history());
        days.setId("checklist-history");
        days.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DaySummary d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                HBox cells = new HBox(3);
                for (DaySummary.RoutineProgress p : d.routines()) {
                    Rectangle r = new Rectangle(14, 14);
                    r.getStyleClass().addAll("heat-cell", heat(p));
                    Tooltip.install(r, new Tooltip(p.name() + ": " + p.handled() + "/" + p.total()));
                    cells.getChildren().add(r);
                }
                int handled = d.routines().stream().mapToInt(DaySummary.RoutineProgress::handled).sum();
                int total = d.routines().stream().mapToInt(DaySummary.RoutineProgress::total).sum();
                Label day = new Label(DAY.format(d.day()));
                day.setMinWidth(80);
                Label count = new Label(handled + "/" + total + (d.complete() ? " ✓" : ""));
                HBox line = new HBox(8, day, cells, count);
                line.setAlignment(Pos.CENTER_LEFT);
                line.getStyleClass().add("history-day");
                setText(null);
                setGraphic(line);
            }
        });
        // a click (not a selection change) so the same day opens again after "Back to today"
        days.setOnMouseClicked(e -> Optional.ofNullable(days.getSelectionModel().getSelectedItem()).ifPresent(d -> vm.openDay(d.day())));
        VBox.setVgrow(days, Priority.ALWAYS);
        return new VBox(8, title, hint, days);
    }

    private static String heat(DaySummary.RoutineProgress p) {
        if (p.total() == 0 || p.complete()) {
            return "heat-4";
        }
        double share = (double) p.handled() / p.total();
        return share == 0 ? "heat-none" : share < 0.5 ? "heat-1" : share < 0.75 ? "heat-2" : "heat-3";
    }

    /** Edits routines and items of the user's template; changes apply from the next day. */
    private static final class ChecklistEditor extends VBox {

        ChecklistEditor(ChecklistViewModel vm) {
            super(8);
            Label title = new Label("Edit routines");
            title.getStyleClass().add("checklist-side-title");
            Label hint = new Label("Changes are saved to your template file and apply from tomorrow; past days keep their items.");
            hint.setWrapText(true);
            hint.getStyleClass().add("item-status");

            ListView<Routine> routines = new ListView<>();
            routines.setId("editor-routines");
            routines.setPrefHeight(180);
            routines.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(Routine r, boolean empty) {
                    super.updateItem(r, empty);
                    setText(empty || r == null ? null : r.name() + (r.start() == null ? "" : "  " + r.start() + "–" + r.end()));
                }
            });
            ListView<ChecklistItem> items = new ListView<>();
            items.setId("editor-items");
            items.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(ChecklistItem i, boolean empty) {
                    super.updateItem(i, empty);
                    setText(empty || i == null ? null : i.text());
                }
            });
            VBox.setVgrow(items, Priority.ALWAYS);
            Runnable fill = () -> {
                String selectedRoutine = Optional.ofNullable(routines.getSelectionModel().getSelectedItem()).map(Routine::id).orElse(null);
                String selectedItem = Optional.ofNullable(items.getSelectionModel().getSelectedItem()).map(ChecklistItem::id).orElse(null);
                ChecklistTemplate t = vm.templateProperty().get();
                routines.getItems().setAll(t == null ? java.util.List.of() : t.routines());
                routines.getItems().stream().filter(r -> r.id().equals(selectedRoutine)).findFirst()
                        .ifPresent(r -> routines.getSelectionModel().select(r));
                items.getItems().stream().filter(i -> i.id().equals(selectedItem)).findFirst()
                        .ifPresent(i -> items.getSelectionModel().select(i));
            };
            routines.getSelectionModel().selectedItemProperty().addListener((o, was, r) ->
                    items.getItems().setAll(r == null ? java.util.List.of() : r.items()));
            vm.templateProperty().addListener((o, was, t) -> fill.run());
            fill.run();

            TextField text = new TextField();
            text.setId("editor-text");
            text.setPromptText("Name or text");
            TextField window = new TextField();
            window.setPromptText("Window, e.g. 23:00-23:30");
            window.setPrefColumnCount(10);

            Button addRoutine = new Button("Add routine");
            addRoutine.setOnAction(e -> {
                String[] parts = window.getText().split("[-–]");
                try {
                    vm.addRoutine(text.getText(), LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[parts.length - 1].strip()));
                } catch (DateTimeParseException ex) {
                    vm.addRoutine(text.getText(), null, null); // the ViewModel explains what a routine needs
                }
            });
            Button renameRoutine = button("Rename", routines, r -> vm.renameRoutine(r.id(), text.getText()));
            Button removeRoutine = button("Remove", routines, r -> vm.removeRoutine(r.id()));
            Button routineUp = button("↑", routines, r -> vm.moveRoutine(r.id(), -1));
            Button routineDown = button("↓", routines, r -> vm.moveRoutine(r.id(), 1));

            Button addItem = button("Add item", routines, r -> vm.addItem(r.id(), text.getText()));
            addItem.setId("editor-add-item");
            Button renameItem = itemButton("Rename", routines, items, (r, i) -> vm.renameItem(r.id(), i.id(), text.getText()));
            Button removeItem = itemButton("Remove", routines, items, (r, i) -> vm.removeItem(r.id(), i.id()));
            Button itemUp = itemButton("↑", routines, items, (r, i) -> vm.moveItem(r.id(), i.id(), -1));
            Button itemDown = itemButton("↓", routines, items, (r, i) -> vm.moveItem(r.id(), i.id(), 1));

            getChildren().addAll(title, hint, new Label("Routines"), routines,
                    new FlowPane(6, 6, renameRoutine, removeRoutine, routineUp, routineDown),
                    new Label("Items of the selected routine"), items,
                    new FlowPane(6, 6, addItem, renameItem, removeItem, itemUp, itemDown),
                    text, new HBox(6, window, addRoutine));
        }

        private static Button button(String label, ListView<Routine> routines, Consumer<Routine> action) {
            Button b = new Button(label);
            b.disableProperty().bind(routines.getSelectionModel().selectedItemProperty().isNull());
            b.setOnAction(e -> action.accept(routines.getSelectionModel().getSelectedItem()));
            return b;
        }

        private static Button itemButton(String label, ListView<Routine> routines, ListView<ChecklistItem> items,
                                         java.util.function.BiConsumer<Routine, ChecklistItem> action) {
            Button b = new Button(label);
            b.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull());
            b.setOnAction(e -> action.accept(routines.getSelectionModel().getSelectedItem(), items.getSelectionModel().getSelectedItem()));
            return b;
        }
    }
}
