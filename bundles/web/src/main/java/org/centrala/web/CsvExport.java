package org.centrala.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.ValidationException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * CSV downloads of lists ({@code ?format=csv}): a header row from a row record's
 * {@code @JsonPropertyOrder}, then one row per item, written as it is read so that an export of any
 * size takes flat memory. A text cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a return) is prefixed with {@code '}, as OWASP advises against CSV
 * injection: a name typed by one tenant user must not run in another's spreadsheet.
 */
public final class CsvExport {
    public static final String MEDIA_TYPE = "text/csv";
    private static final CsvMapper MAPPER = csvMapper();

    private CsvExport() {
    }

    /** Whether the client asked for CSV: {@code format} absent or {@code json} is JSON, {@code csv} CSV, anything else a 400. */
    public static boolean wanted(String format) {
        if (format == null || format.isBlank() || "json".equalsIgnoreCase(format.strip())) {
            return false;
        }
        if ("csv".equals(format.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        throw new ValidationException("format", "must be json or csv");
    }

    /**
     * A 200 with the rows as an attachment.
     *
     * @param rowType a record with {@code @JsonPropertyOrder}: the columns
     * @param source  hands every item to the consumer it is given, in order
     */
    public static <T, R> Response attachment(String filename, Class<R> rowType, Consumer<Consumer<T>> source, Function<T, R> toRow) {
        CsvSchema schema = MAPPER.schemaFor(rowType).withHeader();
        StreamingOutput body = out -> write(out, schema, source, toRow);
        return Response.ok(body, MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    /** Every item of a paged list, page after page of the largest size, as a source for {@link #attachment}. */
    public static <T> Consumer<Consumer<T>> allPages(Function<PageRequest, Page<T>> pages, String sort) {
        return sink -> Paging.all(pages, sort, sink);
    }

    private static <T, R> void write(OutputStream out, CsvSchema schema, Consumer<Consumer<T>> source, Function<T, R> toRow) throws IOException {
        try (SequenceWriter writer = MAPPER.writer(schema).writeValues(out)) {
            source.accept(item -> {
                try {
                    writer.write(toRow.apply(item));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static CsvMapper csvMapper() {
        CsvMapper mapper = new CsvMapper();
        SimpleModule cells = new SimpleModule("csv-cells");
        cells.addSerializer(String.class, new StdSerializer<>(String.class) {
            @Override
            public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(neutralised(value));
            }
        });
        mapper.registerModule(cells);
        // Dates and times as ISO-8601 text, as the JSON has them.
        mapper.registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        mapper.disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return mapper;
    }

    /** A plain signed number, such as the E.164 phone number {@code +381641230001}: no spreadsheet runs it. */
    private static final java.util.regex.Pattern SIGNED_NUMBER = java.util.regex.Pattern.compile("[+-][0-9 ]*");

    static String neutralised(String cell) {
        if (cell.isEmpty() || SIGNED_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }
}
