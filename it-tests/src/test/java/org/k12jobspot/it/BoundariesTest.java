package org.k12jobspot.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.k12jobspot.accounts.internal.AccountsClock;

/**
 * The module boundaries, checked on every build: modules meet only through {@code api} packages and
 * events, depend on each other without cycles, and keep JPA and Faces out of their {@code api}.
 */
class BoundariesTest {

    private static final List<String> MODULES =
            List.of("accounts", "consent", "analytics", "policy");
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.k12jobspot");
    }

    @Test
    void importsEveryModuleAndTheWebApplication() {
        assertThat(classes.stream().map(c -> c.getPackageName()))
                .anyMatch(p -> p.startsWith("org.k12jobspot.accounts.internal"))
                .anyMatch(p -> p.startsWith("org.k12jobspot.web"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"accounts", "consent", "analytics", "policy"})
    void keepsEachModulesInternalsToItself(String module) {
        internalsStayInside(module).check(classes);
    }

    @Test
    void detectsAClassThatReachesIntoAnotherModulesInternals() {
        var offender = new ClassFileImporter().importClasses(ReachesIntoAccounts.class);

        assertThat(internalsStayInside("accounts").evaluate(offender).hasViolation()).isTrue();
    }

    @Test
    void letsNoModulesDependOnEachOtherInACycle() {
        slices().matching("org.k12jobspot.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void keepsPersistenceAndFacesOutOfApiPackages() {
        noClasses()
                .that()
                .resideInAPackage("org.k12jobspot.*.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.persistence..",
                        "jakarta.faces..",
                        "org.primefaces..",
                        "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void keepsDomainModulesIndependentOfTheWebLayer() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        MODULES.stream()
                                .map(m -> "org.k12jobspot." + m + "..")
                                .toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.k12jobspot.web..")
                .check(classes);
    }

    @Test
    void keepsAnalyticsIndependentOfWhoIsSignedIn() {
        noClasses()
                .that()
                .resideInAPackage("org.k12jobspot.analytics..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.security..", "jakarta.servlet..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.k12jobspot.accounts.api.AccountId")
                .check(classes);
    }

    private static ArchRule internalsStayInside(String module) {
        return noClasses()
                .that()
                .resideOutsideOfPackage("org.k12jobspot." + module + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.k12jobspot." + module + ".internal..")
                .because("other modules and the web layer may use only " + module + ".api")
                .allowEmptyShould(true);
    }

    /** A deliberate offender, never deployed: proves the rule above can fail. */
    static final class ReachesIntoAccounts {
        AccountsClock clock;
    }
}
