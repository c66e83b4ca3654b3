package org.centrala.pbx.internal.cdr;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Reads Master.csv as cdr_csv writes it (cdr/cdr_csv.c, build_csv_record) with {@code loguniqueid},
 * {@code loguserfield} and {@code newcdrcolumns}: 21 columns, the last three peeraccount, linkedid
 * and sequence. Times are in {@code zone} ({@code usegmtime = yes}: UTC).
 */
final class CdrCsv {
    static final int COLUMNS = 21;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private CdrCsv() {
    }

    /**
     * The rows of calls that began in [from, to]; rows of another layout are counted in {@code skipped}.
     *
     * @throws IOException when the file cannot be read
     */
    static List<CdrRow> rows(Reader csv, ZoneId zone, Instant from, Instant to, int[] skipped) throws IOException {
        List<CdrRow> rows = new ArrayList<>();
        try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(csv)) {
            while (lines.hasNextValue()) {
                String[] c = lines.nextValue();
                if (c.length < COLUMNS) {
                    skipped[0]++;
                    continue;
                }
                try {
                    Instant start = time(c[9], zone);
                    if (start == null || start.isBefore(from) || start.isAfter(to)) {
                        continue;
                    }
                    rows.add(new CdrRow(c[1], c[2], c[3], c[5], c[6], c[7], c[8], start, time(c[10], zone), time(c[11], zone),
                            c[14], c[16], c[19], Long.parseLong(c[20].trim())));
                } catch (DateTimeParseException | NumberFormatException e) {
                    skipped[0]++;
                }
            }
        }
        return rows;
    }

    private static Instant time(String value, ZoneId zone) {
        return value == null || value.isBlank() ? null : LocalDateTime.parse(value.trim(), TIME).atZone(zone).toInstant();
    }
}
