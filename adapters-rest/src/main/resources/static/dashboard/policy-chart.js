'use strict';

/*
 * A policy's timeline as an ECharts option, for the dashboard and for the nightly report's chart page alike (the batch
 * adapter bundles this file into each page), so that both draw the same series in the same colours with the same
 * tooltip. It reads the shapes of the REST API: a policy as GET /api/v1/policies gives it (id, title, versions with
 * effectiveFrom and parameters) and days as GET .../timeline gives them (date, counted, average, state, effectiveState,
 * determination, overrideId); the chart page writes the same fields.
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

    return {STATE_WORDS, STATE_COLOURS, COLOURS, KEY, day, versionOn, option, tooltip};
})();
