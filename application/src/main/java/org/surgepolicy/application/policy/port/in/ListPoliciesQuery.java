package org.surgepolicy.application.policy.port.in;

import java.util.List;
import org.surgepolicy.domain.policy.PolicyDefinition;

/** The policies the service decides, with their versions. */
public interface ListPoliciesQuery {

    List<PolicyDefinition> list();
}
