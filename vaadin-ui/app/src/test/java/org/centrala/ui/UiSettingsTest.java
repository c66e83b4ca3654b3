package org.centrala.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.junit.Test;

public class UiSettingsTest {

    @Test
    public void defaultsFitAUiBesideTheCore() {
        UiSettings settings = UiSettings.from(new Properties(), Map.of());
        assertThat(settings.coreUrl()).hasToString("http://127.0.0.1:8181/api/v1");
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.sessionTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    public void aSystemPropertyWinsOverTheEnvironmentAndATrailingSlashIsDropped() {
        Properties properties = new Properties();
        properties.setProperty("centrala.core.url", "http://core:9000/api/v1/");
        UiSettings settings = UiSettings.from(properties, Map.of("CENTRALA_CORE_URL", "http://other/api/v1", "CENTRALA_UI_PORT", "9090"));
        assertThat(settings.coreUrl()).hasToString("http://core:9000/api/v1");
        assertThat(settings.port()).isEqualTo(9090);
    }
}
