package org.surgepolicy.adapter.rest.policy;

/**
 * How the determinations as first recorded compare with those the current data yields.
 *
 * @param recorded  determinations first recorded
 * @param current   determinations the current data yields
 * @param unchanged recorded and yielded now alike
 * @param added     yielded now, never recorded
 * @param withdrawn recorded, no longer yielded
 * @param revised   yielded now on the same date, with other evidence, version or effective date
 */
public record RestatementCountsResponse(int recorded, int current, int unchanged, int added, int withdrawn,
                                        int revised) {
}
