package org.surgepolicy.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/security.md lists the access table as it is: every row, in its order, and nothing else. */
class AccessTableDocumentationTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "security.md");
    private static final String HEADER = "| method | path | who |";

    private static String line(AccessTable.Row row) {
        return "| " + (row.method() == null ? "any" : "`" + row.method().name() + "`") + " | `" + row.pattern()
            + "` | " + row.who() + " |";
    }

    @Test
    void theDocumentListsEveryRowOfTheTableInItsOrder() throws IOException {
        List<String> lines = Files.readAllLines(DOCUMENT);
        int header = lines.indexOf(HEADER);
        assertThat(header).as("the table's header in %s", DOCUMENT).isNotNegative();

        List<String> documented = lines.subList(header + 2, lines.size()).stream()
            .takeWhile(line -> line.startsWith("|")).toList();

        assertThat(documented).containsExactlyElementsOf(AccessTable.ROWS.stream()
            .map(AccessTableDocumentationTest::line).toList());
    }
}
