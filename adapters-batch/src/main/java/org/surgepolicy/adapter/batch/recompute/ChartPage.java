package org.surgepolicy.adapter.batch.recompute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.surgepolicy.application.imports.port.in.DemoDataInfo;
import org.surgepolicy.domain.explanation.Unavailable;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.TimelineDay;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTML page of a policy's chart: what the status says (the rule's state and the effective one, each with since
 * when, the override's range, the data's age, the latest window's missing days, the earliest change), then the
 * chart, drawn by the dashboard's own chart script from the same fields the REST API gives. ECharts, the script and
 * the data are inlined, so that the page opens without a network.
 */
final class ChartPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartPage() {
    }

    static String html(NightlyReport.PolicyReport policy, DemoDataInfo demoData, ChartScripts scripts) {
        String title = policy.definition().title() + " (" + policy.definition().id() + ")";
        return page(title, statusText(policy.status()) + note(demoData), scripts, JSON.writeValueAsString(data(policy)),
            "PolicyChart.option(data.policy, data.days)", "PolicyChart.KEY");
    }

    /** The paragraph that says the demonstration data is illustrative, or nothing when it is not loaded. */
    static String note(DemoDataInfo demoData) {
        return demoData == null ? ""
            : "<p class=\"note\"><strong>Illustrative data.</strong> " + escape(demoData.note()) + " Source: <code>"
                + escape(demoData.source()) + "</code>.</p>";
    }

    /**
     * A self-contained page: its title, the paragraphs above the chart, then the chart that {@code option} (a
     * script expression over {@code data}) draws, with the key {@code key} (another) below it.
     */
    static String page(String title, String paragraphs, ChartScripts scripts, String dataJson, String option,
                       String key) {
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>%s</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
            .note { background: #fff6d6; border: 1px solid #e6c65c; padding: 0.6rem 0.8rem; max-width: 70rem; }
            .warning { background: #fff5f5; border-left: 4px solid #c53030; color: #742a2a; padding: 0.5rem 0.8rem;
              max-width: 70rem; }
            .key { color: #52606d; font-size: 0.85rem; }
            #chart { width: 100%%; height: 560px; }
            </style>
            </head>
            <body>
            <h1>%s</h1>
            %s
            <div id="chart"></div>
            <p class="key" id="key"></p>
            <script>
            %s
            </script>
            <script>
            %s
            </script>
            <script>
            const data = %s;
            const chart = echarts.init(document.getElementById('chart'));
            chart.setOption(%s);
            document.getElementById('key').textContent = %s;
            window.addEventListener('resize', () => chart.resize());
            </script>
            </body>
            </html>
            """.formatted(escape(title), escape(title), paragraphs, scripts.echarts(), scripts.policyChart(), dataJson,
            option, key);
    }

    /** What the status says, paragraph by paragraph: states with their own since, warnings, the earliest change. */
    static String statusText(PolicyStatus status) {
        StringBuilder html = new StringBuilder();
        if (status.state() == null) {
            return paragraph("state", "No state on " + status.asOf() + ": "
                + status.unavailable().get("state").message() + ".");
        }
        PolicyOverride override = status.override();
        html.append(paragraph("state", "Effective state: <strong>" + status.effectiveState() + "</strong> since "
            + status.effectiveSince() + (override == null ? "." : ", by the override of " + escape(override.authority())
            + " (" + escape(override.reason()) + ") from " + override.from()
            + (override.to() == null ? ", with no end date." : " to " + override.to() + "."))));
        html.append(paragraph("rule", "The rule alone: <strong>" + status.state().kind() + "</strong> since "
            + status.since() + ", under " + status.versionId() + "."));
        html.append(paragraph("data", status.dataThrough() == null ? "No day is reported."
            : "Data through " + status.dataThrough() + " (" + status.freshness().ageDays() + " days before "
                + status.asOf() + ")."));
        if (status.stale()) {
            html.append(warning("stale", status.dataThrough() == null
                ? "No day is reported: there is no average, and the projection assumes every day below the threshold."
                : "The data is stale: the newest reported day is " + status.freshness().ageDays() + " days old (more"
                    + " than " + status.freshness().staleAfterDays() + ")."));
        }
        Unavailable average = status.unavailable().get("latestAverage");
        if (average != null && average.reason() == Unavailable.Reason.WINDOW_INCOMPLETE) {
            html.append(warning("latestWindow", "The latest window has no average: " + escape(average.message())
                + "."));
        }
        html.append(paragraph("nextChange", "Earliest possible change: " + (status.earliestEffectiveChange() == null
            ? "none in view (" + escape(status.unavailable().get("earliestEffectiveChange").message()) + ")."
            : status.earliestEffectiveChange().on() + ". " + escape(status.earliestEffectiveChange().description()))));
        if (status.projection() != null && status.state().kind() != PolicyStateKind.DISCONTINUED) {
            html.append(paragraph("projection", "Earliest discontinuation by the rule: "
                + status.earliestPossibleDiscontinuation() + ". " + escape(status.projection().description())));
        }
        return html.toString();
    }

    /** The policy and its days in the fields of the REST API that the chart script reads. */
    static Map<String, Object> data(NightlyReport.PolicyReport policy) {
        List<Map<String, Object>> versions = new ArrayList<>();
        for (PolicyVersion version : policy.definition().versions()) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("window", version.parameters().window());
            parameters.put("activationThreshold", version.parameters().activationThreshold());
            parameters.put("discontinuationThreshold", version.parameters().discontinuationThreshold());
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", version.id());
            v.put("effectiveFrom", version.effectiveFrom().toString());
            v.put("parameters", parameters);
            versions.add(v);
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("id", policy.definition().id());
        definition.put("title", policy.definition().title());
        definition.put("versions", versions);
        List<Map<String, Object>> days = new ArrayList<>();
        for (TimelineDay day : policy.days()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("date", day.date().toString());
            d.put("counted", day.counted());
            d.put("average", day.average() == null ? null : day.average().average());
            d.put("state", day.state().kind().name());
            d.put("effectiveState", day.effectiveState().name());
            d.put("determination", day.determination() == null ? null : day.determination().type().name());
            d.put("overrideId", day.override() == null ? null : day.override().id());
            days.add(d);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("policy", definition);
        data.put("days", days);
        return data;
    }

    private static String paragraph(String field, String html) {
        return "<p data-field=\"" + field + "\">" + html + "</p>\n";
    }

    private static String warning(String field, String html) {
        return "<p class=\"warning\" role=\"alert\" data-field=\"" + field + "\">" + html + "</p>\n";
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\"", "&quot;");
    }
}
