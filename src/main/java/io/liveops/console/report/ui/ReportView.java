package io.liveops.console.report.ui;

import io.liveops.console.report.core.CriticalBug;
import io.liveops.console.report.core.IsoWeek;
import io.liveops.console.report.core.WeeklyReport;
import io.liveops.console.ui.kit.WrappingCell;
import java.net.URL;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.StringConverter;

/**
 * The Report tab: the week and its actions on top; the playbook's report (a read-only preview) with the two fields the
 * director types on the left; the numbers it came from with the previous week and the change, the critical bugs and the
 * saved reports on the right. Built in code; it only binds to {@link ReportViewModel} and forwards clicks.
 */
final class ReportView extends BorderPane {

    /** Rows of the numbers table: every line shows without scrolling the table itself. */
    private static final double TABLE_HEIGHT = 12 * 26 + 30;

    private final ReportViewModel vm;

    public ReportView(ReportViewModel vm) {
        this.vm = vm;
        getStyleClass().add("report-view");
        URL css = ReportView.class.getResource("/assets/css/report.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        setTop(header());
        SplitPane split = new SplitPane(reportPane(), numbersPane());
        split.setDividerPositions(0.52);
        split.getStyleClass().add("report-split");
        setCenter(split);
    }

    private Node header() {
        Label weekLabel = new Label("Week");
        Button previous = new Button("◀");
        previous.setId("report-previous-week");
        previous.setTooltip(new Tooltip("The week before"));
        previous.setOnAction(e -> vm.previousWeek());
        ComboBox<IsoWeek> week = new ComboBox<>(vm.weeks());
        week.setId("report-week");
        week.valueProperty().bindBidirectional(vm.weekProperty());
        week.setConverter(new StringConverter<>() {
            @Override
            public String toString(IsoWeek w) {
                return w == null ? "" : vm.weekLabel(w);
            }

            @Override
            public IsoWeek fromString(String s) {
                return null; // not editable: weeks are picked from the list
            }
        });
        week.setMinWidth(Region.USE_PREF_SIZE);
        Button next = new Button("▶");
        next.setId("report-next-week");
        next.setTooltip(new Tooltip("The week after"));
        next.disableProperty().bind(vm.atCurrentWeek());
        next.setOnAction(e -> vm.nextWeek());
        Label partial = new Label();
        partial.setId("report-partial");
        partial.getStyleClass().add("report-partial");
        partial.textProperty().bind(vm.partialTextProperty());
        partial.visibleProperty().bind(vm.partialTextProperty().isNotEmpty());
        partial.managedProperty().bind(partial.visibleProperty());

        Button generate = new Button("Generate");
        generate.setId("report-generate");
        generate.setDefaultButton(true);
        generate.disableProperty().bind(vm.busyProperty());
        generate.setOnAction(e -> vm.generate());
        Button save = new Button("Save");
        save.setId("report-save");
        save.disableProperty().bind(vm.canSave().not());
        save.setOnAction(e -> vm.save());
        Button copy = new Button("Copy");
        copy.setId("report-copy");
        copy.setTooltip(new Tooltip("The report as Markdown, to paste into Slack, Discord or a document"));
        copy.disableProperty().bind(vm.hasReport().not());
        copy.setOnAction(e -> vm.copy());
        MenuItem md = new MenuItem("Markdown (.md)…");
        md.setId("report-export-md");
        md.setOnAction(e -> vm.exportMarkdown());
        MenuItem html = new MenuItem("HTML for e-mail (.html)…");
        html.setId("report-export-html");
        html.setOnAction(e -> vm.exportHtml());
        MenuButton export = new MenuButton("Export…", null, md, html);
        export.setId("report-export");
        export.disableProperty().bind(vm.hasReport().not());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(6, weekLabel, previous, week, next, partial, grow, generate, save, copy, export);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node n : row.getChildren()) {
            if (n instanceof Region r && n != grow) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }

        Label state = wrapped("report-state", "report-state");
        state.textProperty().bind(vm.stateProperty());
        Label message = wrapped("report-message", "report-message");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox box = new VBox(6, row, state, message);
        box.setPadding(new Insets(10, 12, 8, 12));
        box.getStyleClass().add("report-header");
        return box;
    }

