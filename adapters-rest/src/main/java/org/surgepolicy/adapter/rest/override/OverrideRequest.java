package org.surgepolicy.adapter.rest.override;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * An override to record: a forced state over a range of days, with why and on whose authority.
 *
 * @param state IN_EFFECT or DISCONTINUED
 * @param to    the last day it applies, or null when it has no end
 */
public record OverrideRequest(@NotNull PolicyStateKind state, @NotNull LocalDate from, LocalDate to,
                              @NotBlank @Size(max = 2000) String reason,
                              @NotBlank @Size(max = 500) String authority) {
}
