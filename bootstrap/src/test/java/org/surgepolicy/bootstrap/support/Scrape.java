package org.surgepolicy.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of /actuator/prometheus, read as the samples Prometheus would store and the help of each metric. */
public final class Scrape {

    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private record Series(String name, Map<String, String> labels) {
    }

    private final Map<String, Double> samples = new HashMap<>();
    private final Map<Series, Double> series = new HashMap<>();
    private final Map<String, String> help = new HashMap<>();

    private Scrape() {
    }

    public static Scrape of(String text) {
        Scrape scrape = new Scrape();
        for (String line : text.split("\n")) {
            if (line.startsWith("# HELP ")) {
                String[] parts = line.substring("# HELP ".length()).split(" ", 2);
                scrape.help.put(parts[0], parts.length > 1 ? parts[1] : "");
            } else if (!line.isBlank() && !line.startsWith("#")) {
                int space = line.lastIndexOf(' ');
                Series series = series(line.substring(0, space));
                double value = Double.parseDouble(line.substring(space + 1));
                scrape.samples.put(series.name() + series.labels(), value);
                scrape.series.put(series, value);
            }
        }
        return scrape;
    }

    /** The value of the sample {@code name} with these labels ({@code "policy", "p", ...}); fails when absent. */
    public double value(String name, String... labels) {
        String key = key(name, labels);
        assertThat(samples).as("the scrape has " + key).containsKey(key);
        return samples.get(key);
    }

    /** The help (description) of a metric; fails when there is none. */
    public String help(String name) {
        assertThat(help).as("the scrape describes " + name).containsKey(name);
        return help.get(name);
    }

    /** The sum of the samples {@code name} that have these labels, whatever their other labels; 0 when none. */
    public double total(String name, String... labels) {
        Map<String, String> wanted = new TreeMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        return series.entrySet().stream().filter(e -> e.getKey().name().equals(name)
                && e.getKey().labels().entrySet().containsAll(wanted.entrySet()))
            .mapToDouble(Map.Entry::getValue).sum();
    }

    public boolean has(String name, String... labels) {
        return samples.containsKey(key(name, labels));
    }

    private static String key(String name, String... labels) {
        Map<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            sorted.put(labels[i], labels[i + 1]);
        }
        return name + sorted;
    }

    /** "name{a="1",b="2"}" read as its name and labels. */
    private static Series series(String text) {
        int brace = text.indexOf('{');
        Map<String, String> labels = new TreeMap<>();
        if (brace < 0) {
            return new Series(text, labels);
        }
        Matcher label = LABEL.matcher(text.substring(brace));
        while (label.find()) {
            labels.put(label.group(1), label.group(2));
        }
        return new Series(text.substring(0, brace), labels);
    }
}
