package org.surgepolicy.bootstrap.api;

@FullStackTest
class TimelineAnswersH2IT extends TimelineAnswersContract {
}
