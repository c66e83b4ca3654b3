package org.centrala.rest.internal;

/**
 * Who is calling the API. Until authentication arrives (issue 3: JAAS realm, API tokens), every
 * call acts as the node's operator; the HTTP listener therefore binds to loopback by default.
 */
public record Caller(String name) {
    public static final Caller NODE_OPERATOR = new Caller("node-operator");
}
