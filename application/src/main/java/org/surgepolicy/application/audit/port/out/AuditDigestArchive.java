package org.surgepolicy.application.audit.port.out;

import org.surgepolicy.domain.audit.HeadDigest;

/** Where the digests of the audit chain's head are kept beside the reports, for operators to copy elsewhere. */
public interface AuditDigestArchive {

    /** Keeps a digest as a file of its own; returns where. */
    String keep(HeadDigest digest);
}
