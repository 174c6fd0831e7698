package org.surgepolicy.domain.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The formats an application reads, in order, each by its own code. */
public final class ImportFormats {

    public static final DailyTallyFile DAILY = new DailyTallyFile();
    public static final CbpNationwideFile CBP_NATIONWIDE = new CbpNationwideFile();
    public static final CbpSouthwestFile CBP_SOUTHWEST = new CbpSouthwestFile();

    private final List<ImportFormat> all;

    public ImportFormats(List<? extends ImportFormat> formats) {
        List<ImportFormat> distinct = new ArrayList<>();
        for (ImportFormat format : formats) {
            if (distinct.stream().anyMatch(known -> known.code().equals(format.code()))) {
                throw new IllegalArgumentException("two import formats are named '" + format.code() + "'");
            }
            distinct.add(format);
        }
        this.all = List.copyOf(distinct);
    }

    /** The formats the service ships with: our daily file and CBP's two published files. */
    public static ImportFormats standard() {
        return new ImportFormats(List.of(DAILY, CBP_NATIONWIDE, CBP_SOUTHWEST));
    }

    /** These formats and more, after them. */
    public ImportFormats with(List<? extends ImportFormat> more) {
        List<ImportFormat> formats = new ArrayList<>(all);
        formats.addAll(more);
        return new ImportFormats(formats);
    }

    public List<ImportFormat> all() {
        return all;
    }

    public Optional<ImportFormat> find(String code) {
        return all.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** The format of a code known to be one, such as a job parameter; refuses another, naming the known ones. */
    public ImportFormat require(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown import format '" + code
            + "'; expected one of " + codes()));
    }

    /** The codes, comma-separated, for messages. */
    public String codes() {
        return String.join(", ", all.stream().map(ImportFormat::code).toList());
    }
}
