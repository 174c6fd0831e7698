package org.surgepolicy.adapter.rest.imports;

/** An import accepted: its id (its status is at {@code /api/v1/imports/{id}}) and its status. */
public record ImportStartedResponse(long id, String status) {
}
