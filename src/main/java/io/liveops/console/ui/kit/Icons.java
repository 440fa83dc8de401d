package io.liveops.console.ui.kit;

import io.liveops.console.shared.Status;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Every icon the console uses, in one place (Ikonli Material Design 2). */
public enum Icons {
    OK(MaterialDesignC.CHECK_CIRCLE),
    WARNING(MaterialDesignA.ALERT),
    CRITICAL(MaterialDesignA.ALERT_OCTAGON),
    UNKNOWN(MaterialDesignH.HELP_CIRCLE_OUTLINE),
    REFRESH(MaterialDesignR.REFRESH),
    SETTINGS(MaterialDesignC.COG),
    DATABASE(MaterialDesignD.DATABASE),
    ERROR(MaterialDesignA.ALERT_CIRCLE),
    EXPERIMENT(MaterialDesignF.FLASK_OUTLINE),
    CHECKLIST(MaterialDesignC.CHECKBOX_MARKED_OUTLINE),
    INCIDENT(MaterialDesignA.ALARM_LIGHT_OUTLINE),
    ECONOMY(MaterialDesignS.SCALE_BALANCE),
    CALENDAR(MaterialDesignC.CALENDAR_MONTH_OUTLINE),
    HISTORY(MaterialDesignH.HISTORY),
    /* calendar item statuses: a shape each, so the status never rests on colour alone */
    ITEM_IDEA(MaterialDesignL.LIGHTBULB_OUTLINE),
    ITEM_DRAFT(MaterialDesignP.PENCIL_OUTLINE),
    ITEM_SCHEDULED(MaterialDesignC.CLOCK_OUTLINE),
    ITEM_PUBLISHED(MaterialDesignC.CHECK_CIRCLE),
    ITEM_SKIPPED(MaterialDesignC.CANCEL),
    OVERDUE(MaterialDesignA.ALERT_CIRCLE),
    CLASH(MaterialDesignA.ALERT),
    REPORT(MaterialDesignF.FILE_DOCUMENT_OUTLINE);

    private final Ikon ikon;

    Icons(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon create() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon-" + name().toLowerCase(java.util.Locale.ROOT));
        return icon;
    }

    /** The glyph, for an icon node that changes shape in place ({@code FontIcon.setIconCode}). */
    public Ikon ikon() {
        return ikon;
    }

    /** The shape that says the status without relying on colour (colour-blind safe). */
    public static Icons forStatus(Status status) {
        return switch (status) {
            case OK -> OK;
            case WARNING -> WARNING;
            case CRITICAL -> CRITICAL;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
