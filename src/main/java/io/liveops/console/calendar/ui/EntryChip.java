package io.liveops.console.calendar.ui;

import io.liveops.console.calendar.core.CalendarService;
import io.liveops.console.calendar.core.ItemStatus;
import io.liveops.console.ui.kit.Icons;
import java.time.ZoneId;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * One entry as a chip: a stripe in its channel's colour, its status as an icon shape, its time in
 * the viewer's zone (and its own zone when it differs), its title, and red or warning marks for
 * overdue and clashes. Click selects it; drag carries its key to a day.
 */
final class EntryChip extends VBox {

    static final String DRAG_PREFIX = "calendar-entry:";

    EntryChip(CalendarService.Entry e, ZoneId viewer, boolean selected, CalendarViewModel vm) {
        getStyleClass().addAll("chip", "channel-" + e.item().channel().id(), "status-" + e.item().status().id());
        setId("chip-" + e.key());
        if (e.item().generated()) {
            getStyleClass().add("generated");
        }
        if (e.overdue()) {
            getStyleClass().add("overdue");
        }
        setFillWidth(true);
        if (selected) {
            getStyleClass().add("selected");
        }
        // icons, time and own zone wrap onto a second line in a narrow day rather than being cut
        FlowPane top = new FlowPane(3, 0);
        top.getChildren().add(statusIcon(e.item().status()).create());
        if (e.overdue()) {
            top.getChildren().add(Icons.OVERDUE.create());
        }
        if (!e.collisions().isEmpty()) {
            top.getChildren().add(Icons.CLASH.create());
        }
        top.getChildren().add(new Label(EntryText.localTime(e.item(), viewer)));
        String own = EntryText.ownZoneTime(e.item(), viewer);
        if (!own.isEmpty()) {
            Label zone = new Label(own);
            zone.getStyleClass().add("chip-zone");
            top.getChildren().add(zone);
        }
        Label title = new Label(e.item().title());
        title.getStyleClass().add("chip-title");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(top, title);
        Tooltip.install(this, new Tooltip(EntryText.details(e, viewer)));
        setAccessibleText(e.item().title() + ", " + e.item().status().label().toLowerCase(Locale.ROOT) + (e.overdue() ? ", overdue" : ""));
        setOnMouseClicked(ev -> {
            vm.select(e);
            ev.consume();
        });
        setOnDragDetected(ev -> {
            Dragboard db = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent c = new ClipboardContent();
            c.putString(DRAG_PREFIX + e.key());
            db.setContent(c);
            ev.consume();
        });
    }

    static Icons statusIcon(ItemStatus s) {
        return switch (s) {
            case IDEA -> Icons.ITEM_IDEA;
            case DRAFT -> Icons.ITEM_DRAFT;
            case SCHEDULED -> Icons.ITEM_SCHEDULED;
            case PUBLISHED -> Icons.ITEM_PUBLISHED;
            case SKIPPED -> Icons.ITEM_SKIPPED;
        };
    }
}
