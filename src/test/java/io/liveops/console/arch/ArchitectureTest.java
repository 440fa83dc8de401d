package io.liveops.console.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of design.md as tests: features are layered (core, ui), layers point one way,
 * and nothing grows a cycle.
 */
class ArchitectureTest {

    private static final String BASE = "io.liveops.console";
    /** The feature packages, each with a core and a ui. */
    private static final List<String> FEATURES = List.of("kpi", "alert", "checklist", "incident", "experiment", "economy", "calendar",
            "report");

    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles()
                .because("features, the shell and the infrastructure depend on each other one way only")
                .check(main);
    }

    @Test
    void everyFeatureIsACoreAndAUi() {
        for (String feature : FEATURES) {
            classes().that().resideInAPackage(BASE + "." + feature)
                    .should().resideInAnyPackage(BASE + "." + feature + ".core..", BASE + "." + feature + ".ui..")
                    .allowEmptyShould(true)
                    .because("a feature's code is domain and services (core) or ViewModels and views (ui)")
                    .check(main);
        }
    }

    @Test
    void coreKnowsNoUiAndNoJavaFx() {
        noClasses().that().resideInAPackage("..core..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "javafx..", "org.controlsfx..", "eu.hansolo..", "org.jfree..")
                .because("domain and services are plain Java, run by the background executor and tested without a screen")
                .check(main);
    }

    @Test
    void noFeatureDependsOnAnotherFeaturesUi() {
        for (String feature : FEATURES) {
            String[] otherUis = FEATURES.stream().filter(f -> !f.equals(feature)).map(f -> BASE + "." + f + ".ui..").toArray(String[]::new);
            noClasses().that().resideInAPackage(BASE + "." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherUis)
                    .allowEmptyShould(true)
                    .because("features talk through their core or through the navigator, never through each other's screens")
                    .check(main);
        }
    }

    @Test
    void infrastructureKnowsNoFeatureAndNoJavaFx() {
        noClasses().that().resideInAnyPackage(BASE + ".shared..", BASE + ".warehouse..", BASE + ".state..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().map(f -> BASE + "." + f + "..").toArray(String[]::new))
                .orShould().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the shared core, the warehouse and the state store serve every feature")
                .check(main);
    }

    @Test
    void theShellKnowsNoFeature() {
        noClasses().that().resideInAPackage(BASE + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().map(f -> BASE + "." + f + "..").toArray(String[]::new))
                .because("the shell builds whatever tabs it is given; only app wires features in")
                .check(main);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..", "eu.hansolo..")
                .because("ViewModels hold state as properties and are tested without a screen")
                .check(main);
    }

    @Test
    void viewModelsDoNoIoAndNeverPostToTheFxThreadThemselves() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "com.zaxxer..", "java.nio.file..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
                .because("ViewModels reach data through services run by the TaskExecutor, which hands results back on the FX thread")
                .check(main);
    }

    @Test
    void viewsDoNotUseJdbcOrRepositories() {
        noClasses().that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Dialog").or().haveSimpleNameEndingWith("Tab")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "com.zaxxer..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(BASE + ".state.StateStore")
                .because("views bind to ViewModels; data access lives in services")
                .check(main);
    }

    @Test
    void nothingWritesToTheTerminalExceptTheEntryPoint() {
        noClasses().that().doNotHaveFullyQualifiedName(BASE + ".app.Main")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("the CLI writes through the PrintWriters it is given, everything else logs to the log file")
                .check(main);
    }

    @Test
    void onlyToastsCallControlsFxNotifications() {
        noClasses().that().doNotHaveSimpleName("Toasts")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.controlsfx.control.Notifications")
                .because("design.md: Toasts is the only ControlsFX Notifications caller")
                .check(main);
    }
}
