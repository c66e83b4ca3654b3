package org.centrala.ui.core;

import org.centrala.ui.client.ApiException;

/** One request to the core through the generated client. */
@FunctionalInterface
public interface CoreCall<T> {
    T call() throws ApiException;
}
