package org.centrala.tenancy;

import java.util.Locale;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.common.Validator;

/**
 * What a client sends about a tenant's virtual PBX (R2): the Asterisk it runs on, the AMI
 * account Centrala logs in with, and the FastAGI context that marks the tenant's calls on an
 * Asterisk shared by several tenants.
 *
 * <p>The AMI secret is write-only: it is accepted here and never returned by any read. On an
 * update, a missing secret keeps the stored one.
 */
public record PbxSettings(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "pbx1.example.net") String host,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "5038") Integer amiPort,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "centrala") String amiUser,
                          @Schema(example = "s3cret") String amiSecret,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "globex") String agiContext,
                          @Schema(example = "globex-trunk", description = "The PJSIP endpoint through which the tenant's"
                                  + " calls reach external numbers, such as a back-office user's mobile (R5); absent: none")
                          String trunk) {
    /** Settings without a trunk. */
    public PbxSettings(String host, Integer amiPort, String amiUser, String amiSecret, String agiContext) {
        this(host, amiPort, amiUser, amiSecret, agiContext, null);
    }

    private static final Pattern AMI_USER = Pattern.compile("[A-Za-z0-9_.-]{1,80}");
    private static final Pattern CONTEXT = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern ENDPOINT = Pattern.compile("[A-Za-z0-9_.+-]{1,80}");

    /** Host names are case-insensitive: they are kept in lower case so that duplicates are found. */
    public PbxSettings {
        host = host == null ? null : host.strip().toLowerCase(Locale.ROOT);
        amiUser = Names.trim(amiUser);
        agiContext = Names.trim(agiContext);
        trunk = Names.trim(trunk);
    }

    /** @param prefix the field path of this object in the request, e.g. {@code pbx} */
    public void validate(Validator validator, String prefix, boolean secretRequired) {
        validator.required(prefix + ".host", host).maxLength(prefix + ".host", host, 253).hostName(prefix + ".host", host)
                .required(prefix + ".amiPort", amiPort).range(prefix + ".amiPort", amiPort, 1, 65535)
                .required(prefix + ".amiUser", amiUser)
                .pattern(prefix + ".amiUser", amiUser, AMI_USER, "1 to 80 letters, digits, '_', '.' or '-'")
                .maxLength(prefix + ".amiSecret", amiSecret, 200)
                .required(prefix + ".agiContext", agiContext)
                .pattern(prefix + ".agiContext", agiContext, CONTEXT, "1 to 80 letters, digits, '_' or '-'")
                .pattern(prefix + ".trunk", trunk, ENDPOINT, "a PJSIP endpoint name: 1 to 80 letters, digits, '_', '.', '+' or '-'");
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
                + ", amiSecret=" + (amiSecret == null ? "unchanged" : "***") + ", agiContext=" + agiContext + ", trunk=" + trunk + "]";
    }
}
