package org.surgepolicy.application.fakes;

import java.time.Instant;
import java.util.List;
import org.surgepolicy.application.audit.Auditor;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.jobs.RecomputePoliciesService;
import org.surgepolicy.application.policy.CachedPolicyEvaluation;
import org.surgepolicy.application.policy.DeterminationRecorder;
import org.surgepolicy.application.policy.EvaluationInputs;
import org.surgepolicy.application.policy.GetDeterminationsService;
import org.surgepolicy.application.policy.GetPolicyStatusService;
import org.surgepolicy.application.policy.GetRestatementsService;
import org.surgepolicy.application.policy.GetTimelineService;
import org.surgepolicy.application.policy.ListActivationDecisionsService;
import org.surgepolicy.application.policy.ListOverridesService;
import org.surgepolicy.application.policy.ListPoliciesService;
import org.surgepolicy.application.policy.PolicyEvaluation;
import org.surgepolicy.application.policy.RecordActivationDecisionService;
import org.surgepolicy.application.policy.RecordOverrideService;
import org.surgepolicy.application.simulation.SimulatePolicyService;
import org.surgepolicy.application.simulation.SweepParametersService;
import org.surgepolicy.application.tally.SubmitTalliesService;
import org.surgepolicy.application.tally.TransactionalTallyWrites;
import org.surgepolicy.application.tally.TallyQueryService;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;

/** The application wired as bootstrap wires it, on in-memory ports and a clock the test moves. */
public final class InMemoryApplication {

    /** Who submits the tallies of a test. */
    public static final String OPERATOR = "operator";
    /** The source of the tallies a test submits. */
    public static final String REPORT = "daily-report";
    /** The age beyond which the data is stale: the service's default. */
    public static final int STALE_AFTER_DAYS = 3;

    private final MutableClock clock;
    private final InMemoryTallyLedger ledger;
    private final InMemoryDeterminationLog determinationLog;
    private final InMemoryOverrideStore overrideStore;
    private final InMemoryActivationDecisionStore decisionStore;
    private final InMemoryAuditTrail auditTrail;
    private final InMemoryRestatementLog restatementLog = new InMemoryRestatementLog();
    private final FixedPolicyCatalog catalog;
    private final EvaluationInputs inputs;
    private final PolicyEvaluation evaluation;
    private final Auditor auditor;
    private final SubmitTalliesService submitTallies;
    private final ListPoliciesService listPolicies;
    private final GetPolicyStatusService policyStatus;
    private final GetTimelineService timeline;
    private final GetDeterminationsService determinations;
    private final GetRestatementsService restatements;
    private final RecordOverrideService recordOverride;
    private final ListOverridesService listOverrides;
    private final SimulatePolicyService simulatePolicy;
    private final SweepParametersService sweepParameters;
    private final RecordActivationDecisionService recordDecision;
    private final ListActivationDecisionsService listDecisions;
    private final TallyQueryService tallies;
    private final RecomputePoliciesService recompute;

