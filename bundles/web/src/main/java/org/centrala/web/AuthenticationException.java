package org.centrala.web;

/** The credentials are missing, malformed or wrong (401). The message never says which part was wrong. */
public class AuthenticationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }
}
