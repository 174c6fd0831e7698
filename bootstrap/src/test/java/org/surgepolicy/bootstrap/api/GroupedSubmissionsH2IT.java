package org.surgepolicy.bootstrap.api;

@FullStackTest
class GroupedSubmissionsH2IT extends GroupedSubmissionsContract {
}
