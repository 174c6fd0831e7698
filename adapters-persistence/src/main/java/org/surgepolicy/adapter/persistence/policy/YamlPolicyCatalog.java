package org.surgepolicy.adapter.persistence.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.validation.Violation;

/**
 * The policy definitions of the YAML files in the classpath folder {@code policies/} (the shipped ones) and in an
 * optional extra folder, loaded and checked once, at construction: a bad file stops the start-up with a message
 * that names it and its bad fields.
 */
public final class YamlPolicyCatalog implements PolicyCatalog {

    private static final String SHIPPED = "classpath*:policies/";
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml");

    private record Loaded(String file, PolicyDefinition definition) {
    }

    private final Map<String, PolicyDefinition> byId;

    /** The shipped definitions only. */
    public YamlPolicyCatalog() {
        this(null);
    }

    /**
     * The shipped definitions and those of every {@code *.yaml} or {@code *.yml} file in {@code extraFolder}.
     *
     * @param extraFolder a folder of further definition files, or null for none
     * @throws PolicyFileException when a file cannot be read or is invalid, two files define the same id, or the
     *                             folder does not exist
     */
    public YamlPolicyCatalog(Path extraFolder) {
        List<Loaded> loaded = new ArrayList<>(shipped());
        if (extraFolder != null) {
            loaded.addAll(folder(extraFolder));
        }
        Map<String, Loaded> seen = new LinkedHashMap<>();
        for (Loaded file : loaded) {
            Loaded earlier = seen.putIfAbsent(file.definition().id(), file);
            if (earlier != null) {
                throw new PolicyFileException(file.file(), List.of(new Violation("id",
                    "'" + file.definition().id() + "' is already defined by " + earlier.file())));
            }
        }
        TreeMap<String, PolicyDefinition> definitions = new TreeMap<>();
        seen.forEach((id, file) -> definitions.put(id, file.definition()));
        this.byId = definitions;
    }

    private static List<Loaded> shipped() {
        List<Loaded> loaded = new ArrayList<>();
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String extension : EXTENSIONS) {
                Resource[] resources = resolver.getResources(SHIPPED + "*" + extension);
                Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
                for (Resource resource : resources) {
                    loaded.add(new Loaded(resource.getFilename(), PolicyFileReader.read(resource.getFilename(),
                        resource.getContentAsString(StandardCharsets.UTF_8))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped policy definitions in " + SHIPPED, e);
        }
        return loaded;
    }

    private static List<Loaded> folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new PolicyFileException(folder.toString(), List.of(new Violation("",
                "is not a folder: the extra policy definitions must be a folder of *.yaml or *.yml files")));
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile)
                .filter(p -> EXTENSIONS.stream().anyMatch(p.getFileName().toString()::endsWith))
                .sorted()
                .toList();
        } catch (IOException e) {
            throw new PolicyFileException(folder.toString(), List.of(new Violation("", "cannot be listed: " + e)));
        }
        List<Loaded> loaded = new ArrayList<>();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new PolicyFileException(file.toString(), List.of(new Violation("",
                    "cannot be read as UTF-8 text: " + e)));
            }
            loaded.add(new Loaded(file.toString(), PolicyFileReader.read(file.toString(), text)));
        }
        return loaded;
    }

    @Override
    public List<PolicyDefinition> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public Optional<PolicyDefinition> find(String policyId) {
        return Optional.ofNullable(policyId == null ? null : byId.get(policyId));
    }
}
