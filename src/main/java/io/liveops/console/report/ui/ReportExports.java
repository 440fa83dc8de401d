package io.liveops.console.report.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.report.core.IsoWeek;
import io.liveops.console.report.core.ReportHtml;
import io.liveops.console.report.core.ReportMarkdown;
import io.liveops.console.report.core.WeeklyNumbers;
import io.liveops.console.ui.kit.ClipboardService;
import io.liveops.console.ui.kit.SaveDialogService;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a report leaves the console: Markdown on the clipboard, or a {@code .md} or {@code .html} file written durably on the
 * background executor. Each outcome is one sentence for the tab's message line.
 */
final class ReportExports {

    private final TaskExecutor executor;
    private final ClipboardService clipboard;
    private final SaveDialogService saveDialog;
    private final Consumer<String> message;

    ReportExports(TaskExecutor executor, ClipboardService clipboard, SaveDialogService saveDialog, Consumer<String> message) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        this.saveDialog = Objects.requireNonNull(saveDialog, "saveDialog");
        this.message = Objects.requireNonNull(message, "message");
    }

    void copy(IsoWeek week, String markdown) {
        clipboard.putText(markdown);
        message.accept("Copied the report of " + week + " to the clipboard as Markdown.");
    }

    void exportMarkdown(IsoWeek week, String markdown) {
        export(week, "md", markdown);
    }

    void exportHtml(WeeklyNumbers numbers, String markdown) {
        export(numbers.week(), "html", ReportHtml.page(ReportMarkdown.title(numbers), markdown));
    }

    private void export(IsoWeek week, String extension, String text) {
        saveDialog.askSaveFile("Export the weekly report", "weekly-report-" + week + "." + extension)
                .ifPresent(file -> executor.execute(BackgroundTask.of("Exporting the weekly report", (p, c) -> {
                            file.write(text);
                            return file;
                        })
                        .onSuccess(f -> message.accept("Exported the report of " + week + " to " + f.location() + "."))
                        .onFailure(e -> message.accept("Could not export the report to " + file.location() + ": " + e.getMessage()))));
    }
}
