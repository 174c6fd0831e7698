package org.surgepolicy.bootstrap.audit;

import org.surgepolicy.bootstrap.api.FullStackTest;

@FullStackTest
class AuditTrailH2IT extends AuditTrailTamperingContract {
}
