package org.centrala.directory.internal;

import java.util.Locale;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.centrala.directory.DiallingRules;
import org.centrala.directory.NumberType;
import org.centrala.directory.OutsideNumber;
import org.centrala.directory.OutsideNumber.Verdict;

/**
 * Reads an outside number as dialled and checks it against a tenant's dialling rules (issue 11):
 * libphonenumber knows the numbering plans (national and international prefixes, number types).
 */
final class DiallingPolicy {
    private DiallingPolicy() {
    }

    /**
     * @param dialled digits with + first at most (separators already dropped)
     * @param region  ISO 3166 alpha-2 of the caller's department, whose prefixes apply; null when unknown
     */
    static OutsideNumber check(DiallingRules rules, String dialled, String region, OutsideNumber.Source source) {
        String number = dialled;
        String prefix = rules.outsideLinePrefix();
        if (source == OutsideNumber.Source.PHONE && !prefix.isEmpty() && !number.startsWith("+")) {
            if (!number.startsWith(prefix)) {
                return new OutsideNumber(null, Verdict.NOT_A_NUMBER, "outside numbers are dialled with the outside-line prefix "
                        + prefix + " first");
            }
            number = number.substring(prefix.length());
        }
        if (!number.startsWith("+") && region == null) {
            return new OutsideNumber(null, Verdict.NOT_A_NUMBER, "a national number needs the country of the caller's department");
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        PhoneNumber parsed;
        try {
            parsed = util.parse(number, region == null ? "ZZ" : region);
        } catch (NumberParseException e) {
            return new OutsideNumber(null, Verdict.NOT_A_NUMBER, "it is no valid phone number");
        }
        if (!util.isValidNumber(parsed)) {
            return new OutsideNumber(null, Verdict.NOT_A_NUMBER, "it is no valid phone number");
        }
        String e164 = util.format(parsed, PhoneNumberFormat.E164);
        NumberType type = NumberType.valueOf(util.getNumberType(parsed).name());
        if (rules.barredNumberTypes().contains(type)) {
            return new OutsideNumber(e164, Verdict.BARRED, words(type) + " numbers are barred by the tenant's dialling rules");
        }
        if (!rules.internationalAllowed()
                && (region == null || parsed.getCountryCode() != util.getCountryCodeForRegion(region))) {
            return new OutsideNumber(e164, Verdict.BARRED, "international calls are barred by the tenant's dialling rules"
                    + (region == null ? " (the caller's department has no country)" : ""));
        }
        for (String barred : rules.barredPrefixes()) {
            if (e164.startsWith(barred)) {
                return new OutsideNumber(e164, Verdict.BARRED, "numbers starting " + barred
                        + " are barred by the tenant's dialling rules");
            }
        }
        return new OutsideNumber(e164, Verdict.ALLOWED, null);
    }

    /** PREMIUM_RATE as "premium-rate". */
    static String words(NumberType type) {
        return type.name().toLowerCase(Locale.ROOT).replace("_or_", " or ").replace('_', '-');
    }
}
