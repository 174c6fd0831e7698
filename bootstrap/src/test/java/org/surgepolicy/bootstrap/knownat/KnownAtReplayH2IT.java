package org.surgepolicy.bootstrap.knownat;

import org.surgepolicy.bootstrap.api.FullStackTest;

@FullStackTest
class KnownAtReplayH2IT extends KnownAtReplayContract {
}
