package org.centrala.examples.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class SmsSegmentsTest {
    @Test
    public void gsmTextUpTo160CharactersIsOnePart() {
        assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSegments("GSM-7", 160, 1, 0));
    }

    @Test
    public void longerGsmTextIsSplitIn153CharacterParts() {
        assertThat(SmsSegments.of("a".repeat(161))).isEqualTo(new SmsSegments("GSM-7", 161, 2, 145));
        assertThat(SmsSegments.of("a".repeat(306))).isEqualTo(new SmsSegments("GSM-7", 306, 2, 0));
    }

    @Test
    public void extensionCharactersCountTwice() {
        assertThat(SmsSegments.of("€[]")).isEqualTo(new SmsSegments("GSM-7", 6, 1, 154));
    }

    @Test
    public void anyOtherCharacterMakesTheTextUcs2() {
        assertThat(SmsSegments.of("Zdravo, Đorđe")).isEqualTo(new SmsSegments("UCS-2", 13, 1, 57));
        assertThat(SmsSegments.of("ć".repeat(71))).isEqualTo(new SmsSegments("UCS-2", 71, 2, 63));
    }
}
