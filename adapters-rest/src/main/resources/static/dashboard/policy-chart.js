'use strict';

/*
 * A policy's timeline as an ECharts option, for the dashboard and for the nightly report's chart page alike (the batch
 * adapter bundles this file into each page), so that both draw the same series in the same colours with the same
 * tooltip. It reads the shapes of the REST API: a policy as GET /api/v1/policies gives it (id, title, versions with
 * effectiveFrom and parameters) and days as GET .../timeline gives them (date, counted, average, state, effectiveState,
 * determination, overrideId); the chart page writes the same fields. Policies side by side read the shape of
 * GET /api/v1/comparisons, which the comparison page of the reports writes too.
 */
window.PolicyChart = (() => {
    const STATE_WORDS = {
        IN_EFFECT: 'In effect',
        DISCONTINUATION_PENDING: 'In effect, discontinuation pending',
        DISCONTINUED: 'Discontinued'
    };
    /** The shade of each effective state, and the colour of each series: its line, its legend marker, its tooltip. */
    const STATE_COLOURS = {
        IN_EFFECT: 'rgba(197, 48, 48, 0.10)',
        DISCONTINUATION_PENDING: 'rgba(214, 158, 46, 0.18)',
        DISCONTINUED: 'rgba(56, 161, 105, 0.12)'
    };
    const COLOURS = {
        counted: '#90a4bd',
        average: '#1a365d',
        activation: '#c53030',
        discontinuation: '#2f855a',
        HIGH: '#c53030',
        LOW: '#2f855a'
    };
    const KEY = 'Shaded by the state that applied: red in effect, amber discontinuation pending, green discontinued. '
        + 'Pins mark determinations (HIGH, LOW). Missing days have no bar and break the average.';
    const dateWords = new Intl.DateTimeFormat('en-US', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'});
    const wholeNumber = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});
    const oneDecimal = new Intl.NumberFormat('en-US', {minimumFractionDigits: 1, maximumFractionDigits: 1});

    /** "June 5, 2024" for "2024-06-05"; a date of the API is a calendar date, so it is read as UTC. */
    function day(iso) {
        return iso ? dateWords.format(new Date(iso + 'T00:00:00Z')) : 'none';
    }

    /** The version of a policy in force on a day (versions come in date order). */
    function versionOn(policy, iso) {
        let found = policy.versions[0];
        for (const version of policy.versions) {
            if (version.effectiveFrom <= iso) {
                found = version;
            }
        }
        return found;
    }

    function escape(text) {
        return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;');
    }

    /** Consecutive days of one effective state, as ECharts mark areas, each reaching the next band's first day. */
    function stateBands(days) {
        const bands = [];
        let start = 0;
        for (let i = 1; i <= days.length; i++) {
            if (i === days.length || days[i].effectiveState !== days[start].effectiveState) {
                const state = days[start].effectiveState;
                if (state) {
                    bands.push([{xAxis: days[start].date, itemStyle: {color: STATE_COLOURS[state]}},
                        {xAxis: days[Math.min(i, days.length - 1)].date}]);
                }
                start = i;
            }
        }
        return bands;
    }

    /** One day in words: the states that applied, the count, the average with one decimal, the thresholds. */
    function tooltip(policy, days, index) {
        const d = days[index];
        const parameters = versionOn(policy, d.date).parameters;
        const lines = ['<strong>' + escape(day(d.date)) + '</strong>'];
        if (d.effectiveState) {
            const overridden = d.overrideId !== null && d.overrideId !== undefined;
            lines.push(escape(STATE_WORDS[d.effectiveState] + (overridden ? ' by an override; the rule alone: '
                + STATE_WORDS[d.state] : '')));
        }
        lines.push('Counted: ' + (d.counted === null ? 'missing (no tally reported)' : wholeNumber.format(d.counted)));
        lines.push(parameters.window + '-day average: ' + (d.average === null
            ? 'none (a day of the window is missing)' : oneDecimal.format(Number(d.average))));
        lines.push('Thresholds: ' + wholeNumber.format(parameters.activationThreshold) + ' to activate, '
            + wholeNumber.format(parameters.discontinuationThreshold) + ' to discontinue');
        if (d.determination) {
            lines.push('<strong>' + escape(d.determination) + ' determination</strong>');
        }
        return lines.join('<br>');
    }

    function option(policy, days) {
        const determinations = days.filter(d => d.determination).map(d => ({
            name: d.determination,
            coord: [d.date, d.average === null
                ? versionOn(policy, d.date).parameters.discontinuationThreshold : Number(d.average)],
            value: d.determination,
            itemStyle: {color: COLOURS[d.determination]}
        }));
        const line = (name, colour, data, extra) => Object.assign({
            name, type: 'line', data, showSymbol: false,
            lineStyle: {color: colour}, itemStyle: {color: colour}
        }, extra);
        return {
            animation: false,
            tooltip: {trigger: 'axis', formatter: params => tooltip(policy, days, params[0].dataIndex)},
            legend: {top: 0},
            grid: {left: 60, right: 30, top: 40, bottom: 70},
            dataZoom: [{type: 'inside'}, {type: 'slider', bottom: 10}],
            xAxis: {type: 'category', data: days.map(d => d.date)},
            yAxis: {type: 'value', name: 'encounters a day'},
            series: [
                {
                    name: 'Counted encounters', type: 'bar', data: days.map(d => d.counted),
                    itemStyle: {color: COLOURS.counted},
                    markArea: {silent: true, data: stateBands(days)}
                },
                line(policy.versions[0].parameters.window + '-day average', COLOURS.average,
                    days.map(d => d.average === null ? null : Number(d.average)), {
                        lineStyle: {width: 2.5, color: COLOURS.average},
                        markPoint: {symbol: 'pin', symbolSize: 44, label: {fontSize: 10}, data: determinations}
                    }),
                line('Activation threshold', COLOURS.activation,
                    days.map(d => versionOn(policy, d.date).parameters.activationThreshold),
                    {step: 'end', lineStyle: {type: 'dashed', color: COLOURS.activation}}),
                line('Discontinuation threshold', COLOURS.discontinuation,
                    days.map(d => versionOn(policy, d.date).parameters.discontinuationThreshold),
                    {step: 'end', lineStyle: {type: 'dashed', color: COLOURS.discontinuation}})
            ]
        };
    }

    /** The line colour of each policy compared, in the order of the comparison's policies. */
    const POLICY_COLOURS = ['#1a365d', '#b7791f', '#6b46c1', '#2c7a7b'];
    const DIFFER_COLOUR = 'rgba(128, 90, 213, 0.16)';
    const COMPARISON_KEY = 'Each line is a policy\'s average as that policy counts; a step below it is 1 while the '
        + 'policy applies (in effect or discontinuation pending). Shaded days are the days on which the policies\' '
        + 'effective states differ. Pins mark determinations.';

    /** A policy's name for a legend: its title, and "proposed" when it never became law. */
    function policyName(policy) {
        return (policy.title || policy.policyId) + (policy.status === 'proposed' ? ' (proposed)' : '');
    }

    /** Consecutive differing days, as ECharts mark areas reaching the next day. */
    function differingBands(days) {
        const bands = [];
        for (let i = 0; i < days.length; i++) {
            if (days[i].differ && (i === 0 || !days[i - 1].differ)) {
                let end = i;
                while (end + 1 < days.length && days[end + 1].differ) {
                    end++;
                }
                bands.push([{xAxis: days[i].date, itemStyle: {color: DIFFER_COLOUR}},
                    {xAxis: days[Math.min(end + 1, days.length - 1)].date}]);
            }
        }
        return bands;
    }

    /** One day of a comparison in words: whether the states differ, then each policy's state, count and average. */
    function comparisonTooltip(comparison, index) {
        const d = comparison.days[index];
        const lines = ['<strong>' + escape(day(d.date)) + '</strong>'
            + (d.differ ? ' <em>the states differ</em>' : '')];
        comparison.policies.forEach((policy, i) => {
            const p = d.policies[i];
            lines.push('<strong>' + escape(policyName(policy)) + '</strong>: '
                + escape(p.effectiveState ? STATE_WORDS[p.effectiveState] : 'no state that day')
                + '; counted ' + (p.counted === null ? 'missing' : wholeNumber.format(p.counted))
                + '; average ' + (p.average === null ? 'none' : oneDecimal.format(Number(p.average)))
                + (p.determination ? '; <strong>' + escape(p.determination) + ' determination</strong>'
                    + (p.trigger ? ' (' + escape(p.trigger) + ')' : '') : ''));
        });
        return lines.join('<br>');
    }

    /**
     * Policies side by side as an ECharts option, from GET /api/v1/comparisons as it answers: each policy's average,
     * a step that is 1 while it applies, pins on its determinations, and the differing days shaded.
     */
    function comparisonOption(comparison) {
        const days = comparison.days;
        const series = [];
        comparison.policies.forEach((policy, i) => {
            const colour = POLICY_COLOURS[i % POLICY_COLOURS.length];
            const name = policyName(policy);
            series.push({
                name: name + ': average', type: 'line', showSymbol: false, yAxisIndex: 0,
                data: days.map(d => d.policies[i].average === null ? null : Number(d.policies[i].average)),
                lineStyle: {width: 2.5, color: colour}, itemStyle: {color: colour},
                markArea: i === 0 ? {silent: true, data: differingBands(days)} : undefined,
                markPoint: {
                    symbol: 'pin', symbolSize: 40, label: {fontSize: 9},
                    data: days.filter(d => d.policies[i].determination && d.policies[i].average !== null).map(d => ({
                        name: d.policies[i].determination,
                        coord: [d.date, Number(d.policies[i].average)],
                        value: d.policies[i].determination,
                        itemStyle: {color: colour}
                    }))
                }
            });
            series.push({
                name: name + ': applies', type: 'line', step: 'end', showSymbol: false, yAxisIndex: 1,
                data: days.map(d => {
                    const state = d.policies[i].effectiveState;
                    return state ? (state === 'DISCONTINUED' ? 0 : 1) - i * 0.04 : null;
                }),
                lineStyle: {width: 1.5, type: 'dotted', color: colour}, itemStyle: {color: colour}
            });
        });
        return {
            animation: false,
            tooltip: {trigger: 'axis', formatter: params => comparisonTooltip(comparison, params[0].dataIndex)},
            legend: {top: 0},
            grid: {left: 60, right: 50, top: 50, bottom: 70},
            dataZoom: [{type: 'inside'}, {type: 'slider', bottom: 10}],
            xAxis: {type: 'category', data: days.map(d => d.date)},
            yAxis: [{type: 'value', name: 'average encounters a day'},
                {type: 'value', name: 'applies', min: -0.1, max: 1.1, interval: 1, splitLine: {show: false}}],
            series
        };
    }

    return {STATE_WORDS, STATE_COLOURS, COLOURS, KEY, COMPARISON_KEY, day, versionOn, option, tooltip,
        policyName, comparisonOption, comparisonTooltip};
})();
