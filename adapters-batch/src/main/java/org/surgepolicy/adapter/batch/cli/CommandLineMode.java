package org.surgepolicy.adapter.batch.cli;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * A command-line run ({@code --surge.import.file=...} or {@code --surge.job=...}) does its one job and exits:
 * no web server (and so no users and no passwords), no scheduler, no demonstration data, no taking over of the jobs a
 * running service may be working on, and quiet logs (errors only, on stderr; see {@link CommandLine}),
 * since the outcome is the summary the command prints. {@code --debug} makes the logs speak again. Each setting can
 * still be given explicitly on the command line, which comes first.
 */
public class CommandLineMode implements EnvironmentPostProcessor {

    static final String IMPORT_FILE = "surge.import.file";
    static final String JOB = "surge.job";
    /** Set by {@link CommandLine} for {@code --debug}. */
    static final String DEBUG = "surge.command-line.debug";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.containsProperty(IMPORT_FILE) && !environment.containsProperty(JOB)) {
            return;
        }
        boolean debug = environment.getProperty(DEBUG, Boolean.class, false);
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.main.web-application-type", "none");
        settings.put("spring.main.banner-mode", "off");
        settings.put("spring.main.log-startup-info", String.valueOf(debug));
        settings.put("surge.jobs.scheduling.enabled", "false");
        settings.put("surge.jobs.resume.on-start", "false");
        settings.put("surge.demo-data.enabled", "false");
        settings.put("logging.level.root", debug ? "INFO" : "ERROR");
        if (!debug) {
            // The command says why a start failed in its own words; these would say it again with a stack trace.
            for (String logger : new String[] {"org.springframework.boot.SpringApplication",
                "org.springframework.boot.diagnostics", "org.springframework.context", "com.zaxxer.hikari"}) {
                settings.put("logging.level." + logger, "OFF");
            }
        }
        MutablePropertySources sources = environment.getPropertySources();
        MapPropertySource mode = new MapPropertySource("surgeCommandLineMode", settings);
        if (sources.contains(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME, mode);
        } else {
            sources.addFirst(mode);
        }
    }
}
