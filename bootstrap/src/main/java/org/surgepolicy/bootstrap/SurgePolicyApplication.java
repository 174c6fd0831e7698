package org.surgepolicy.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.surgepolicy.adapter.batch.cli.CommandLine;
import org.surgepolicy.adapter.rest.imports.RejectsCsv;

/**
 * The Surge Policy Engine. Components are scanned in this module and in the adapters only; the use cases are created
 * explicitly in {@link UseCaseConfiguration}. With {@code --surge.import.file=...} or {@code --surge.job=...} it runs
 * one job as a command instead (see {@link CommandLine}).
 */
@SpringBootApplication(scanBasePackages = {"org.surgepolicy.bootstrap", "org.surgepolicy.adapter"})
public class SurgePolicyApplication {

    public static void main(String[] args) {
        if (CommandLine.requested(args)) {
            System.exit(CommandLine.run(SurgePolicyApplication.class, args, RejectsCsv::write));
        }
        StopSignal.endCleanlyIfAsked();
        SpringApplication.run(SurgePolicyApplication.class, args);
    }
}
