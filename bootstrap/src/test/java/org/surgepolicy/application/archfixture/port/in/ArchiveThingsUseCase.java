package org.surgepolicy.application.archfixture.port.in;

import org.surgepolicy.application.archfixture.port.out.ThingArchive;

/** Deliberately wrong: a use case that hands its caller an out-port (for the architecture rules' test). */
public interface ArchiveThingsUseCase {

    ThingArchive archive();
}
