package org.centrala.security;

/** A token just created: {@code token} is shown this once and cannot be read again. */
public record NewApiToken(ApiToken apiToken, String token) {
    @Override
    public String toString() {
        return "NewApiToken[" + apiToken + ", token=***]";
    }
}
