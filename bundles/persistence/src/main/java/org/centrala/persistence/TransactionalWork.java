package org.centrala.persistence;

import org.osgi.annotation.versioning.ConsumerType;

/** Work run by {@link Database#inTransaction}. */
@ConsumerType
@FunctionalInterface
public interface TransactionalWork<T> {
    T run();
}
