package io.liveops.console.ui.kit;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A tab whose view is built the first time it is shown (or opened by the navigator), not when the console starts:
 * its id, title and icon are given once, and {@link #content()} builds the view at most once.
 *
 * @param <V> the tab's view
 */
public abstract class LazyTab<V extends Node> implements ConsoleTab {

    private final String id;
    private final String title;
    private final Icons icon;
    private final Supplier<V> build;
    private V view;

    /** @param build makes the view (and starts what it needs); called once, on the FX thread */
    protected LazyTab(String id, String title, Icons icon, Supplier<V> build) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.icon = Objects.requireNonNull(icon, "icon");
        this.build = Objects.requireNonNull(build, "build");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Icons icon() {
        return icon;
    }

    @Override
    public final V content() {
        if (view == null) {
            view = build.get();
        }
        return view;
    }
}
