package org.surgepolicy.adapter.batch.recompute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.surgepolicy.adapter.batch.audit.AuditDigestFile;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery;
import org.surgepolicy.application.reference.port.in.ReconcileQuery;
import org.surgepolicy.domain.audit.HeadDigest;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.Restatement;
import org.surgepolicy.domain.rule.Restatements;
import org.surgepolicy.domain.rule.TimelineDay;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the nightly reports to the run's folder: per policy its timeline as CSV and an HTML page with its chart, one
 * JSON summary, and the signed digest of the audit chain's head that the run made.
 */
final class ReportWriter {

    static final String SUMMARY = "summary.json";
    /** The mismatched days the summary lists; a broken aggregate would otherwise list every day. */
    static final int MAX_MISMATCHES_SHOWN = 100;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Pattern POLICY_FILE = Pattern.compile("(?:timeline-(.+)\\.csv|chart-(.+)\\.html)");

    private ReportWriter() {
    }

    static String timelineFile(String policyId) {
        return "timeline-" + policyId + ".csv";
    }

    static String chartFile(String policyId) {
        return "chart-" + policyId + ".html";
    }

    /** The policy a report file is about, or empty for a report about every policy. */
    static Optional<String> policyOf(String fileName) {
        Matcher m = POLICY_FILE.matcher(fileName);
        return m.matches() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    /** Writes every report into the run's folder, its chart pages with {@code scripts}; returns the files written. */
    static List<Path> write(NightlyReport report, ChartScripts scripts, RunFolder folder) {
        List<Path> written = new ArrayList<>();
        for (NightlyReport.PolicyReport policy : report.policies()) {
            String id = policy.definition().id();
            written.add(folder.write(timelineFile(id), out -> timelineCsv(policy.days(), out)));
            written.add(folder.write(chartFile(id), out -> out.write(ChartPage.html(policy, report.demoData(),
                scripts))));
        }
        written.add(folder.write(SUMMARY, out -> JSON.writeValue(out, summary(report))));
        return written;
    }

    static void timelineCsv(List<TimelineDay> days, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader("date", "counted", "average", "state",
            "effective_state", "version", "days_below_discontinuation_threshold", "determination").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (TimelineDay day : days) {
                csv.printRecord(day.date(), day.counted() == null ? "" : day.counted(),
                    day.average() == null ? "" : day.average().average().toPlainString(),
                    day.state() == null ? "" : day.state().kind(),
                    day.effectiveState() == null ? "" : day.effectiveState(), day.versionId(), day.daysBelow(),
                    day.determination() == null ? "" : day.determination().type());
            }
        }
    }

    /** The JSON summary: plain maps and lists, so that its shape is written here and nowhere else. */
    static Map<String, Object> summary(NightlyReport report) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("generatedAt", report.generatedAt().toString());
        summary.put("jobExecutionId", report.jobExecutionId());
        summary.put("dataNote", report.demoData() == null ? null : Map.of(
            "source", report.demoData().source(), "illustrative", true, "note", report.demoData().note()));
        List<Map<String, Object>> policies = new ArrayList<>();
        for (NightlyReport.PolicyReport policy : report.policies()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("policyId", policy.definition().id());
            p.put("title", policy.definition().title());
            p.putAll(StatusSummary.of(policy.status()));
            p.put("days", policy.days().size());
            p.put("determinations", policy.days().stream().map(TimelineDay::determination)
                .filter(d -> d != null).map(ReportWriter::determination).toList());
            p.put("determinationsRecordedThisRun", policy.newlyRecordedDeterminations());
            Restatements.Counts counts = policy.restatements().counts();
            Map<String, Object> restatements = new LinkedHashMap<>();
            restatements.put("differences", policy.restatements().differences().size());
            restatements.put("detectedThisRun", policy.newlyDetected());
            restatements.put("recorded", counts.recorded());
            restatements.put("current", counts.current());
            restatements.put("unchanged", counts.unchanged());
            restatements.put("added", counts.added());
            restatements.put("withdrawn", counts.withdrawn());
            restatements.put("revised", counts.revised());
            restatements.put("items", policy.restatements().differences().stream().map(ReportWriter::restatement)
                .toList());
            p.put("restatements", restatements);
            policies.add(p);
        }
        summary.put("policies", policies);
        summary.put("reconciliation", reconciliation(report.reconciliation()));
        summary.put("aggregateCheck", aggregateCheck(report.aggregateCheck()));
        return summary;
    }

    private static Map<String, Object> determination(Determination d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", d.date().toString());
        m.put("type", d.type().name());
        m.put("effectiveOn", d.effectiveOn().toString());
        m.put("version", d.versionId());
        m.put("citation", d.citation());
        return m;
    }

    private static Map<String, Object> restatement(Restatement r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", r.date().toString());
        m.put("type", r.type().name());
        m.put("kind", r.kind().name());
        m.put("description", r.description());
        return m;
    }

    private static Map<String, Object> reconciliation(ReconcileQuery.Reconciliation reconciliation) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", text(reconciliation.from()));
        m.put("to", text(reconciliation.to()));
        m.put("comparisons", reconciliation.lines().size());
        m.put("differences", reconciliation.differences().size());
        m.put("notPublished", reconciliation.notPublished().size());
        m.put("notInLedger", reconciliation.notInLedger().size());
        m.put("lines", reconciliation.lines().stream().map(line -> {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("month", line.month().toString());
            l.put("dataset", line.dataset().name());
            l.put("component", line.component().name());
            l.put("area", line.area());
            l.put("ledger", line.ledger());
            l.put("published", line.published());
            l.put("difference", line.difference());
            l.put("unavailable", StatusSummary.reasons(line.unavailable()));
            return l;
        }).toList());
        return m;
    }

    private static Map<String, Object> aggregateCheck(CheckAggregatesQuery.AggregateCheck check) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("matches", check.matches());
        m.put("daysMaintained", check.daysMaintained());
        m.put("daysRebuilt", check.daysRebuilt());
        m.put("mismatchedDays", check.mismatches().size());
        m.put("mismatches", check.mismatches().stream().limit(MAX_MISMATCHES_SHOWN).map(x -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("date", x.date().toString());
            d.put("maintained", x.maintained());
            d.put("rebuilt", x.rebuilt());
            return d;
        }).toList());
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Writes the digest of the audit chain's head that this run made, as {@code audit-digest.json}. */
    static Path writeAuditDigest(HeadDigest digest, RunFolder folder) {
        return folder.write(AuditDigestFile.NIGHTLY, out -> AuditDigestFile.write(digest, out));
    }

    /** The bundled chart scripts, read from the jar (about a megabyte): once per run, for every page it writes. */
    static ChartScripts chartScripts() {
        try {
            return ChartScripts.bundled();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled chart scripts could not be read", e);
        }
    }
}
