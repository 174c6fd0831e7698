package org.surgepolicy.adapter.persistence.policy;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code surge.policies.*}.
 *
 * @param location a folder of policy definition files read besides the shipped ones; unset or blank, the shipped ones
 *                 only
 */
@ConfigurationProperties("surge.policies")
public record PoliciesProperties(String location) {

    /** The folder, or null for none. */
    public Path folder() {
        return location == null || location.isBlank() ? null : Path.of(location);
    }
}
