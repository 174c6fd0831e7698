package org.surgepolicy.adapter.batch.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code surge.demo-data.*}.
 *
 * @param enabled whether the demonstration data is loaded on the first start; off unless configured (the profile
 *                {@code demo}, which the README's first command runs with, sets it)
 */
@ConfigurationProperties("surge.demo-data")
public record DemoDataProperties(boolean enabled) {
}
