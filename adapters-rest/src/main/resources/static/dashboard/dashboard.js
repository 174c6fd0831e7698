'use strict';

/*
 * The dashboard: each policy's status in words, and its timeline as a chart. Every number comes from the REST API of
 * this service, asked on the same origin with the browser's own credentials (HTTP Basic); nothing is fetched from
 * anywhere else. Values from the API are written as text, never as HTML.
 */
(() => {
    const DAYS_SHOWN = 90;
    const DAY_MS = 24 * 60 * 60 * 1000;
    const STATE_WORDS = {
        IN_EFFECT: 'In effect',
        DISCONTINUATION_PENDING: 'In effect, discontinuation pending',
        DISCONTINUED: 'Discontinued'
    };
    const BAND_COLOURS = {
        IN_EFFECT: 'rgba(197, 48, 48, 0.10)',
        DISCONTINUATION_PENDING: 'rgba(214, 158, 46, 0.18)',
        DISCONTINUED: 'rgba(56, 161, 105, 0.12)'
    };
    const dateWords = new Intl.DateTimeFormat('en-US', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'});
    const wholeNumber = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});
    const oneDecimal = new Intl.NumberFormat('en-US', {minimumFractionDigits: 1, maximumFractionDigits: 1});

    const element = id => document.getElementById(id);
    const charts = [];

    /** A refused request, with the problem (RFC 9457) the API answered. */
    class ApiError extends Error {
        constructor(status, problem) {
            super(problem && problem.detail ? problem.detail : 'The service answered ' + status + '.');
            this.status = status;
        }
    }

    /**
     * The path on this page's origin. A page opened as http://user:password@host/ would otherwise resolve a relative
     * URL with the credentials in it, which fetch refuses; the browser sends the credentials it holds for the origin.
     */
    async function getJson(path) {
        const response = await fetch(new URL(path, window.location.origin),
            {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
        const body = await response.json().catch(() => null);
        if (!response.ok) {
            throw new ApiError(response.status, body);
        }
        return body;
    }

    /** "June 5, 2024" for "2024-06-05"; a date of the API is a calendar date, so it is read as UTC. */
    function day(iso) {
        return iso ? dateWords.format(new Date(iso + 'T00:00:00Z')) : 'none';
    }

    function plusDays(iso, days) {
        return new Date(Date.parse(iso + 'T00:00:00Z') + days * DAY_MS).toISOString().slice(0, 10);
    }

    function daysBetween(fromIso, toIso) {
        return Math.round((Date.parse(toIso + 'T00:00:00Z') - Date.parse(fromIso + 'T00:00:00Z')) / DAY_MS);
    }

    function showMessage(text, isError) {
        const message = element('message');
        message.textContent = text;
        message.classList.toggle('error', Boolean(isError));
        message.hidden = !text;
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

    function fact(list, field, label, value, text) {
        const term = document.createElement('dt');
        term.textContent = label;
        const description = document.createElement('dd');
        description.dataset.field = field;
        description.dataset.value = value === null || value === undefined ? '' : String(value);
        description.textContent = text;
        list.append(term, description);
    }

    function headline(status) {
        if (!status.effectiveState) {
            return 'Not in force on ' + day(status.asOf) + ' (before its start or after its end)';
        }
        const words = STATE_WORDS[status.effectiveState];
        return status.override ? words + ' by an override' : words + ' since ' + day(status.since);
    }

    function averageText(status, parameters) {
        if (status.latestAverage === null) {
            return 'not defined: the last ' + parameters.window + ' days are not all reported';
        }
        return oneDecimal.format(status.latestAverage) + ' a day over the ' + parameters.window + ' days to '
            + day(status.latestWindow.to) + ', against ' + wholeNumber.format(parameters.activationThreshold)
            + ' to activate and ' + wholeNumber.format(parameters.discontinuationThreshold) + ' to discontinue';
    }

    function nextChangeText(status, parameters) {
        const below = wholeNumber.format(parameters.discontinuationThreshold);
        switch (status.state) {
            case 'DISCONTINUATION_PENDING':
                return 'Ends on ' + day(status.discontinuationEffectiveOn)
                    + ', unless the average reaches ' + wholeNumber.format(parameters.activationThreshold) + ' first';
            case 'DISCONTINUED':
                return status.reactivationEffectiveOn
                    ? 'In effect again from ' + day(status.reactivationEffectiveOn)
                    : 'In effect again the day after a determination that the ' + parameters.window
                    + '-day average reached ' + wholeNumber.format(parameters.activationThreshold);
            case 'IN_EFFECT':
                return status.earliestPossibleDiscontinuation
                    ? 'Could end on ' + day(status.earliestPossibleDiscontinuation)
                    + ' at the earliest, if every coming day stays below ' + below
                    : 'No end in view within the policy\'s days';
            default:
                return 'None';
        }
    }

    function dataText(status) {
        if (!status.dataThrough) {
            return 'No day reported yet';
        }
        const age = daysBetween(status.dataThrough, status.asOf);
        return 'Through ' + day(status.dataThrough) + (age === 0 ? ' (today)'
            : age === 1 ? ' (yesterday)' : ' (' + age + ' days before ' + day(status.asOf) + ')');
    }

    function statusFacts(policy, status) {
        const parameters = versionOn(policy, status.asOf).parameters;
        const list = document.createElement('dl');
        list.className = 'facts';
        if (status.override) {
            fact(list, 'override', 'Override', status.override.state,
                STATE_WORDS[status.override.state] + ' by ' + status.override.authority + ' (' + status.override.reason
                + '); the rule alone says: ' + (STATE_WORDS[status.state] || 'no state'));
        }
        fact(list, 'latestAverage', 'Latest average', status.latestAverage, averageText(status, parameters));
        fact(list, 'daysBelow', 'Days below ' + wholeNumber.format(parameters.discontinuationThreshold),
            status.daysBelowDiscontinuationThreshold, status.daysBelowDiscontinuationThreshold + ' of '
            + status.requiredDaysBelow + ' consecutive days required');
        fact(list, 'nextChange', 'Earliest possible change', status.state, nextChangeText(status, parameters));
        fact(list, 'dataThrough', 'Data', status.dataThrough, dataText(status));
        fact(list, 'version', 'Rule in force', status.version, status.version + ': '
            + versionOn(policy, status.asOf).citation);
        return list;
    }

    /** Consecutive days of one effective state, as ECharts mark areas. */
    function stateBands(days) {
        const bands = [];
        let start = 0;
        for (let i = 1; i <= days.length; i++) {
            if (i === days.length || days[i].effectiveState !== days[start].effectiveState) {
                const state = days[start].effectiveState;
                if (state) {
                    // To the next band's first day, so that adjacent bands meet without a gap.
                    bands.push([{xAxis: days[start].date, itemStyle: {color: BAND_COLOURS[state]}},
                        {xAxis: days[Math.min(i, days.length - 1)].date}]);
                }
                start = i;
            }
        }
        return bands;
    }

    function chartOption(policy, days) {
        const dates = days.map(d => d.date);
        const averages = days.map(d => d.average === null ? null : Number(d.average));
        const determinations = days.filter(d => d.determination).map(d => ({
            name: d.determination,
            coord: [d.date, d.average === null ? 0 : Number(d.average)],
            value: d.determination,
            itemStyle: {color: d.determination === 'HIGH' ? '#c53030' : '#2f855a'}
        }));
        return {
            animation: false,
            tooltip: {trigger: 'axis'},
            legend: {top: 0},
            grid: {left: 60, right: 30, top: 40, bottom: 70},
            dataZoom: [{type: 'slider', bottom: 10}],
            xAxis: {type: 'category', data: dates},
            yAxis: {type: 'value', name: 'encounters a day'},
            series: [
                {
                    name: 'Counted encounters', type: 'bar', data: days.map(d => d.counted),
                    itemStyle: {color: '#90a4bd'},
                    markArea: {silent: true, data: stateBands(days)}
                },
                {
                    name: policy.versions[0].parameters.window + '-day average', type: 'line', data: averages,
                    showSymbol: false, lineStyle: {width: 2.5, color: '#1a365d'}, itemStyle: {color: '#1a365d'},
                    markPoint: {symbol: 'pin', symbolSize: 44, label: {fontSize: 10}, data: determinations}
                },
                {
                    name: 'Activation threshold', type: 'line', step: 'end', showSymbol: false,
                    lineStyle: {type: 'dashed', color: '#c53030'}, itemStyle: {color: '#c53030'},
                    data: days.map(d => versionOn(policy, d.date).parameters.activationThreshold)
                },
                {
                    name: 'Discontinuation threshold', type: 'line', step: 'end', showSymbol: false,
                    lineStyle: {type: 'dashed', color: '#2f855a'}, itemStyle: {color: '#2f855a'},
                    data: days.map(d => versionOn(policy, d.date).parameters.discontinuationThreshold)
                }
            ]
        };
    }

    function query(parameters) {
        const pairs = Object.entries(parameters).filter(([, value]) => value);
        return pairs.length === 0 ? '' : '?' + pairs.map(([k, v]) => k + '=' + encodeURIComponent(v)).join('&');
    }

    async function showPolicy(policy, range, knownAt) {
        const base = '/api/v1/policies/' + encodeURIComponent(policy.id);
        const [status, timeline] = await Promise.all([
            getJson(base + '/status' + query({knownAt})),
            getJson(base + '/timeline' + query({from: range.from, to: range.to, knownAt}))
        ]);
        const section = document.createElement('section');
        section.className = 'policy';
        section.dataset.policy = policy.id;
        const title = document.createElement('h2');
        title.textContent = policy.title;
        const state = document.createElement('p');
        state.className = 'headline';
        state.dataset.field = 'state';
        state.dataset.value = status.effectiveState || '';
        state.dataset.ruleState = status.state || '';
        state.dataset.since = status.since || '';
        state.textContent = headline(status);
        const asked = document.createElement('p');
        asked.className = 'hint';
        asked.textContent = knownAt ? 'As known at ' + new Date(knownAt).toString() + ', for ' + day(status.asOf)
            : 'Today in ' + policy.timeZone + ': ' + day(status.asOf);
        const chart = document.createElement('div');
        chart.className = 'chart';
        chart.dataset.chart = policy.id;
        chart.setAttribute('role', 'img');
        chart.setAttribute('aria-label', 'Counted encounters, average, thresholds and states of ' + policy.title
            + ' from ' + day(range.from) + ' to ' + day(range.to));
        const key = document.createElement('p');
        key.className = 'hint';
        key.textContent = 'Shaded by the state that applied: red in effect, amber discontinuation pending, green '
            + 'discontinued. Pins mark determinations (HIGH, LOW). Missing days have no bar and break the average.';
        section.append(title, state, asked, statusFacts(policy, status), chart, key);
        element('policies').append(section);
        const instance = echarts.init(chart);
        instance.setOption(chartOption(policy, timeline.days));
        charts.push(instance);
    }

    async function showAll(policies, range, knownAt) {
        charts.splice(0).forEach(chart => chart.dispose());
        element('policies').replaceChildren();
        for (const policy of policies) {
            await showPolicy(policy, range, knownAt);
        }
        document.body.dataset.loaded = 'true';
    }

    /** The demonstration data set's daily values are illustrative: say so above everything they are part of. */
    async function showDataNotice() {
        const demo = await getJson('/api/v1/demo-data');
        element('data-notice').textContent = demo.illustrative ? demo.note : '';
        element('data-notice').hidden = !demo.illustrative;
    }

    function knownAtInstant() {
        const value = element('known-at').value;
        return value ? new Date(value).toISOString() : null;
    }

    async function refresh(policies) {
        const range = {from: element('from').value, to: element('to').value};
        const knownAt = knownAtInstant();
        showMessage('', false);
        document.body.dataset.loaded = 'false';
        try {
            await showAll(policies, range, knownAt);
        } catch (error) {
            if (knownAt && error.status === 403) {
                element('known-at').value = '';
                await showAll(policies, range, null);
                showMessage('Only auditors may see the data as it was known at an earlier instant: showing the data '
                    + 'as it is now.', false);
            } else {
                throw error;
            }
        }
    }

    async function start() {
        const policies = await getJson('/api/v1/policies');
        if (policies.length === 0) {
            showMessage('No policy is defined.', false);
            return;
        }
        const first = await getJson('/api/v1/policies/' + encodeURIComponent(policies[0].id) + '/status');
        // The last DAYS_SHOWN days; when the newest data is older than that (a demonstration set), the DAYS_SHOWN days
        // to the newest data, rather than an empty chart.
        const stale = first.dataThrough && first.dataThrough < plusDays(first.asOf, 1 - DAYS_SHOWN);
        const end = stale ? first.dataThrough : first.asOf;
        // A range in the page's address (?from=YYYY-MM-DD&to=YYYY-MM-DD) is shown first; a date input keeps only a
        // valid date, so anything else falls back to the default.
        const asked = new URLSearchParams(window.location.search);
        element('to').value = asked.get('to') || '';
        element('to').value = element('to').value || end;
        element('from').value = asked.get('from') || '';
        element('from').value = element('from').value || plusDays(element('to').value, 1 - DAYS_SHOWN);
        await showDataNotice();
        await refresh(policies);
        element('controls').addEventListener('submit', event => {
            event.preventDefault();
            refresh(policies).catch(error => showMessage(error.message, true));
        });
        element('now').addEventListener('click', () => {
            element('known-at').value = '';
            refresh(policies).catch(error => showMessage(error.message, true));
        });
        window.addEventListener('resize', () => charts.forEach(chart => chart.resize()));
    }

    start().catch(error => {
        showMessage('The dashboard could not be loaded: ' + error.message, true);
        document.body.dataset.loaded = 'error';
    });
})();
