package org.surgepolicy.adapter.persistence.policy;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code surge.policies.*}.
 *
 * @param location a folder of policy definition files read besides the shipped ones; unset, the shipped ones only
 */
@ConfigurationProperties("surge.policies")
public record PoliciesProperties(Path location) {
}