    private Node reportPane() {
        TextArea preview = new TextArea();
        preview.setId("report-preview");
        preview.getStyleClass().add("report-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.textProperty().bind(vm.markdownProperty());
        preview.setPromptText("Pick a week and press Generate: the playbook's report is filled in here from the warehouse and the "
                + "incident board.");
        VBox.setVgrow(preview, Priority.ALWAYS);

        TextArea feedback = typed("report-feedback", "The top 3 feedback items of the week (from #feedback)");
        feedback.textProperty().bindBidirectional(vm.topFeedbackProperty());
        TextArea focus = typed("report-focus", "Next week's action items and focus");
        focus.textProperty().bindBidirectional(vm.nextWeekFocusProperty());

        VBox box = new VBox(6, title("Report"), preview, title("Top feedback"), feedback, title("Next week focus"), focus);
        box.setPadding(new Insets(4, 8, 12, 12));
        return box;
    }

    private Node numbersPane() {
        TableView<NumberRow> table = new TableView<>(vm.rows());
        table.setId("report-numbers");
        table.getStyleClass().add("report-numbers");
        table.getColumns().add(column("Line", NumberRow::line, 140));
        table.getColumns().add(column("This week", NumberRow::value, 72));
        table.getColumns().add(column("Previous", NumberRow::previous, 72));
        table.getColumns().add(column("Change", NumberRow::change, 72));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No numbers yet"));
        table.setFixedCellSize(26);
        table.setPrefHeight(TABLE_HEIGHT);
        table.setMinHeight(TABLE_HEIGHT);

        Label notes = wrapped("report-notes", "report-notes");
        notes.textProperty().bind(vm.notesProperty());
        notes.visibleProperty().bind(vm.notesProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());

        ListView<CriticalBug> bugs = new ListView<>(vm.bugs());
        bugs.setId("report-bugs");
        bugs.setCellFactory(l -> WrappingCell.of(vm::bugText));
        bugs.setPlaceholder(new Label("No P0 or P1 incident declared this week"));
        bugs.setPrefHeight(4 * 26 + 4);
        bugs.setMinHeight(2 * 26 + 4);

        ListView<WeeklyReport.Summary> saved = new ListView<>(vm.saved());
        saved.setId("report-saved");
        saved.setCellFactory(l -> WrappingCell.of(vm::savedLabel));
        saved.setPlaceholder(new Label("No saved report yet"));
        saved.setPrefHeight(5 * 26 + 4);
        saved.setMinHeight(3 * 26 + 4);
        saved.setOnMouseClicked(e -> {
            WeeklyReport.Summary s = saved.getSelectionModel().getSelectedItem();
            if (s != null) {
                vm.openSaved(s);
            }
        });

        Label source = wrapped("report-numbers-source", "report-hint");
        source.textProperty().bind(Bindings.createStringBinding(() -> vm.numbersProperty().get() == null ? ""
                : "This week against the same days of the week before; * marks a value with a note.", vm.numbersProperty()));

        VBox box = new VBox(6, title("Numbers"), source, table, notes, title("Critical bugs (P0 and P1 from the incident board)"), bugs,
                title("Saved reports"), saved);
        box.setPadding(new Insets(4, 12, 12, 8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("report-side");
        return scroll;
    }

    private static TableColumn<NumberRow, String> column(String title, Function<NumberRow, String> value, double minWidth) {
        TableColumn<NumberRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setMinWidth(minWidth);
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }


    private static TextArea typed(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setMinHeight(64);
        return area;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label wrapped(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
