package org.surgepolicy.bootstrap.comparison;

import org.surgepolicy.bootstrap.api.FullStackTest;

@FullStackTest
class ComparisonH2IT extends ComparisonContract {
}
