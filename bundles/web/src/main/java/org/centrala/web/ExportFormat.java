package org.centrala.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.centrala.common.ValidationException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

/**
 * What a list answers as ({@code ?format=}): JSON pages, or every item as a CSV or XLSX download
 * (issue 9: a spreadsheet where that is what people want). Both files have the columns of a row
 * record's {@code @JsonPropertyOrder} and are written as the items are read, in flat memory.
 */
public enum ExportFormat {
    JSON, CSV, XLSX;

    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows a worksheet keeps before it writes them out. */
    private static final int FLUSH_EVERY = 1000;
    private static final ObjectMapper CELLS = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final CsvMapper COLUMNS = new CsvMapper();

    /** {@code json} (or none), {@code csv} or {@code xlsx}; anything else is a 400 naming {@code format}. */
    public static ExportFormat of(String format) {
        String name = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "json" -> JSON;
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw new ValidationException("format", "must be json, csv or xlsx");
        };
    }

    /**
     * A 200 with every item as a file {@code basename.csv} or {@code basename.xlsx}.
     *
     * @param rowType a record with {@code @JsonPropertyOrder}: the columns
     * @param source  hands every item to the consumer it is given, in order
     */
    public <T, R> Response attachment(String basename, Class<R> rowType, Consumer<Consumer<T>> source, Function<T, R> toRow) {
        return switch (this) {
            case CSV -> CsvExport.attachment(basename + ".csv", rowType, source, toRow);
            case XLSX -> Response.ok((StreamingOutput) out -> xlsx(out, basename, rowType, source, toRow), XLSX_MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + basename + ".xlsx\"").build();
            case JSON -> throw new IllegalStateException("JSON is answered as pages, not as a file");
        };
    }

    /**
     * Text cells are written as text, never as formulas, so that what a tenant's user typed cannot
     * run in another's spreadsheet; numbers and booleans keep their type.
     */
    private static <T, R> void xlsx(OutputStream out, String sheet, Class<R> rowType, Consumer<Consumer<T>> source, Function<T, R> toRow)
            throws IOException {
        String[] columns = COLUMNS.schemaFor(rowType).getColumnNames().toArray(String[]::new);
        Workbook workbook = new Workbook(out, "Centrala", "1.0");
        Worksheet worksheet = workbook.newWorksheet(sheet.length() > 31 ? sheet.substring(0, 31) : sheet);
        for (int column = 0; column < columns.length; column++) {
            worksheet.value(0, column, columns[column]);
            worksheet.style(0, column).bold().set();
        }
        int[] row = {0};
        try {
            source.accept(item -> {
                row[0]++;
                @SuppressWarnings("unchecked")
                Map<String, Object> cells = CELLS.convertValue(toRow.apply(item), Map.class);
                for (int column = 0; column < columns.length; column++) {
                    Object value = cells.get(columns[column]);
                    if (value instanceof Number number) {
                        worksheet.value(row[0], column, number);
                    } else if (value instanceof Boolean bool) {
                        worksheet.value(row[0], column, bool);
                    } else if (value != null) {
                        worksheet.value(row[0], column, value.toString());
                    }
                }
                if (row[0] % FLUSH_EVERY == 0) {
                    try {
                        worksheet.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        workbook.finish();
    }
}