    public InMemoryApplication(Instant now, PolicyDefinition... definitions) {
        clock = new MutableClock(now);
        ledger = new InMemoryTallyLedger(clock);
        determinationLog = new InMemoryDeterminationLog(clock);
        overrideStore = new InMemoryOverrideStore(clock);
        decisionStore = new InMemoryActivationDecisionStore(clock);
        auditTrail = new InMemoryAuditTrail(clock);
        catalog = new FixedPolicyCatalog(definitions);
        inputs = new EvaluationInputs(ledger, overrideStore, decisionStore, clock);
        evaluation = new CachedPolicyEvaluation(PolicyEvaluation.rule(STALE_AFTER_DAYS));
        auditor = new Auditor(auditTrail, clock);
        DeterminationRecorder recorder = new DeterminationRecorder(catalog, inputs, evaluation, determinationLog,
            auditor);
        submitTallies = new SubmitTalliesService(catalog, clock, new TransactionalTallyWrites(ledger, recorder, auditor),
            recorder);
        listPolicies = new ListPoliciesService(catalog);
        policyStatus = new GetPolicyStatusService(catalog, inputs, evaluation);
        timeline = new GetTimelineService(catalog, inputs, evaluation);
        determinations = new GetDeterminationsService(catalog, inputs, evaluation);
        restatements = new GetRestatementsService(catalog, inputs, evaluation, determinationLog);
        recordOverride = new RecordOverrideService(catalog, clock, overrideStore, auditor);
        listOverrides = new ListOverridesService(catalog, overrideStore);
        DirectComputations computations = new DirectComputations();
        simulatePolicy = new SimulatePolicyService(catalog, inputs, computations);
        sweepParameters = new SweepParametersService(catalog, inputs, computations);
        recordDecision = new RecordActivationDecisionService(catalog, clock, inputs, evaluation, decisionStore,
            recorder, auditor);
        listDecisions = new ListActivationDecisionsService(catalog, decisionStore);
        tallies = new TallyQueryService(ledger);
        recompute = new RecomputePoliciesService(catalog, inputs, evaluation, clock, recorder, determinationLog,
            restatementLog);
    }

    /** Submits the tallies as the operator would, through the use case. */
    public Outcome<SubmitTalliesUseCase.Receipt> submit(List<Tally> submitted) {
        return submitTallies.submit(new SubmitTalliesUseCase.Command(REPORT, OPERATOR, rows(submitted)));
    }

    /** Stores the tallies in the ledger at the clock's instant, as an import does: nothing is recorded. */
    public TallyLedger.AppendResult store(List<Tally> stored) {
        return ledger.append(stored, OPERATOR, "import");
    }

    /** The tallies as request rows. */
    public static List<SubmitTalliesUseCase.Row> rows(List<Tally> tallies) {
        return tallies.stream().map(InMemoryApplication::row).toList();
    }

    public static SubmitTalliesUseCase.Row row(Tally tally) {
        TallyKey k = tally.key();
        return new SubmitTalliesUseCase.Row(k.date(), k.component().name(), k.area().value(), k.demographic().name(),
            k.citizenship().name(), k.encounterType().name(), tally.count());
    }

    public MutableClock clock() {
        return clock;
    }

    public InMemoryTallyLedger ledger() {
        return ledger;
    }

    public InMemoryDeterminationLog determinationLog() {
        return determinationLog;
    }

    public InMemoryOverrideStore overrideStore() {
        return overrideStore;
    }

    public InMemoryActivationDecisionStore decisionStore() {
        return decisionStore;
    }

    public RecordActivationDecisionService recordDecision() {
        return recordDecision;
    }

    public ListActivationDecisionsService listDecisions() {
        return listDecisions;
    }

    public InMemoryAuditTrail auditTrail() {
        return auditTrail;
    }

    public EvaluationInputs inputs() {
        return inputs;
    }

    public PolicyEvaluation evaluation() {
        return evaluation;
    }

    public Auditor auditor() {
        return auditor;
    }

    public SubmitTalliesService submitTallies() {
        return submitTallies;
    }

    public ListPoliciesService listPolicies() {
        return listPolicies;
    }

    public GetPolicyStatusService policyStatus() {
        return policyStatus;
    }

    public GetTimelineService timeline() {
        return timeline;
    }

    public GetDeterminationsService determinations() {
        return determinations;
    }

    public GetRestatementsService restatements() {
        return restatements;
    }

    public RecordOverrideService recordOverride() {
        return recordOverride;
    }

    public ListOverridesService listOverrides() {
        return listOverrides;
    }

    public SimulatePolicyService simulatePolicy() {
        return simulatePolicy;
    }

    public SweepParametersService sweepParameters() {
        return sweepParameters;
    }

    public TallyQueryService tallies() {
        return tallies;
    }

    public RecomputePoliciesService recompute() {
        return recompute;
    }
}
