package org.centrala.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class NamesTest {

    @Test
    public void caseAndSurroundingBlanksDoNotCount() {
        assertThat(Names.key("  Acme d.o.o. ")).isEqualTo(Names.key("ACME D.O.O."));
        assertThat(Names.key("Acme")).isNotEqualTo(Names.key("Acme Group"));
        assertThat(Names.key("A cme")).as("inner blanks count").isNotEqualTo(Names.key("Acme"));
    }

    @Test
    public void keysDoNotDependOnTheDefaultLocale() {
        java.util.Locale previous = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertThat(Names.key("INFO")).isEqualTo("info");
        } finally {
            java.util.Locale.setDefault(previous);
        }
    }
}
