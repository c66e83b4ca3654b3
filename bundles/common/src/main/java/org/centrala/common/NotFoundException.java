package org.centrala.common;

/** The addressed entity does not exist (or is not visible to the caller, which must look the same). */
public class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String id;

    public NotFoundException(String entity, String id) {
        super(entity + " '" + id + "' does not exist");
        this.entity = entity;
        this.id = id;
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }
}
