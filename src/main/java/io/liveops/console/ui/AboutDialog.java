package io.liveops.console.ui;

import io.liveops.console.ui.kit.ClipboardService;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → About: the versions and where the console keeps its files, with a Copy for support questions. */
public final class AboutDialog {

    private AboutDialog() {}

    /** What About shows, in order ("Version" → "0.1.0", "Data folder" → …). */
    public static String asText(Map<String, String> facts) {
        StringBuilder sb = new StringBuilder("LiveOps Console\n");
        facts.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        return sb.toString();
    }

    public static void show(Window owner, Map<String, String> facts, ClipboardService clipboard) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About LiveOps Console");
        about.setHeaderText("LiveOps Console");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(4));
        int row = 0;
        for (Map.Entry<String, String> e : new LinkedHashMap<>(facts).entrySet()) {
            Label value = new Label(e.getValue());
            value.setWrapText(true);
            value.setMaxWidth(520);
            grid.addRow(row++, new Label(e.getKey()), value);
        }
        about.getDialogPane().setContent(grid);
        ButtonType copy = new ButtonType("Copy", ButtonBar.ButtonData.LEFT);
        about.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        about.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            clipboard.putText(asText(facts));
            e.consume(); // stay open
        });
        about.showAndWait();
    }
}
