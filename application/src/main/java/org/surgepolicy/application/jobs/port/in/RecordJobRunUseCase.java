package org.surgepolicy.application.jobs.port.in;

import java.util.List;

/** Audit the end of a job execution, in words a person reads. */
public interface RecordJobRunUseCase {

    void record(Command command);

    /**
     * @param jobName     the job's name, such as {@code recomputeJob}
     * @param description what ran, in words, such as "nightly recomputation" or "import 5 of tallies.csv"
     * @param requestedBy who started it, or null when nobody is known
     * @param status      how it ended, such as COMPLETED or FAILED
     * @param facts       what it did, each in a few words, such as "2 policies" or "3 reports"
     */
    record Command(String jobName, String description, long executionId, String requestedBy, String status,
                   List<String> facts) {

        public Command {
            facts = List.copyOf(facts);
        }

        /** "nightly recomputation (job execution 17) started by admin: COMPLETED, 2 policies, 3 reports". */
        public String summary() {
            StringBuilder text = new StringBuilder(description).append(" (job execution ").append(executionId)
                .append(')');
            if (requestedBy != null) {
                text.append(" started by ").append(requestedBy);
            }
            text.append(": ").append(status);
            facts.forEach(fact -> text.append(", ").append(fact));
            return text.toString();
        }
    }
}
