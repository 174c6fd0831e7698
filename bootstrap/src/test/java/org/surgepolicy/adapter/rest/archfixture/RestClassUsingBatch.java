package org.surgepolicy.adapter.rest.archfixture;

import org.springframework.batch.core.job.Job;

/** Deliberately wrong: Spring Batch outside adapters-batch (for the architecture rules' own test). */
public class RestClassUsingBatch {

    public String name(Job job) {
        return job.getName();
    }
}
