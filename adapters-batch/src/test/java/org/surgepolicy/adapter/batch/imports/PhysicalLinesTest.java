package org.surgepolicy.adapter.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhysicalLinesTest {

    private static List<PhysicalLines.Line> lines(byte[] file, int maxLineBytes) throws IOException {
        PhysicalLines reader = new PhysicalLines(new ByteArrayInputStream(file), 0, maxLineBytes);
        List<PhysicalLines.Line> lines = new ArrayList<>();
        for (PhysicalLines.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        assertThat(reader.position()).as("every byte consumed").isEqualTo(file.length);
        return lines;
    }

    private static List<PhysicalLines.Line> lines(String file, int maxLineBytes) throws IOException {
        return lines(file.getBytes(StandardCharsets.UTF_8), maxLineBytes);
    }

    @Test
    void linesEndAtLineFeedsWithOrWithoutCarriageReturnAndTheByteOrderMarkIsDropped() throws IOException {
        assertThat(lines("\uFEFFa,b\r\nc,d\n\r\ne,f", 100)).containsExactly(new PhysicalLines.Line("a,b", null),
            new PhysicalLines.Line("c,d", null), new PhysicalLines.Line("", null), new PhysicalLines.Line("e,f", null));
        assertThat(lines("", 100)).isEmpty();
        assertThat(lines("x\n", 100)).containsExactly(new PhysicalLines.Line("x", null));
    }

    @Test
    void aStrayQuoteStaysOnItsOwnLine() throws IOException {
        assertThat(lines("a,\"b\nc,d\n", 100)).extracting(PhysicalLines.Line::text).containsExactly("a,\"b", "c,d");
    }

    @Test
    void anOverlongLineIsReportedAndTheNextLineReadWhole() throws IOException {
        String longLine = "x".repeat(70_000);
        List<PhysicalLines.Line> lines = lines("ab\n" + longLine + "\r\nexactly10!\r\n", 10);

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).fault()).isEqualTo("the line is longer than the 10 bytes a line may have"
            + " (surge.import.max-line-length)");
        assertThat(lines.get(1).text()).isEqualTo("x".repeat(10) + "...");
        assertThat(lines.get(2)).isEqualTo(new PhysicalLines.Line("exactly10!", null));
    }

    @Test
    void invalidUtf8IsReportedWithTheByteAndItsPlaceAndShownEscaped() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("ok,é\n".getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {'a', ',', (byte) 0xC3, '(', ',', 'b', '\n'});
        file.writeBytes("next\n".getBytes(StandardCharsets.UTF_8));

        List<PhysicalLines.Line> lines = lines(file.toByteArray(), 100);

        assertThat(lines.get(0)).isEqualTo(new PhysicalLines.Line("ok,é", null));
        assertThat(lines.get(1)).isEqualTo(new PhysicalLines.Line("a,\\xC3(,b",
            "the line is not valid UTF-8: byte 0xC3 at byte 3 of the line"));
        assertThat(lines.get(2)).isEqualTo(new PhysicalLines.Line("next", null));
    }

    @Test
    void aNulOrAStrayCarriageReturnIsReportedAndShownEscaped() throws IOException {
        List<PhysicalLines.Line> lines = lines("a,\u0000b\nc\rd\n", 100);

        assertThat(lines.get(0)).isEqualTo(new PhysicalLines.Line("a,\\x00b",
            "the line holds a NUL character at byte 3 of the line"));
        assertThat(lines.get(1)).isEqualTo(new PhysicalLines.Line("c\\x0Dd",
            "the line holds a carriage return at byte 2 of the line that does not end it"));
    }

    @Test
    void readingResumesAtARecordedPosition() throws IOException {
        byte[] file = "\uFEFFh\nfirst\nsecond\n".getBytes(StandardCharsets.UTF_8);
        PhysicalLines reader = new PhysicalLines(new ByteArrayInputStream(file), 0, 100);
        reader.next();
        reader.next();
        long position = reader.position();

        ByteArrayInputStream rest = new ByteArrayInputStream(file);
        rest.skipNBytes(position);
        PhysicalLines resumed = new PhysicalLines(rest, position, 100);
        assertThat(resumed.next()).isEqualTo(new PhysicalLines.Line("second", null));
        assertThat(resumed.next()).isNull();
        assertThat(resumed.position()).isEqualTo(file.length);
    }
}
