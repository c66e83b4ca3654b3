package org.centrala.common;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds the current provider of a service that another concern offers, bound through a dynamic,
 * optional, greedy DS reference. While the provider is away (its bundle is being updated) a
 * caller waits a short while for the next one instead of failing at once, and then gets an
 * {@link UnavailableException}, which front ends answer with 503 and Retry-After. This keeps a
 * concern's own work going while another concern is swapped: nothing is deactivated in cascade.
 *
 * @param <T> the service type
 */
public final class ServiceSlot<T> {
    /**
     * How long a caller waits for a provider that is being updated. An update with its refresh takes
     * one to three seconds on an idle node, and longer on a busy one.
     */
    public static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(10);

    private final String what;
    private final Duration patience;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition bound = lock.newCondition();
    /** Written under the lock; read without it on the fast path of {@link #get()}, once per request. */
    private volatile T current;

    /**
     * @param what     how to name the missing part to a client, e.g. "licensing"
     * @param patience how long {@link #get()} waits for a provider that is away
     */
    public ServiceSlot(String what, Duration patience) {
        this.what = what;
        this.patience = patience;
    }

    /** @param what how to name the missing part to a client; waits {@link #DEFAULT_PATIENCE} */
    public ServiceSlot(String what) {
        this(what, DEFAULT_PATIENCE);
    }

    public void bind(T service) {
        lock.lock();
        try {
            current = service;
            bound.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Clears the slot only if it still holds this service (a greedy rebind may have replaced it). */
    public void unbind(T service) {
        lock.lock();
        try {
            if (current == service) {
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The service as a stable object for the whole life of the component that holds the slot: each
     * call goes to the provider bound at that moment, waiting for one as {@link #get()} does. So code
     * that keeps a service in a field goes on working across an update of the providing bundle.
     */
    public T proxy(Class<T> type) {
        InvocationHandler forward = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "equals":
                        return proxy == args[0];
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    default:
                        return what + " (whichever provider is bound)";
                }
            }
            try {
                return method.invoke(get(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, forward));
    }

    /** The provider now, without waiting. */
    public Optional<T> now() {
        return Optional.ofNullable(current);
    }

    /**
     * The provider, waiting up to the slot's patience for one to come back.
     *
     * @throws UnavailableException if none came
     */
    public T get() {
        T provider = current;
        if (provider != null) {
            return provider;
        }
        lock.lock();
        try {
            long nanos = patience.toNanos();
            while (current == null && nanos > 0) {
                nanos = bound.awaitNanos(nanos);
            }
            if (current == null) {
                throw new UnavailableException(what + " is not available at the moment; try again shortly",
                        (int) Math.max(1, TimeUnit.NANOSECONDS.toSeconds(patience.toNanos())));
            }
            return current;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException(what + " is not available at the moment; try again shortly", 1);
        } finally {
            lock.unlock();
        }
    }
}
