package org.surgepolicy.adapter.batch.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.springframework.batch.infrastructure.item.file.BufferedReaderFactory;
import org.springframework.batch.infrastructure.item.file.separator.RecordSeparatorPolicy;
import org.springframework.core.io.Resource;

/** How the import reads a CSV file's lines: UTF-8 without its byte-order mark, and quoted line breaks kept inside. */
final class CsvReading {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvReading() {
    }

    /** Opens files as UTF-8 and drops a leading byte-order mark, which would otherwise stick to the first header. */
    static final BufferedReaderFactory WITHOUT_BYTE_ORDER_MARK = (Resource resource, String encoding) -> {
        Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
        BufferedReader buffered = new BufferedReader(reader, 64 * 1024);
        buffered.mark(1);
        if (buffered.read() != BYTE_ORDER_MARK) {
            buffered.reset();
        }
        return buffered;
    };

    /**
     * A record ends at a line end outside quotes: a line with an odd number of quotes continues on the next one.
     * (Spring Batch's default policy would also join a line ending in a backslash, which CSV does not know.)
     */
    static final RecordSeparatorPolicy QUOTE_AWARE = new RecordSeparatorPolicy() {
        @Override
        public boolean isEndOfRecord(String record) {
            int quotes = 0;
            for (int i = 0; i < record.length(); i++) {
                if (record.charAt(i) == '"') {
                    quotes++;
                }
            }
            return quotes % 2 == 0;
        }

        @Override
        public String postProcess(String record) {
            return record;
        }

        @Override
        public String preProcess(String record) {
            return record + "\n";
        }
    };

}
