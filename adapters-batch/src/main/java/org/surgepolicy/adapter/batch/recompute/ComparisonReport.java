package org.surgepolicy.adapter.batch.recompute;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.surgepolicy.application.imports.port.in.DemoDataInfo;
import org.surgepolicy.application.policy.port.in.ComparePoliciesQuery;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.TimelineDay;
import tools.jackson.databind.json.JsonMapper;

/**
 * The policies side by side over their whole history, as {@code comparison.csv} (one row a day, each policy's columns
 * in turn) and {@code comparison.html} (the chart the dashboard's comparison view draws, with the differing days
 * listed), written into the run's folder beside the per-policy reports.
 */
final class ComparisonReport {

    static final String CSV = "comparison.csv";
    static final String HTML = "comparison.html";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ComparisonReport() {
    }

    /** Writes both files; returns them. */
    static List<Path> write(ComparePoliciesQuery.Comparison comparison, DemoDataInfo demoData, ChartScripts scripts,
                            RunFolder folder) {
        return List.of(folder.write(CSV, out -> csv(comparison, out)),
            folder.write(HTML, out -> out.write(html(comparison, demoData, scripts))));
    }

    /** The header: {@code date, differ}, then for each policy its id before each of its columns. */
    static List<String> header(List<PolicyDefinition> policies) {
        List<String> header = new ArrayList<>(List.of("date", "differ"));
        for (PolicyDefinition policy : policies) {
            for (String column : List.of("status", "counted", "average", "state", "effective_state",
                "determination", "trigger")) {
                header.add(policy.id() + "." + column);
            }
        }
        return header;
    }

    static void csv(ComparePoliciesQuery.Comparison comparison, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header(comparison.policies()).toArray(String[]::new))
            .get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (ComparePoliciesQuery.ComparedDay day : comparison.days()) {
                List<Object> row = new ArrayList<>(List.of(day.date(), day.differ()));
                for (int i = 0; i < comparison.policies().size(); i++) {
                    TimelineDay d = day.policies().get(i);
                    row.add(comparison.policies().get(i).legalStatus().code());
                    row.add(d == null || d.counted() == null ? "" : d.counted());
                    row.add(d == null || d.average() == null ? "" : d.average().average().toPlainString());
                    row.add(d == null ? "" : d.state().kind());
                    row.add(d == null ? "" : d.effectiveState());
                    row.add(d == null || d.determination() == null ? "" : d.determination().type());
                    row.add(d == null || d.trigger() == null ? "" : d.trigger());
                }
                csv.printRecord(row);
            }
        }
    }

    static String html(ComparePoliciesQuery.Comparison comparison, DemoDataInfo demoData, ChartScripts scripts) {
        String title = "Policies side by side: " + String.join(" and ", comparison.policies().stream()
            .map(p -> p.title() + (p.legalStatus().proposed() ? " (proposed)" : "")).toList());
        return ChartPage.page(title, summary(comparison) + ChartPage.note(demoData), scripts,
            JSON.writeValueAsString(data(comparison)), "PolicyChart.comparisonOption(data)",
            "PolicyChart.COMPARISON_KEY");
    }

    /** Which policy is proposed, the range, and the differing days as ranges. */
    static String summary(ComparePoliciesQuery.Comparison comparison) {
        StringBuilder html = new StringBuilder();
        for (PolicyDefinition policy : comparison.policies()) {
            html.append("<p data-field=\"policy\">").append(ChartPage.escape(policy.title())).append(" (<code>")
                .append(ChartPage.escape(policy.id())).append("</code>): ")
                .append(policy.legalStatus().proposed() ? "<strong>proposed</strong>, never law: what it would have "
                    + "decided." : "in force.").append("</p>\n");
        }
        List<String> ranges = ranges(comparison.differingDays());
        html.append("<p data-field=\"differingDays\">From ").append(comparison.from()).append(" to ")
            .append(comparison.to()).append(", the effective states differ on ")
            .append(comparison.differingDays().size()).append(comparison.differingDays().size() == 1 ? " day" : " days")
            .append(ranges.isEmpty() ? "." : ": " + String.join(", ", ranges) + ".").append("</p>\n");
        return html.toString();
    }

    /** Consecutive days as "first to last" (or the one day). */
    static List<String> ranges(List<LocalDate> days) {
        List<String> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= days.size(); i++) {
            if (i == days.size() || !days.get(i).equals(days.get(i - 1).plusDays(1))) {
                ranges.add(start == i - 1 ? days.get(start).toString()
                    : days.get(start) + " to " + days.get(i - 1));
                start = i;
            }
        }
        return ranges;
    }

    /** The comparison in the fields of GET /api/v1/comparisons that the chart script reads. */
    static Map<String, Object> data(ComparePoliciesQuery.Comparison comparison) {
        List<Map<String, Object>> policies = new ArrayList<>();
        for (PolicyDefinition policy : comparison.policies()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("policyId", policy.id());
            p.put("title", policy.title());
            p.put("status", policy.legalStatus().code());
            policies.add(p);
        }
        List<Map<String, Object>> days = new ArrayList<>();
        for (ComparePoliciesQuery.ComparedDay day : comparison.days()) {
            List<Map<String, Object>> each = new ArrayList<>();
            for (TimelineDay d : day.policies()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("counted", d == null ? null : d.counted());
                p.put("average", d == null || d.average() == null ? null : d.average().average());
                p.put("state", d == null ? null : d.state().kind().name());
                p.put("effectiveState", d == null ? null : d.effectiveState().name());
                p.put("determination", d == null || d.determination() == null ? null
                    : d.determination().type().name());
                p.put("trigger", d == null ? null : d.trigger());
                each.add(p);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", day.date().toString());
            m.put("differ", day.differ());
            m.put("policies", each);
            days.add(m);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("policies", policies);
        data.put("days", days);
        data.put("differingDays", comparison.differingDays().stream().map(Object::toString).toList());
        return data;
    }
}
