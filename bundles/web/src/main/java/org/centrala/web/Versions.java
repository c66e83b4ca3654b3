package org.centrala.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;

import org.centrala.common.StaleVersionException;

/**
 * Versions of resources for optimistic concurrency (issue 9): a resource that has an
 * {@code updatedAt} instant has the version that instant names, sent as its {@code ETag} on every
 * answer that carries it (the web host does that for any resource, a plugin's included). A write
 * sent with {@code If-Match} is applied only if the resource is still at one of the versions
 * named; otherwise it answers 412 with the current version. {@code If-Match} is optional: without
 * it, the last write wins.
 */
public final class Versions {
    private Versions() {
    }

    /** Per class, the accessor of its {@code updatedAt} instant, or null: looked up once, since every answer asks. */
    private static final ClassValue<Method> UPDATED_AT = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals("updatedAt") && component.getType() == Instant.class) {
                    return component.getAccessor();
                }
            }
            return null;
        }
    };

    /** The version of an entity (the ETag's value without its quotes), or null if it has no {@code updatedAt}. */
    public static String of(Object entity) {
        Instant updated = updatedAt(entity);
        return updated == null ? null : Long.toString(updated.getEpochSecond(), 36) + "." + Integer.toString(updated.getNano(), 36);
    }

    /**
     * {@link #requireMatch}, then the version a write is to be made against, for the service's own
     * check in its UPDATE (atomic, unlike this one): the current {@code updatedAt} when If-Match
     * named it, null without If-Match or with {@code *}.
     */
    public static Instant expectedUpdatedAt(String ifMatch, Object current, String what) {
        requireMatch(ifMatch, current, what);
        return ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*") ? null : updatedAt(current);
    }

    /** The {@code updatedAt} of an entity that has one, else null. */
    public static Instant updatedAt(Object entity) {
        Method accessor = entity == null ? null : UPDATED_AT.get(entity.getClass());
        if (accessor == null) {
            return null;
        }
        try {
            return (Instant) accessor.invoke(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the accessor of a public record component is always callable", e);
        }
    }

    /**
     * Passes if {@code ifMatch} is absent, {@code *}, or names the current version of {@code current};
     * otherwise throws {@link StaleVersionException} (412, nothing written).
     *
     * @param what how the message names the resource, such as "User 'f3a…'"
     */
    public static void requireMatch(String ifMatch, Object current, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String version = of(current);
        for (String tag : ifMatch.split(",")) {
            String value = tag.strip();
            if (value.equals("*")) {
                return;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.equals(version)) {
                return;
            }
        }
        throw new StaleVersionException(what + " was changed since the version in If-Match (" + ifMatch.strip()
                + "); read it again, apply your change to what it is now, and send it with its new ETag", version == null ? null : "\"" + version + "\"");
    }
}
