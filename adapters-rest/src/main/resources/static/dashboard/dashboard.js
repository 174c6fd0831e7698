'use strict';

/*
 * The dashboard: each chosen policy's status in words and its timeline as a chart, and with two or more chosen, the
 * policies side by side with the days on which their states differ marked. Every number comes from the REST API of
 * this service, asked on the same origin with the browser's own credentials (HTTP Basic); nothing is fetched from
 * anywhere else. Values from the API are written as text, never as HTML.
 */
(() => {
    const DAYS_SHOWN = 90;
    const DAY_MS = 24 * 60 * 60 * 1000;
    const {STATE_WORDS, KEY, COMPARISON_KEY, day, versionOn, policyName} = window.PolicyChart;
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

    function plusDays(iso, days) {
        return new Date(Date.parse(iso + 'T00:00:00Z') + days * DAY_MS).toISOString().slice(0, 10);
    }

    function daysBetween(fromIso, toIso) {
        return Math.round((Date.parse(toIso + 'T00:00:00Z') - Date.parse(fromIso + 'T00:00:00Z')) / DAY_MS);
    }

    function plural(count, word) {
        return wholeNumber.format(count) + ' ' + word + (count === 1 ? '' : 's');
    }

    /** Runs of consecutive days in words: "November 23, 2026 to November 28, 2026, November 30, 2026". */
    function dayRanges(isoDays) {
        const ranges = [];
        for (const iso of isoDays) {
            const last = ranges[ranges.length - 1];
            if (last && plusDays(last.to, 1) === iso) {
                last.to = iso;
            } else {
                ranges.push({from: iso, to: iso});
            }
        }
        return ranges.map(r => r.from === r.to ? day(r.from) : day(r.from) + ' to ' + day(r.to)).join(', ');
    }

    function showMessage(text, isError) {
        const message = element('message');
        message.textContent = text;
        message.classList.toggle('error', Boolean(isError));
        message.hidden = !text;
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

    function overrideRange(override) {
        return 'from ' + day(override.from) + (override.to ? ' to ' + day(override.to) : ', with no end date');
    }

    /** The effective state and since when: the override's first day while one applies. */
    function headline(status) {
        if (!status.effectiveState) {
            return 'Not in force on ' + day(status.asOf) + ' (before its start or after its end)';
        }
        const words = STATE_WORDS[status.effectiveState] + ' since ' + day(status.effectiveSince);
        return status.override ? words + ', by an override (' + overrideRange(status.override) + ')' : words;
    }

    function averageText(status, parameters) {
        if (status.latestAverage === null) {
            const why = status.unavailable.latestAverage;
            return why.reason === 'WINDOW_INCOMPLETE'
                ? 'none: ' + plural(why.missingDays.length, 'day') + ' of the ' + parameters.window + ' to '
                + day(status.dataThrough) + ' missing (' + dayRanges(why.missingDays) + ')'
                : 'none: ' + why.message;
        }
        return oneDecimal.format(status.latestAverage) + ' a day over the ' + parameters.window + ' days to '
            + day(status.latestWindow.to) + ', against ' + wholeNumber.format(parameters.activationThreshold)
            + ' to activate and ' + wholeNumber.format(parameters.discontinuationThreshold) + ' to discontinue';
    }

    /** The run below the threshold against the run required, never "250 of 28". */
    function daysBelowText(status, parameters) {
        const run = status.daysBelowDiscontinuationThreshold;
        const required = status.requiredDaysBelow;
        if (run >= required) {
            return plural(run, 'consecutive day') + ' below, at least the ' + required + ' required';
        }
        return run + ' of the ' + plural(required, 'consecutive day') + ' required'
            + (status.dataThrough && !status.latestWindowComplete ? ': a run starts again once all '
                + parameters.window + ' days of a window are reported' : '');
    }

    function projectionText(projection) {
        if (projection.scheduled) {
            return 'determined on ' + day(projection.determinationOn);
        }
        const determination = 'a LOW determination on ' + day(projection.determinationOn) + ' under '
            + projection.version;
        return projection.assumedDays === 0 ? determination + ', from the data as reported'
            : determination + ', assuming the ' + plural(projection.assumedDays, 'day') + ' from '
            + day(projection.assumedFrom) + ' to ' + day(projection.assumedThrough)
            + ' (none reported yet) are reported below ' + wholeNumber.format(projection.threshold);
    }

    /** The rule's state on a coming day, as its projection has it. */
    function ruleOn(status, iso, below) {
        if (status.state === 'DISCONTINUED') {
            return 'discontinued since ' + day(status.since);
        }
        const projection = status.projection;
        if (!projection) {
            return 'in effect';
        }
        return projection.discontinuationOn <= iso
            ? 'discontinued if the coming days stay below ' + below + ' (from ' + day(projection.discontinuationOn)
            + ' at the earliest: ' + projectionText(projection) + ')'
            : 'in effect, until ' + day(projection.discontinuationOn) + ' at the earliest';
    }

    /** The effective state's earliest change, counting the override, in words. */
    function nextChangeText(status, parameters) {
        const change = status.earliestEffectiveChange;
        const below = wholeNumber.format(parameters.discontinuationThreshold);
        if (!change) {
            if (status.state === 'DISCONTINUED' && !status.override) {
                return 'In effect again the day after a determination that the ' + parameters.window
                    + '-day average reached ' + wholeNumber.format(parameters.activationThreshold);
            }
            return 'None in view: ' + status.unavailable.earliestEffectiveChange.message;
        }
        switch (change.cause) {
            case 'RULE_DISCONTINUES':
                return status.projection.scheduled
                    ? 'Ends on ' + day(change.on) + ', unless the average reaches '
                    + wholeNumber.format(parameters.activationThreshold) + ' first'
                    : 'Could end on ' + day(change.on) + ' at the earliest, if every coming day stays below ' + below
                    + ': ' + projectionText(status.projection);
            case 'OVERRIDE_ENDS':
                return 'The override ends after ' + day(plusDays(change.on, -1)) + '; from ' + day(change.on)
                    + ' the rule\'s state applies: ' + ruleOn(status, change.on, below);
            case 'OVERRIDE_STARTS':
                return 'An override applies from ' + day(change.on);
            case 'RULE_REACTIVATES':
                return 'In effect again from ' + day(change.on);
            case 'POLICY_ENDS':
                return 'The policy ends after ' + day(plusDays(change.on, -1));
            default:
                return day(change.on) + ': ' + change.description;
        }
    }

    function dataText(status) {
        if (!status.dataThrough) {
            return 'No day reported yet';
        }
        const age = status.dataAgeDays;
        return 'Through ' + day(status.dataThrough) + (age === 0 ? ' (today)'
            : age === 1 ? ' (yesterday)' : ' (' + plural(age, 'day') + ' before ' + day(status.asOf) + ')');
    }

    /** Warnings that must not be missed: stale data, and a latest window with missing days. */
    function warnings(status) {
        const list = [];
        if (status.stale) {
            list.push(['stale', status.dataThrough
                ? 'The data is stale: the newest reported day, ' + day(status.dataThrough) + ', is '
                + plural(status.dataAgeDays, 'day') + ' old (more than ' + status.staleAfterDays + '). The average, the'
                + ' run below the threshold and the projection rest on it.'
                : 'No day is reported: there is no average, and the projection assumes every day below the'
                + ' threshold.']);
        }
        if (status.dataThrough && !status.latestWindowComplete && status.latestWindowMissingDays) {
            list.push(['latestWindow', 'The ' + status.latestWindowMissingDays.length + ' missing '
                + (status.latestWindowMissingDays.length === 1 ? 'day' : 'days') + ' of the window to '
                + day(status.dataThrough) + ' (' + dayRanges(status.latestWindowMissingDays) + ') leave it without'
                + ' an average: a missing day is not zero.']);
        }
        return list.map(([field, text]) => {
            const warning = document.createElement('p');
            warning.className = 'warning';
            warning.setAttribute('role', 'alert');
            warning.dataset.field = field;
            warning.textContent = text;
            return warning;
        });
    }

    function statusFacts(policy, status) {
        const parameters = versionOn(policy, status.asOf).parameters;
        const list = document.createElement('dl');
        list.className = 'facts';
        if (status.override) {
            fact(list, 'override', 'Override', status.override.state,
                STATE_WORDS[status.override.state] + ' by ' + status.override.authority + ' ('
                + status.override.reason + '), ' + overrideRange(status.override) + '; the rule alone says: '
                + (status.state ? STATE_WORDS[status.state] + ' since ' + day(status.since) : 'no state'));
        }
        fact(list, 'latestAverage', 'Latest average', status.latestAverage, averageText(status, parameters));
        fact(list, 'daysBelow', 'Days below ' + wholeNumber.format(parameters.discontinuationThreshold),
            status.daysBelowDiscontinuationThreshold, daysBelowText(status, parameters));
        fact(list, 'nextChange', 'Earliest possible change',
            status.earliestEffectiveChange ? status.earliestEffectiveChange.on : '', nextChangeText(status, parameters));
        fact(list, 'dataThrough', 'Data', status.dataThrough, dataText(status));
        fact(list, 'version', 'Rule in force', status.version, status.version + ': '
            + versionOn(policy, status.asOf).citation);
        return list;
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
        state.dataset.effectiveSince = status.effectiveSince || '';
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
        key.textContent = KEY;
        section.append(title, state, asked, ...warnings(status), statusFacts(policy, status), chart, key);
        element('policies').append(section);
        const instance = echarts.init(chart);
        instance.setOption(window.PolicyChart.option(policy, timeline.days));
        charts.push(instance);
    }

    /** The chosen policies side by side: which is proposed, the days on which their states differ, and the chart. */
    async function showComparison(policies, range, knownAt) {
        const view = element('comparison');
        view.replaceChildren();
        view.hidden = policies.length < 2;
        if (policies.length < 2) {
            return;
        }
        const comparison = await getJson('/api/v1/comparisons' + query({
            policies: policies.map(policy => policy.id).join(','), from: range.from, to: range.to, knownAt}));
        const title = document.createElement('h2');
        title.textContent = 'Side by side: ' + comparison.policies.map(policyName).join(' and ');
        const proposed = comparison.policies.filter(policy => policy.status === 'proposed').map(policy => {
            const note = document.createElement('p');
            note.className = 'hint';
            note.dataset.field = 'proposed';
            note.dataset.value = policy.policyId;
            note.textContent = policy.title + ' is proposed: it never became law, and shows what it would have decided'
                + ' on the same data.';
            return note;
        });
        const differing = comparison.differingDays;
        const summary = document.createElement('p');
        summary.className = 'differ';
        summary.dataset.field = 'differingDays';
        summary.dataset.value = String(differing.length);
        summary.textContent = differing.length === 0
            ? 'The effective states are the same on every day from ' + day(comparison.from) + ' to '
            + day(comparison.to) + '.'
            : 'The effective states differ on ' + plural(differing.length, 'day') + ' from ' + day(comparison.from)
            + ' to ' + day(comparison.to) + ': ' + dayRanges(differing) + '.';
        const chart = document.createElement('div');
        chart.className = 'chart';
        chart.dataset.chart = 'comparison';
        chart.setAttribute('role', 'img');
        chart.setAttribute('aria-label', 'Averages and states of ' + comparison.policies.map(policyName).join(' and ')
            + ' from ' + day(comparison.from) + ' to ' + day(comparison.to) + ', with the differing days shaded');
        const key = document.createElement('p');
        key.className = 'hint';
        key.textContent = COMPARISON_KEY;
        view.append(title, ...proposed, summary, chart, key);
        const instance = echarts.init(chart);
        instance.setOption(window.PolicyChart.comparisonOption(comparison));
        charts.push(instance);
    }

    async function showAll(policies, range, knownAt) {
        charts.splice(0).forEach(chart => chart.dispose());
        element('policies').replaceChildren();
        await showComparison(policies, range, knownAt);
        for (const policy of policies) {
            await showPolicy(policy, range, knownAt);
        }
        document.body.dataset.loaded = 'true';
    }

    /** A check box per policy, all checked unless the page's address names some (?policies=a,b). */
    function showChoice(policies) {
        const asked = new URLSearchParams(window.location.search).get('policies');
        const chosen = asked ? asked.split(',') : policies.map(policy => policy.id);
        for (const policy of policies) {
            const box = document.createElement('input');
            box.type = 'checkbox';
            box.name = 'policy';
            box.value = policy.id;
            box.checked = chosen.includes(policy.id);
            const label = document.createElement('label');
            label.append(box, ' ' + policy.title);
            element('policy-choice').append(label);
        }
    }

    function chosenPolicies(policies) {
        const checked = Array.from(document.querySelectorAll('#policy-choice input:checked'), box => box.value);
        return policies.filter(policy => checked.includes(policy.id));
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

    async function refresh(all) {
        const policies = chosenPolicies(all);
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
        // to the newest data, rather than an empty chart, and a note that says so.
        const stale = first.dataThrough && first.dataThrough < plusDays(first.asOf, 1 - DAYS_SHOWN);
        const end = stale ? first.dataThrough : first.asOf;
        // A range in the page's address (?from=YYYY-MM-DD&to=YYYY-MM-DD) is shown first; a date input keeps only a
        // valid date, so anything else falls back to the default.
        const asked = new URLSearchParams(window.location.search);
        element('to').value = asked.get('to') || '';
        element('to').value = element('to').value || end;
        element('from').value = asked.get('from') || '';
        element('from').value = element('from').value || plusDays(element('to').value, 1 - DAYS_SHOWN);
        if (stale && !asked.get('to')) {
            element('range-note').textContent = 'No day of the last ' + DAYS_SHOWN + ' days is reported: showing the '
                + DAYS_SHOWN + ' days to the newest reported day, ' + day(first.dataThrough) + ', '
                + plural(daysBetween(first.dataThrough, first.asOf), 'day') + ' before today.';
            element('range-note').hidden = false;
        }
        showChoice(policies);
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
