package org.surgepolicy.adapter.batch.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.surgepolicy.domain.validation.InvalidValueException;

/**
 * Reads an imported file line by line for the staging step: the header (line 1) into the file's layout, then one
 * {@link SourceLine} per physical line, a faulty one included (the parser rejects it). Restartable: each committed
 * chunk records the byte where the next line starts, so that a resumed step seeks there rather than reading again.
 */
final class ImportFileReader implements ItemStreamReader<SourceLine> {

    private static final String POSITION = "importFileReader.position";
    private static final String LINE = "importFileReader.line";

    private final Path file;
    private final CsvLayout layout;
    private final int maxLineBytes;
    private InputStream in;
    private PhysicalLines lines;
    private long lineNumber;

    ImportFileReader(Path file, CsvLayout layout, int maxLineBytes) {
        this.file = file;
        this.layout = layout;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            in = Files.newInputStream(file);
            lines = new PhysicalLines(in, 0, maxLineBytes);
            PhysicalLines.Line header = lines.next();
            if (header == null) {
                return;
            }
            if (header.fault() != null) {
                throw new InvalidValueException("line 1", "the header cannot be read: " + header.fault());
            }
            layout.readHeader(header.text());
            lineNumber = 1;
            if (context.containsKey(POSITION)) {
                in.close();
                SeekableByteChannel channel = Files.newByteChannel(file);
                long position = context.getLong(POSITION);
                channel.position(position);
                in = Channels.newInputStream(channel);
                lines = new PhysicalLines(in, position, maxLineBytes);
                lineNumber = context.getLong(LINE);
            }
        } catch (IOException e) {
            throw new ItemStreamException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public SourceLine read() throws IOException {
        PhysicalLines.Line line = lines.next();
        if (line == null) {
            return null;
        }
        lineNumber++;
        return new SourceLine(lineNumber, line.text(), line.fault());
    }

    @Override
    public void update(ExecutionContext context) {
        if (lines != null) {
            context.putLong(POSITION, lines.position());
            context.putLong(LINE, lineNumber);
        }
    }

    @Override
    public void close() {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                throw new ItemStreamException("could not close " + file, e);
            }
            in = null;
        }
    }
}
