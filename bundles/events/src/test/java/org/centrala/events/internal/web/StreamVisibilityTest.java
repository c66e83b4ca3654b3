package org.centrala.events.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.centrala.common.AccessRole;
import org.centrala.common.Caller;
import org.centrala.common.CallerKind;
import org.centrala.common.DataScope;
import org.centrala.events.internal.LiveEvent;
import org.centrala.events.internal.Visibility;
import org.junit.Test;

/** The stream shows what REST reads show: a technician reads no call records, so it sees only itself (R6, R18). */
public class StreamVisibilityTest {
    private static final LiveEvent.About AGENT_OF_A = new LiveEvent.About("ana", "dept-a", "CONTACT_CENTRE");
    private static final LiveEvent.About CLERK_OF_A = new LiveEvent.About("bo", "dept-a", "BACK_OFFICE");

    @Test
    public void eachRoleSeesOnTheStreamWhatItReadsOverRest() {
        Visibility technician = EventStreamResource.visibility(user("tech", Set.of(AccessRole.TECHNICIAN), DataScope.TENANT, Set.of()));
        Visibility supervisor = EventStreamResource.visibility(user("sup", Set.of(AccessRole.SUPERVISOR), DataScope.DEPARTMENTS,
                Set.of("dept-a")));
        Visibility developer = EventStreamResource.visibility(user("dev", Set.of(AccessRole.DEVELOPER), DataScope.TENANT, Set.of()));
        Visibility administrator = EventStreamResource.visibility(user("adm", Set.of(AccessRole.ADMINISTRATOR), DataScope.TENANT,
                Set.of()));

        assertThat(technician.sees(AGENT_OF_A)).isFalse();
        assertThat(technician.sees(new LiveEvent.About("tech", "dept-a", "CONTACT_CENTRE"))).as("itself").isTrue();
        assertThat(supervisor.sees(AGENT_OF_A)).isTrue();
        assertThat(supervisor.sees(CLERK_OF_A)).as("R6").isFalse();
        assertThat(supervisor.sees(new LiveEvent.About("ivo", "dept-b", "CONTACT_CENTRE"))).as("R18").isFalse();
        assertThat(developer.sees(AGENT_OF_A)).isTrue();
        assertThat(developer.sees(CLERK_OF_A)).isFalse();
        assertThat(administrator.sees(CLERK_OF_A)).isTrue();
        assertThat(administrator.sees(LiveEvent.About.NOBODY)).isTrue();
        assertThat(EventStreamResource.visibility(Caller.resellerAdmin("r@example.com", "r1")).sees(CLERK_OF_A)).isTrue();
    }

    private static Caller user(String id, Set<AccessRole> roles, DataScope scope, Set<String> departments) {
        return new Caller(id + "@acme", CallerKind.TENANT_USER, null, "t1", id, roles, Set.of(), scope, departments);
    }
}
