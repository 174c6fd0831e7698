package org.surgepolicy.bootstrap.api;

@FullStackTest
class ActivationDecisionsThroughRestH2IT extends ActivationDecisionsThroughRestContract {
}
