package org.surgepolicy.adapter.rest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.surgepolicy.adapter.rest.web.RequestSizeLimitFilter;

/**
 * Settings of the HTTP API.
 *
 * @param maxRequestSize     the largest request body accepted; a larger one is answered 413
 * @param databaseRetryAfter what the {@code Retry-After} of a 503 says when the database cannot be reached
 * @param busyRetryAfter     what it says when a change could not have the lock it needs in time (the database's lock
 *                           timeout), for example while an import of a large file is being published
 * @param maxImportSize      the largest upload an import accepts ({@code POST /api/v1/imports}), the whole body
 *                           whether it is the file itself or multipart; streamed to disk, not held in memory
 */
@ConfigurationProperties("surge.http")
public record RestProperties(@DefaultValue("10MB") DataSize maxRequestSize,
                             @DefaultValue("30s") Duration databaseRetryAfter,
                             @DefaultValue("10s") Duration busyRetryAfter,
                             @DefaultValue("2GB") DataSize maxImportSize) {

    /** Where files are uploaded to be imported. */
    public static final String IMPORTS = "/api/v1/imports";

    /** The limit of every body but an import's, with the setting that changes it. */
    RequestSizeLimitFilter.Limit requestLimit() {
        return new RequestSizeLimitFilter.Limit(maxRequestSize, "surge.http.max-request-size");
    }

    /** The limit of an import's upload, with the setting that changes it. */
    public RequestSizeLimitFilter.Limit importLimit() {
        return new RequestSizeLimitFilter.Limit(maxImportSize, "surge.http.max-import-size");
    }
}
