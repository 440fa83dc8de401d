package io.liveops.console.shared;

/** Opens targets in the console's tabs; the shell implements it, features only ask. */
public interface Navigator {

    /** Brings up the tab that owns the target and shows the target there. */
    void open(Target target);

    /** True when some tab of this console owns targets of this kind (for a tab target: the tab exists). */
    boolean canOpen(Target target);

    /** What a person calls the target's tab ("Incidents"), for buttons that open it; empty when none owns it. */
    default java.util.Optional<String> titleOf(Target target) {
        return java.util.Optional.empty();
    }
}
