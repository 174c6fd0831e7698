package org.surgepolicy.adapter.rest.reference;

import java.util.List;

/**
 * The codes the service accepts, and the columns of each import format.
 *
 * @param citizenships CBP's citizenship groupings, as it writes them (OTHER for the rest)
 * @param formats      each import format ({@code ?format=} of {@code POST /api/v1/imports}) with its columns, as
 *                     compared: lower case, with "_" for anything else than letters and digits
 */
public record ReferenceResponse(List<String> components, List<String> regions, List<AreaResponse> areas,
                                List<String> demographics, List<String> encounterTypes, List<String> citizenships,
                                List<ImportFormatResponse> formats) {

    /** A CBP area: a Border Patrol sector or a field office. */
    public record AreaResponse(String code, String name, String component, String region) {
    }

    /** An import format and the columns its header must have. */
    public record ImportFormatResponse(String code, List<String> columns) {
    }
}
