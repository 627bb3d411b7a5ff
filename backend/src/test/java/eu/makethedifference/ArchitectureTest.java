package eu.makethedifference;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Features are packages that use each other only through their service layer (and the enums at a feature's
 * root, which its service speaks in, e.g. HelpSystem); never through another feature's entities or REST layer.
 */
class ArchitectureTest {
    private static final String ROOT = "eu.makethedifference.";
    private static final List<String> FEATURES = List.of(
            "identity",
            "organisations",
            "audit",
            "notifications",
            "agreements",
            "trainings",
            "mentoring",
            "referrals",
            "indicators",
            "hsds");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.makethedifference");

    static List<String> features() {
        return FEATURES;
    }

    @ParameterizedTest
    @MethodSource("features")
    void shouldReachOtherFeaturesOnlyThroughTheirServices(String feature) {
        noClasses()
                .that()
                .resideInAPackage(ROOT + feature + "..")
                .should()
                .dependOnClassesThat(internalsOfOtherFeatures(feature))
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void shouldKeepCommonFreeOfFeaturesExceptTheAuditService() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + "common..")
                .should()
                .dependOnClassesThat(internalsOfOtherFeatures("common").or(servicesOtherThanAudit()))
                .check(CLASSES);
    }

    @Test
    void shouldNotLetResourcesTouchEntitiesOfOtherFeaturesOrTheDatabase() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + "*.rest..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.agroal.api.AgroalDataSource")
                .check(CLASSES);
    }

    /** Every creating POST (one that answers 201) honours an Idempotency-Key and returns a RestResponse. */
    @Test
    void shouldMakeEveryCreatingPostIdempotent() {
        List<String> missing = new java.util.ArrayList<>();
        int creating = 0;
        for (JavaClass c : CLASSES) {
            for (var m : c.getMethods()) {
                List<org.eclipse.microprofile.openapi.annotations.responses.APIResponse> responses =
                        new java.util.ArrayList<>();
                m.tryGetAnnotationOfType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)
                        .ifPresent(responses::add);
                m.tryGetAnnotationOfType(org.eclipse.microprofile.openapi.annotations.responses.APIResponses.class)
                        .ifPresent(all -> responses.addAll(List.of(all.value())));
                boolean created = m.isAnnotatedWith(jakarta.ws.rs.POST.class)
                        && responses.stream().anyMatch(r -> r.responseCode().equals("201"));
                if (created) {
                    creating++;
                    if (!m.isAnnotatedWith(eu.makethedifference.common.rest.Idempotent.class)
                            || !m.getRawReturnType().isEquivalentTo(org.jboss.resteasy.reactive.RestResponse.class)) {
                        missing.add(c.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(creating >= 16, "creating POSTs found: " + creating);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), missing);
    }

    private static DescribedPredicate<JavaClass> internalsOfOtherFeatures(String feature) {
        return DescribedPredicate.describe(
                "internals (not the service layer or a shared enum) of features other than " + feature,
                target -> !target.isEnum()
                        && FEATURES.stream()
                                .filter(other -> !other.equals(feature))
                                .anyMatch(other -> target.getPackageName().startsWith(ROOT + other)
                                        && !target.getPackageName().startsWith(ROOT + other + ".service")));
    }

    private static DescribedPredicate<JavaClass> servicesOtherThanAudit() {
        return DescribedPredicate.describe(
                "services of features other than audit",
                target -> FEATURES.stream()
                        .filter(other -> !other.equals("audit"))
                        .anyMatch(other -> target.getPackageName().startsWith(ROOT + other + ".service")));
    }
}
