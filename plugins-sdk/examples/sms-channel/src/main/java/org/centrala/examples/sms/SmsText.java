package org.centrala.examples.sms;

/** The text of an SMS to measure. */
public record SmsText(String text) {
}
