package org.surgepolicy.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The boundaries of the hexagon, as allow-lists: each layer names what it may depend on, so that a renamed or new
 * package fails a rule rather than slipping past a deny-list. Every rule fails when it matches no class at all
 * (ArchUnit's {@code archRule.failOnEmptyShould}, on by default and asserted in {@link ArchitectureRulesCanFailTest}).
 */
final class ArchitectureRules {

    static final String DOMAIN = "org.surgepolicy.domain..";
    static final String APPLICATION = "org.surgepolicy.application..";
    static final String PORTS = "org.surgepolicy.application..port..";
    static final String PORTS_IN = "org.surgepolicy.application..port.in..";
    static final String PORTS_OUT = "org.surgepolicy.application..port.out..";
    static final String REST = "org.surgepolicy.adapter.rest..";
    static final String PERSISTENCE = "org.surgepolicy.adapter.persistence..";
    static final String BATCH = "org.surgepolicy.adapter.batch..";
    static final String ADAPTERS = "org.surgepolicy.adapter..";
    /** The adapters that drive the application: the REST API, the command line and the nightly schedule. */
    static final String[] DRIVING_ADAPTERS = {REST, "org.surgepolicy.adapter.batch.cli..",
        "org.surgepolicy.adapter.batch.schedule.."};
    /** The service's one cache mechanism, which any layer but the domain may use. */
    static final String CACHE = "com.github.benmanes.caffeine.cache..";

    /**
     * What every adapter may use besides its own package: the JDK, Spring, logging, metrics, the cache and the inner
     * layers.
     */
    private static final String[] ADAPTER_BASE = {"java..", "javax.annotation..", "jakarta..", "org.springframework..",
        "org.slf4j..", "io.micrometer..", "tools.jackson..", "com.fasterxml.jackson.annotation..", CACHE, DOMAIN,
        PORTS};

    private ArchitectureRules() {
    }

    /** javax.crypto is the JDK's own HMAC, which signs the audit trail's digests. */
    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK = classes().that().resideInAPackage(DOMAIN)
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", DOMAIN)
        .as("the domain depends only on java.., javax.crypto.. and itself");

    static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_TRANSACTIONS = classes().that()
        .resideInAPackage(APPLICATION)
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", DOMAIN, APPLICATION, "org.springframework.transaction.annotation..",
            CACHE)
        .as("the application depends only on the domain, java.., @Transactional and Caffeine's cache");

    static final ArchRule PORTS_DEPEND_ONLY_ON_DOMAIN_AND_PORTS = classes().that().resideInAPackage(PORTS)
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, PORTS)
        .as("ports depend only on the domain and other ports, never on a service");

    static final ArchRule USE_CASES_ARE_INTERFACES_IN_PORT_IN = classes()
        .that(JavaClass.Predicates.resideInAPackage(APPLICATION).and(JavaClass.Predicates.TOP_LEVEL_CLASSES)
            .and(JavaClass.Predicates.simpleNameEndingWith("UseCase")
                .or(JavaClass.Predicates.simpleNameEndingWith("Query"))))
        .should().beInterfaces().andShould().resideInAPackage(PORTS_IN)
        .as("use cases and queries are interfaces in ..port.in..");

    /** What a user asks for is said in the domain's words and the in-ports' own, never in an out-port's. */
    static final ArchRule IN_PORTS_DO_NOT_USE_OUT_PORTS = classes().that().resideInAPackage(PORTS_IN)
        .should().onlyDependOnClassesThat().resideOutsideOfPackage(PORTS_OUT)
        .as("in-ports never use an out-port or its types");

    /** A driving adapter reaches the application through its use cases only: no out-port, no service. */
    static final ArchRule DRIVING_ADAPTERS_USE_ONLY_IN_PORTS = classes().that().resideInAnyPackage(DRIVING_ADAPTERS)
        .should().onlyDependOnClassesThat(JavaClass.Predicates.resideOutsideOfPackage(APPLICATION)
            .or(JavaClass.Predicates.resideInAPackage(PORTS_IN))
            .as("reside outside the application or in its in-ports"))
        .as("driving adapters (REST, command line, schedule) use only the application's in-ports");

    /** Commons CSV writes an import's rejects as text/csv with RFC 4180 quoting. */
    static final ArchRule REST_ADAPTER_USES_ONLY_ALLOWED_PACKAGES = adapter(REST,
        "org.mapstruct..", "io.swagger..", "org.springdoc..", "javax.annotation.processing..", "org.apache.commons.csv..");

    static final ArchRule PERSISTENCE_ADAPTER_USES_ONLY_ALLOWED_PACKAGES = adapter(PERSISTENCE,
        "javax.sql..", "org.flywaydb..", "org.yaml.snakeyaml..", "com.zaxxer.hikari..", "net.javacrumbs.shedlock..",
        "org.h2..", "org.postgresql..");

    /** FastCSV reads the imported files' lines; Commons CSV writes the reports. */
    static final ArchRule BATCH_ADAPTER_USES_ONLY_ALLOWED_PACKAGES = adapter(BATCH,
        "de.siegmar.fastcsv..", "org.apache.commons.csv..", "net.javacrumbs.shedlock..");

    static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = classes().that()
        .resideInAnyPackage(DOMAIN, APPLICATION, ADAPTERS)
        .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.surgepolicy.bootstrap..")
        .as("nothing depends on bootstrap");

    static final ArchRule MAPSTRUCT_ONLY_IN_ADAPTERS = classes().that(dependOnAny("org.mapstruct"))
        .should().resideInAPackage(ADAPTERS)
        .as("MapStruct is used only in the adapters");

    static final ArchRule SPRING_BATCH_ONLY_IN_BATCH_ADAPTER = classes().that(dependOnAny("org.springframework.batch"))
        .should().resideInAPackage(BATCH)
        .as("Spring Batch is used only in adapters-batch");

    static final ArchRule JDBC_ONLY_IN_PERSISTENCE_ADAPTER = classes()
        .that(dependOnAny("java.sql", "javax.sql", "org.springframework.jdbc"))
        .should().resideInAPackage(PERSISTENCE)
        .as("JDBC is used only in adapters-persistence");

    /**
     * A module's wiring is read in one place: at most one {@code @Configuration} class per module (the job definitions
     * and the security are plain factories that it calls).
     */
    static final ArchRule AT_MOST_ONE_CONFIGURATION_PER_MODULE = classes()
        .that().areAnnotatedWith(Configuration.class)
        .should(beTheOnlyConfigurationOfTheirModule())
        .as("at most one @Configuration class per module");

    /**
     * A {@code @Bean} method counts only in a {@code @Configuration} class: one elsewhere (a job's or the security's
     * plain factory) would be silently ignored.
     */
    static final ArchRule BEANS_ONLY_IN_CONFIGURATIONS = methods()
        .that().areAnnotatedWith(Bean.class)
        .should().beDeclaredInClassesThat().areAnnotatedWith(Configuration.class)
        .as("@Bean methods are declared only in @Configuration classes");

    static List<ArchRule> all() {
        return List.of(DOMAIN_DEPENDS_ONLY_ON_THE_JDK, APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_TRANSACTIONS,
            PORTS_DEPEND_ONLY_ON_DOMAIN_AND_PORTS, USE_CASES_ARE_INTERFACES_IN_PORT_IN, IN_PORTS_DO_NOT_USE_OUT_PORTS,
            DRIVING_ADAPTERS_USE_ONLY_IN_PORTS,
            REST_ADAPTER_USES_ONLY_ALLOWED_PACKAGES, PERSISTENCE_ADAPTER_USES_ONLY_ALLOWED_PACKAGES,
            BATCH_ADAPTER_USES_ONLY_ALLOWED_PACKAGES, NOTHING_DEPENDS_ON_BOOTSTRAP, MAPSTRUCT_ONLY_IN_ADAPTERS,
            SPRING_BATCH_ONLY_IN_BATCH_ADAPTER, JDBC_ONLY_IN_PERSISTENCE_ADAPTER, AT_MOST_ONE_CONFIGURATION_PER_MODULE,
            BEANS_ONLY_IN_CONFIGURATIONS);
    }

    private static ArchRule adapter(String adapterPackage, String... extra) {
        String[] allowed = new String[ADAPTER_BASE.length + extra.length + 1];
        System.arraycopy(ADAPTER_BASE, 0, allowed, 0, ADAPTER_BASE.length);
        System.arraycopy(extra, 0, allowed, ADAPTER_BASE.length, extra.length);
        allowed[allowed.length - 1] = adapterPackage;
        return classes().that().resideInAPackage(adapterPackage)
            .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
            .as(adapterPackage.replace("..", "") + " depends only on its own package, the inner layers' ports and"
                + " the libraries it is allowed; never on another adapter");
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> dependOnAny(String... packages) {
        return describe("depend on " + String.join(" or ", packages), javaClass ->
            javaClass.getDirectDependenciesFromSelf().stream().anyMatch(dependency -> {
                String target = dependency.getTargetClass().getPackageName();
                for (String p : packages) {
                    if (target.equals(p) || target.startsWith(p + ".")) {
                        return true;
                    }
                }
                return false;
            }));
    }

    /** The module a class belongs to: {@code adapter.<name>} for an adapter, else the layer under the root. */
    static String module(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().split("\\.");
        if (parts.length < 3) {
            return javaClass.getPackageName();
        }
        return parts[2].equals("adapter") && parts.length > 3 ? "adapter." + parts[3] : parts[2];
    }

    private static ArchCondition<JavaClass> beTheOnlyConfigurationOfTheirModule() {
        return new ArchCondition<>("be the only @Configuration class of their module") {
            private Map<String, List<String>> byModule = Map.of();

            @Override
            public void init(Collection<JavaClass> configurations) {
                byModule = configurations.stream().collect(Collectors.groupingBy(ArchitectureRules::module,
                    Collectors.mapping(JavaClass::getName, Collectors.toList())));
            }

            @Override
            public void check(JavaClass configuration, ConditionEvents events) {
                List<String> ofModule = byModule.getOrDefault(module(configuration), List.of());
                boolean alone = ofModule.size() <= 1;
                events.add(new SimpleConditionEvent(configuration, alone, configuration.getName() + " is one of "
                    + ofModule.size() + " @Configuration classes of the module " + module(configuration) + ": "
                    + ofModule));
            }
        };
    }
}
