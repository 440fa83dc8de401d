package io.liveops.console.shared;

import java.util.Objects;

/**
 * The navigator ViewModels are built with before the shell that routes exists: the shell plugs
 * itself in once its tabs are built. Until then (and in tests without a shell) nothing opens.
 */
public final class NavigatorRelay implements Navigator {

    private volatile Navigator delegate;

    public void routeTo(Navigator shell) {
        this.delegate = Objects.requireNonNull(shell, "shell");
    }

    @Override
    public void open(Target target) {
        Navigator d = delegate;
        if (d != null) {
            d.open(target);
        }
    }

    @Override
    public java.util.Optional<String> titleOf(Target target) {
        Navigator d = delegate;
        return d == null ? java.util.Optional.empty() : d.titleOf(target);
    }

    @Override
    public boolean canOpen(Target target) {
        Navigator d = delegate;
        return d != null && d.canOpen(target);
    }
}
