package org.surgepolicy.application.imports.port.in;

import java.util.Optional;

/** Whether the demonstration data set was loaded, and what it is. */
public interface GetDemoDataQuery {

    Optional<DemoDataInfo> demoData();
}
