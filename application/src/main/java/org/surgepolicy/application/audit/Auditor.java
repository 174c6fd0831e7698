package org.surgepolicy.application.audit;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.surgepolicy.application.audit.port.out.AuditTrail;
import org.surgepolicy.domain.audit.AuditAction;
import org.surgepolicy.domain.audit.AuditDigest;
import org.surgepolicy.domain.audit.AuditEvent;
import org.surgepolicy.domain.policy.ActivationDecision;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.EvidenceWindow;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;

/** Writes the audit events of the use cases, each with the digest of a canonical text of its payload. */
public final class Auditor {

    /** The actor of what the system does by itself (recomputations, determinations, start-up). */
    public static final String SYSTEM = "system";

    private final AuditTrail trail;
    private final Clock clock;

    public Auditor(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /** Appends an event whose payload is {@code canonicalPayload}. */
    public void record(String actor, AuditAction action, String subject, String canonicalPayload, String summary) {
        trail.append(new AuditEvent(clock.instant(), actor, action.name(), subject, AuditDigest.sha256(canonicalPayload),
            summary));
    }

    public void talliesSubmitted(String actor, String source, List<Tally> tallies, int revised) {
        record(actor, AuditAction.TALLIES_SUBMITTED, source, canonical(tallies),
            tallies.size() + " tallies from " + source + ", " + revised + " new revisions");
    }

    public void overrideRecorded(String policyId, PolicyOverride override) {
        record(override.recordedBy(), AuditAction.OVERRIDE_RECORDED, policyId,
            String.join("\n", Long.toString(override.id()), override.state().name(), override.from().toString(),
                String.valueOf(override.to()), override.reason(), override.authority()),
            override.state() + " from " + override.from() + (override.to() == null ? "" : " to " + override.to())
                + " (" + override.authority() + ")");
    }

    public void activationDecisionRecorded(String policyId, ActivationDecision decision) {
        record(decision.recordedBy(), AuditAction.ACTIVATION_DECISION_RECORDED, policyId,
            String.join("\n", Long.toString(decision.id()), decision.determinationDate().toString(),
                decision.decidedOn().toString(), decision.reason(), decision.authority()),
            "activated on " + decision.decidedOn() + " citing the determination of " + decision.determinationDate()
                + " (" + decision.authority() + ")");
    }

    public void determinationsRecorded(String policyId, List<Determination> recorded) {
        for (Determination d : recorded) {
            record(SYSTEM, AuditAction.DETERMINATION_RECORDED, policyId, canonical(d),
                d.type() + " on " + d.date() + ", effective " + d.effectiveOn() + " (" + d.versionId() + ")");
        }
    }

    static String canonical(List<Tally> tallies) {
        return tallies.stream().map(t -> {
            TallyKey k = t.key();
            return String.join(",", k.date().toString(), k.component().name(), k.area().value(),
                k.demographic().name(), k.citizenship().name(), k.encounterType().name(), Long.toString(t.count()));
        }).sorted().collect(Collectors.joining("\n"));
    }

    static String canonical(Determination d) {
        StringBuilder text = new StringBuilder(String.join(",", d.date().toString(), d.type().name(),
            d.effectiveOn().toString(), d.versionId(), d.citation(), Long.toString(d.evidence().threshold())));
        for (EvidenceWindow w : d.evidence().windows()) {
            text.append('\n').append(w.average().from()).append(',').append(w.average().to()).append(',')
                .append(w.average().sum());
        }
        return text.toString();
    }
}
