package org.centrala.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javax.ws.rs.core.StreamingOutput;

import org.centrala.common.Page;
import org.centrala.common.ValidationException;
import org.junit.Test;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

public class CsvExportTest {

    @JsonPropertyOrder({"name", "phone", "count"})
    public record Row(String name, String phone, int count) {
    }

    @Test
    public void writesAHeaderAndOneRowPerItemAndDefusesFormulas() throws Exception {
        String csv = csv(List.of(new Row("Ana, \"the\" agent", "+381 64 123", 3), new Row("=HYPERLINK(\"http://evil\")", "-1+2", 0),
                new Row("@SUM(A1)", "", 1)));
        assertThat(csv.lines().toList()).containsExactly(
                "name,phone,count",
                "\"Ana, \"\"the\"\" agent\",\"+381 64 123\",3",
                "\"'=HYPERLINK(\"\"http://evil\"\")\",\"'-1+2\",0",
                "\"'@SUM(A1)\",,1");
    }

    @Test
    public void allPagesReadsEveryPageOnceAndStops() {
        List<Integer> items = IntStream.range(0, 1234).boxed().toList();
        List<Integer> pagesAsked = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        CsvExport.<Integer>allPages(request -> {
            pagesAsked.add(request.page());
            int from = (int) request.offset();
            return new Page<>(items.subList(Math.min(from, items.size()), Math.min(from + request.size(), items.size())), request.page(),
                    request.size(), items.size());
        }, null).accept(seen::add);
        assertThat(seen).isEqualTo(items);
        assertThat(pagesAsked).containsExactly(0, 1, 2);
    }

    @Test
    public void formatIsJsonOrCsv() {
        assertThat(CsvExport.wanted(null)).isFalse();
        assertThat(CsvExport.wanted("json")).isFalse();
        assertThat(CsvExport.wanted("CSV")).isTrue();
        assertThat(catchThrowableOfType(() -> CsvExport.wanted("xml"), ValidationException.class).errors().get(0).field()).isEqualTo("format");
    }

    private static String csv(List<Row> rows) throws Exception {
        StreamingOutput body = (StreamingOutput) CsvExport.attachment("x.csv", Row.class, (java.util.function.Consumer<Row> sink) -> rows.forEach(sink),
                row -> row).getEntity();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.write(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
