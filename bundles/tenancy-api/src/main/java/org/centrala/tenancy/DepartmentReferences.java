package org.centrala.tenancy;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A concern whose data refers to departments (the directory's users and access profiles), asked
 * before a department is deleted (issue 9: no dead ends). Registered as a service; tenancy binds
 * every one that is there. Both calls run in the deleting transaction.
 */
@ConsumerType
public interface DepartmentReferences {

    /** What still uses the department and keeps it, in words for the 409 ("2 active users"); empty if nothing does. */
    List<String> blocking(String tenantId, String departmentId);

    /** Lets go of the department where only history refers to it (users who left), so that it can be deleted. */
    void release(String tenantId, String departmentId);
}
