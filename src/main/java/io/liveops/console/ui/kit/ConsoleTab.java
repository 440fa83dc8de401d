package io.liveops.console.ui.kit;

import io.liveops.console.shared.Target;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * One tab of the console: what the shell needs to show it, and what it can open. The shell builds
 * its tabs from the list it is given, and routes every target (an alert, a toast click, a checklist
 * button, a command) to a tab by id, never by the tab's visible title.
 */
public interface ConsoleTab {

    /** Stable id, lower-case ("kpis", "incidents"): what checklist actions and {@link Target#tab} name. */
    String id();

    /** The tab's visible title. */
    String title();

    Icons icon();

    /** The tab's content, built when the tab is first shown (FX thread). */
    Node content();

    /** Kinds of {@link Target} this tab shows besides itself (e.g. "kpi", "incidents"), matched case-insensitively. */
    default Set<String> opens() {
        return Set.of();
    }

    /** Shows a target of a kind in {@link #opens()}; the shell has selected the tab already. */
    default void open(Target target) {
    }

    /**
     * A short state shown beside the tab's title and in the status bar while there is something to say
     * (e.g. open incidents and the worst severity); null or a null value when there is nothing.
     */
    default ObservableValue<TabBadge> badge() {
        return null;
    }

    /** The heading of the user guide (README) section about this tab, which Help → User guide opens. */
    default String guideSection() {
        return title();
    }

    /** Actions of this tab that the console offers everywhere (shortcuts, the command palette). */
    default List<Command> commands() {
        return List.of();
    }

    /**
     * An action of a tab. The shell selects the tab, then runs it.
     *
     * @param shortcut null when the command has none
     */
    record Command(String id, String title, KeyCombination shortcut, Runnable run) {}
}
