package org.surgepolicy.bootstrap.audit;

import org.surgepolicy.bootstrap.support.FullApplicationTest;

@FullApplicationTest
class AuditTrailH2IT extends AuditTrailTamperingContract {
}
