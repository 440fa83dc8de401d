package io.liveops.console.calendar.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The chips of one day, stacked at the day's width: as many as fit whole, then "+N more" (a click
 * shows the day in the week view). Chips are laid out at the width they are given, so a wrapped title
 * is never cut at the right edge, and a chip that does not fit is hidden rather than cut at the bottom.
 */
final class DayChips extends Region {

    private static final double GAP = 2;

    private final List<EntryChip> chips;
    private final Label more = new Label();

    DayChips(List<EntryChip> chips, Runnable showAll) {
        this.chips = List.copyOf(chips);
        getChildren().addAll(chips);
        more.getStyleClass().add("more-chips");
        more.setOnMouseClicked(e -> {
            showAll.run();
            e.consume();
        });
        getChildren().add(more);
        setMinSize(0, 0);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double bottom = getHeight() - in.getBottom();
        double moreHeight = more.prefHeight(w);
        double y = in.getTop();
        int shown = 0;
        for (int i = 0; i < chips.size(); i++) {
            EntryChip chip = chips.get(i);
            double h = chip.prefHeight(w);
            boolean last = i == chips.size() - 1;
            double room = bottom - (last ? 0 : moreHeight + GAP);
            if (shown == i && y + h <= room) {
                chip.resizeRelocate(in.getLeft(), y, w, h);
                chip.setVisible(true);
                y += h + GAP;
                shown++;
            } else {
                chip.setVisible(false);
                chip.resizeRelocate(in.getLeft(), y, 0, 0);
            }
        }
        int hidden = chips.size() - shown;
        more.setText("+" + hidden + " more");
        more.setVisible(hidden > 0);
        more.resizeRelocate(in.getLeft(), Math.min(y, bottom - moreHeight), w, moreHeight);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? 120 : width;
        return chips.stream().mapToDouble(c -> c.prefHeight(w) + GAP).sum();
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 60;
    }
}
