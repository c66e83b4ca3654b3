package org.centrala.tenancy;

import java.util.Locale;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.common.Validator;

/**
 * What a client sends about a tenant's virtual PBX (R2): the Asterisk it runs on, the AMI
 * account Centrala logs in with, and the dialplan context that marks the tenant's calls on an
 * Asterisk shared by several tenants (its endpoints' {@code context}, where its calls run).
 *
 * <p>{@code agiContext} is the former name of {@code dialplanContext} (issue 11): it is still
 * accepted, alone or with the same value; different values are refused.
 *
 * <p>The AMI secret is write-only: it is accepted here and never returned by any read. On an
 * update, a missing secret keeps the stored one.
 */
public record PbxSettings(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "pbx1.example.net") String host,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "5038") Integer amiPort,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "centrala") String amiUser,
                          @Schema(example = "s3cret") String amiSecret,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "globex",
                                  description = "The dialplan context of the tenant's calls on its Asterisk: its endpoints'"
                                          + " context, unique per Asterisk") String dialplanContext,
                          @Schema(deprecated = true, description = "The former name of dialplanContext; still accepted,"
                                  + " but send dialplanContext") String agiContext,
                          @Schema(example = "globex-trunk", description = "The PJSIP endpoint through which the tenant's"
                                  + " calls reach external numbers, such as a back-office user's mobile (R5); absent: none")
                          String trunk) {
    /** Settings without a trunk. */
    public PbxSettings(String host, Integer amiPort, String amiUser, String amiSecret, String dialplanContext) {
        this(host, amiPort, amiUser, amiSecret, dialplanContext, null, null);
    }

    public PbxSettings(String host, Integer amiPort, String amiUser, String amiSecret, String dialplanContext, String trunk) {
        this(host, amiPort, amiUser, amiSecret, dialplanContext, null, trunk);
    }

    private static final Pattern AMI_USER = Pattern.compile("[A-Za-z0-9_.-]{1,80}");
    private static final Pattern CONTEXT = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern ENDPOINT = Pattern.compile("[A-Za-z0-9_.+-]{1,80}");

    /** Host names are case-insensitive: they are kept in lower case so that duplicates are found. */
    public PbxSettings {
        host = host == null ? null : host.strip().toLowerCase(Locale.ROOT);
        amiUser = Names.trim(amiUser);
        dialplanContext = Names.trim(dialplanContext);
        agiContext = Names.trim(agiContext);
        // Either name alone sets both; two different values stay apart for validate() to refuse.
        if (dialplanContext == null) {
            dialplanContext = agiContext;
        } else if (agiContext == null) {
            agiContext = dialplanContext;
        }
        trunk = Names.trim(trunk);
    }

    /** The context; {@link #validate} refuses a dialplanContext and an agiContext that differ. */
    public String context() {
        return dialplanContext;
    }

    /** @param prefix the field path of this object in the request, e.g. {@code pbx} */
    public void validate(Validator validator, String prefix, boolean secretRequired) {
        validator.required(prefix + ".host", host).maxLength(prefix + ".host", host, 253).hostName(prefix + ".host", host)
                .required(prefix + ".amiPort", amiPort).range(prefix + ".amiPort", amiPort, 1, 65535)
                .required(prefix + ".amiUser", amiUser)
                .pattern(prefix + ".amiUser", amiUser, AMI_USER, "1 to 80 letters, digits, '_', '.' or '-'")
                .maxLength(prefix + ".amiSecret", amiSecret, 200)
                .required(prefix + ".dialplanContext", context())
                .pattern(prefix + ".dialplanContext", context(), CONTEXT, "1 to 80 letters, digits, '_' or '-'")
                .pattern(prefix + ".trunk", trunk, ENDPOINT, "a PJSIP endpoint name: 1 to 80 letters, digits, '_', '.', '+' or '-'");
        if (dialplanContext != null && agiContext != null && !dialplanContext.equals(agiContext)) {
            validator.reject(prefix + ".agiContext", "is the former name of " + prefix + ".dialplanContext and differs from it; send"
                    + " dialplanContext only");
        }
        if (secretRequired) {
            validator.required(prefix + ".amiSecret", amiSecret);
        } else if (amiSecret != null && amiSecret.isBlank()) {
            validator.reject(prefix + ".amiSecret", "must not be blank; leave it out to keep the stored secret");
        }
    }

    @Override
    public String toString() {
        // Keep the secret out of logs and exception messages.
        return "PbxSettings[host=" + host + ", amiPort=" + amiPort + ", amiUser=" + amiUser
                + ", amiSecret=" + (amiSecret == null ? "unchanged" : "***") + ", dialplanContext=" + context() + ", trunk=" + trunk + "]";
    }
}
