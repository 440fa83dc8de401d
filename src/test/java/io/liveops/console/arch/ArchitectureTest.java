package io.liveops.console.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of design.md as tests: layers point one way and stay free of each other's toolkits. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.liveops.console");
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..", "eu.hansolo..")
                .because("ViewModels hold state as properties and are tested without a screen")
                .check(main);
    }

    @Test
    void servicesAndDomainKnowNoJavaFx() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().resideInAnyPackage("..warehouse..", "..state..", "..experiment.stats..", "..config..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("services and domain code are plain Java, run by the background executor")
                .check(main);
    }

    @Test
    void viewsDoNotUseJdbc() {
        noClasses().that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Dialog")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "com.zaxxer..")
                .because("views bind to ViewModels; data access lives in services")
                .check(main);
    }

    @Test
    void nothingWritesToSystemOutExceptTheCliEntryPoint() {
        noClasses().that().doNotHaveFullyQualifiedName("io.liveops.console.app.Main")
                .should().accessField(System.class, "out")
                .because("the CLI writes through the PrintWriter it is given, everything else logs")
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
