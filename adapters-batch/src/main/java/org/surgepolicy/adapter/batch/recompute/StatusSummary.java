package org.surgepolicy.adapter.batch.recompute;

import java.util.LinkedHashMap;
import java.util.Map;
import org.surgepolicy.domain.explanation.Unavailable;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.rule.EffectiveChange;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.Projection;
import org.surgepolicy.domain.rule.WindowAverage;

/**
 * A policy's status in {@code summary.json}, under the names of the REST API's status: the rule's state with its
 * since, the effective state with its own, the override's range, the data's age, the latest window, the projection,
 * the effective state's earliest change, and the reason beside every null value.
 */
final class StatusSummary {

    private StatusSummary() {
    }

    static Map<String, Object> of(PolicyStatus status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", status.state() == null ? null : status.state().kind().name());
        m.put("since", text(status.since()));
        m.put("effectiveState", status.effectiveState() == null ? null : status.effectiveState().name());
        m.put("effectiveSince", text(status.effectiveSince()));
        m.put("override", override(status.override()));
        m.put("version", status.versionId());
        m.put("asOf", status.asOf().toString());
        m.put("dataThrough", text(status.dataThrough()));
        m.put("dataAgeDays", status.freshness().ageDays());
        m.put("stale", status.stale());
        m.put("staleAfterDays", status.freshness().staleAfterDays());
        m.put("latestAverage", status.latestAverage() == null ? null : status.latestAverage().average());
        m.put("latestWindow", window(status.latestAverage()));
        m.put("latestWindowComplete", status.latestWindow() != null && status.latestWindow().complete());
        m.put("latestWindowMissingDays", status.latestWindow() == null ? null
            : status.latestWindow().missingDays().stream().map(Object::toString).toList());
        m.put("daysBelowDiscontinuationThreshold", status.daysBelow());
        m.put("requiredDaysBelow", status.requiredDaysBelow());
        m.put("discontinuationEffectiveOn", text(status.discontinuationEffectiveOn()));
        m.put("reactivationEffectiveOn", text(status.reactivationEffectiveOn()));
        m.put("earliestPossibleDiscontinuation", text(status.earliestPossibleDiscontinuation()));
        m.put("projection", projection(status.projection()));
        m.put("earliestEffectiveChange", change(status.earliestEffectiveChange()));
        m.put("unavailable", reasons(status.unavailable()));
        return m;
    }

    /** The reasons beside null values, as the REST API gives them. */
    static Map<String, Object> reasons(Map<String, Unavailable> unavailable) {
        Map<String, Object> reasons = new LinkedHashMap<>();
        unavailable.forEach((name, why) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("reason", why.reason().name());
            r.put("message", why.message());
            r.put("missingDays", why.missingDays().stream().map(Object::toString).toList());
            reasons.put(name, r);
        });
        return reasons;
    }

    private static Map<String, Object> override(PolicyOverride override) {
        if (override == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", override.id());
        m.put("state", override.state().name());
        m.put("from", override.from().toString());
        m.put("to", text(override.to()));
        m.put("reason", override.reason());
        m.put("authority", override.authority());
        return m;
    }

    private static Map<String, Object> window(WindowAverage window) {
        if (window == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", window.from().toString());
        m.put("to", window.to().toString());
        m.put("sum", window.sum());
        m.put("days", window.days());
        m.put("average", window.average());
        return m;
    }

    private static Map<String, Object> projection(Projection projection) {
        if (projection == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("determinationOn", projection.determinationOn().toString());
        m.put("discontinuationOn", projection.discontinuationOn().toString());
        m.put("version", projection.versionId());
        m.put("threshold", projection.threshold());
        m.put("scheduled", projection.scheduled());
        m.put("assumedFrom", text(projection.assumedFrom()));
        m.put("assumedThrough", text(projection.assumedThrough()));
        m.put("assumedDays", projection.assumedDays());
        m.put("description", projection.description());
        m.put("unavailable", reasons(projection.unavailable()));
        return m;
    }

    private static Map<String, Object> change(EffectiveChange change) {
        if (change == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("on", change.on().toString());
        m.put("cause", change.cause().name());
        m.put("description", change.description());
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
