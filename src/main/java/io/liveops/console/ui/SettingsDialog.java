package io.liveops.console.ui;

import io.liveops.console.warehouse.WarehouseProfile;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** The warehouse connections dialog. Binds to {@link SettingsViewModel}; ControlsFX only draws its messages. */
public final class SettingsDialog extends Stage {

    public SettingsDialog(SettingsViewModel vm, Window owner) {
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Warehouse connections");

        ListView<WarehouseProfile> list = new ListView<>(vm.profiles());
        list.setId("profile-list");
        list.setPrefWidth(220);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(WarehouseProfile p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + (p.name().equals(vm.activeNameProperty().get()) ? "  (in use)" : ""));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, p) -> {
            if (p != null) {
                vm.selectedProperty().set(p);
            }
        });
        vm.selectedProperty().addListener((o, old, p) -> list.getSelectionModel().select(p));
        vm.activeNameProperty().addListener((o, old, n) -> list.refresh());

        TextField name = field("profile-name", vm.nameProperty(), "Production");
        TextField url = field("profile-url", vm.jdbcUrlProperty(), "jdbc:postgresql://host:5432/analytics");
        TextField user = field("profile-user", vm.userProperty(), "liveops_reader");
        TextField pwEnv = field("profile-password-env", vm.passwordEnvProperty(), "LIVEOPS_WAREHOUSE_PASSWORD");
        for (TextField f : new TextField[] {name, url, user, pwEnv}) {
            f.disableProperty().bind(vm.selectedProperty().isNotNull().and(
                    javafx.beans.binding.Bindings.createBooleanBinding(vm::isDemoSelected, vm.selectedProperty())));
        }

        ValidationSupport validation = new ValidationSupport();
        register(validation, name, vm.nameError());
        register(validation, url, vm.urlError());
        register(validation, pwEnv, vm.passwordEnvError());

        Label hint = new Label("The password is never stored: name an environment variable that holds it, or leave it empty "
                + "to let the PostgreSQL driver read ~/.pgpass. Connections are read-only.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        Label envWarning = new Label();
        envWarning.getStyleClass().add("hint-error");
        envWarning.setWrapText(true);
        vm.passwordEnvProperty().addListener((o, a, b) -> envWarning.setText(vm.passwordEnvWarning().orElse("")));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("JDBC URL"), url);
        form.addRow(2, new Label("User"), user);
        form.addRow(3, new Label("Password variable"), pwEnv);
        form.add(envWarning, 1, 4);
        GridPane.setHgrow(url, Priority.ALWAYS);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        form.getColumnConstraints().setAll(labels, new javafx.scene.layout.ColumnConstraints());
        form.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);

        Label result = new Label();
        result.setId("profile-test-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.testResultProperty());
        Runnable colour = () -> result.getStyleClass().setAll("label", vm.testOkProperty().get() ? "form-ok" : "form-error");
        vm.testOkProperty().addListener((o, a, ok) -> colour.run());
        vm.testResultProperty().addListener((o, a, text) -> colour.run());
        colour.run();

        Button add = new Button("New");
        add.setOnAction(e -> vm.newProfile());
        Button delete = new Button("Delete");
        delete.setOnAction(e -> vm.deleteSelected());
        Button test = new Button("Test connection");
        test.setId("profile-test");
        test.setOnAction(e -> vm.testConnection());
        Button save = new Button("Save and use");
        save.setId("profile-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.saveAndUse());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        test.disableProperty().bind(vm.busyProperty());
        save.disableProperty().bind(vm.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, add, delete, spacer, test, save, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox right = new VBox(12, form, hint, result);
        right.setPadding(new Insets(0, 0, 0, 12));
        BorderPane root = new BorderPane(right);
        root.setLeft(list);
        root.setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root, 820, 420);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        setScene(scene);
        vm.reload();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private static void register(ValidationSupport support, Control control, StringBinding error) {
        support.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromMessageIf(c, error.get(), Severity.ERROR, !error.get().isEmpty()));
    }
}
