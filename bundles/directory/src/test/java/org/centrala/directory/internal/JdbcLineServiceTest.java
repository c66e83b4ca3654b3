package org.centrala.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrala.directory.internal.Expect.fields;
import static org.centrala.directory.internal.Expect.thrown;
import static org.centrala.directory.internal.DirectoryFixture.MONTH;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.PageRequest;
import org.centrala.common.ValidationException;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.Line;
import org.centrala.directory.LineDraft;
import org.centrala.directory.User;
import org.centrala.tenancy.Tenant;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

public class JdbcLineServiceTest {
    private static DirectoryFixture fixture;
    private JdbcLineService lines;
    private Tenant tenant;

    @BeforeClass
    public static void createDatabase() {
        fixture = new DirectoryFixture();
    }

    @AfterClass
    public static void forgetDatabase() {
        fixture = null;
    }

    @Before
    public void newTenant() {
        fixture.resetClock();
        lines = fixture.lines;
        tenant = fixture.tenant();
        fixture.packs.set(tenant.id(), MONTH, 1);
    }

    private String device(DeviceKind kind, User owner) {
        return fixture.device(tenant, kind, owner == null ? null : owner.id()).device().id();
    }

    private Line line(String name) {
        return lines.create(tenant.id(), new LineDraft(name, device(DeviceKind.SIP_DESK_PHONE, null)));
    }

    @Test
    public void r11_lineIsCreatedOnAnUnassignedSipDevice() {
        String desk = device(DeviceKind.SIP_DESK_PHONE, null);

        Line created = lines.create(tenant.id(), new LineDraft(" Desk 1 ", desk));

        assertThat(created.name()).isEqualTo("Desk 1");
        assertThat(created.deviceId()).isEqualTo(desk);
        assertThat(created.tenantId()).isEqualTo(tenant.id());
        assertThat(created.heldBy()).isNull();
        assertThat(created.heldSince()).isNull();
        assertThat(lines.get(tenant.id(), created.id())).isEqualTo(created);
        assertThat(lines.create(tenant.id(), new LineDraft("Desk 2", device(DeviceKind.SIP_SOFTPHONE, null))).heldBy()).isNull();
        assertThat(lines.list(tenant.id(), PageRequest.first(10)).items()).extracting(Line::name).containsExactly("Desk 1", "Desk 2");
    }

