package org.surgepolicy.adapter.batch.recompute;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The scripts a chart page inlines: ECharts, and the chart script the dashboard draws with (both bundled in the jar,
 * see the batch adapter's pom), so that a report and the dashboard show a timeline alike.
 */
record ChartScripts(String echarts, String policyChart) {

    static ChartScripts bundled() throws IOException {
        return new ChartScripts(resource("/reports/echarts/echarts.min.js"),
            resource("/reports/chart/policy-chart.js"));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ChartScripts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("the bundled script " + path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
