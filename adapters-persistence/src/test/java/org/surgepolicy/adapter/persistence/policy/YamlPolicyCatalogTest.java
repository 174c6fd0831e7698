package org.surgepolicy.adapter.persistence.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.surgepolicy.domain.fixtures.PolicyFixtures;
import org.surgepolicy.domain.policy.LegalStatus;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;

class YamlPolicyCatalogTest {

    /** The shipped policy exactly as docs/rule.md describes it. */
    static final PolicyDefinition SECURING_THE_BORDER = PolicyFixtures.securingTheBorder();

    @TempDir
    Path folder;

    static String shippedText() {
        return ShippedPolicyFiles.text(ShippedPolicyFiles.SECURING_THE_BORDER);
    }

    /** The shipped text with its {@code occurrence}-th (from 1) {@code from} replaced by {@code to}. */
    static String shippedWith(String from, int occurrence, String to) {
        return ShippedPolicyFiles.textWith(ShippedPolicyFiles.SECURING_THE_BORDER, from, occurrence, to);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void theShippedDefinitionIsThePolicyThatPolicyMdDescribes() {
        YamlPolicyCatalog catalog = new YamlPolicyCatalog();

        assertThat(catalog.all()).extracting(PolicyDefinition::id)
            .containsExactly("border-emergency-authority", "securing-the-border");
        assertThat(catalog.find("securing-the-border")).contains(SECURING_THE_BORDER);
        assertThat(SECURING_THE_BORDER.legalStatus()).isEqualTo(LegalStatus.IN_FORCE);
        assertThat(SECURING_THE_BORDER.cap()).isNull();
        assertThat(catalog.find("unknown")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    @Test
    void filesOfTheExtraFolderAreLoadedBesideTheShippedOnesInIdOrder() throws IOException {
        write("a-test.yml", shippedText().replace("id: securing-the-border", "id: a-test")
            .replace("title: Securing the Border", "title: A test policy"));
        write("zz-test.yaml", shippedText().replace("id: securing-the-border", "id: zz-test")
            .replace("\ninitialState: IN_EFFECT", "\nendsOn: 2025-12-31\ninitialState: DISCONTINUED"));
        write("notes.txt", "not a policy");

        YamlPolicyCatalog catalog = new YamlPolicyCatalog(folder);

        assertThat(catalog.all()).extracting(PolicyDefinition::id)
            .containsExactly("a-test", "border-emergency-authority", "securing-the-border", "zz-test");
        assertThat(catalog.find("a-test").orElseThrow().title()).isEqualTo("A test policy");
        assertThat(catalog.find("zz-test").orElseThrow().endsOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(catalog.find("zz-test").orElseThrow().initialState()).isEqualTo(PolicyStateKind.DISCONTINUED);
        assertThat(catalog.find("zz-test").orElseThrow().versions()).isEqualTo(SECURING_THE_BORDER.versions());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
            Arguments.of("a value the domain refuses", shippedWith("window: 7", 2, "window: 0"),
                "versions[1].parameters.window: must be between 1 and 366 days, was 0"),
            Arguments.of("thresholds the domain refuses together",
                shippedWith("discontinuationThreshold: 1500", 1, "discontinuationThreshold: 3000"),
                "versions[0].parameters.discontinuationThreshold: 3000 is above the activation threshold 2500:"
                    + " the discontinuation threshold must not exceed the activation threshold"),
            Arguments.of("versions out of order", shippedWith("effectiveFrom: 2024-10-01", 1,
                    "effectiveFrom: 2024-06-01"),
                "versions[1].effectiveFrom: 2024-06-01 is before 2024-06-05, the first day of versions[0]"
                    + " ('p10773'): list the versions in date order"),
            Arguments.of("an unknown field", shippedText() + "colour: blue\n",
                "colour: unknown field; expected one of id, title, status, timeZone, startsOn, endsOn,"
                    + " initialState, cap, versions"),
            Arguments.of("an unknown field in a version", shippedWith("    citation:", 2, "    note: x\n    citation:"),
                "versions[1].note: unknown field; expected one of id, effectiveFrom, citation, countingRule,"
                    + " parameters"),
            Arguments.of("an unknown parameter", shippedWith("determinationLag: 1", 1, "determinationLags: 1"),
                "versions[0].parameters.determinationLags: unknown parameter 'determinationLags'; expected one of"
                    + " window, activationThreshold, discontinuationThreshold, consecutiveDays, activationDelay,"
                    + " discontinuationDelay, determinationLag, cancelPendingOn;"
                    + " versions[0].parameters.determinationLag: is required"),
            Arguments.of("a missing field", shippedText().replace("title: Securing the Border\n", ""),
                "title: is required"),
            Arguments.of("a missing citation", shippedWith("    citation: \"Proclamation 10817 §1-2; 89 FR 81156\"\n",
                    1, ""),
                "versions[1].citation: is required"),
            Arguments.of("a missing parameter", shippedWith("      consecutiveDays: 28\n", 1, ""),
                "versions[1].parameters.consecutiveDays: is required"),
            Arguments.of("a number written in words", shippedWith("window: 7", 1, "window: seven"),
                "versions[0].parameters.window: must be a whole number, was 'seven'"),
            Arguments.of("a number too large for any parameter",
                shippedWith("activationThreshold: 2500", 1, "activationThreshold: 99999999999999999999"),
                "versions[0].parameters.activationThreshold: must be a whole number,"
                    + " was 99999999999999999999 (out of range)"),
            Arguments.of("a date that is not one", shippedText().replace("startsOn: 2024-06-05", "startsOn: June 5th"),
                "startsOn: must be a date YYYY-MM-DD, was 'June 5th'"),
            Arguments.of("a flag that is not true or false", shippedWith(
                    "countsUnaccompaniedChildrenOfNonContiguousCountries: false", 1,
                    "countsUnaccompaniedChildrenOfNonContiguousCountries: maybe"),
                "versions[0].countingRule.countsUnaccompaniedChildrenOfNonContiguousCountries: must be true or false,"
                    + " was 'maybe'"),
            Arguments.of("a number where text is expected", shippedText().replace("title: Securing the Border",
                    "title: 2024"),
                "title: must be text, was 2024"),
            Arguments.of("an unknown region", shippedWith("regions: [SOUTHWEST_LAND_BORDER, SOUTHERN_COASTAL]", 2,
                    "regions: [SOUTHWEST_LAND_BORDER, GULF_COAST]"),
                "versions[1].countingRule.regions[1]: unknown code 'GULF_COAST'; expected one of"
                    + " SOUTHWEST_LAND_BORDER, SOUTHERN_COASTAL, NORTHERN_LAND_BORDER, OTHER"),
            Arguments.of("an unknown state", shippedText().replace("initialState: IN_EFFECT", "initialState: ACTIVE"),
                "initialState: unknown code 'ACTIVE'; expected one of IN_EFFECT, DISCONTINUATION_PENDING,"
                    + " DISCONTINUED"),
            Arguments.of("an unknown cancellation threshold", shippedWith("cancelPendingOn: ACTIVATION_THRESHOLD", 1,
                    "cancelPendingOn: ANY"),
                "versions[0].parameters.cancelPendingOn: unknown value 'ANY'; expected ACTIVATION_THRESHOLD or"
                    + " DISCONTINUATION_THRESHOLD"),
            Arguments.of("an unknown time zone", shippedText().replace("America/New_York", "Mars/Olympus"),
                "timeZone: unknown time zone 'Mars/Olympus'; expected a region such as America/New_York"),
            Arguments.of("a version that is not a mapping", shippedText().substring(0,
                    shippedText().indexOf("versions:")) + "versions: [p10773]\n",
                "versions[0]: must be a mapping of fields, was 'p10773'"),
            Arguments.of("an empty file", "# nothing yet\n",
                "is empty; expected a policy definition with the fields id, title, status, timeZone, startsOn,"
                    + " endsOn, initialState, cap, versions"),
            Arguments.of("a YAML syntax error", shippedText().replace("title: Securing the Border",
                    "title: [Securing the Border"),
                "line 5, column 9: not valid YAML: expected ',' or ']', but got :"),
            Arguments.of("a field given twice", shippedText() + "id: again\n",
                "line 47, column 1: not valid YAML: found duplicate key id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileStopsTheLoadNamingTheFileAndTheField(String problem, String text, String message)
        throws IOException {
        Path file = write("bad.yaml", text);

        assertThatThrownBy(() -> new YamlPolicyCatalog(folder))
            .isInstanceOf(PolicyFileException.class)
            .hasMessage(file + ": " + message);
    }

    @Test
    void theShippedFileNameIsTheNameInItsMessages() {
        assertThatThrownBy(() -> PolicyFileReader.read("securing-the-border.yaml",
            shippedWith("window: 7", 2, "window: 0")))
            .hasMessage("securing-the-border.yaml: versions[1].parameters.window: must be between 1 and 366 days,"
                + " was 0");
    }

    @Test
    void everyBadFieldOfAFileIsNamedAtOnce() {
        String text = shippedText().replace("title: Securing the Border\n", "")
            .replace("startsOn: 2024-06-05", "startsOn: soon")
            .replace("window: 7", "window: x");

        assertThatThrownBy(() -> PolicyFileReader.read("bad.yaml", text))
            .isInstanceOfSatisfying(PolicyFileException.class, e -> {
                assertThat(e.file()).isEqualTo("bad.yaml");
                assertThat(e.violations()).extracting(v -> v.field()).containsExactly("title", "startsOn",
                    "versions[0].parameters.window", "versions[1].parameters.window");
            });
    }

    @Test
    void twoFilesDefiningOneIdAreRefused() throws IOException {
        Path copy = write("copy.yaml", shippedText());

        assertThatThrownBy(() -> new YamlPolicyCatalog(folder))
            .isInstanceOf(PolicyFileException.class)
            .hasMessage(copy + ": id: 'securing-the-border' is already defined by securing-the-border.yaml");
    }

    @Test
    void anExtraFolderThatDoesNotExistIsRefused() {
        Path missing = folder.resolve("missing");

        assertThatThrownBy(() -> new YamlPolicyCatalog(missing))
            .isInstanceOf(PolicyFileException.class)
            .hasMessage(missing + ": is not a folder: the extra policy definitions must be a folder of *.yaml or"
                + " *.yml files");
    }
}
