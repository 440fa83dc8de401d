package io.liveops.console.incident.ui;

import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.Status;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One card on the board, bound to its {@link IncidentCard}: the severity word in its colour, the
 * title, the countdowns, and ◀ ▶ Resolve. Drag it to another column to move it. Its look comes from
 * incidents.css through the severity style class and the :selected, :breached pseudo-classes.
 */
final class IncidentCardView extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass BREACHED = PseudoClass.getPseudoClass("breached");
    private static final PseudoClass DUE = PseudoClass.getPseudoClass("due");

    private final IncidentCard card;
    private final Label severity = new Label();
    private final Label number = new Label();
    private final Label title = new Label();
    private final Label feature = line(null);
    private final Button left = new Button("◀");
    private final Button right = new Button("▶");
    private final Button resolve = new Button("Resolve");

    IncidentCardView(IncidentCard card, IncidentBoardViewModel vm) {
        super(3);
        this.card = card;
        getStyleClass().add("incident-card");
        severity.getStyleClass().add("severity-badge");
        severity.setMinWidth(Region.USE_PREF_SIZE);
        number.getStyleClass().add("incident-card-title");
        number.setMinWidth(Region.USE_PREF_SIZE);
        title.getStyleClass().add("incident-card-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        // the title gets the card's whole width below the badge, so a narrow column never breaks its words
        HBox head = new HBox(6, severity, number);
        head.setAlignment(Pos.CENTER_LEFT);
        Label update = line(card.updateProperty());
        card.updateDueProperty().addListener((o, was, due) -> update.pseudoClassStateChanged(DUE, due));
        update.pseudoClassStateChanged(DUE, card.updateDueProperty().get());
        card.breachedProperty().addListener((o, was, now) -> pseudoClassStateChanged(BREACHED, now));
        pseudoClassStateChanged(BREACHED, card.breachedProperty().get());

        left.setTooltip(new Tooltip("Move to the column on the left (Alt+←)"));
        right.setTooltip(new Tooltip("Move to the column on the right (Alt+→)"));
        resolve.setTooltip(new Tooltip("Resolve, with a note on what fixed it (Alt+R)"));
        left.setOnAction(e -> vm.move(card, card.incident().status().previous()));
        right.setOnAction(e -> vm.move(card, card.incident().status().next()));
        resolve.setOnAction(e -> vm.move(card, Status.RESOLVED));
        for (Button b : new Button[] {left, right, resolve}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane buttons = new FlowPane(4, 4, left, right, resolve);

        getChildren().addAll(head, title, feature, line(card.ageProperty()), line(card.escalationProperty()), line(card.respondProperty()),
                line(card.resolveProperty()), update, line(card.runbooksProperty()), buttons);
        card.incidentProperty().addListener((o, was, now) -> show(now));
        show(card.incident());

        setOnMouseClicked(e -> {
            vm.selectedProperty().set(card);
            requestFocus();
        });
        setOnDragDetected(e -> {
            var db = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(String.valueOf(card.incident().id()));
            db.setContent(content);
            e.consume();
        });
        setFocusTraversable(true);
    }

    private void show(Incident i) {
        setId("card-" + i.id());
        right.setId("move-right-" + i.id());
        resolve.setId("resolve-" + i.id());
        severity.setText(i.severity().name());
        for (Severity s : Severity.values()) {
            String cls = "severity-" + s.name().toLowerCase(Locale.ROOT);
            severity.getStyleClass().remove(cls);
            getStyleClass().remove(cls);
        }
        String cls = "severity-" + i.severity().name().toLowerCase(Locale.ROOT);
        severity.getStyleClass().add(cls);
        getStyleClass().add(cls);
        number.setText(i.label());
        title.setText(i.title());
        feature.setText(i.feature().isBlank() ? "" : "Feature: " + i.feature());
        left.setDisable(i.status() == Status.INVESTIGATING);
        right.setDisable(i.status() == Status.RESOLVED);
        resolve.setDisable(i.resolved());
    }

    IncidentCard card() {
        return card;
    }

    void setSelected(boolean on) {
        pseudoClassStateChanged(SELECTED, on);
    }

    /** A small line of the card, hidden while empty. */
    private static Label line(ObservableStringValue text) {
        Label l = new Label();
        l.getStyleClass().add("card-line");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (text != null) {
            l.textProperty().bind(text);
        }
        l.visibleProperty().bind(Bindings.isNotEmpty(l.textProperty()));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
