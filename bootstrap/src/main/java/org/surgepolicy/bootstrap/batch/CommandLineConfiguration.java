package org.surgepolicy.bootstrap.batch;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.surgepolicy.application.port.in.GetImportQuery;
import org.surgepolicy.application.port.in.StartImportUseCase;
import org.surgepolicy.application.port.in.StartRecomputationUseCase;

/** A command-line run (see {@link CommandLineMode}): the job, then the exit with its code. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${surge.import.file:}' != '' or '${surge.job:}' != ''")
public class CommandLineConfiguration {

    @Bean
    CommandLineJobs commandLineJobs(StartImportUseCase imports, GetImportQuery importStatus,
                                    StartRecomputationUseCase recomputation) {
        return new CommandLineJobs(imports, importStatus, recomputation);
    }

    @Bean
    ApplicationRunner commandLineJobRunner(CommandLineJobs jobs, ConfigurableApplicationContext context,
                                           @Value("${surge.import.file:}") String file,
                                           @Value("${surge.import.format:daily}") String format,
                                           @Value("${surge.import.max-rejects-override:#{null}}") Long maxRejects,
                                           @Value("${surge.job:}") String job) {
        return arguments -> {
            int code = file.isBlank() ? jobs.runJob(job) : jobs.importFile(file, format, maxRejects);
            System.exit(SpringApplication.exit(context, () -> code));
        };
    }
}
