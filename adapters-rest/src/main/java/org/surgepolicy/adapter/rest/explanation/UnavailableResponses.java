package org.surgepolicy.adapter.rest.explanation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.surgepolicy.domain.explanation.Unavailable;

/** The reasons beside null values, as every response gives them: by the value's name, in the domain's order. */
public final class UnavailableResponses {

    private UnavailableResponses() {
    }

    public static Map<String, UnavailableResponse> of(Map<String, Unavailable> unavailable) {
        Map<String, UnavailableResponse> responses = new LinkedHashMap<>();
        unavailable.forEach((name, why) -> responses.put(name,
            new UnavailableResponse(why.reason(), why.message(), why.missingDays())));
        return responses;
    }
}
