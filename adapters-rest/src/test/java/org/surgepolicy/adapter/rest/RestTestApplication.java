package org.surgepolicy.adapter.rest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration the adapter's tests start from: the adapter alone, its use cases mocked by each test. */
@SpringBootApplication
public class RestTestApplication {
}
