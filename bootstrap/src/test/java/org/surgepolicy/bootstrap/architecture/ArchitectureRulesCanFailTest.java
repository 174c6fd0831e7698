package org.surgepolicy.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.surgepolicy.adapter.batch.archfixture.BatchClassUsingJdbc;
import org.surgepolicy.adapter.batch.archfixture.BatchClassUsingPersistence;
import org.surgepolicy.adapter.persistence.archfixture.PersistenceThing;
import org.surgepolicy.adapter.rest.archfixture.RestClassUsingBatch;
import org.surgepolicy.adapter.rest.archfixture.RestClassUsingOutPort;
import org.surgepolicy.adapter.rest.archfixture.RestClassUsingPersistence;
import org.surgepolicy.application.archfixture.ApplicationClassUsingSpringContext;
import org.surgepolicy.application.archfixture.ApplicationMapper;
import org.surgepolicy.application.archfixture.ApproveThingsUseCase;
import org.surgepolicy.application.archfixture.port.in.ArchiveThingsUseCase;
import org.surgepolicy.application.port.out.archfixture.PortReferringToService;
import org.surgepolicy.domain.archfixture.BeanOutsideAConfiguration;
import org.surgepolicy.domain.archfixture.DomainClassUsingBootstrap;
import org.surgepolicy.domain.archfixture.DomainClassUsingSpring;
import org.surgepolicy.domain.archfixture.TwoConfigurations;

/**
 * Each architecture rule fails on a class written to break it, and on a set of classes it does not match at all, so
 * that no rule can pass by checking nothing.
 */
class ArchitectureRulesCanFailTest {

    static Stream<Arguments> rulesAndTheClassesThatBreakThem() {
        return Stream.of(
            Arguments.of(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK, DomainClassUsingSpring.class),
            Arguments.of(ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_TRANSACTIONS,
                ApplicationClassUsingSpringContext.class),
            Arguments.of(ArchitectureRules.PORTS_DEPEND_ONLY_ON_DOMAIN_AND_PORTS, PortReferringToService.class),
            Arguments.of(ArchitectureRules.USE_CASES_ARE_INTERFACES_IN_PORT_IN, ApproveThingsUseCase.class),
            Arguments.of(ArchitectureRules.IN_PORTS_DO_NOT_USE_OUT_PORTS, ArchiveThingsUseCase.class),
            Arguments.of(ArchitectureRules.DRIVING_ADAPTERS_USE_ONLY_IN_PORTS, RestClassUsingOutPort.class),
            Arguments.of(ArchitectureRules.REST_ADAPTER_USES_ONLY_ALLOWED_PACKAGES, RestClassUsingPersistence.class),
            Arguments.of(ArchitectureRules.PERSISTENCE_ADAPTER_USES_ONLY_ALLOWED_PACKAGES, PersistenceThing.class),
            Arguments.of(ArchitectureRules.BATCH_ADAPTER_USES_ONLY_ALLOWED_PACKAGES,
                BatchClassUsingPersistence.class),
            Arguments.of(ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP, DomainClassUsingBootstrap.class),
            Arguments.of(ArchitectureRules.MAPSTRUCT_ONLY_IN_ADAPTERS, ApplicationMapper.class),
            Arguments.of(ArchitectureRules.SPRING_BATCH_ONLY_IN_BATCH_ADAPTER, RestClassUsingBatch.class),
            Arguments.of(ArchitectureRules.JDBC_ONLY_IN_PERSISTENCE_ADAPTER, BatchClassUsingJdbc.class),
            Arguments.of(ArchitectureRules.AT_MOST_ONE_CONFIGURATION_PER_MODULE, TwoConfigurations.class),
            Arguments.of(ArchitectureRules.BEANS_ONLY_IN_CONFIGURATIONS, BeanOutsideAConfiguration.class));
    }

    @ParameterizedTest(name = "{0} fails on {1}")
    @MethodSource("rulesAndTheClassesThatBreakThem")
    void ruleFailsOnAClassThatBreaksIt(ArchRule rule, Class<?> offender) {
        // With the classes nested in it: an offender that breaks a rule with another class brings it along.
        JavaClasses classes = new ClassFileImporter().importClasses(Stream.concat(Stream.of(offender),
            Arrays.stream(offender.getDeclaredClasses())).toList());

        EvaluationResult result = rule.evaluate(classes);

        assertThat(result.hasViolation()).as("violation of '%s' by %s", rule.getDescription(), offender.getName())
            .isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(detail ->
            assertThat(detail).contains(offender.getName()));
    }

    @ParameterizedTest(name = "{0} fails when it matches no class")
    @MethodSource("rulesAndTheClassesThatBreakThem")
    void ruleFailsWhenItMatchesNoClass(ArchRule rule, Class<?> ignored) {
        JavaClasses nothingOfOurs = new ClassFileImporter().importClasses(String.class);

        assertThatThrownBy(() -> rule.check(nothingOfOurs))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("failed to check any classes");
    }

    @Test
    void everyRuleHasAnOffender() {
        assertThat(rulesAndTheClassesThatBreakThem().map(a -> a.get()[0]))
            .containsExactlyInAnyOrderElementsOf(ArchitectureRules.all());
    }
}
