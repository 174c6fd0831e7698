package org.surgepolicy.bootstrap.batch;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A command-line run ({@code --surge.import.file=...} or {@code --surge.job=recompute}) does its one job and exits:
 * its web server on a free port (so that it can run beside a running service; the application's security is built
 * for a web application) that lets nobody sign in, no scheduler, no demonstration data, and no taking over of the
 * jobs a running service may be working on. Each default can still be set explicitly.
 */
public class CommandLineMode implements EnvironmentPostProcessor {

    static final String IMPORT_FILE = "surge.import.file";
    static final String JOB = "surge.job";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.containsProperty(IMPORT_FILE) && !environment.containsProperty(JOB)) {
            return;
        }
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("server.port", "0");
        defaults.put("surge.jobs.scheduling.enabled", "false");
        defaults.put("surge.jobs.resume.on-start", "false");
        defaults.put("surge.demo-data.enabled", "false");
        defaults.put("surge.security.sign-in", "false");
        environment.getPropertySources().addLast(new MapPropertySource("surgeCommandLineMode", defaults));
    }
}
