package org.surgepolicy.adapter.rest.policy;

import java.util.List;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Region;

/** Which tallies a version counts. */
public record CountingRuleResponse(List<Component> components, List<Region> regions,
                                   boolean countsUnaccompaniedChildrenOfNonContiguousCountries) {
}
