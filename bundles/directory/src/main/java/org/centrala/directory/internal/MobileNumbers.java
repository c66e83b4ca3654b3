package org.centrala.directory.internal;

import org.centrala.common.ValidationException;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** R3: mobile numbers, validated and stored in E.164 with libphonenumber. */
final class MobileNumbers {
    private MobileNumbers() {
    }

    /**
     * @param region ISO 3166 alpha-2 for numbers written nationally (e.g. 064 123 4567 in RS); may
     *               be null for numbers that start with +
     */
    static String toE164(String number, String region, String field) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        if (!number.startsWith("+") && region == null) {
            throw new ValidationException(field, "must start with + and the country code, or come with a region");
        }
        try {
            PhoneNumber parsed = util.parse(number, region == null ? "ZZ" : region);
            if (!util.isValidNumber(parsed)) {
                throw new ValidationException(field, "is not a valid phone number");
            }
            PhoneNumberType type = util.getNumberType(parsed);
            if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
                throw new ValidationException(field, "is a valid number but not a mobile one");
            }
            return util.format(parsed, PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new ValidationException(field, "is not a phone number: " + e.getMessage());
        }
    }
}
