package org.surgepolicy.adapter.rest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the HTTP API.
 *
 * @param maxRequestSize     the largest request body accepted; a larger one is answered 413
 * @param databaseRetryAfter what the {@code Retry-After} of a 503 says when the database cannot be reached
 * @param maxImportSize      the largest file an import accepts ({@code /api/v1/imports}); streamed to disk, not
 *                           held in memory
 */
@ConfigurationProperties("surge.http")
public record RestProperties(@DefaultValue("10MB") DataSize maxRequestSize,
                             @DefaultValue("30s") Duration databaseRetryAfter,
                             @DefaultValue("2GB") DataSize maxImportSize) {

    /** Where files are uploaded to be imported. */
    public static final String IMPORTS = "/api/v1/imports";
}
