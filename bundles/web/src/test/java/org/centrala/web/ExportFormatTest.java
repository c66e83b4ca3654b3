package org.centrala.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.centrala.common.ValidationException;
import org.junit.Test;

public class ExportFormatTest {

    @Test
    public void aListAnswersAsJsonUnlessAFileIsAskedFor() {
        assertThat(ExportFormat.of(null)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.of(" ")).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.of("JSON")).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.of("csv")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.of(" XLSX ")).isEqualTo(ExportFormat.XLSX);
    }

    @Test
    public void anyOtherFormatIsAFieldErrorThatSaysWhatIsKnown() {
        assertThatThrownBy(() -> ExportFormat.of("xml")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("format").hasMessageContaining("json, csv or xlsx");
    }
}
