package org.surgepolicy.bootstrap.api;

@FullStackTest
class ConcurrentSubmissionsH2IT extends ConcurrentSubmissionsContract {
}
