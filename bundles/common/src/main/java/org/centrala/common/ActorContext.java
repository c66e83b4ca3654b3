package org.centrala.common;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Who is acting on the current thread, as the front end (REST, SOAP, shell) authenticated them;
 * the audit log records it with every entry. Front ends open a scope per request:
 *
 * <pre>
 * try (ActorContext.Scope scope = actors.actAs("user:alice")) { ... }
 * </pre>
 */
@ProviderType
public interface ActorContext {
    /** The actor when no front end set one: work the node does by itself. */
    String SYSTEM = "system";

    Scope actAs(String actor);

    String current();

    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
