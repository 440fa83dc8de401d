package io.liveops.console.report.ui;

import io.liveops.console.report.core.IsoWeek;
import io.liveops.console.shared.Target;
import io.liveops.console.ui.kit.Icons;
import io.liveops.console.ui.kit.LazyTab;
import java.util.List;
import java.util.Set;

/**
 * The weekly report. The checklist's weekly-report items open it ({@code tab report}); {@code report 2025-W47} opens a week.
 * Its command "Generate the weekly report" reads the chosen week from the warehouse.
 */
public final class ReportTab extends LazyTab<ReportView> {

    public static final String ID = "report";

    private final ReportViewModel vm;

    public ReportTab(ReportViewModel vm) {
        super(ID, "Report", Icons.REPORT, () -> {
            ReportView built = new ReportView(vm);
            vm.start();
            return built;
        });
        this.vm = vm;
    }

    @Override
    public Set<String> opens() {
        return Set.of(ID);
    }

    @Override
    public void open(Target target) {
        content();
        try {
            vm.weekProperty().set(IsoWeek.parse(target.id()));
        } catch (IllegalArgumentException e) {
            // not a week: the tab itself is shown, on the week it was on
        }
    }

    @Override
    public List<Command> commands() {
        return List.of(new Command("generate-weekly-report", "Generate the weekly report", null, () -> {
            content();
            vm.generate();
        }));
    }
}
