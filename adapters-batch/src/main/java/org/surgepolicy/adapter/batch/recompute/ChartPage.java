package org.surgepolicy.adapter.batch.recompute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.surgepolicy.application.port.in.DemoDataInfo;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.rule.TimelineDay;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTML page of a policy's chart: counted encounters, the 7-day average, both thresholds of the version in force,
 * the effective state as coloured bands, and the determinations marked. The chart library and the data are inlined,
 * so that the page opens without a network.
 */
final class ChartPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<PolicyStateKind, String> BAND_COLOURS = Map.of(
        PolicyStateKind.IN_EFFECT, "rgba(200, 40, 40, 0.10)",
        PolicyStateKind.DISCONTINUATION_PENDING, "rgba(230, 150, 20, 0.18)",
        PolicyStateKind.DISCONTINUED, "rgba(40, 150, 60, 0.10)");

    private ChartPage() {
    }

    static String html(NightlyReport.PolicyReport policy, DemoDataInfo demoData, String echarts) {
        String title = policy.definition().title() + " (" + policy.definition().id() + ")";
        String note = demoData == null ? ""
            : "<p class=\"note\"><strong>Illustrative data.</strong> " + escape(demoData.note()) + " Source: <code>"
                + escape(demoData.source()) + "</code>.</p>";
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>%s</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
            .note { background: #fff6d6; border: 1px solid #e6c65c; padding: 0.6rem 0.8rem; max-width: 70rem; }
            #chart { width: 100%%; height: 560px; }
            </style>
            </head>
            <body>
            <h1>%s</h1>
            <p>State: <strong>%s</strong> since %s; data through %s.</p>
            %s
            <div id="chart"></div>
            <script>
            %s
            </script>
            <script>
            const data = %s;
            %s
            </script>
            </body>
            </html>
            """.formatted(escape(title), escape(title), policy.status().effectiveState(), policy.status().since(),
            policy.status().dataThrough(), note, echarts, JSON.writeValueAsString(data(policy)), SCRIPT);
    }

    /** The series and marks of the chart, by day. */
    static Map<String, Object> data(NightlyReport.PolicyReport policy) {
        List<String> dates = new ArrayList<>();
        List<Long> counted = new ArrayList<>();
        List<Object> average = new ArrayList<>();
        List<Long> activation = new ArrayList<>();
        List<Long> discontinuation = new ArrayList<>();
        List<Map<String, Object>> bands = new ArrayList<>();
        List<Map<String, Object>> determinations = new ArrayList<>();
        PolicyStateKind bandState = null;
        String bandStart = null;
        String previous = null;
        for (TimelineDay day : policy.days()) {
            String date = day.date().toString();
            dates.add(date);
            counted.add(day.counted());
            average.add(day.average() == null ? null : day.average().average());
            RuleParameters parameters = policy.definition().versionOn(day.date()).parameters();
            activation.add(parameters.activationThreshold());
            discontinuation.add(parameters.discontinuationThreshold());
            PolicyStateKind state = day.effectiveState();
            if (state != bandState) {
                addBand(bands, bandState, bandStart, previous);
                bandState = state;
                bandStart = date;
            }
            previous = date;
            if (day.determination() != null) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("date", date);
                d.put("type", day.determination().type().name());
                d.put("effectiveOn", day.determination().effectiveOn().toString());
                determinations.add(d);
            }
        }
        addBand(bands, bandState, bandStart, previous);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("dates", dates);
        data.put("counted", counted);
        data.put("average", average);
        data.put("activation", activation);
        data.put("discontinuation", discontinuation);
        data.put("bands", bands);
        data.put("determinations", determinations);
        return data;
    }

    private static void addBand(List<Map<String, Object>> bands, PolicyStateKind state, String from, String to) {
        if (state == null || from == null) {
            return;
        }
        Map<String, Object> band = new LinkedHashMap<>();
        band.put("state", state.name());
        band.put("from", from);
        band.put("to", to);
        band.put("colour", BAND_COLOURS.get(state));
        bands.add(band);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\"", "&quot;");
    }

    /** Draws the chart from {@code data}. */
    private static final String SCRIPT = """
        const chart = echarts.init(document.getElementById('chart'));
        chart.setOption({
          tooltip: { trigger: 'axis' },
          legend: { data: ['Counted encounters', '7-day average', 'Activation threshold',
                           'Discontinuation threshold'] },
          dataZoom: [{ type: 'inside' }, { type: 'slider' }],
          xAxis: { type: 'category', data: data.dates },
          yAxis: { type: 'value', name: 'encounters a day' },
          series: [
            { name: 'Counted encounters', type: 'bar', data: data.counted, itemStyle: { color: '#9db4cf' },
              markArea: { silent: true, data: data.bands.map(b => [
                { xAxis: b.from, name: b.state, itemStyle: { color: b.colour } }, { xAxis: b.to }]) } },
            { name: '7-day average', type: 'line', data: data.average, showSymbol: false,
              lineStyle: { width: 2, color: '#1f3b73' },
              markLine: { symbol: 'none', label: { formatter: p => p.name }, data: data.determinations.map(d => (
                { xAxis: d.date, name: d.type + ' ' + d.date, lineStyle: { color: d.type === 'HIGH' ? '#b22' : '#262' } }
              )) } },
            { name: 'Activation threshold', type: 'line', step: 'end', data: data.activation, showSymbol: false,
              lineStyle: { type: 'dashed', color: '#b22' } },
            { name: 'Discontinuation threshold', type: 'line', step: 'end', data: data.discontinuation,
              showSymbol: false, lineStyle: { type: 'dashed', color: '#262' } }
          ]
        });
        window.addEventListener('resize', () => chart.resize());
        """;
}
