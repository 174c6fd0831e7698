package org.surgepolicy.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.p10773Parameters;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

/** Changing rule parameters by name, as simulations and sweeps do. */
class RuleParametersTest {

    @Test
    void bothThresholdsCanBeLoweredTogetherThoughTheNewActivationIsBelowTheOldDiscontinuation() {
        RuleParameters changed = p10773Parameters().with(Map.of(
            ParameterName.ACTIVATION_THRESHOLD, 1_000, ParameterName.DISCONTINUATION_THRESHOLD, 500));

        assertThat(changed.activationThreshold()).isEqualTo(1_000);
        assertThat(changed.discontinuationThreshold()).isEqualTo(500);
        assertThat(changed.window()).isEqualTo(7);
    }

    @Test
    void bothThresholdsCanBeRaisedTogetherThoughTheNewDiscontinuationIsAboveTheOldActivation() {
        PolicyDefinition changed = securingTheBorder().withParameters(Map.of(
            ParameterName.DISCONTINUATION_THRESHOLD, 3_000, ParameterName.ACTIVATION_THRESHOLD, 4_000));

        assertThat(changed.versions()).allSatisfy(v -> {
            assertThat(v.parameters().activationThreshold()).isEqualTo(4_000);
            assertThat(v.parameters().discontinuationThreshold()).isEqualTo(3_000);
        });
        assertThat(changed.versions().getLast().parameters().consecutiveDays()).isEqualTo(28);
    }

    @Test
    void contradictoryChangesNameTheParameterUnderParameters() {
        assertThatThrownBy(() -> p10773Parameters().with(Map.of(ParameterName.DISCONTINUATION_THRESHOLD, 3_000)))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).containsExactly(
                new Violation("parameters.discontinuationThreshold", "3000 is above the activation threshold 2500:"
                    + " the discontinuation threshold must not exceed the activation threshold")));
    }

    @Test
    void valuesAreReadFromNumbersAndTextAndCancellationCodes() {
        RuleParameters changed = p10773Parameters().with(Map.of(ParameterName.WINDOW, "14",
            ParameterName.DISCONTINUATION_DELAY, 21.0, ParameterName.CANCEL_PENDING_ON, "DISCONTINUATION_THRESHOLD",
            ParameterName.ACTIVATION_THRESHOLD, 3_000L));

        assertThat(changed).isEqualTo(new RuleParameters(14, 3_000, 1_500, 1, 1, 21, 1,
            CancellationThreshold.DISCONTINUATION_THRESHOLD));
    }

    @Test
    void aValueThatIsNotAWholeNumberIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> p10773Parameters().with(ParameterName.WINDOW, "7.5"))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("window", "must be a whole number, was '7.5'")));
        assertThatThrownBy(() -> p10773Parameters().with(ParameterName.CANCEL_PENDING_ON, "SOMETIMES"))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("cancelPendingOn",
                    "unknown value 'SOMETIMES'; expected ACTIVATION_THRESHOLD or DISCONTINUATION_THRESHOLD")));
    }

    @Test
    void unknownParameterNamesAreRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> ParameterName.parse("threshold", "parameters.threshold"))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                .containsExactly(new Violation("parameters.threshold", "unknown parameter 'threshold'; expected one"
                    + " of window, activationThreshold, discontinuationThreshold, consecutiveDays, activationDelay,"
                    + " discontinuationDelay, determinationLag, cancelPendingOn")));
    }

    @Test
    void thresholdsAreComparedAsWindowSums() {
        RuleParameters p = p10773Parameters();

        assertThat(p.activationSum()).isEqualTo(17_500);
        assertThat(p.discontinuationSum()).isEqualTo(10_500);
        assertThat(p.cancellationThreshold()).isEqualTo(2_500);
        assertThat(p.with(ParameterName.CANCEL_PENDING_ON, CancellationThreshold.DISCONTINUATION_THRESHOLD)
            .cancellationThreshold()).isEqualTo(1_500);
        assertThat(p.lookBack()).isEqualTo(7);
        assertThat(securingTheBorder().maxLookBack()).isEqualTo(34);
    }
}
