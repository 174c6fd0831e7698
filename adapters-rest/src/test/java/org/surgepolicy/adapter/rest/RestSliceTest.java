package org.surgepolicy.adapter.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.surgepolicy.adapter.rest.activation.ActivationMapperImpl;
import org.surgepolicy.adapter.rest.audit.AuditMapperImpl;
import org.surgepolicy.adapter.rest.comparison.ComparisonMapperImpl;
import org.surgepolicy.adapter.rest.imports.ImportMapperImpl;
import org.surgepolicy.adapter.rest.jobs.JobMapperImpl;
import org.surgepolicy.adapter.rest.override.OverrideMapperImpl;
import org.surgepolicy.adapter.rest.policy.PolicyMapperImpl;
import org.surgepolicy.adapter.rest.reconciliation.ReconciliationMapperImpl;
import org.surgepolicy.adapter.rest.reference.ReferenceMapperImpl;
import org.surgepolicy.adapter.rest.reports.ReportMapperImpl;
import org.surgepolicy.adapter.rest.simulation.SimulationMapperImpl;
import org.surgepolicy.adapter.rest.tally.TallyMapperImpl;

/**
 * A Spring MVC slice of the whole adapter (every controller, the problem handler, the mappers, the size limit) with
 * every use case mocked. All slice tests share it, so that one application context serves them all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({RestConfiguration.class, TallyMapperImpl.class, PolicyMapperImpl.class, OverrideMapperImpl.class,
    SimulationMapperImpl.class, AuditMapperImpl.class, ImportMapperImpl.class, JobMapperImpl.class,
    ReconciliationMapperImpl.class, ReportMapperImpl.class, ReferenceMapperImpl.class, ActivationMapperImpl.class,
    ComparisonMapperImpl.class})
@MockedUseCases
public @interface RestSliceTest {
}
