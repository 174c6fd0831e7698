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
 */
@ConfigurationProperties("surge.http")
public record RestProperties(@DefaultValue("10MB") DataSize maxRequestSize,
                             @DefaultValue("30s") Duration databaseRetryAfter) {
}
