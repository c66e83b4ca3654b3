package org.centrala.directory.internal;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Dialled numbers of any type (fixed, mobile, toll-free) to E.164, with libphonenumber (issue 11). */
final class PhoneNumbers {
    private PhoneNumbers() {
    }

    /**
     * @param region ISO 3166 alpha-2 whose national and international prefixes apply; null when
     *               unknown, then only numbers that start with + can be read
     */
    static Optional<String> toE164(String dialled, String region) {
        if (!dialled.startsWith("+") && region == null) {
            return Optional.empty();
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            PhoneNumber parsed = util.parse(dialled, region == null ? "ZZ" : region);
            return util.isValidNumber(parsed) ? Optional.of(util.format(parsed, PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
