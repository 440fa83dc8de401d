package io.liveops.console.calendar.ui;

import static io.liveops.console.testkit.WarehouseFixture.day;
import static io.liveops.console.testkit.WarehouseFixture.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.calendar.core.CalendarService;
import io.liveops.console.calendar.core.ItemStatus;
import io.liveops.console.testkit.TestFolders;
import io.liveops.console.testkit.Screenshots;
import io.liveops.console.testkit.WarehouseFixture;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import io.liveops.console.warehouse.WarehouseSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Drives the Calendar tab like a user, Monday 17 Nov 2025 09:30 in Berlin (the rules are in Seoul time): create an item by
 * double-clicking a day, drag it to another day, copy the filled AMA announcement and mark it
 * published, fill the Monday recap from the warehouse; every label readable at 1024x700, light and dark.
 */
@Tag("ui")
class CalendarViewTest extends ApplicationTest {

    private CalendarFixture f;
    private WarehouseFixture wh;
    private Warehouse warehouse;
    private Scene scene;
    private Stage stage;
    /** The shared primary stage's size when this test got it: given back in stop(). */
    private double[] given;

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = TestFolders.create("calendar-view");
        f = new CalendarFixture(dir, "2025-11-17T08:30:00Z", ZoneId.of("Europe/Berlin"));
        wh = WarehouseFixture.create(Dialect.SQLITE, dir);
        price("BTC", "2025-11-10 22:00:00", 43250);
        price("BTC", "2025-11-17 20:00:00", 45100);
        price("ETH", "2025-11-10 12:00:00", 2280);
        price("ETH", "2025-11-17 08:00:00", 2450);
        wh.row("fear_greed", "day", day("2025-11-10"), "value", 25);
        wh.row("fear_greed", "day", day("2025-11-17"), "value", 50);
        warehouse = wh.open();
        f.warehouse = new WarehouseSession.Connection(WarehouseProfile.ofUrl(wh.jdbcUrl()), warehouse, new SqlCatalog(Dialect.SQLITE, null),
                LocalDate.of(2025, 11, 17), Optional.empty());
        f.vm.start();
        f.ruleEditor.refresh();
        scene = new Scene(new CalendarView(f.vm, f.ruleEditor, f.campaigns, f.exchange), 1260, 780);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/assets/css/light.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        given = new double[] {stage.getWidth(), stage.getHeight()};
    }

    /** The window's size; the README's pictures are taken at 1440x900 (the headless screen's size). */
    private void size(double width, double height) {
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    private void price(String symbol, String at, double usd) {
        wh.row("watchlist_prices", "symbol", symbol, "observed_at", ts(at), "price_usd", usd);
    }

    @Override
    public void stop() {
        // TestFX hands the same primary stage to the next test class: give it back at the size it had (on the FX thread here)
        stage.setWidth(given[0]);
        stage.setHeight(given[1]);
        f.close();
        warehouse.close();
        wh.close();
    }

    private Node byId(String id) {
        return lookup(n -> id.equals(n.getId())).query();
    }

    @Test
    void createDragAndCopyLikeAUser() {
        doubleClickOn(from(byId("day-2025-11-19")).lookup(".day-number").queryAs(Label.class)); // the day, not one of its chips
        clickOn("#item-title").write("Season 2 teaser");
        TextField time = lookup("#item-time").queryAs(TextField.class);
        interact(() -> time.setText("18:30"));
        clickOn("#item-save");
        assertThat(f.vm.editor().messageProperty().get()).isEqualTo("Saved.");
        CalendarService.Entry created = f.vm.selectedProperty().get();
        assertThat(created.item().title()).isEqualTo("Season 2 teaser");
        assertThat(f.vm.dayOf(created)).isEqualTo(LocalDate.of(2025, 11, 19));

        clickOn("#mode-week"); // tall days: every chip of the week in sight
        drag(byId("chip-" + created.key())).dropTo(byId("day-2025-11-21"));
        CalendarService.Entry moved = f.entry(created.key());
        assertThat(f.vm.dayOf(moved)).isEqualTo(LocalDate.of(2025, 11, 21));
        assertThat(f.vm.editor().history()).anyMatch(h -> h.endsWith("Moved from Wed 19 Nov 2025 18:30 CET to Fri 21 Nov 2025 18:30 CET"));

        clickOn(byId("chip-weekly-ama@2025-11-19"));
        clickOn("#item-copy");
        assertThat(f.clipboard).singleElement().asString().contains("Tonight at 8 PM KST: Q&A with Wallet Buffett!")
                .doesNotContain("{{");
        assertThat(lookup("#item-publish").query().isVisible()).isTrue();
        clickOn("#item-publish");
        assertThat(f.entry("weekly-ama@2025-11-19").item().status()).isEqualTo(ItemStatus.PUBLISHED);

        clickOn(byId("chip-monday-recap@2025-11-17"));
        clickOn("#item-fill");
        assertThat(f.vm.editor().previewProperty().get()).contains("BTC: $43,250 → $45,100 (+4.3%)", "ETH: $2,280 → $2,450 (+7.5%)",
                "Fear & Greed: 25 → 50 (Fear → Neutral)");
        size(1440, 900);
        Screenshots.save(scene, "calendar-recap");
        clickOn("#mode-month");
        Screenshots.save(scene, "calendar-month");
    }

    @Test
    void everyLabelReadsAt1024x700InEachViewAndTheme() {
        clickOn(byId("chip-weekly-ama@2025-11-19"));
        for (boolean dark : List.of(false, true)) {
            interact(() -> {
                if (dark) {
                    scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/assets/css/dark.css")).toExternalForm());
                }
            });
            for (CalendarViewModel.Mode mode : CalendarViewModel.Mode.values()) {
                interact(() -> f.vm.show(mode));
                size(1440, 900);
                String name = "calendar-" + mode.name().toLowerCase() + (dark ? "-dark" : "");
                if (mode != CalendarViewModel.Mode.MONTH || dark) {
                    Screenshots.save(scene, name);
                }
                interact(() -> {
                    stage.setWidth(1024);
                    stage.setHeight(700);
                });
                Screenshots.save(scene, name + "-1024");
                assertThat(clippedLabels(scene.getRoot())).as(name + " at 1024x700").isEmpty();
            }
        }
    }

    /** Labels on screen whose text is cut (an ellipsis instead of the whole text). */
    private static List<String> clippedLabels(Parent root) {
        List<String> out = new ArrayList<>();
        Bounds screen = root.localToScene(root.getLayoutBounds());
        for (Node n : root.lookupAll(".label")) {
            if (!(n instanceof Label l) || !l.isVisible() || l.getText() == null || l.getText().isEmpty() || !visible(l)) {
                continue;
            }
            Node text = l.lookup(".text");
            if (text instanceof Text t && !t.getText().equals(l.getText())) {
                Bounds b = l.localToScene(l.getLayoutBounds());
                if (b.intersects(screen)) {
                    out.add("'" + l.getText() + "' shows as '" + t.getText() + "'");
                }
            }
        }
        return out;
    }

    private static boolean visible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
