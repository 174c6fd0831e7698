package org.surgepolicy.adapter.rest.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.surgepolicy.application.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.port.in.GetTalliesQuery;
import org.surgepolicy.application.port.in.ListPoliciesQuery;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.PolicyStatus;

/**
 * What the dashboard (the page at {@code /}) needs beside the policies' own endpoints: whether the data it shows is
 * the illustrative demonstration set.
 */
@Tag(name = "Dashboard")
@RestController
@RequestMapping(path = "/api/v1/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
public class DashboardController {

    /** The source that the demonstration data set's tallies carry. */
    static final String ILLUSTRATIVE_SOURCE = "demo-illustrative-daily-values";
    static final String ILLUSTRATIVE_NOTE = "The daily values shown are illustrative: the demonstration data spreads "
        + "CBP's published monthly totals over the days of each month. They are not the counts of real days.";

    private final ListPoliciesQuery listPolicies;
    private final GetPolicyStatusQuery getStatus;
    private final GetTalliesQuery getTallies;

    public DashboardController(ListPoliciesQuery listPolicies, GetPolicyStatusQuery getStatus,
                               GetTalliesQuery getTallies) {
        this.listPolicies = listPolicies;
        this.getStatus = getStatus;
        this.getTallies = getTallies;
    }

    @Operation(operationId = "getDataNotice",
        summary = "What to say about the data shown (VIEWER)", description = "Whether the newest reported day "
        + "of any policy holds tallies of the illustrative demonstration data set, and the note to show then.")
    @GetMapping("/data-notice")
    public DataNoticeResponse dataNotice() {
        boolean illustrative = listPolicies.list().stream().map(PolicyDefinition::id)
            .map(id -> getStatus.status(new GetPolicyStatusQuery.Query(id, null)))
            .flatMap(Optional::stream).map(PolicyStatus::dataThrough).filter(Objects::nonNull).distinct()
            .anyMatch(this::holdsIllustrativeTallies);
        return illustrative ? new DataNoticeResponse(true, ILLUSTRATIVE_SOURCE, ILLUSTRATIVE_NOTE)
            : new DataNoticeResponse(false, null, null);
    }

    private boolean holdsIllustrativeTallies(LocalDate day) {
        return getTallies.tallies(new GetTalliesQuery.Query(day, null, null, false)).stream()
            .anyMatch(revision -> ILLUSTRATIVE_SOURCE.equals(revision.source()));
    }
}
