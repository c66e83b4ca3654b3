package org.centrala.persistence.internal;

import org.centrala.common.ActorContext;
import org.osgi.service.component.annotations.Component;

/** The actor of the current thread; scopes nest and restore the outer actor on close. */
@Component(service = ActorContext.class)
public class ThreadActorContext implements ActorContext {
    private final ThreadLocal<String> actor = new ThreadLocal<>();

    @Override
    public Scope actAs(String name) {
        String outer = actor.get();
        actor.set(name);
        return () -> {
            if (outer == null) {
                actor.remove();
            } else {
                actor.set(outer);
            }
        };
    }

    @Override
    public String current() {
        String name = actor.get();
        return name == null ? SYSTEM : name;
    }
}
