package org.centrala.plugins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.centrala.common.FieldError;
import org.junit.Test;
import org.osgi.service.metatype.AttributeDefinition;

public class SettingValuesTest {

    /** An attribute as a plugin's metatype declares it; validate() answers like Felix's for a max. */
    private record Attribute(String id, int type, int cardinality, String[] options, Integer max) implements AttributeDefinition {
        @Override public String getName() { return id; }
        @Override public String getID() { return id; }
        @Override public String getDescription() { return null; }
        @Override public int getCardinality() { return cardinality; }
        @Override public int getType() { return type; }
        @Override public String[] getOptionValues() { return options; }
        @Override public String[] getOptionLabels() { return options; }
        @Override public String[] getDefaultValue() { return null; }

        @Override
        public String validate(String value) {
            return max != null && Integer.parseInt(value) > max ? "Value " + value + " is greater than " + max : "";
        }
    }

    private final List<FieldError> errors = new ArrayList<>();

    @Test
    public void textsBecomeValuesOfTheDeclaredType() {
        assertThat(SettingValues.parse(new Attribute("n", AttributeDefinition.INTEGER, 0, null, null), " 160 ", errors)).isEqualTo(160);
        assertThat(SettingValues.parse(new Attribute("b", AttributeDefinition.BOOLEAN, 0, null, null), "TRUE", errors)).isEqualTo(true);
        assertThat(SettingValues.parse(new Attribute("l", AttributeDefinition.LONG, 5, null, null), "1, 2,3", errors))
                .isEqualTo(new Long[] {1L, 2L, 3L});
        assertThat(errors).isEmpty();
    }

    @Test
    public void aBadValueIsAFieldErrorNamingTheSetting() {
        assertThat(SettingValues.parse(new Attribute("n", AttributeDefinition.INTEGER, 0, null, null), "many", errors)).isNull();
        assertThat(SettingValues.parse(new Attribute("b", AttributeDefinition.BOOLEAN, 0, null, null), "yes", errors)).isNull();
        assertThat(SettingValues.parse(new Attribute("o", AttributeDefinition.STRING, 0, new String[] {"a", "b"}, null), "c", errors)).isNull();
        assertThat(SettingValues.parse(new Attribute("m", AttributeDefinition.INTEGER, 0, null, 1530), "2000", errors)).isNull();
        assertThat(errors).extracting(FieldError::field).containsExactly("n", "b", "o", "m");
        assertThat(errors).extracting(FieldError::message).containsExactly("must be an integer", "must be true or false",
                "must be one of a, b", "Value 2000 is greater than 1530");
    }

    @Test
    public void aPasswordIsNeverRenderedBack() {
        assertThat(SettingValues.render(new Attribute("p", AttributeDefinition.PASSWORD, 0, null, null), "s3cret")).isEmpty();
        assertThat(SettingValues.render(new Attribute("l", AttributeDefinition.LONG, 5, null, null), new Long[] {1L, 2L})).containsExactly("1", "2");
    }
}
