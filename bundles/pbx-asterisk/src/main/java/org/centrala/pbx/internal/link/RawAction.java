package org.centrala.pbx.internal.link;

import java.util.LinkedHashMap;
import java.util.Map;

import org.asteriskjava.manager.action.AbstractManagerAction;

/**
 * An AMI action whose lines are given as they go on the wire, in order: Asterisk-Java writes the
 * {@code attributes} map as it is. For the configuration actions, whose numbered lines
 * (Action-000000, Cat-000000, ...) and Options Asterisk-Java's classes do not carry.
 */
public final class RawAction extends AbstractManagerAction {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final LinkedHashMap<String, String> attributes = new LinkedHashMap<>();

    RawAction(String name) {
        this.name = name;
    }

    RawAction with(String key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
        return this;
    }

    @Override
    public String getAction() {
        return name;
    }

    public Map<String, String> getAttributes() {
        return attributes;
    }
}
