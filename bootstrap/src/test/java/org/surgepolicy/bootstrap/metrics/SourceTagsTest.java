package org.surgepolicy.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTagsTest {

    @Test
    void sourcesPastTheLimitAreCountedAsOtherAndTheFirstOnesStayApart() {
        SourceTags tags = new SourceTags(2);

        assertThat(tags.of("rgv-daily-report")).isEqualTo("rgv-daily-report");
        assertThat(tags.of("tca-daily-report")).isEqualTo("tca-daily-report");
        assertThat(tags.of("a-new-source-each-time-1")).isEqualTo("other");
        assertThat(tags.of("rgv-daily-report")).isEqualTo("rgv-daily-report");
    }
}
