package io.liveops.console.ui;

import io.liveops.console.shared.Navigator;
import io.liveops.console.shared.Target;
import io.liveops.console.ui.kit.ConsoleTab;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes targets to the console's tabs by id: {@code tab <id>} selects that tab, any other kind goes
 * to the tab that declares it in {@link ConsoleTab#opens()}. FX thread only.
 */
public final class ShellNavigator implements Navigator {

    private static final Logger LOG = LoggerFactory.getLogger(ShellNavigator.class);

    private final List<ConsoleTab> tabs;
    private final MainWindow window;
    private final Consumer<Target> unroutable;

    /** @param unroutable what happens to a target no tab owns (the shell opens the alert drawer, say) */
    public ShellNavigator(List<ConsoleTab> tabs, MainWindow window, Consumer<Target> unroutable) {
        this.tabs = List.copyOf(tabs);
        this.window = window;
        this.unroutable = unroutable;
    }

    @Override
    public void open(Target target) {
        Optional<ConsoleTab> owner = ownerOf(target);
        if (owner.isEmpty()) {
            LOG.info("Nothing in this console opens {}", target);
            unroutable.accept(target);
            return;
        }
        window.select(owner.get().id());
        if (!target.isTab()) {
            owner.get().open(target);
        }
    }

    @Override
    public Optional<String> titleOf(Target target) {
        return ownerOf(target).map(ConsoleTab::title);
    }

    @Override
    public boolean canOpen(Target target) {
        return ownerOf(target).isPresent();
    }

    private Optional<ConsoleTab> ownerOf(Target target) {
        if (target.isTab()) {
            return tabs.stream().filter(t -> t.id().equals(target.id())).findFirst();
        }
        return tabs.stream().filter(t -> t.opens().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).equals(target.kind()))).findFirst();
    }
}