    @Test
    public void r11_lineRefusesMobileAssignedForeignAndTakenDevices() {
        User clerk = fixture.backOffice(tenant);
        String mobile = device(DeviceKind.MOBILE_PHONE, null);
        String assigned = device(DeviceKind.SIP_DESK_PHONE, clerk);
        Tenant other = fixture.tenant();
        fixture.packs.set(other.id(), MONTH, 1);
        String foreign = fixture.device(other, DeviceKind.SIP_DESK_PHONE, null).device().id();
        Line taken = line("Desk 1");

        assertThat(thrown(ValidationException.class, () -> lines.create(tenant.id(), new LineDraft("A", mobile))))
                .hasMessageContaining("SIP device");
        assertThat(thrown(ValidationException.class, () -> lines.create(tenant.id(), new LineDraft("B", assigned))))
                .hasMessageContaining("unassigned");
        assertThat(fields(thrown(ValidationException.class, () -> lines.create(tenant.id(), new LineDraft("C", foreign))))).containsExactly("deviceId");
        assertThat(fields(thrown(ValidationException.class, () -> lines.create(tenant.id(), new LineDraft("D", UUID.randomUUID().toString())))))
                .containsExactly("deviceId");
        assertThat(fields(thrown(ValidationException.class, () -> lines.create(tenant.id(), new LineDraft(" ", null)))))
                .containsExactlyInAnyOrder("name", "deviceId");
        assertThat(thrown(ConflictException.class, () -> lines.create(tenant.id(), new LineDraft("E", taken.deviceId())))).isNotNull();
        assertThat(thrown(ConflictException.class, () -> lines.create(tenant.id(),
                new LineDraft("desk 1", device(DeviceKind.SIP_SOFTPHONE, null))))).as("names are case-insensitive").isNotNull();
        assertThat(lines.list(tenant.id(), PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    public void r11_contactCentreUserLogsInAndOut() {
        Line line = line("Desk 1");
        User agent = fixture.contactCentre(tenant);

        fixture.clock.advance(Duration.ofHours(8));
        Line held = lines.logIn(tenant.id(), line.id(), agent.id());
        assertThat(held.heldBy()).isEqualTo(agent.id());
        assertThat(held.heldSince()).isEqualTo(fixture.clock.instant());
        assertThat(lines.logIn(tenant.id(), line.id(), agent.id())).as("idempotent").isEqualTo(held);
        assertThat(lines.get(tenant.id(), line.id())).isEqualTo(held);

        Line free = lines.logOut(tenant.id(), line.id(), agent.id());
        assertThat(free.heldBy()).isNull();
        assertThat(free.heldSince()).isNull();
        assertThat(thrown(ConflictException.class, () -> lines.logOut(tenant.id(), line.id(), agent.id()))).isNotNull();
    }

    @Test
    public void r11_aHeldLineIsRefusedToOthers() {
        Line line = line("Desk 1");
        User morning = fixture.contactCentre(tenant);
        User evening = fixture.contactCentre(tenant);
        lines.logIn(tenant.id(), line.id(), morning.id());

        assertThat(thrown(ConflictException.class, () -> lines.logIn(tenant.id(), line.id(), evening.id())))
                .hasMessageContaining("held by user '" + morning.displayName() + "' (" + morning.id() + ")");
        assertThat(thrown(ConflictException.class, () -> lines.logOut(tenant.id(), line.id(), evening.id()))).isNotNull();
        assertThat(thrown(ConflictException.class, () -> lines.delete(tenant.id(), line.id()))).hasMessageContaining("log out")
                .hasMessageContaining("held by user '" + morning.displayName() + "' (" + morning.id() + ")");

        // The shift changes.
        lines.logOut(tenant.id(), line.id(), morning.id());
        assertThat(lines.logIn(tenant.id(), line.id(), evening.id()).heldBy()).isEqualTo(evening.id());
    }

    @Test
    public void r11_aUserHoldsOneLineAtATime() {
        Line first = line("Desk 1");
        Line second = line("Desk 2");
        User agent = fixture.contactCentre(tenant);
        lines.logIn(tenant.id(), first.id(), agent.id());

        assertThat(thrown(ConflictException.class, () -> lines.logIn(tenant.id(), second.id(), agent.id())))
                .hasMessageContaining("user '" + agent.displayName() + "' (" + agent.id() + ") already holds another line");
        User other = fixture.contactCentre(tenant);
        assertThat(thrown(ConflictException.class, () -> lines.logIn(tenant.id(), first.id(), other.id())))
                .as("errors name users by the name people know, next to the id")
                .hasMessageContaining("is held by user '" + agent.displayName() + "' (" + agent.id() + ") since");
        assertThat(lines.get(tenant.id(), second.id()).heldBy()).isNull();
    }

    @Test
    public void r11_aUserWithAnAssignedDeviceCannotLogIn() {
        Line line = line("Desk 1");
        User agent = fixture.contactCentre(tenant);
        device(DeviceKind.SIP_SOFTPHONE, agent);

        assertThat(thrown(ConflictException.class, () -> lines.logIn(tenant.id(), line.id(), agent.id())))
                .hasMessageContaining("user '" + agent.displayName() + "' (" + agent.id() + ") has a device assigned");
    }

    @Test
    public void r5_backOfficeUsersDoNotLogIn() {
        Line line = line("Desk 1");
        User clerk = fixture.backOffice(tenant);

        assertThat(thrown(ConflictException.class, () -> lines.logIn(tenant.id(), line.id(), clerk.id())))
                .hasMessageContaining("only contact-centre users");
        assertThat(lines.get(tenant.id(), line.id()).heldBy()).isNull();
    }

    @Test
    public void r1_linesAndUsersOfAnotherTenantAreNotFound() {
        Line line = line("Desk 1");
        Tenant other = fixture.tenant();
        User stranger = fixture.contactCentre(other);

        assertThat(thrown(NotFoundException.class, () -> lines.get(other.id(), line.id())).id()).isEqualTo(line.id());
        assertThat(thrown(NotFoundException.class, () -> lines.logIn(other.id(), line.id(), stranger.id()))).isNotNull();
        assertThat(fields(thrown(ValidationException.class, () -> lines.logIn(tenant.id(), line.id(), stranger.id())))).containsExactly("userId");
        assertThat(fields(thrown(ValidationException.class, () -> lines.logIn(tenant.id(), line.id(), " ")))).containsExactly("userId");
        assertThat(lines.list(other.id(), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    public void r11_lineIsRenamedMovedAndDeleted() {
        Line line = line("Desk 1");
        String newDesk = device(DeviceKind.SIP_DESK_PHONE, null);
        String oldDesk = line.deviceId();

        Line moved = lines.update(tenant.id(), line.id(), new LineDraft("Desk 1a", newDesk));
        assertThat(moved.name()).isEqualTo("Desk 1a");
        assertThat(moved.deviceId()).isEqualTo(newDesk);
        assertThat(lines.update(tenant.id(), line.id(), new LineDraft("Desk 1b", newDesk)).name()).as("keeps its own device").isEqualTo("Desk 1b");

        fixture.devices.delete(tenant.id(), oldDesk);
        lines.delete(tenant.id(), line.id());
        assertThat(thrown(NotFoundException.class, () -> lines.get(tenant.id(), line.id()))).isNotNull();
        fixture.devices.delete(tenant.id(), newDesk);
    }

    @Test(timeout = 60_000)
    public void r11_ofTwoSimultaneousLogInsExactlyOneWins() throws Exception {
        Line line = line("Desk 1");
        User first = fixture.contactCentre(tenant);
        User second = fixture.contactCentre(tenant);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Line>> attempts = new ArrayList<>();
                for (User user : List.of(first, second)) {
                    Callable<Line> logIn = () -> {
                        together.await(10, TimeUnit.SECONDS);
                        return lines.logIn(tenant.id(), line.id(), user.id());
                    };
                    attempts.add(pool.submit(logIn));
                }
                List<String> winners = new ArrayList<>();
                int losers = 0;
                for (Future<Line> attempt : attempts) {
                    try {
                        winners.add(attempt.get(30, TimeUnit.SECONDS).heldBy());
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).as("round %d", round).isInstanceOf(ConflictException.class);
                        losers++;
                    }
                }
                assertThat(losers).as("round %d", round).isEqualTo(1);
                assertThat(winners).as("round %d", round).hasSize(1);
                String winner = winners.get(0);
                assertThat(winner).isIn(first.id(), second.id());
                assertThat(lines.get(tenant.id(), line.id()).heldBy()).isEqualTo(winner);
                assertThat(fixture.db.count("SELECT COUNT(*) FROM line_session WHERE line_id = ?", line.id())).isEqualTo(1);
                lines.logOut(tenant.id(), line.id(), winner);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
